"""The Qt binding Mezzo ships must not leak references to None on void calls.

PySide6 6.12.0 on CPython 3.11 drops one reference to None on every call of a Qt method that
returns nothing; after a few thousand calls the interpreter aborts (`none_dealloc`). The
dependency is pinned below 6.12 for that; this test fails if a release with the bug comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


def test_void_qt_calls_leave_the_refcount_of_none_unchanged(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(2000):
        button.setText("x")
        button.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 100
