"""'How to connect your editor': the three setups, each with text to paste and a Copy button (and
for Roblox Studio a button that installs the plugin); and 'Connected editors': which editors
asked lately and how their last suggestion went.

The setups are shown in the welcome dialog and on the Home panel, the list on Home. The snippets
themselves come from `desktop_app.ui.editor_setup`, so they always name the port Mezzo really
listens on; the list comes from the core's `CoreStatus.clients`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.connected_clients import ConnectedClient, Suggestion
from desktop_app.engine.types import Origin
from desktop_app.ui.editor_setup import OLLAMA_DEFAULT_PORT, EditorSetup, editor_setups
from desktop_app.ui.studio_plugin_view import StudioPluginInstaller
from desktop_app.ui.theme import SPACING, monospace_font, styled_label

COPIED_FEEDBACK_MS = 1500
JUST_NOW_S = 2


class SnippetView(QWidget):
    """A title, one line saying where the text goes, the text, and a Copy button."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.heading = styled_label(title, "heading")
        self.how = styled_label("", "note")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setProperty("role", "snippet")
        self.text.setFont(monospace_font())
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setAccessibleName(self.tr("{title}: text to paste").format(title=title))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the {title} setting").format(title=title))
        self.copy_button.clicked.connect(self.copy)
        self._reset_timer = QTimer(self)
        self._reset_timer.setSingleShot(True)
        self._reset_timer.setInterval(COPIED_FEEDBACK_MS)
        self._reset_timer.timeout.connect(self._reset_copy_label)

        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.text, 1)
        row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.how)
        layout.addLayout(row)

    def set_content(self, how: str, text: str) -> None:
        self.how.setText(how)
        self.how.setAccessibleName(how)
        self.text.setPlainText(text)
        lines = max(1, len(text.rstrip("\n").splitlines()))
        margin = self.text.document().documentMargin()
        height = lines * self.text.fontMetrics().lineSpacing() + 2 * margin
        self.text.setFixedHeight(int(height) + 2 * self.text.frameWidth() + 4)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
        self._reset_timer.start()

    @Slot()
    def _reset_copy_label(self) -> None:
        self.copy_button.setText(self.tr("Copy"))


