"""On an unplugged laptop a model download waits for mains power, says how to go on anyway, and
goes on: for one download from its own row, or for all of them from the Settings switch."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.base.battery import BatteryReading
from desktop_app.base.errors import PowerPolicyError
from desktop_app.bundles.cli import pull_command
from desktop_app.bundles.power import PowerGate
from desktop_app.bundles.recommend import Machine, recommend
from desktop_app.core.service import MezzoCore
from desktop_app.ui import onboarding as onboarding_module
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.model_loader import ModelLoader
from desktop_app.ui.onboarding import OnboardingDialog
from desktop_app.ui.panels import models
from desktop_app.ui.panels.model_card import QtModelCard
from desktop_app.ui.panels.models import QtModelsPanel
from desktop_app.ui.panels.settings import SettingsPanel
from desktop_app.ui.workers import TaskRunner
from tests.fakehub.world import World

pytest_plugins = ["tests.ui.panel_fixtures"]

WAIT_MS = 20_000  # a hang guard for waitUntil, not a measurement
UNPLUGGED = BatteryReading(percent=80.0, secsleft=3600, power_plugged=False)
MODEL = "pinned-coder"


@pytest.fixture(autouse=True)
def unplugged(world: World) -> None:
    world.battery[0] = UNPLUGGED


@pytest.fixture
def models_page(
    qtbot: QtBot, core: MezzoCore, bridge: CoreBridge, runner: TaskRunner
) -> QtModelsPanel:
    page = models.create_panel(core, bridge, runner)
    assert isinstance(page, QtModelsPanel)
    qtbot.addWidget(page)
    page.resize(900, 700)
    return page


@pytest.fixture
def settings_page(
    qtbot: QtBot, core: MezzoCore, bridge: CoreBridge, runner: TaskRunner
) -> SettingsPanel:
    page = SettingsPanel(core, bridge, runner, gpu="")
    qtbot.addWidget(page)
    return page


def card(page: QtModelsPanel) -> QtModelCard:
    """Looked up each time: the page rebuilds its cards when the installed set changes."""
    return page.model_list.card(MODEL)


def installed(core: MezzoCore) -> set[str]:
    return {b.manifest.id for b in core.bundles.installed()}


def refused(qtbot: QtBot, page: QtModelsPanel) -> QtModelCard:
    card(page).download_button.click()
    qtbot.waitUntil(lambda: card(page).error.isVisibleTo(page), timeout=WAIT_MS)
    return card(page)


class TestRefusedOnBattery:
    def test_the_download_waits_and_names_the_settings_switch_that_allows_it(
        self,
        qtbot: QtBot,
        core: MezzoCore,
        models_page: QtModelsPanel,
        settings_page: SettingsPanel,
    ) -> None:
        problem = refused(qtbot, models_page)
        assert "plugged in" in problem.error.text()
        assert f"“{settings_page.battery.downloads.text()}”" in problem.error.text()
        assert MODEL not in installed(core)

    def test_the_row_offers_download_anyway_and_that_installs_without_changing_the_setting(
        self, qtbot: QtBot, core: MezzoCore, models_page: QtModelsPanel
    ) -> None:
        row = refused(qtbot, models_page).download_row
        assert row is not None and row.anyway_button.isVisibleTo(models_page)
        row.anyway_button.click()
        qtbot.waitUntil(lambda: MODEL in installed(core), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: card(models_page).installed_label.isVisibleTo(models_page))
        assert core.settings.current.power.downloads_on_battery is False
        with pytest.raises(PowerPolicyError):  # the next download waits again
            core.bundles.pull("big-coder")

    def test_other_failures_offer_no_download_anyway(
        self, qtbot: QtBot, world: World, models_page: QtModelsPanel
    ) -> None:
        world.battery[0] = None  # mains power
        world.hub.close()
        row = refused(qtbot, models_page).download_row
        assert row is not None and not row.anyway_button.isVisibleTo(models_page)
        assert row.resume_button.isVisibleTo(models_page)


class TestTheSettingsSwitch:
    def test_turned_on_in_settings_the_next_download_runs_on_battery(
        self,
        qtbot: QtBot,
        core: MezzoCore,
        models_page: QtModelsPanel,
        settings_page: SettingsPanel,
    ) -> None:
        settings_page.battery.downloads.click()
        assert core.settings.current.power.downloads_on_battery is True
        card(models_page).download_button.click()
        qtbot.waitUntil(lambda: MODEL in installed(core), timeout=WAIT_MS)
        assert not card(models_page).error.isVisibleTo(models_page)

    def test_the_core_follows_the_setting_both_ways_without_a_restart(
        self, core: MezzoCore
    ) -> None:
        power = core.settings.current.power
        core.settings.update(power=dataclasses.replace(power, downloads_on_battery=True))
        assert core.bundles.pull("tiny-coder@1").id == "tiny-coder"
        core.settings.update(power=power)
        with pytest.raises(PowerPolicyError):
            core.bundles.pull("tiny-coder@2")


class TestTheCommandLineMessage:
    def test_it_names_the_real_flag_and_the_real_switch(self, settings_page: SettingsPanel) -> None:
        with pytest.raises(PowerPolicyError) as refusal:
            PowerGate(False, lambda: UNPLUGGED).check()
        flags = {flag for param in pull_command.params for flag in param.opts}
        assert "--on-battery" in flags and "`--on-battery`" in str(refusal.value)
        assert settings_page.battery.downloads.text() in str(refusal.value)


class TestTheWelcomeDialog:
    def test_a_refused_first_download_offers_download_anyway_which_installs_it(
        self,
        qtbot: QtBot,
        core: MezzoCore,
        bridge: CoreBridge,
        runner: TaskRunner,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        # The fake hub's catalog: every entry fits, so the suggestion is made to be this one.
        suggested = core.bundles.catalog.find(MODEL)
        roomy = Machine(64 * 1024**3, 500 * 1024**3)
        monkeypatch.setattr(onboarding_module, "machine_resources", lambda _folder: roomy)
        monkeypatch.setattr(
            onboarding_module,
            "recommend",
            lambda _catalog, machine: recommend([suggested], machine),
        )
        dialog = OnboardingDialog(core, bridge, runner, ModelLoader(core, bridge, runner))
        qtbot.addWidget(dialog)
        assert dialog.recommendation.entry == suggested
        assert not dialog.anyway_button.isVisibleTo(dialog)
        dialog.download_button.click()
        qtbot.waitUntil(lambda: dialog.anyway_button.isVisibleTo(dialog), timeout=WAIT_MS)
        assert "plugged in" in dialog.progress_text.text()
        assert suggested.id not in installed(core)
        dialog.anyway_button.click()
        qtbot.waitUntil(lambda: suggested.id in installed(core), timeout=WAIT_MS)
        assert core.settings.current.power.downloads_on_battery is False
        assert not dialog.anyway_button.isVisibleTo(dialog)
