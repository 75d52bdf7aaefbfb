"""The two secrets on the Settings page: the server's access token and the Hugging Face token.

Both live in the OS keyring through the core. Where no secure keyring exists (a headless Linux
session, a locked wallet) the core keeps them in memory only, and these sections say so plainly,
because a token that silently vanishes at the next start looks like a bug.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.base.settings import Settings
from desktop_app.ui.theme import SPACING, styled_label

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore


class AccessTokenSection(QWidget):
    """Require a bearer token from editors; show, copy or replace it."""

    def __init__(self, core: MezzoCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.require = QCheckBox(self.tr("Editors must send an access token"))
        self.require.setAccessibleName(self.tr("Require an access token"))
        self.require.toggled.connect(self._on_require)
        self.token = QLineEdit()
        self.token.setReadOnly(True)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("Access token"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show the access token"))
        self.show_button.toggled.connect(self._on_show)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the access token"))
        self.copy_button.clicked.connect(self._on_copy)
        self.rotate_button = QPushButton(self.tr("New token"))
        self.rotate_button.setAccessibleName(self.tr("Replace the access token with a new one"))
        self.rotate_button.clicked.connect(self._on_rotate)
        self.note = styled_label(
            self.tr(
                "Editors send it as “Authorization: Bearer <token>”. Leave this off unless "
                "other people can use this computer: Mezzo only ever listens on this computer."
            ),
            "note",
        )
        self.keyring_warning = styled_label(
            self.tr(
                "This computer has no secure keyring, so the token is kept in a file only you "
                "can read ({file}). Install or unlock GNOME Keyring or KWallet to keep it there "
                "instead."
            ).format(file=core.api_tokens.kept_in),
            "note",
        )

        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.token, 1)
        for button in (self.show_button, self.copy_button, self.rotate_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.require)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.keyring_warning)
        self.load(core.settings.current)

    def load(self, settings: Settings) -> None:
        required = settings.server.require_token
        self.require.blockSignals(True)
        self.require.setChecked(required)
        self.require.blockSignals(False)
        for widget in (self.token, self.show_button, self.copy_button, self.rotate_button):
            widget.setEnabled(required)
        self.keyring_warning.setVisible(required and not self.core.secrets.is_secure)
        self.token.setText((self.core.api_token() or "") if required else "")

    @Slot(bool)
    def _on_require(self, checked: bool) -> None:
        server = self.core.settings.current.server
        self.core.settings.update(server=dataclasses.replace(server, require_token=checked))

    @Slot(bool)
    def _on_show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.token.setEchoMode(mode)
        self.show_button.setText(self.tr("Hide") if shown else self.tr("Show"))

    @Slot()
    def _on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.token.text())

    @Slot()
    def _on_rotate(self) -> None:
        self.token.setText(self.core.rotate_api_token())


class HubTokenSection(QWidget):
    """The Hugging Face token, for models whose download needs an account."""

    def __init__(self, core: MezzoCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("hf_…"))
        self.field.setAccessibleName(self.tr("Hugging Face token"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the Hugging Face token"))
        self.save_button.clicked.connect(self._on_save)
        self.clear_button = QPushButton(self.tr("Forget"))
        self.clear_button.setAccessibleName(self.tr("Forget the Hugging Face token"))
        self.clear_button.clicked.connect(self._on_clear)
        self.result = styled_label("", "note")
        self.result.hide()
        note = styled_label(
            self.tr("Only needed for models that ask you to sign in on huggingface.co."), "note"
        )
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.field, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.result)

    @Slot()
    def _on_save(self) -> None:
        token = self.field.text().strip()
        if not token:
            self._say(self.tr("Paste your token first, then choose Save."))
            return
        kept = self.core.bundles.set_token(token)
        self.field.clear()
        if kept:
            self._say(self.tr("Saved in your system keyring."))
        else:
            self._say(
                self.tr(
                    "Saved until Mezzo quits: this computer has no secure keyring, so you will "
                    "need to enter it again next time."
                )
            )

    @Slot()
    def _on_clear(self) -> None:
        self.core.bundles.clear_token()
        self.field.clear()
        self._say(self.tr("The token is forgotten."))

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.show()
