"""The Settings page's form parts: one label width, one spin box behaviour, for every section.

Sections live in their own modules; sharing these keeps their fields in one column and their
saving behaviour the same (a spin box saves when typing ends, not on every digit). `Disclosure`
folds the technical sections away, so the page opens on the everyday choices.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.theme import SPACING

FORM_LABEL_WIDTH = 240  # every form on the Settings page shares it, so the fields line up


def spin_box(low: int, high: int, name: str, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setAccessibleName(name)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)  # save when typing ends, not on every digit
    spin.setFixedWidth(120)  # one width for every number field, whatever its suffix
    return spin


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setHorizontalSpacing(SPACING * 2)
    form.setVerticalSpacing(8)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    return form


def add_row(form: QFormLayout, text: str, field: QWidget, row: QHBoxLayout | None = None) -> None:
    """One label and its field; the label is the field's buddy (its accessible caption)."""
    label = QLabel(text)
    label.setMinimumWidth(FORM_LABEL_WIDTH)
    label.setBuddy(field)
    form.addRow(label, row if row is not None else field)


def check_box(text: str, tip: str = "") -> QCheckBox:
    """A switch whose accessible name is its own text."""
    check = QCheckBox(text)
    check.setAccessibleName(text)
    check.setToolTip(tip)
    return check


class Disclosure(QWidget):
    """A heading that opens and closes the section under it; closed until asked."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = body
        self.button = QToolButton()
        self.button.setText(title)
        self.button.setProperty("role", "disclosure")
        self.button.setCheckable(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAutoRaise(True)
        self.button.toggled.connect(self._on_toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        self._on_toggled(False)

    @property
    def is_open(self) -> bool:
        return self.button.isChecked()

    @Slot(bool)
    def _on_toggled(self, opened: bool) -> None:
        self.body.setVisible(opened)
        self.button.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        title = self.button.text()
        self.button.setAccessibleName(
            self.tr("Hide {title}").format(title=title)
            if opened
            else self.tr("Show {title}").format(title=title)
        )
