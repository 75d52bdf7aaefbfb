"""`CoreBridge`: the core's events as Qt signals, always delivered on the GUI thread.

The core calls its listeners on whatever thread made the change: a settings change on the thread
that saved it, a power change on the HTTP thread whose request noticed it, a model load on the
engine thread. Widgets may only be touched on the GUI thread, so every core callback here only
emits a private signal of this object (which lives on the GUI thread, so Qt queues the call
across threads) and a bound slot re-emits the public signal there. Things the core has no
callback for (the engine state, the queue, a battery draining) are polled with a QTimer.

Contract for panels (see also `desktop_app.ui.panels`):

- `status_changed(AppStatus)`: what Mezzo is doing (tray state, detail, model); `app_status`.
- `core_status_changed(CoreStatus)`: the raw core snapshot, when any field of it changed.
- `settings_changed(Settings)`: after every `core.settings.update(...)`, from anyone.
- `server_changed()`: the HTTP server started, stopped or failed; read `server_ports`,
  `server_error` and `server_started_with` (the ServerSettings it was started with).
  `request_server_restart()` asks the app to restart it (after a port change).
- `set_downloading(True/False)`: call around a download so the tray shows it; it is a count,
  so two panels downloading at once are fine (each call with False ends one download).
- `track_load(future)`: hand a `core.load_model(...)` future over; `model_load_finished(str)`
  fires with "" on success or a plain sentence on failure (also when a failed switch went back
  to the model that worked: that one keeps serving, so the tray shows no error).
- `shutting_down()`: Mezzo is quitting; cancel running downloads so the thread pool can end.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.base.errors import MezzoError, ModelSwitchError
from desktop_app.base.settings import ServerSettings, Settings
from desktop_app.core.power import PowerStatus
from desktop_app.engine.worker import EngineState
from desktop_app.ui.app_state import AppState, AppStatus, app_status
from desktop_app.ui.messages import explain

if TYPE_CHECKING:
    from desktop_app.core.service import CoreStatus, MezzoCore
    from desktop_app.server.runner import BoundPorts

logger = logging.getLogger(__name__)

POLL_MS = 1000


class CoreBridge(QObject):
    status_changed = Signal(object)  # AppStatus
    core_status_changed = Signal(object)  # CoreStatus
    settings_changed = Signal(object)  # Settings
    server_changed = Signal()
    server_restart_requested = Signal()
    model_load_finished = Signal(str)  # "" on success, else why it failed
    shutting_down = Signal()

    # Emitted from core threads, received by the slots below on the GUI thread.
    _settings_from_core = Signal(object)
    _power_from_core = Signal(object)
    _load_done_from_core = Signal(object)

    def __init__(
        self, core: MezzoCore, parent: QObject | None = None, poll_ms: int = POLL_MS
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.server_ports: BoundPorts | None = None
        self.server_error = ""
        self.server_started_with: ServerSettings | None = None
        self._downloads = 0
        self._load_error = ""  # a load that failed before the engine saw it (no model found)
        self._model_labels: dict[str, str] = {}  # model path -> the name people know it by
        self._closed = False
        self._core_status: CoreStatus | None = None
        self._status: AppStatus | None = None
        self._settings_from_core.connect(self._on_settings)
        self._power_from_core.connect(self._on_power)
        self._load_done_from_core.connect(self._on_load_done)
        # The core has no unsubscribe: `close()` makes these listeners inert instead.
        core.settings.subscribe(self._settings_listener)
        core.power.subscribe(self._power_listener)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    # --- reading --------------------------------------------------------------------------

    @property
    def status(self) -> AppStatus:
        if self._status is None:
            self.refresh()
        assert self._status is not None
        return self._status

    @property
    def state(self) -> AppState:
        return self.status.state

    @property
    def downloading(self) -> bool:
        return self._downloads > 0

    # --- for panels and the app -----------------------------------------------------------

    def set_downloading(self, downloading: bool) -> None:
        self._downloads = self._downloads + 1 if downloading else max(0, self._downloads - 1)
        self.refresh()

    def set_server(
        self, ports: BoundPorts | None, error: str = "", started_with: ServerSettings | None = None
    ) -> None:
        self.server_ports, self.server_error = ports, error
        self.server_started_with = started_with
        self.server_changed.emit()
        self.refresh()

    def request_server_restart(self) -> None:
        self.server_restart_requested.emit()

    def track_load(self, future: Future[object]) -> None:
        self._load_error = ""
        self.refresh()  # "loading" at once, not at the next poll
        future.add_done_callback(self._load_listener)

    @Slot()
    def refresh(self) -> None:
        """Poll the core now; emit only what changed."""
        if self._closed:
            return
        core_status = self.core.status()
        if core_status != self._core_status:
            self._core_status = core_status
            self.core_status_changed.emit(core_status)
        engine_error = self.core.engine_error()
        status = app_status(
            core_status,
            completions_enabled=self.core.settings.current.completions_enabled,
            engine_error=explain(engine_error) if engine_error is not None else "",
            downloading=self.downloading,
            server_error=self.server_error or self._load_error,
            model_label=self._model_label(),
        )
        if status != self._status:
            self._status = status
            logger.debug("app state: %s (%s)", status.state.value, status.detail)
            self.status_changed.emit(status)

    def _model_label(self) -> str:
        """The installed bundle's catalog name ("SmolLM2 135M Instruct (starter)") for the
        loaded model, rather than whatever its GGUF calls itself; looked up once per file."""
        info = self.core.model_info()
        if info is None:
            return ""
        if info.path not in self._model_labels:
            manifest = self.core.current_bundle()
            self._model_labels[info.path] = manifest.name if manifest is not None else ""
        return self._model_labels[info.path]

    def close(self) -> None:
        """Stop polling and make the core's listeners inert; idempotent."""
        if not self._closed:
            self._closed = True
            self._timer.stop()
            self.shutting_down.emit()

    # --- core listeners: any thread ---------------------------------------------------------

    def _settings_listener(self, settings: Settings) -> None:
        self._emit_safely(self._settings_from_core, settings)

    def _power_listener(self, status: PowerStatus) -> None:
        self._emit_safely(self._power_from_core, status)

    def _load_listener(self, future: Future[object]) -> None:
        self._emit_safely(self._load_done_from_core, future)

    def _emit_safely(self, signal: Signal, value: object) -> None:  # type: ignore[valid-type]
        if self._closed:
            return
        try:
            signal.emit(value)  # type: ignore[attr-defined]
        except RuntimeError:  # the Qt object is gone (app quitting); nothing left to tell
            self._closed = True

    # --- GUI-thread slots -------------------------------------------------------------------

    @Slot(object)
    def _on_settings(self, settings: Settings) -> None:
        if self._closed:
            return
        self.settings_changed.emit(settings)
        self.refresh()  # pausing or switching off changes the state at once

    @Slot(object)
    def _on_power(self, _status: PowerStatus) -> None:
        # refresh() calls core.status() again; the listener list is not re-entered because the
        # policy only calls listeners when the state changed since its previous call.
        self.refresh()

    @Slot(object)
    def _on_load_done(self, future: Future[object]) -> None:
        if self._closed:
            return
        error = None if future.cancelled() else future.exception()
        if future.cancelled():
            message = self.tr("Loading the model was stopped. Choose a model in Models.")
        elif error is None:
            message = ""
        else:
            if not isinstance(error, MezzoError):
                logger.error("model load failed", exc_info=error)
            message = explain(error)
        went_back = isinstance(error, ModelSwitchError)  # the model that worked still serves
        if message and not went_back and self.core.engine_state() is not EngineState.ERROR:
            self._load_error = message  # the engine never got the model: show it anyway
        self.refresh()
        self.model_load_finished.emit(message)
