"""The Settings page's form parts: one label width, one spin box behaviour, for every section.

Sections live in their own modules; sharing these keeps their fields in one column and their
saving behaviour the same (a spin box saves when typing ends, not on every digit).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

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