class ConnectEditorsView(QWidget):
    """The setups for the Roblox Studio plugin, llama.vscode and Continue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.llama_vscode = SnippetView(self.tr("VS Code with llama.vscode"))
        self.continue_dev = SnippetView(self.tr("Continue (VS Code or JetBrains)"))
        self.roblox = SnippetView(self.tr("Roblox Studio plugin"))
        self.roblox_install = StudioPluginInstaller()
        self.roblox_warning = styled_label("", "warning")
        self.roblox_warning.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        # Roblox first: Mezzo's people are mostly Luau creators.
        roblox = (self.roblox, self.roblox_install, self.roblox_warning)
        for view in (*roblox, self.llama_vscode, self.continue_dev):
            layout.addWidget(view)
        self.set_ports(None, None, OLLAMA_DEFAULT_PORT)

    def set_ports(self, port: int | None, ollama_port: int | None, ollama_wanted: int) -> None:
        """Show the setups for the ports Mezzo listens on (the defaults until it has started).

        `ollama_wanted` is the Ollama port in Settings (0: off), which says why the Roblox
        plugin's port may not be served.
        """
        setups = {s.key: s for s in editor_setups(port or 8012, ollama_port)}
        self._show_llama_vscode(setups["llama-vscode"])
        self._show_continue(setups["continue"])
        self._show_roblox(setups["roblox"], started=port is not None, wanted=ollama_wanted)

    def _show_llama_vscode(self, setup: EditorSetup) -> None:
        self.llama_vscode.set_content(
            self.tr("In VS Code, open Settings (JSON) and add this line:"), setup.text
        )

    def _show_continue(self, setup: EditorSetup) -> None:
        self.continue_dev.set_content(
            self.tr("Add this model to Continue's config.yaml:"), setup.text
        )

    def _show_roblox(self, setup: EditorSetup, *, started: bool, wanted: int) -> None:
        self.roblox.set_content(
            self.tr(
                "The plugin sends its requests to this address; there is nothing to change. "
                "If Studio asks whether the plugin may use localhost, choose Allow."
            ),
            setup.text,
        )
        problem = ""
        if wanted != OLLAMA_DEFAULT_PORT:
            problem = self.tr(
                "The Roblox Studio plugin only uses port 11434, and Mezzo's port for Ollama "
                "clients is set to something else. Set it back to 11434 in Settings."
            )
        elif started and not setup.works:
            problem = self.tr(
                "Another program (probably Ollama) is using port 11434, so the Roblox Studio "
                "plugin cannot reach Mezzo. Quit that program, then restart Mezzo."
            )
        self.roblox_warning.setText(problem)
        self.roblox_warning.setVisible(bool(problem))


class ConnectedEditorsView(QFrame):
    """A card: one row per editor heard from lately (name, when it asked, how its last
    suggestion went), or a sentence saying none has asked yet and where to set one up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Connected editors"))
        self.empty = styled_label(
            self.tr(
                "No editor has asked for a suggestion yet. Set one up under “Connect your "
                "editor” below; it shows up here as soon as it asks."
            ),
            "note",
        )
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(SPACING * 2)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(2, 1)
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []  # grown as needed, never shrunk
        self._shown = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.empty)
        layout.addLayout(self._grid)
        self.show_clients(())

    def show_clients(self, clients: tuple[ConnectedClient, ...]) -> None:
        self.empty.setVisible(not clients)
        while len(self._rows) < len(clients):
            self._add_row()
        self._shown = len(clients)
        for (name, asked, last), client in zip(self._rows, clients, strict=False):
            name.setText(self._name(client))
            asked.setText(self._asked(client.seconds_ago))
            last.setText(self._last(client.last))
        for index, row in enumerate(self._rows):
            for label in row:
                label.setVisible(index < self._shown)

    def rows(self) -> list[tuple[str, str, str]]:
        """The texts of the rows shown: name, when it asked, how its last suggestion went."""
        return [(a.text(), b.text(), c.text()) for a, b, c in self._rows[: self._shown]]

    def _add_row(self) -> None:
        name = QLabel()
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        asked = styled_label("", "note", wrap=False)
        last = QLabel()
        last.setWordWrap(True)
        index = len(self._rows)
        for column, label in enumerate((name, asked, last)):
            self._grid.addWidget(label, index, column)
        self._rows.append((name, asked, last))

    def _name(self, client: ConnectedClient) -> str:
        if client.name:
            return client.name
        unnamed = {
            Origin.LLAMA_SERVER: self.tr("Another editor (llama.cpp style)"),
            Origin.OLLAMA: self.tr("Another editor (Ollama style)"),
            Origin.OPENAI: self.tr("Another editor (OpenAI style)"),
        }
        return unnamed.get(client.dialect, self.tr("Another editor"))

    def _asked(self, seconds: int) -> str:
        if seconds < JUST_NOW_S:
            return self.tr("asked just now")
        if seconds < 60:
            return self.tr("asked {n} s ago").format(n=seconds)
        return self.tr("asked {n} min ago").format(n=seconds // 60)

    def _last(self, last: Suggestion | None) -> str:
        if last is None:
            return self.tr("Its first suggestion is on its way.")
        words = {
            Suggestion.SHOWN: self.tr("Its last suggestion was shown."),
            Suggestion.UNSURE: self.tr("Its last suggestion was hidden: the model was unsure."),
            Suggestion.HIDDEN: self.tr(
                "Its last suggestion was hidden: it was too short or repeated nearby code."
            ),
            Suggestion.EMPTY: self.tr("The model had nothing to suggest last time."),
            Suggestion.PAUSED: self.tr("It asked while suggestions were paused or off."),
            Suggestion.CANCELLED: self.tr(
                "Typing went on before its last suggestion was ready, so it was dropped."
            ),
            Suggestion.ERROR: self.tr(
                "Mezzo could not answer its last request. The log has the details."
            ),
        }
        return words[last]
