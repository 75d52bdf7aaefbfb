"""Home says when the confidence gate has been hiding most suggestions, and can show more; it
lists the editors that asked lately, says where the model runs, and opens the log folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from desktop_app.core.connected_clients import ConnectedClient, Suggestion
from desktop_app.core.gate_watch import MIN_JUDGED, WINDOW
from desktop_app.core.service import MezzoCore
from desktop_app.engine.devices import CPU
from desktop_app.engine.types import Origin
from desktop_app.server.app import build_app
from desktop_app.server.runner import ServerThread
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.connect_editors import ConnectedEditorsView
from desktop_app.ui.panels.home import HomePanel

WAIT_S = 60.0  # a hang guard, never a measurement
INFILL = {"input_prefix": "local function add(a, b)\n    return ", "n_predict": 4}


@pytest.fixture
def home(qtbot: QtBot, shell_core: MezzoCore) -> Iterator[HomePanel]:
    bridge = CoreBridge(shell_core)
    panel = HomePanel(shell_core, bridge)
    qtbot.addWidget(panel)
    panel.show()
    yield panel
    bridge.close()


def judge(core: MezzoCore, means_and_hidden: list[tuple[float, bool]]) -> None:
    """What the completion service records as the gate judges each finished completion."""
    for mean, hidden in means_and_hidden:
        core.completions.gate_watch.judged(mean, hidden)


class TestGateNotice:
    def test_nothing_is_said_while_most_suggestions_are_shown(
        self, home: HomePanel, shell_core: MezzoCore
    ) -> None:
        judge(shell_core, [(-0.3, False)] * (WINDOW - 2) + [(-2.0, True)] * 2)
        home.bridge.refresh()
        assert not home.gate_card.isVisible()

    def test_hiding_most_is_said_with_the_counts(
        self, home: HomePanel, shell_core: MezzoCore
    ) -> None:
        judge(shell_core, [(-2.0, True)] * 8 + [(-0.3, False)] * 4)
        home.bridge.refresh()
        assert home.gate_card.isVisible()
        assert "hid 8 of the last 12 suggestions" in home.gate_text.text()
        assert home.show_more_button.isVisible()

    def test_show_more_lowers_the_threshold_and_the_notice_goes(
        self, home: HomePanel, shell_core: MezzoCore
    ) -> None:
        judge(shell_core, [(-1.6 - 0.01 * i, True) for i in range(MIN_JUDGED)])
        home.bridge.refresh()
        suggested = shell_core.completions.gate_report().suggested_floor
        assert suggested is not None and suggested < -1.6
        home.show_more_button.click()
        assert shell_core.settings.current.gating.min_mean_logprob == suggested
        home.bridge.refresh()  # a new threshold starts a new record
        assert not home.gate_card.isVisible()


@pytest.fixture
def served(shell_core: MezzoCore) -> Iterator[str]:
    """The real HTTP server over the panel's core; its URL."""
    thread = ServerThread(build_app(shell_core), 0, 0).start()
    yield thread.url
    thread.stop()


