"""Settings page section: what Mezzo reads from the project, and how it tidies each suggestion.

Repository context and the clean-up rules are on by default and most people never touch them;
they are here so that someone whose suggestions got slower or stranger can turn one part off and
see whether it was the cause. Each switch saves through `core.settings.update(...)` at once, and
the completion path reads the settings on every request, so a change applies to the next
suggestion.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.base.settings import CleanupSettings, ContextSettings, Settings
from desktop_app.ui.panels.settings_form import (
    FORM_LABEL_WIDTH,
    add_row,
    check_box,
    form_layout,
    spin_box,
)
from desktop_app.ui.theme import SPACING, styled_label

if TYPE_CHECKING:
    from desktop_app.core.service import MezzoCore

MAX_BUDGET_TOKENS = 2048  # more pushes the code around the cursor out of a small model's context
BUDGET_STEP = 64
KIND_INDENT = 24  # the kinds sit under the main switch, which turns them all off


class CodeSection(QWidget):
    def __init__(self, core: MezzoCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core

        # Repository context
        self.context_on = check_box(
            self.tr("Use repository context"),
            self.tr(
                "Mezzo reads your project on this computer and adds a little of it to each "
                "suggestion, so suggestions can use your own functions. Nothing leaves this "
                "computer."
            ),
        )
        self.budget = spin_box(
            0, MAX_BUDGET_TOKENS, self.tr("How much project code to add"), self.tr(" tokens")
        )
        self.budget.setSingleStep(BUDGET_STEP)
        self.budget.setToolTip(
            self.tr(
                "More lets suggestions know more of your project, but the first suggestion after "
                "you move to another place takes longer. A token is about four letters."
            )
        )
        self.imports = check_box(
            self.tr("What the file requires"),
            self.tr("Adds the functions and types of the modules this file requires."),
        )
        self.definitions = check_box(
            self.tr("Functions used near the cursor"),
            self.tr(
                "Adds how the functions and types named near the cursor are written in other "
                "files of the project."
            ),
        )
        self.recent_edits = check_box(
            self.tr("Where you were just working"),
            self.tr("Adds the code you changed last in other files."),
        )
        context_checks = {
            self.context_on: "enabled",
            self.imports: "imports",
            self.definitions: "definitions",
            self.recent_edits: "recent_edits",
        }
        for check, field in context_checks.items():
            check.toggled.connect(lambda on, field=field: self._update_context(**{field: on}))
        self.budget.valueChanged.connect(self._on_budget)

        # Clean-up rules
        self.block_end = check_box(
            self.tr("Stop at the end of the block"),
            self.tr("Cuts a suggestion where the function, loop or statement you are in ends."),
        )
        self.brackets = check_box(
            self.tr("Balance brackets"),
            self.tr(
                "Makes a suggestion’s brackets fit the code after the cursor, so none is left "
                "open or closed twice."
            ),
        )
        self.suffix_overlap = check_box(
            self.tr("Drop text already after the cursor"),
            self.tr("Removes the end of a suggestion when it repeats the code after the cursor."),
        )
        self.repeats = check_box(
            self.tr("Drop repeated lines"),
            self.tr("Removes lines or blocks a suggestion repeats."),
        )
        self.choose_extent = check_box(
            self.tr("One line in the middle of a line"),
            self.tr(
                "In the middle of a line, suggest only the rest of it; after a line that opens a "
                "block, suggest the block. Suggestions then come sooner."
            ),
        )
        cleanup_checks = {
            self.block_end: "block_end",
            self.brackets: "brackets",
            self.suffix_overlap: "suffix_overlap",
            self.repeats: "repeats",
            self.choose_extent: "choose_extent",
        }
        for check, field in cleanup_checks.items():
            check.toggled.connect(lambda on, field=field: self._update_cleanup(**{field: on}))
        self._checks = {**context_checks, **cleanup_checks}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(
            styled_label(
                self.tr(
                    "Mezzo can read the rest of your project, so suggestions use your own "
                    "functions. It all stays on this computer."
                ),
                "note",
            )
        )
        layout.addWidget(self.context_on)
        self.context_parts = QWidget()
        parts = QVBoxLayout(self.context_parts)
        parts.setContentsMargins(KIND_INDENT, 0, 0, 0)
        parts.setSpacing(SPACING // 2)
        form = form_layout()
        add_row(form, self.tr("How much project code to add:"), self.budget)
        label = form.labelForField(self.budget)
        if label is not None:  # indented: narrower, so the field lines up with the page's others
            label.setMinimumWidth(FORM_LABEL_WIDTH - KIND_INDENT)
        parts.addLayout(form)
        # A plain label, not a note: it greys out with the switches it introduces.
        parts.addWidget(QLabel(self.tr("Add from the project:")))
        for check in (self.imports, self.definitions, self.recent_edits):
            parts.addWidget(check)
        layout.addWidget(self.context_parts)
        layout.addWidget(
            styled_label(
                self.tr(
                    "Mezzo tidies each suggestion so it fits the code around it. Turn a rule off "
                    "if it gets in your way."
                ),
                "note",
            )
        )
        rules = QVBoxLayout()
        rules.setSpacing(SPACING // 2)
        for check in cleanup_checks:
            rules.addWidget(check)
        layout.addLayout(rules)

    def load(self, settings: Settings) -> None:
        """Show `settings` without saving them back."""
        values = {
            **dataclasses.asdict(settings.context),
            **dataclasses.asdict(settings.cleanup),
        }
        for check, field in self._checks.items():
            check.blockSignals(True)
            check.setChecked(bool(values[field]))
            check.blockSignals(False)
        self.budget.blockSignals(True)
        self.budget.setValue(settings.context.budget_tokens)
        self.budget.blockSignals(False)
        self.context_parts.setEnabled(settings.context.enabled)

    # --- saving ---------------------------------------------------------------------------

    def _update_context(self, **changes: object) -> None:
        context: ContextSettings = self.core.settings.current.context
        self.core.settings.update(context=dataclasses.replace(context, **changes))
        self.context_parts.setEnabled(self.core.settings.current.context.enabled)

    def _update_cleanup(self, **changes: object) -> None:
        cleanup: CleanupSettings = self.core.settings.current.cleanup
        self.core.settings.update(cleanup=dataclasses.replace(cleanup, **changes))

    @Slot(int)
    def _on_budget(self, value: int) -> None:
        self._update_context(budget_tokens=value)
