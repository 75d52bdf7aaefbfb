"""The service core, wired once: what the server, the CLI and the GUI all talk to.

One `MezzoCore` per process. It owns the settings, the secrets, the engine worker, the power
policy and the completion service; it never imports the server or the UI.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.adapters.service import AdapterService
from desktop_app.base.api_token import ApiTokens
from desktop_app.base.battery import BatteryReader, read_battery
from desktop_app.base.environment import Environment
from desktop_app.base.errors import MezzoError, ModelSwitchError
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.base.settings import Settings, SettingsStore
from desktop_app.bundles.manifest import Manifest
from desktop_app.bundles.service import BundleService
from desktop_app.context.indexer import ContextIndexer, RepoState
from desktop_app.core.completions import CompletionService
from desktop_app.core.connected_clients import ConnectedClient, ConnectedClients
from desktop_app.core.gate_watch import GateReport
from desktop_app.core.power import PowerPolicy, PowerStatus, Throttle
from desktop_app.core.recording import CompletionRecorder, ModelIdentity
from desktop_app.core.repo_context import RepoContext, known_repos, project_of
from desktop_app.engine.model import ModelInfo, default_threads
from desktop_app.engine.templates import FimFamily
from desktop_app.engine.worker import EngineState, EngineWorker
from desktop_app.telemetry.export import outcomes_csv
from desktop_app.telemetry.stats import Stats, stats_from_outcomes
from desktop_app.telemetry.store import DAY_S, TelemetryStore

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CoreStatus:
    engine: str
    model: str
    template: str
    error: str
    power: PowerStatus
    queued: int
    gate: GateReport
    device: str = ""  # where the model's layers run ("CPU", "Apple GPU (Metal)"); "" with no model
    clients: tuple[ConnectedClient, ...] = ()  # editors heard from lately, the latest first

    def to_dict(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "model": self.model,
            "template": self.template,
            "device": self.device,
            "error": self.error,
            "power": self.power.to_dict(),
            "queued": self.queued,
            "gate": self.gate.to_dict(),
            "clients": [client.to_dict() for client in self.clients],
        }


class MezzoCore:
    def __init__(
        self,
        paths: MezzoPaths,
        *,
        settings: SettingsStore | None = None,
        battery: BatteryReader = read_battery,
        secret_store: SecretStore | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`battery` and `clock` are seams for tests: the power reading, and the monotonic clock
        that throttle intervals and acceptance-inference timeouts are measured by."""
        self.paths = paths.ensure()
        self.settings = settings or SettingsStore(paths.settings_file)
        self.secrets = secret_store or SecretStore()
        self.api_tokens = ApiTokens(self.secrets, self.paths.api_token_file)
        current = self.settings.current
        self.engine = EngineWorker(current.engine, max_queued=current.server.max_queued_jobs)
        self.power = PowerPolicy(lambda: self.settings.current, battery, clock=clock)
        self.power.subscribe(self._on_power_change)
        self.bundles = BundleService(
            self.paths,
            endpoint=Environment.read().hub_endpoint,
            secrets=self.secrets,
            battery_reader=battery,
            allow_on_battery=current.power.downloads_on_battery,
        )
        self.adapters = AdapterService(self.paths, self.bundles, self.settings)
        self.telemetry = TelemetryStore.for_settings(self.paths.telemetry_db, self.settings)
        self.recorder = CompletionRecorder(
            self.telemetry,
            infer=lambda: self.settings.current.telemetry.infer_acceptance,
            clock=clock,
        )
        # The model file last asked for and the installed bundle it is, for current_bundle().
        self._bundle_asked_for: tuple[Path, Manifest | None] = (Path(), None)
        self.indexer = ContextIndexer(
            self.paths.context_dir, refresh_interval_s=current.context.refresh_interval_s
        )
        self.repo_context = RepoContext(self.indexer, self.settings, self._mapped_folders)
        self._current_repo = current.current_repo
        self.settings.subscribe(self._on_settings)
        self.completions = CompletionService(
            self.engine,
            self.settings,
            Throttle(self.power, clock=clock),
            recorder=self.recorder,
            adapters=self.adapters.resolver,
            context=self.repo_context,
            clients=ConnectedClients(clock=clock),
        )

    @classmethod
    def from_environment(cls, **kwargs: Any) -> MezzoCore:
        return cls(MezzoPaths.from_environment(), **kwargs)

    # --- model ------------------------------------------------------------------------------

    def load_model(self, path: Path | None = None, template: str = "") -> Future[object]:
        """Load `path`, or the active bundle (falling back to the starter model).

        The template is the caller's, else the settings' override, else what the bundle's
        manifest declares (a fine-tune trained on the instruction prompt format says so there),
        else the engine detects it from the GGUF.
        """
        path = path or self.bundles.resolve_active_model()
        try:
            manifest = self.bundles.bundle_of_file(path)
        except (MezzoError, OSError):  # an unreadable manifest or file: served as a plain file
            manifest = None
        working = self._bundle_asked_for if self.current_model_asked_for() else None
        self._serve(path.resolve(), manifest)
        declared = manifest.fim_template if manifest is not None else ""
        if declared not in {family.value for family in FimFamily}:
            declared = ""  # "auto" and "none": let the engine read the GGUF
        override = template or self.settings.current.engine.template_override or declared
        name = manifest.name if manifest is not None else path.name
        loading = self.engine.load_model(path, override, name, self.settings.current.engine)
        if working is None:
            return loading
        failed = manifest
        return _after_failed_switch(loading, lambda: self._went_back(working, failed))

    def _serve(self, path: Path, manifest: Manifest | None) -> None:
        """Record `path` as the file asked for and tell the completion service what it is."""
        self._bundle_asked_for = (path, manifest)
        if manifest is not None:
            self.completions.serve(
                ModelIdentity(manifest.id, manifest.version, manifest.sha256),
                self.bundles.confidence_floor(manifest),
            )
        else:
            self.completions.serve(ModelIdentity(path.stem, "", ""), None)

    def _went_back(self, working: tuple[Path, Manifest | None], failed: Manifest | None) -> None:
        """The engine is running `working` again because the model asked for did not load: so
        is the rest of the core, and the active bundle no longer points at `failed`."""
        self._serve(*working)
        if failed is not None:
            self.bundles.reinstate(working[1], failed)

    # --- repository context -----------------------------------------------------------------

    def _mapped_folders(self) -> list[str]:
        return self.adapters.mappings.current().folders

    def known_repos(self) -> list[str]:
        current = self.settings.current.current_repo
        return known_repos(self.adapters.mappings.current(), current, self.indexer.indexed_roots())

    def _on_settings(self, settings: Settings) -> None:
        """A newly chosen current repository is indexed at once, before its first request; the
        next download follows the "download on battery" choice."""
        self.bundles.allow_on_battery = settings.power.downloads_on_battery
        chosen = settings.current_repo
        if chosen != self._current_repo:
            self._current_repo = chosen
            if (root := project_of(chosen)) is not None:
                self.indexer.refresh(root)

    def index_known_repos(self) -> None:
        """Bring every known repository's index up to date, in the background; not those the
        person turned repository context off for."""
        off = set(self.settings.current.context.off_for)
        for root in self.known_repos():
            if root not in off:
                self.indexer.refresh(root)

    def context_states(self) -> list[RepoState]:
        return self.indexer.states(self.known_repos())

    def set_repo_context(self, root: str, enabled: bool) -> None:
        """Turn repository context on or off for one repository; its index is kept."""
        self.settings.update(context=self.settings.current.context.switched(root, enabled))

    def forget_repo(self, root: str) -> bool:
        """Delete the repository's index; it is rebuilt only if the repository is used again."""
        return self.indexer.forget(root)

    # --- access token -----------------------------------------------------------------------

    def api_token(self) -> str | None:
        """The key clients must send, or None when the person has not asked for one."""
        if not self.settings.current.server.require_token:
            return None
        return self.api_tokens.current()

    def rotate_api_token(self) -> str:
        return self.api_tokens.rotate()

    # --- telemetry --------------------------------------------------------------------------

    def record_event(
        self, kind: str, completion_id: str, choice_index: int = 0, select_kind: str | None = None
    ) -> Future[bool]:
        """An editor's view / select / dismiss; the future fails with TelemetryError for a bad
        one. Written on the telemetry writer thread, so the caller never waits on an fsync."""
        return self.recorder.event(kind, completion_id, choice_index, select_kind)

    def hash_client(self, client_id: str) -> str:
        """The salted hash telemetry keeps for a client id (statistics group clients by it)."""
        return self.telemetry.hash_client(client_id)

    def stats(self, days: int | None = None) -> Stats:
        since = time.time() - days * DAY_S if days else 0.0
        self.recorder.flush()
        return stats_from_outcomes(self.telemetry.outcomes(since), since=since)

    def stats_csv(self, days: int | None = None) -> str:
        since = time.time() - days * DAY_S if days else 0.0
        self.recorder.flush()
        return outcomes_csv(self.telemetry.outcomes(since))

    # --- status -----------------------------------------------------------------------------

    def model_info(self) -> ModelInfo | None:
        """The model the engine is running, or None while none is loaded."""
        return self.engine.model_info

    def tokenize(self, text: str, *, add_special: bool, parse_special: bool) -> Future[object]:
        """`[(id, piece bytes), …]` with the running model's vocabulary."""
        return self.engine.tokenize(text, add_special=add_special, parse_special=parse_special)

    def detokenize(self, tokens: list[int]) -> Future[object]:
        return self.engine.detokenize(tokens)

    def engine_state(self) -> EngineState:
        return self.engine.state

    def engine_error(self) -> MezzoError | None:
        """Why no model is running, when the last load failed."""
        return self.engine.last_error

    def current_bundle(self) -> Manifest | None:
        """The installed bundle the running model came from; None for a file outside the store."""
        return self._bundle_asked_for[1] if self.current_model_asked_for() else None

    def current_model_asked_for(self) -> bool:
        """Whether the running model is the file last asked for (not one still loading)."""
        info = self.engine.model_info
        return info is not None and Path(info.path).resolve() == self._bundle_asked_for[0]

    def wall_time(self) -> float:
        """Epoch seconds on the clock the power policy measures a timed pause by."""
        return self.power.wall_time()

    def status(self) -> CoreStatus:
        info = self.engine.model_info
        error = self.engine.last_error
        return CoreStatus(
            engine=self.engine.state.value,
            model=info.name if info else "",
            template=info.template if info else "",
            device=info.device if info else "",
            error=str(error) if error else "",
            power=self.power.status(),
            queued=self.engine.queued(),
            gate=self.completions.gate_report(),
            clients=self.completions.clients.recent(),
        )

    def _on_power_change(self, status: PowerStatus) -> None:
        threads = status.threads or self.settings.current.engine.n_threads or default_threads()
        self.engine.set_threads(threads)

    def close(self) -> None:
        self.indexer.close()
        self.engine.close()
        # After the engine, so no answer is recorded after this: suggestions still on screen
        # are judged on the evidence so far, and the database is closed (its WAL checkpointed).
        self.recorder.close()


def _after_failed_switch(loading: Future[object], went_back: Callable[[], None]) -> Future[object]:
    """`loading`'s outcome, settled only after `went_back` ran for a `ModelSwitchError`, so that
    whoever waits on it sees the core as it is after the switch (a plain done-callback would
    run after `result()` had already returned)."""
    outcome: Future[object] = Future()

    def settle(done: Future[object]) -> None:
        if done.cancelled():
            outcome.cancel()
            return
        error = done.exception()
        if error is None:
            outcome.set_result(done.result())
            return
        if isinstance(error, ModelSwitchError):
            went_back()
        outcome.set_exception(error)

    loading.add_done_callback(settle)
    return outcome