class TestConnectedEditors:
    def test_with_no_editor_yet_it_says_so_and_where_to_set_one_up(self, home: HomePanel) -> None:
        assert home.editors.rows() == []
        assert home.editors.empty.isVisible()
        assert "No editor has asked for a suggestion yet" in home.editors.empty.text()
        assert "Connect your editor" in home.editors.empty.text()

    def test_an_editor_that_asked_is_listed_with_how_its_suggestion_went(
        self, home: HomePanel, shell_core: MezzoCore, served: str, tiny_qwen_model: Path
    ) -> None:
        headers = {"User-Agent": "curl/8.5.0"}
        refused = httpx.post(f"{served}/infill", json=INFILL, headers=headers, timeout=WAIT_S)
        assert refused.status_code == 503  # no model yet
        home.bridge.refresh()
        assert home.editors.rows() == [
            (
                "llama.vim",
                "asked just now",
                "Mezzo could not answer its last request. The log has the details.",
            )
        ]
        assert not home.editors.empty.isVisible()

        shell_core.load_model(tiny_qwen_model).result(WAIT_S)
        studio = {
            "prompt": "local x = ",
            "suffix": "",
            "stream": False,
            "client_id": "roblox-studio",
        }
        answer = httpx.post(f"{served}/api/generate", json=studio, timeout=WAIT_S).json()
        home.bridge.refresh()
        [newest, older] = home.editors.rows()
        assert newest[0] == "Roblox Studio"
        shown = "Its last suggestion was shown."
        assert newest[2] == (
            shown if answer["response"] else "The model had nothing to suggest last time."
        )
        assert older[0] == "llama.vim"

    @pytest.mark.parametrize(
        ("seconds", "asked"),
        [(0, "asked just now"), (12, "asked 12 s ago"), (75, "asked 1 min ago")],
    )
    def test_when_it_asked_is_said_in_seconds_then_minutes(
        self, qtbot: QtBot, seconds: int, asked: str
    ) -> None:
        view = ConnectedEditorsView()
        qtbot.addWidget(view)
        unnamed = ConnectedClient("", Origin.OLLAMA, 0.0, seconds, Suggestion.CANCELLED)
        view.show_clients((unnamed,))
        [(name, said, last)] = view.rows()
        assert (name, said) == ("Another editor (Ollama style)", asked)
        assert "before its last suggestion was ready" in last

    def test_every_outcome_has_its_own_plain_sentence(self, qtbot: QtBot) -> None:
        view = ConnectedEditorsView()
        qtbot.addWidget(view)
        outcomes = [*Suggestion, None]
        view.show_clients(
            tuple(ConnectedClient("x", Origin.OPENAI, 0.0, 0, last) for last in outcomes)
        )
        sentences = [last for _name, _asked, last in view.rows()]
        assert len(set(sentences)) == len(outcomes)
        assert all(sentence.endswith(".") for sentence in sentences)
        view.show_clients(())
        assert view.rows() == []


class TestWhereTheModelRuns:
    def test_nothing_is_said_without_a_model(self, home: HomePanel) -> None:
        assert not home.device.isVisible()

    def test_the_loaded_model_says_where_it_runs(
        self, home: HomePanel, shell_core: MezzoCore, tiny_qwen_model: Path
    ) -> None:
        shell_core.load_model(tiny_qwen_model).result(WAIT_S)
        home.bridge.refresh()
        device = shell_core.model_info().device  # type: ignore[union-attr]
        expected = "Running on the CPU" if device == CPU else f"Running on the {device}"
        assert home.device.isVisible()
        assert home.device.text() == expected


class TestLogFolder:
    def test_the_button_opens_mezzos_logs_folder(
        self, home: HomePanel, shell_core: MezzoCore, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        opened: list[QUrl] = []
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
        home.log_button.click()
        assert opened == [QUrl.fromLocalFile(str(shell_core.paths.logs_dir))]
        assert shell_core.paths.logs_dir.is_dir()


class TestOnPausedOff:
    """Home names the state and its buttons as the tray menu does."""

    def test_on_offers_to_turn_off_or_pause(self, home: HomePanel) -> None:
        home.bridge.refresh()
        assert home.toggle_button.text() == "Turn completions off"
        assert home.pause_button.text() == "Pause for 1 hour"
        assert home.pause_button.isEnabled()

    def test_pausing_says_until_when_and_offers_to_resume(self, home: HomePanel) -> None:
        home.pause_button.click()
        home.bridge.refresh()
        assert home.headline.text().startswith("Completions are paused until ")
        assert home.pause_button.text() == "Resume now"
        home.pause_button.click()
        home.bridge.refresh()
        assert home.core.settings.current.paused_until == 0.0

    def test_turning_off_ends_a_pause_and_pause_does_nothing_while_off(
        self, home: HomePanel
    ) -> None:
        home.pause_button.click()
        home.toggle_button.click()
        home.bridge.refresh()
        settings = home.core.settings.current
        assert (settings.completions_enabled, settings.paused_until) == (False, 0.0)
        assert home.headline.text() == "Completions are off"
        assert home.toggle_button.text() == "Turn completions on"
        assert not home.pause_button.isEnabled()
