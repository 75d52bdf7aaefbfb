"""The Models page against the real core and the fake hub: downloads, switching, checks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.bundles import BundleService
from desktop_app.bundles.catalog import Catalog
from desktop_app.bundles.recommend import Machine
from desktop_app.core.service import MezzoCore
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.panels import models
from desktop_app.ui.panels.model_card import QtModelCard
from desktop_app.ui.panels.models import QtModelsPanel
from desktop_app.ui.workers import TaskRunner
from tests.fakehub.world import BIG_FILE, BIG_REPO, CODER_FILE, CODER_REPO, World, entry

pytest_plugins = ["tests.ui.panel_fixtures"]

WAIT_MS = 20_000  # a hang guard for waitUntil, not a measurement
GB = 1024**3
CODER_DESCRIPTION = "Writes whole lines of Luau."


@pytest.fixture
def make_panel(
    qtbot: QtBot, core: MezzoCore, bridge: CoreBridge, runner: TaskRunner
) -> Callable[[], QtModelsPanel]:
    def make() -> QtModelsPanel:
        panel = models.create_panel(core, bridge, runner)
        assert isinstance(panel, QtModelsPanel)
        qtbot.addWidget(panel)
        panel.resize(900, 700)
        return panel

    return make


def card(panel: QtModelsPanel, bundle_id: str) -> QtModelCard:
    """Looked up each time: the page rebuilds its cards when the installed set changes."""
    return panel.model_list.card(bundle_id)


def parts(core: MezzoCore) -> list[Path]:
    return sorted(core.bundles.store.partial_dir.glob("*.part"))


def installed_ids(core: MezzoCore) -> set[str]:
    return {b.manifest.id for b in core.bundles.installed()}


class TestCatalogCards:
    def test_each_model_shows_its_memory_need_quantization_licence_and_fit(
        self, make_panel: Callable[[], QtModelsPanel]
    ) -> None:
        panel = make_panel()
        pinned = card(panel, "pinned-coder")
        assert "Q8_0" in pinned.facts.text()
        assert pinned.licence.text() == (
            "Licence: Apache-2.0. Free for any use, including commercial use."
        )
        assert "needs 1.0 MB of memory" in pinned.facts.text()
        assert "Runs well on this computer" in pinned.fit_label.text()
        assert pinned.download_button.isVisibleTo(pinned)

    def test_a_model_too_big_for_this_computer_says_how_much_it_needs(
        self,
        core: MezzoCore,
        world: World,
        make_service: Callable[..., BundleService],
        make_panel: Callable[[], QtModelsPanel],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        huge = entry("huge-coder", "1", "acme/Huge", "huge.gguf", ram_mb=48_000)
        core.bundles = make_service(catalog=Catalog((*world.catalog.entries, huge)))
        monkeypatch.setattr(
            models, "machine_resources", lambda _folder: Machine(16 * 1000**3, 100 * GB)
        )
        panel = make_panel()
        text = card(panel, "huge-coder").fit_label.text()
        assert "Too big for this computer" in text
        assert "50 GB" in text and "16 GB" in text


@pytest.fixture
def sized_catalog(
    core: MezzoCore,
    world: World,
    make_service: Callable[..., BundleService],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The starter, one model in two sizes (the small file is the Q4 one) and a bigger model
    whose licence forbids commercial use, on an 8 GB laptop."""
    sizes = {"description": CODER_DESCRIPTION, "parameters": "1B"}
    catalog = Catalog(
        (
            world.catalog.find("tiny-starter"),
            entry("coder-1b-q4", "1", CODER_REPO, CODER_FILE, name="Coder 1B (Q4_K_M)",
                  quantization="Q4_K_M", ram_mb=600, size=len(world.v2), **sizes),
            entry("coder-1b-q8", "1", BIG_REPO, BIG_FILE, name="Coder 1B (Q8_0)",
                  quantization="Q8_0", ram_mb=1000, size=len(world.big), **sizes),
            entry("coder-3b-q4", "1", BIG_REPO, BIG_FILE, name="Coder 3B (Q4_K_M)",
                  quantization="Q4_K_M", parameters="3B", ram_mb=1500,
                  license="Qwen Research License"),
        )
    )  # fmt: skip
    core.bundles = make_service(catalog=catalog)
    monkeypatch.setattr(models, "machine_resources", lambda _folder: Machine(8 * GB, 100 * GB))


