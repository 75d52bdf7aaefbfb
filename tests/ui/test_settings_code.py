"""The Settings page's "Code intelligence" section saves each switch at once, and shows changes."""

from __future__ import annotations

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.base.settings import Settings, SettingsStore
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.panels.settings import SettingsPanel
from desktop_app.ui.panels.settings_code import MAX_BUDGET_TOKENS, CodeSection
from desktop_app.ui.workers import TaskRunner
from tests.ui.conftest import WAIT_MS

# (the section's switch, the settings group, its field)
SWITCHES = [
    ("context_on", "context", "enabled"),
    ("imports", "context", "imports"),
    ("definitions", "context", "definitions"),
    ("recent_edits", "context", "recent_edits"),
    ("block_end", "cleanup", "block_end"),
    ("brackets", "cleanup", "brackets"),
    ("suffix_overlap", "cleanup", "suffix_overlap"),
    ("repeats", "cleanup", "repeats"),
    ("choose_extent", "cleanup", "choose_extent"),
]


@pytest.fixture
def panel(
    qtbot: QtBot, shell_core: MezzoCore, shell_bridge: CoreBridge, shell_runner: TaskRunner
) -> SettingsPanel:
    page = SettingsPanel(shell_core, shell_bridge, shell_runner)
    qtbot.addWidget(page)
    return page


def on_disk(core: MezzoCore) -> Settings:
    return SettingsStore(core.paths.settings_file).current


def switches(settings: Settings) -> dict[str, bool]:
    return {
        f"{group}.{field}": getattr(getattr(settings, group), field) for _, group, field in SWITCHES
    }


class TestSwitchesAreSaved:
    @pytest.mark.parametrize(("name", "group", "field"), SWITCHES)
    def test_each_switch_turns_off_its_own_setting_and_nothing_else(
        self, panel: SettingsPanel, shell_core: MezzoCore, name: str, group: str, field: str
    ) -> None:
        check = getattr(panel.code, name)
        assert check.isChecked()  # everything starts on
        check.click()
        expected = {key: key != f"{group}.{field}" for key in switches(Settings())}
        assert switches(shell_core.settings.current) == expected
        assert switches(on_disk(shell_core)) == expected
        check.click()
        assert getattr(getattr(shell_core.settings.current, group), field) is True

    def test_the_budget_is_saved_in_tokens_and_capped(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        panel.code.budget.setValue(512)
        assert on_disk(shell_core).context.budget_tokens == 512
        panel.code.budget.setValue(100_000)
        assert shell_core.settings.current.context.budget_tokens == MAX_BUDGET_TOKENS
        panel.code.budget.setValue(0)
        assert shell_core.settings.current.context.budget_tokens == 0

    def test_a_per_repository_choice_survives_the_global_switch(
        self, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        shell_core.set_repo_context("/projects/obby", False)
        panel.code.context_on.click()
        panel.code.context_on.click()
        assert shell_core.settings.current.context.off_for == ("/projects/obby",)


class TestShowing:
    def test_turning_context_off_greys_out_what_it_would_add(self, panel: SettingsPanel) -> None:
        assert panel.code.context_parts.isEnabled()
        panel.code.context_on.click()
        assert not panel.code.context_parts.isEnabled()
        assert not panel.code.budget.isEnabled()
        panel.code.context_on.click()
        assert panel.code.budget.isEnabled()

    def test_a_change_made_elsewhere_is_shown_without_being_saved_back(
        self, qtbot: QtBot, panel: SettingsPanel, shell_core: MezzoCore
    ) -> None:
        current = shell_core.settings.current
        with qtbot.waitSignal(panel.bridge.settings_changed, timeout=WAIT_MS):
            shell_core.settings.update(
                context=dataclasses.replace(current.context, enabled=False, budget_tokens=128),
                cleanup=dataclasses.replace(current.cleanup, brackets=False),
            )
        code = panel.code
        assert not code.context_on.isChecked() and not code.brackets.isChecked()
        assert code.block_end.isChecked()
        assert code.budget.value() == 128
        assert not code.context_parts.isEnabled()
        assert shell_core.settings.current.context.budget_tokens == 128

    def test_every_switch_explains_itself_in_a_tooltip(self, panel: SettingsPanel) -> None:
        section: CodeSection = panel.code
        for name, _group, _field in SWITCHES:
            assert getattr(section, name).toolTip(), name
        assert section.budget.toolTip()
