"""Mezzo's settings: one frozen dataclass tree, loaded once, saved atomically, passed in explicitly.

Runtime changes (a new battery threshold, a telemetry switch) go through `SettingsStore.update`,
which saves the new tree and tells listeners, so a change takes effect without a restart.
Environment variables are read only in `from_environment`, never at import time, and are listed
in `ENVIRONMENT` so that `mezzo --help` and the startup log can show them.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, get_args, get_type_hints

from desktop_app.base.files import atomic_write_text

logger = logging.getLogger(__name__)

DEFAULT_ORIGINS: tuple[str, ...] = (
    "http://localhost",
    "https://localhost",
    "http://127.0.0.1",
    "https://127.0.0.1",
    "vscode-webview://*",
    "vscode-file://*",
    "app://*",
    "file://*",
)


@dataclass(frozen=True, slots=True)
class ServerSettings:
    port: int = 8012  # the port llama.vscode and llama.vim expect
    ollama_port: int = 11434  # the port Ollama clients (the Roblox plugin) expect; 0 turns it off
    allowed_origins: tuple[str, ...] = DEFAULT_ORIGINS
    require_token: bool = False
    max_body_bytes: int = 2 * 1024 * 1024
    max_n_predict: int = 1024
    max_queued_jobs: int = 32


@dataclass(frozen=True, slots=True)
class EngineSettings:
    n_ctx: int = 4096
    n_batch: int = 256
    n_threads: int = 0  # 0: one fewer than the physical cores (engine.model.default_threads)
    cache_reuse_min_chunk: int = 64  # llama-server's --cache-reuse: shortest KV run worth shifting
    # 0: no cap on the prompt, as in llama-server. A 3 s cap answered the first request at each
    # new place in a file with nothing on a busy laptop, after doing the work; a newer keystroke
    # or a client hanging up stops a prompt nobody waits for, and the context bounds its length.
    max_prompt_ms: int = 0
    max_predict_ms: int = 5000  # applies even when the client sets no t_max_predict_ms
    max_lines: int = 15  # middles longer than 15 lines drift off course
    template_override: str = ""  # a FIM family name, or "" to detect from the GGUF
    snapshot_cache_mb: int = 256  # per-adapter KV snapshots
    # Offload every layer to the GPU when llama.cpp was built with a GPU backend (Metal, CUDA,
    # Vulkan, ROCm); off runs on the CPU only, for a GPU that is busy, small or misbehaving.
    use_gpu: bool = True


@dataclass(frozen=True, slots=True)
class GatingSettings:
    # None: the model's own default (core.gating.model_floor): a 3B coder's accepted completions
    # average about -0.035 nats/token, the 135M starter's shown ones -0.4 to -1.6, so one number
    # for all hides everything on a small model. `mezzo stats --suggest-threshold` proposes one
    # fitted to the person's own history.
    min_mean_logprob: float | None = None
    min_token_logprob: float = -6.0  # one token under 0.25 % probability: the model was guessing
    enabled: bool = True  # the two confidence thresholds; content checks below are separate
    min_chars: int = 2  # in that study 13 % of rejections were single tokens or trivial fragments
    drop_repeats: bool = True  # and 13 % repeated code already after the cursor


@dataclass(frozen=True, slots=True)
class PowerSettings:
    # The throttle: 300 ms between completions on battery, 1 s when low. None on mains, as in
    # llama-server: a newer request already stops the client's older one, and a turned-away
    # request is an empty answer that llama.vim and llama.vscode keep in their caches, so the
    # person would see nothing at that place (llama.vim sends its speculative request and the
    # next keystroke's 40 ms apart).
    ac_min_interval_ms: int = 0
    battery_min_interval_ms: int = 300
    low_battery_min_interval_ms: int = 1000
    low_battery_percent: float = 20.0
    pause_on_low_battery: bool = False
    battery_max_n_predict: int = 64  # 0: no cap
    low_battery_max_n_predict: int = 32
    battery_threads: int = 2  # 0: the engine's own choice
    low_battery_threads: int = 1
    battery_poll_s: float = 5.0  # the OS is asked at most this often
    downloads_on_battery: bool = False


@dataclass(frozen=True, slots=True)
class ContextSettings:
    """Repository context: what Mezzo adds to each prompt from its index of the repository."""

    enabled: bool = True
    # Estimated tokens: every one is evaluated before the first suggestion on a laptop, and
    # re-evaluated whenever the cursor's neighbourhood brings in other definitions.
    budget_tokens: int = 384
    imports: bool = True  # signatures of what the file imports or requires
    definitions: bool = True  # of identifiers near the cursor that other files declare
    recent_edits: bool = True  # where this editor was working last in other files
    refresh_interval_s: float = 10.0  # an index in use is checked for changed files this often
    off_for: tuple[str, ...] = ()  # repository roots the person turned repository context off for

    def switched(self, root: str, on: bool) -> ContextSettings:
        """These settings with repository context turned on or off for the repository `root`."""
        off = [r for r in self.off_for if r != root] + ([] if on else [root])
        return dataclasses.replace(self, off_for=tuple(off))


@dataclass(frozen=True, slots=True)
class CleanupSettings:
    """Syntax-aware clean-up of completions; each rule can be turned off to measure it."""

    block_end: bool = True  # cut where the enclosing block or statement ends
    brackets: bool = True  # balance brackets against the code after the cursor
    suffix_overlap: bool = True  # drop what repeats the code after the cursor
    repeats: bool = True  # drop lines or blocks the completion repeats
    # One line for a cursor mid-expression, up to 15 after a block opener: decided before
    # generating, so less is generated.
    choose_extent: bool = True


@dataclass(frozen=True, slots=True)
class TelemetrySettings:
    enabled: bool = True  # off: nothing is written, the database is not even created
    retention_days: int = 90
    infer_acceptance: bool = True  # guess accept/reject for editors that send no events


@dataclass(frozen=True, slots=True)
class Settings:
    server: ServerSettings = field(default_factory=ServerSettings)
    engine: EngineSettings = field(default_factory=EngineSettings)
    gating: GatingSettings = field(default_factory=GatingSettings)
    power: PowerSettings = field(default_factory=PowerSettings)
    telemetry: TelemetrySettings = field(default_factory=TelemetrySettings)
    context: ContextSettings = field(default_factory=ContextSettings)
    cleanup: CleanupSettings = field(default_factory=CleanupSettings)
    completions_enabled: bool = True
    paused_until: float = 0.0  # epoch seconds; "Pause for 1 hour" from the tray
    current_repo: str = ""  # for clients that send no file path
    start_at_login: bool = False
    first_run_done: bool = False  # the desktop app's welcome dialog has been seen once

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Settings:
        return _build(cls, _without_old_defaults(data))


# Earlier versions saved every default into the settings file, so a file holding exactly an old
# default says nothing about what the person chose: the one-size confidence threshold (before
# per-model ones) and the spacing on mains power.
OLD_DEFAULTS: dict[tuple[str, str], object] = {
    ("gating", "min_mean_logprob"): -0.08,
    ("power", "ac_min_interval_ms"): 50,
}


def _without_old_defaults(data: Mapping[str, Any]) -> Mapping[str, Any]:
    cleaned = dict(data)
    for (section, name), old in OLD_DEFAULTS.items():
        values = cleaned.get(section)
        if isinstance(values, Mapping) and values.get(name) == old:
            cleaned[section] = {k: v for k, v in values.items() if k != name}
    return cleaned


T = TypeVar("T")


def _build(cls: type[T], data: Mapping[str, Any]) -> T:
    """Build settings from JSON, ignoring unknown keys and keeping defaults for bad values."""
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for item in dataclasses.fields(cls):  # type: ignore[arg-type]
        if item.name not in data:
            continue
        raw, hint = data[item.name], hints[item.name]
        if dataclasses.is_dataclass(hint):
            if isinstance(raw, Mapping):
                values[item.name] = _build(hint, raw)  # type: ignore[arg-type]
            continue
        if raw is None and type(None) in get_args(hint):
            values[item.name] = None
            continue
        coerced = _coerce(raw, hint)
        if coerced is None:
            logger.warning("ignoring setting %s=%r: expected %s", item.name, raw, hint)
            continue
        values[item.name] = coerced
    return cls(**values)


def _coerce(raw: Any, hint: Any) -> Any:
    if hint == float | None:
        return _coerce(raw, float)  # None itself is taken before coercion
    if hint is bool:
        return raw if isinstance(raw, bool) else None
    if hint is int:
        return raw if isinstance(raw, int) and not isinstance(raw, bool) else None
    if hint is float:
        ok = isinstance(raw, int | float) and not isinstance(raw, bool)
        return float(raw) if ok else None
    if hint is str:
        return raw if isinstance(raw, str) else None
    if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
        return tuple(raw)
    return None


Listener = Callable[[Settings], None]


class SettingsStore:
    """Owns the current Settings and the JSON file behind them."""

    def __init__(self, path: Path, initial: Settings | None = None) -> None:
        self._path = path
        self._lock = threading.Lock()  # guards _current and _listeners
        self._current = initial if initial is not None else self._load()
        self._listeners: list[Listener] = []

    @property
    def current(self) -> Settings:
        return self._current

    def _load(self) -> Settings:
        try:
            data = json.loads(self._path.read_text("utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError) as exc:
            logger.warning("settings file %s unreadable (%s); using defaults", self._path, exc)
            return Settings()
        return Settings.from_dict(data) if isinstance(data, dict) else Settings()

    def subscribe(self, listener: Listener) -> None:
        """`listener` is called on the thread that made the change."""
        with self._lock:
            self._listeners.append(listener)

    def replace(self, new: Settings) -> Settings:
        with self._lock:
            self._current = new
            atomic_write_text(self._path, json.dumps(new.to_dict(), indent=2, sort_keys=True))
            listeners = list(self._listeners)
        for listener in listeners:
            listener(new)
        return new

    def update(self, **changes: Any) -> Settings:
        """Replace top-level fields, e.g. `update(power=replace(s.power, battery_threads=2))`."""
        return self.replace(dataclasses.replace(self._current, **changes))