class TestOneCardPerModel:
    def test_the_sizes_of_one_model_share_one_card_that_describes_it_once(
        self, sized_catalog: None, make_panel
    ) -> None:
        panel = make_panel()
        coder = card(panel, "coder-1b-q4")
        assert card(panel, "coder-1b-q8") is coder
        assert coder.title.text() == "Coder 1B"
        described = [w for w in panel.findChildren(QLabel) if w.text() == CODER_DESCRIPTION]
        assert described == [coder.description]
        choices = [b.text() for b in coder.size_buttons.values()]
        assert choices == [
            "Smaller and faster (Q4_K_M, 4.7 KB)",
            "Closer to the original (Q8_0, 1.0 MB)",
        ]
        assert (
            "smaller" in panel.sizes_note.text()
            and "closer to the original" in panel.sizes_note.text()
        )

    def test_the_chosen_size_is_the_one_downloaded_and_the_choice_survives_a_redraw(
        self, qtbot: QtBot, core: MezzoCore, sized_catalog: None, make_panel
    ) -> None:
        panel = make_panel()
        coder = card(panel, "coder-1b-q4")
        coder.size_buttons["coder-1b-q4"].click()
        assert "quantization Q4_K_M" in coder.facts.text()
        assert "needs 629 MB of memory" in coder.facts.text()
        panel.refresh()
        coder = card(panel, "coder-1b-q4")
        assert coder.size_buttons["coder-1b-q4"].isChecked()

        coder.download_button.click()
        qtbot.waitUntil(lambda: "coder-1b-q4" in installed_ids(core), timeout=WAIT_MS)
        assert installed_ids(core) == {"coder-1b-q4"}
        qtbot.waitUntil(lambda: card(panel, "coder-1b-q4").installed_label.isVisibleTo(panel))
        coder = card(panel, "coder-1b-q8")
        assert coder.size_buttons["coder-1b-q4"].text().endswith("on this computer")
        (row,) = coder.versions.values()
        assert row.label.text().startswith("Q4_K_M · Version 1")


class TestLicences:
    def test_each_card_says_in_a_sentence_what_its_licence_allows(
        self, sized_catalog: None, make_panel
    ) -> None:
        panel = make_panel()
        assert "Non-commercial use only" in card(panel, "coder-3b-q4").licence.text()
        assert "including commercial use" in card(panel, "coder-1b-q8").licence.text()

    def test_the_suggestion_is_the_permissive_model_not_the_bigger_restricted_one(
        self, sized_catalog: None, make_panel
    ) -> None:
        panel = make_panel()
        assert card(panel, "coder-1b-q8").badge.text() == "Suggested for this computer"
        assert card(panel, "coder-1b-q8").size_buttons["coder-1b-q8"].isChecked()
        assert card(panel, "coder-3b-q4").badge.isHidden()


class TestStarter:
    def test_the_starter_is_labelled_weak_and_suggests_the_better_model_for_this_computer(
        self, qtbot: QtBot, core: MezzoCore, sized_catalog: None, make_panel
    ) -> None:
        core.bundles.pull("tiny-starter")  # in use: nothing else is installed
        panel = make_panel()
        starter = card(panel, "tiny-starter")
        assert starter.badge.text() == "Starter"
        assert "weak" in starter.description.text() and "offline" in starter.description.text()
        suggestion = starter.suggestion
        assert suggestion is not None
        assert "Coder 1B" in suggestion.text.text()
        assert suggestion.button.text() == "Download it (1.0 MB)"

        suggestion.button.click()
        qtbot.waitUntil(lambda: "coder-1b-q8" in installed_ids(core), timeout=WAIT_MS)

        def offers_a_switch() -> bool:
            now = card(panel, "tiny-starter").suggestion
            return now is not None and now.button.text() == "Use it"

        qtbot.waitUntil(offers_a_switch, timeout=WAIT_MS)

    def test_use_it_switches_to_the_suggested_model_and_the_suggestion_goes(
        self, qtbot: QtBot, core: MezzoCore, sized_catalog: None, make_panel
    ) -> None:
        core.bundles.pull("tiny-starter")
        core.bundles.pull("coder-1b-q8")
        panel = make_panel()
        suggestion = card(panel, "tiny-starter").suggestion
        assert suggestion is not None
        suggestion.button.click()
        qtbot.waitUntil(
            lambda: (active := core.bundles.active()) is not None and active.id == "coder-1b-q8",
            timeout=WAIT_MS,
        )
        qtbot.waitUntil(lambda: card(panel, "tiny-starter").suggestion is None, timeout=WAIT_MS)


