"""The bridge delivers the core's events on the GUI thread, whichever thread caused them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThread, Slot
from pytestqt.qtbot import QtBot

from desktop_app.base.errors import ModelNotFoundError
from desktop_app.base.settings import Settings
from desktop_app.core.service import MezzoCore
from desktop_app.ui.app_state import AppState
from desktop_app.ui.bridge import CoreBridge
from desktop_app.ui.messages import explain
from tests.ui.conftest import WAIT_MS


@pytest.fixture
def bridge(qtbot: QtBot, shell_core: MezzoCore) -> Iterator[CoreBridge]:
    bridge = CoreBridge(shell_core)
    yield bridge
    bridge.close()


class Receiver(QObject):
    """A GUI-thread object with a slot, as a panel would have."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[QThread] = []
        self.values: list[object] = []

    @Slot(object)
    def receive(self, value: object) -> None:
        self.threads.append(QThread.currentThread())
        self.values.append(value)


class TestThreads:
    def test_a_settings_change_on_another_thread_arrives_on_the_gui_thread(
        self, qtbot: QtBot, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        receiver = Receiver()
        bridge.settings_changed.connect(receiver.receive)
        changer = threading.Thread(
            target=shell_core.settings.update, kwargs={"current_repo": "/work/game"}
        )
        with qtbot.waitSignal(bridge.settings_changed, timeout=WAIT_MS):
            changer.start()
        changer.join()
        assert receiver.threads == [QThread.currentThread()]  # the test runs on the GUI thread
        settings = receiver.values[0]
        assert isinstance(settings, Settings) and settings.current_repo == "/work/game"

    def test_a_model_load_finishing_on_the_engine_thread_is_reported_on_the_gui_thread(
        self, qtbot: QtBot, bridge: CoreBridge, shell_core: MezzoCore, tiny_qwen_model: Path
    ) -> None:
        receiver = Receiver()
        bridge.model_load_finished.connect(receiver.receive)
        with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS):
            bridge.track_load(shell_core.load_model(tiny_qwen_model))
        assert receiver.threads == [QThread.currentThread()]
        assert receiver.values == [""]
        assert bridge.state is AppState.ON


class TestModelName:
    def test_an_installed_model_is_named_as_the_catalog_names_it(
        self, qtbot: QtBot, bridge: CoreBridge, shell_core: MezzoCore, tiny_qwen_model: Path
    ) -> None:
        manifest = shell_core.bundles.import_file(
            tiny_qwen_model, bundle_id="tiny-qwen", activate=True
        )
        with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS):
            bridge.track_load(shell_core.load_model())
        assert manifest.name and bridge.status.model == manifest.name

    def test_a_loose_file_keeps_the_name_inside_it(
        self, qtbot: QtBot, bridge: CoreBridge, shell_core: MezzoCore, tiny_qwen_model: Path
    ) -> None:
        with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS):
            bridge.track_load(shell_core.load_model(tiny_qwen_model))
        assert bridge.status.model == shell_core.status().model != ""


class TestStates:
    def test_downloads_are_counted_so_two_panels_may_download_at_once(
        self, bridge: CoreBridge
    ) -> None:
        bridge.set_downloading(True)
        bridge.set_downloading(True)
        bridge.set_downloading(False)
        assert bridge.state is AppState.DOWNLOADING
        bridge.set_downloading(False)
        assert bridge.state is not AppState.DOWNLOADING

    def test_a_failed_load_becomes_an_error_with_its_sentence(
        self, qtbot: QtBot, bridge: CoreBridge
    ) -> None:
        failed: Future[object] = Future()
        error = ModelNotFoundError("There is no model at /home/someone/gone.gguf.", "/x/gone.gguf")
        failed.set_exception(error)
        with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS) as finished:
            bridge.track_load(failed)
        sentence = finished.args[0]
        assert sentence == explain(error) != str(error)
        assert "gone.gguf" in sentence and "/home/someone" not in sentence
        assert bridge.state is AppState.ERROR
        assert bridge.status.detail == sentence

    def test_a_missing_model_file_is_told_in_the_windows_words_not_the_errors(
        self, qtbot: QtBot, bridge: CoreBridge, shell_core: MezzoCore, tmp_path: Path
    ) -> None:
        gone = tmp_path / "private-folder" / "gone.gguf"
        with qtbot.waitSignal(bridge.model_load_finished, timeout=WAIT_MS) as finished:
            bridge.track_load(shell_core.load_model(gone))
        error = shell_core.engine_error()
        assert isinstance(error, ModelNotFoundError)
        assert "private-folder" in str(error)  # the core's text names the path...
        sentence = finished.args[0]
        assert sentence == explain(error)
        assert "gone.gguf" in sentence and "private-folder" not in sentence  # ...the window not
        assert bridge.state is AppState.ERROR
        assert bridge.status.detail == sentence

    def test_a_server_error_is_shown_until_the_server_runs(self, bridge: CoreBridge) -> None:
        bridge.set_server(None, "Port 8012 is already in use.")
        assert bridge.state is AppState.ERROR
        bridge.set_server(None, "")
        assert bridge.state is not AppState.ERROR

    def test_after_close_core_events_are_ignored(
        self, bridge: CoreBridge, shell_core: MezzoCore
    ) -> None:
        receiver = Receiver()
        bridge.settings_changed.connect(receiver.receive)
        bridge.close()
        shell_core.settings.update(current_repo="/elsewhere")
        assert receiver.values == []
