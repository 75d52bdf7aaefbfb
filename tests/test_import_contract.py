"""Only the ui room imports Qt: the rest of Mezzo must run (and be tested) without a display.

import-linter checks the same contract (`make lint`); this test makes it fail in pytest too,
with the offending file and line in the message.
"""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        found += [f"{path}:{node.lineno}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    return found


class TestOnlyTheUiImportsQt:
    def test_no_module_outside_ui_imports_pyside6(self) -> None:
        outside = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
        assert len(outside) > 50  # the walk found the package
        offenders = [line for path in outside for line in qt_imports(path)]
        assert offenders == []

    def test_the_check_would_notice_a_qt_import(self, tmp_path: Path) -> None:
        sample = tmp_path / "sample.py"
        sample.write_text("def f():\n    from PySide6.QtCore import QObject\n", "utf-8")
        assert qt_imports(sample) == [f"{sample}:2: PySide6.QtCore"]
