"""The few standard dialogs the panels open, behind plain functions tests can replace.

A panel keeps each dialog in an attribute (`panel.confirm = ask_yes_no`, ...), so a test swaps
in a function that answers at once instead of opening a real, modal window nobody can click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Confirm = Callable[[QWidget, str, str], bool]  # (parent, title, question) -> yes?
ChooseFolder = Callable[[QWidget, str], str]  # (parent, title) -> folder, "" if cancelled
ChooseFile = Callable[[QWidget], str]  # (parent) -> file, "" if cancelled
ChooseSavePath = Callable[[QWidget, str], str]  # (parent, suggested name) -> path, ""


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def pick_folder(parent: QWidget, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


def pick_gguf_file(parent: QWidget, title: str, kind: str) -> str:
    """A .gguf file; `kind` names it in the filter ("GGUF models", "LoRA adapters")."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", f"{kind} (*.gguf)")
    return path


def pick_save_path(parent: QWidget, title: str, suggested: str, kind: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kind)
    return path