class TestDownloadProgressPauseCancel:
    def test_progress_is_shown_and_cancel_returns_to_not_installed_with_no_part_left(
        self, qtbot: QtBot, core: MezzoCore, world: World, bridge: CoreBridge, make_panel
    ) -> None:
        world.hub.throttle = 0.05  # seconds per 64 KiB piece: the 1 MiB file takes about 1 s
        panel = make_panel()
        card(panel, "big-coder").download_button.click()
        row = card(panel, "big-coder").download_row
        assert row is not None
        qtbot.waitUntil(lambda: row.bar.value() > 0, timeout=WAIT_MS)
        assert " of " in row.status.text() and "/s" in row.status.text()
        assert row.isVisibleTo(panel) and row.pause_button.isVisibleTo(panel)
        assert bridge.downloading

        row.cancel_button.click()
        qtbot.waitUntil(lambda: card(panel, "big-coder").download_button.isVisibleTo(panel))
        assert not card(panel, "big-coder").download_row.isVisibleTo(panel)  # type: ignore[union-attr]
        assert "big-coder" not in installed_ids(core)
        assert parts(core) == []
        assert not bridge.downloading

    def test_pause_keeps_the_partial_file_and_resume_finishes_the_install(
        self, qtbot: QtBot, core: MezzoCore, world: World, make_panel
    ) -> None:
        world.hub.throttle = 0.05
        panel = make_panel()
        card(panel, "big-coder").download_button.click()
        row = card(panel, "big-coder").download_row
        assert row is not None
        qtbot.waitUntil(lambda: row.bar.value() > 0, timeout=WAIT_MS)
        row.pause_button.click()
        qtbot.waitUntil(lambda: row.resume_button.isVisibleTo(panel), timeout=WAIT_MS)
        assert row.status.text().startswith("Paused at")
        (part,) = parts(core)
        kept = part.stat().st_size
        assert 0 < kept < len(world.big)

        world.hub.throttle = 0.0
        row.resume_button.click()
        qtbot.waitUntil(lambda: "big-coder" in installed_ids(core), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: card(panel, "big-coder").installed_label.isVisibleTo(panel))
        assert parts(core) == []
        resumed = world.hub.requests("GET", BIG_FILE)[-1]
        assert resumed.range == f"bytes={kept}-"  # it went on from the partial file

    def test_cancelling_a_paused_download_deletes_its_partial_file(
        self, qtbot: QtBot, core: MezzoCore, world: World, make_panel
    ) -> None:
        world.hub.throttle = 0.05
        panel = make_panel()
        card(panel, "big-coder").download_button.click()
        row = card(panel, "big-coder").download_row
        assert row is not None
        qtbot.waitUntil(lambda: row.bar.value() > 0, timeout=WAIT_MS)
        row.pause_button.click()
        qtbot.waitUntil(lambda: row.resume_button.isVisibleTo(panel), timeout=WAIT_MS)
        assert parts(core)

        row.cancel_button.click()
        qtbot.waitUntil(lambda: card(panel, "big-coder").download_button.isVisibleTo(panel))
        assert parts(core) == []


class TestDownloadProblemsAreExplained:
    def wait_for_problem(self, qtbot: QtBot, panel: QtModelsPanel, bundle_id: str) -> str:
        card(panel, bundle_id).download_button.click()
        qtbot.waitUntil(lambda: card(panel, bundle_id).error.isVisibleTo(panel), timeout=WAIT_MS)
        problem = card(panel, bundle_id)
        assert problem.download_row is not None
        assert problem.download_row.resume_button.text() == "Try again"
        return problem.error.text()

    def test_a_gated_model_says_a_token_is_needed_and_where_to_add_it(
        self, qtbot: QtBot, make_panel
    ) -> None:
        panel = make_panel()
        text = self.wait_for_problem(qtbot, panel, "gated-coder")
        assert "access token" in text and "Settings" in text

    def test_a_damaged_download_says_it_was_deleted_and_to_try_again(
        self, qtbot: QtBot, core: MezzoCore, world: World, make_panel
    ) -> None:
        world.hub.corrupt.add(CODER_FILE)
        panel = make_panel()
        text = self.wait_for_problem(qtbot, panel, "pinned-coder")
        assert "damaged" in text and "deleted" in text and "Try again" in text
        assert parts(core) == []

    def test_no_network_says_to_check_the_connection(
        self, qtbot: QtBot, world: World, make_panel
    ) -> None:
        panel = make_panel()
        world.hub.close()
        text = self.wait_for_problem(qtbot, panel, "big-coder")
        assert "cannot reach" in text and "online" in text

    def test_a_full_disk_says_how_much_space_is_needed(
        self,
        qtbot: QtBot,
        core: MezzoCore,
        make_service: Callable[..., BundleService],
        make_panel,
    ) -> None:
        core.bundles = make_service(free_of=lambda _folder: 1000)
        panel = make_panel()
        text = self.wait_for_problem(qtbot, panel, "big-coder")
        assert "not enough free disk space" in text
        assert "needs 269 MB" in text and "1.0 KB is free" in text


