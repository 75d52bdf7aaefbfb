"""One calm look for every window: Fusion, a readable font size, even spacing, palette colours.

Colours come from the palette (`palette(...)` in the style sheet), never fixed hex, so dark mode
and high-contrast themes keep working. Text roles are set with a `role` property rather than
per-widget styles, so a page says what a label is ("heading", "note") and this module says how it
looks.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

MIN_POINT_SIZE = 10.5  # below this, body text is hard to read on a laptop panel
SPACING = 12  # between related controls
MARGIN = 20  # around a page

STYLE_SHEET = """
QLabel[role="title"] { font-size: 17pt; font-weight: 600; }
QLabel[role="heading"] { font-size: 12.5pt; font-weight: 600; padding: 6px 0px 0px 0px; }
QToolButton[role="disclosure"] {
    font-size: 12.5pt; font-weight: 600; border: none; padding: 6px 0px 0px 0px;
}
QLabel[role="note"] { color: palette(placeholder-text); }
QLabel[role="warning"] {
    background: palette(alternate-base); border-left: 3px solid #D97706;
    padding: 6px 8px;
}
QListWidget#sidebar {
    border: none; outline: 0; background: palette(alternate-base); padding: 8px 0px;
    font-size: 11.5pt;
}
QListWidget#sidebar::item { padding: 8px 16px; border-radius: 6px; margin: 1px 8px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QFrame[role="card"] { border: 1px solid palette(mid); border-radius: 8px;
    background: palette(base); }
QPlainTextEdit[role="snippet"] { font-family: monospace; background: palette(alternate-base); }
"""


def apply_theme(app: QApplication) -> None:
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def styled_label(text: str, role: str, *, wrap: bool = True) -> QLabel:
    """A label whose look comes from the style sheet's `role` rule."""
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setIndent(0)  # a styled label otherwise indents its text as if it had a frame
    label.setAccessibleName(text)
    return label


def monospace_font() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