class TestSwitchingModels:
    def test_use_moves_the_active_marker_and_the_engine_reloads_without_blocking(
        self,
        qtbot: QtBot,
        core: MezzoCore,
        installed_qwen: str,
        installed_codellama: str,
        make_panel,
    ) -> None:
        core.load_model().result(WAIT_MS / 1000)
        panel = make_panel()
        assert card(panel, "tiny-qwen").versions[installed_qwen].active

        card(panel, "tiny-codellama").versions[installed_codellama].use_button.click()
        assert "loading" in panel.active_label.text()  # at once: the click did not wait
        active = core.bundles.active()
        assert active is not None
        qtbot.waitUntil(lambda: core.current_bundle() == active, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: "ready" in panel.active_label.text(), timeout=WAIT_MS)
        assert card(panel, "tiny-codellama").versions[installed_codellama].active
        assert not card(panel, "tiny-qwen").versions[installed_qwen].active
        assert panel.rollback_button.isEnabled()

    def test_going_back_restores_the_previous_model_in_the_engine(
        self,
        qtbot: QtBot,
        core: MezzoCore,
        installed_qwen: str,
        installed_codellama: str,
        make_panel,
    ) -> None:
        core.bundles.use(installed_codellama)
        core.load_model().result(WAIT_MS / 1000)
        panel = make_panel()
        panel.rollback_button.click()
        qwen_blob = str(core.bundles.model_path("tiny-qwen"))
        qtbot.waitUntil(
            lambda: (info := core.model_info()) is not None and info.path == qwen_blob,
            timeout=WAIT_MS,
        )
        qtbot.waitUntil(lambda: card(panel, "tiny-qwen").versions[installed_qwen].active)


class TestRemoving:
    def test_remove_asks_first_and_no_keeps_the_model(
        self, core: MezzoCore, installed_qwen: str, installed_codellama: str, make_panel
    ) -> None:
        panel = make_panel()
        asked: list[str] = []

        def decline(_parent: QWidget, _title: str, text: str) -> bool:
            asked.append(text)
            return False

        panel.confirm = decline
        card(panel, "tiny-codellama").versions[installed_codellama].remove_button.click()
        assert asked and installed_codellama in asked[0]
        assert "tiny-codellama" in installed_ids(core)

    def test_remove_after_yes_deletes_it_and_the_model_in_use_cannot_be_removed(
        self, qtbot: QtBot, core: MezzoCore, installed_qwen: str, installed_codellama: str,
        make_panel,
    ) -> None:  # fmt: skip
        panel = make_panel()
        panel.confirm = lambda _parent, _title, _text: True
        assert not card(panel, "tiny-qwen").versions[installed_qwen].remove_button.isEnabled()
        card(panel, "tiny-codellama").versions[installed_codellama].remove_button.click()
        qtbot.waitUntil(lambda: "tiny-codellama" not in panel.model_list.cards, timeout=WAIT_MS)
        assert "tiny-codellama" not in installed_ids(core)
        assert "Removed" in panel.notice.text()


class TestCheckingFiles:
    def test_each_version_is_marked_intact_or_damaged(
        self, qtbot: QtBot, core: MezzoCore, installed_qwen: str, installed_codellama: str,
        make_panel,
    ) -> None:  # fmt: skip
        damaged = core.bundles.model_path("tiny-codellama")
        data = bytearray(damaged.read_bytes())
        data[-1] ^= 0xFF
        damaged.write_bytes(bytes(data))
        panel = make_panel()
        panel.verify_button.click()
        qtbot.waitUntil(panel.verify_button.isEnabled, timeout=WAIT_MS)
        assert card(panel, "tiny-qwen").versions[installed_qwen].check.text() == "Files OK"
        bad = card(panel, "tiny-codellama").versions[installed_codellama]
        assert bad.check.text().startswith("Damaged")
        assert installed_codellama in panel.notice.text()


class TestAddingAFile:
    def test_a_chosen_gguf_file_is_installed_and_listed(
        self, qtbot: QtBot, core: MezzoCore, tiny_qwen_model: Path, make_panel
    ) -> None:
        panel = make_panel()
        panel.choose_file = lambda _parent: str(tiny_qwen_model)
        panel.add_button.click()
        qtbot.waitUntil(lambda: "qwen" in panel.model_list.cards, timeout=WAIT_MS)
        assert "Added" in panel.notice.text()


class TestAccessibility:
    def test_every_control_has_an_accessible_name(
        self, installed_qwen: str, installed_codellama: str, make_panel
    ) -> None:
        panel = make_panel()
        panel.show()
        unnamed = [
            w
            for w in panel.findChildren(QWidget)
            if w.isVisibleTo(panel)
            and w.focusPolicy() != 0
            and not QAccessible.queryAccessibleInterface(w).text(QAccessible.Text.Name)
        ]
        assert unnamed == []
