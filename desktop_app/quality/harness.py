"""A Mezzo core over a throw-away home, for benchmarks and simulated sessions.

Benchmarks go through the same `CompletionService.complete` that editors reach over HTTP, so
what they measure (admission, adapter choice, gating, recording included) is what a person gets;
the throw-away home keeps their telemetry out of the person's own statistics.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.null

from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.base.settings import (
    CleanupSettings,
    ContextSettings,
    EngineSettings,
    GatingSettings,
    PowerSettings,
    ServerSettings,
    Settings,
    SettingsStore,
)
from desktop_app.core.service import MezzoCore

# A replay sends its next request the moment the last one is answered, faster than anyone
# types: spacing requests per client would only drop some of them from the figures.
UNSPACED = PowerSettings(ac_min_interval_ms=0)


@contextlib.contextmanager
def throwaway_core(
    engine: EngineSettings | None = None,
    *,
    confidence_gate: bool = False,
    power: PowerSettings = UNSPACED,
    context: ContextSettings | None = None,
    cleanup: CleanupSettings | None = None,
    current_repo: str = "",
) -> Iterator[MezzoCore]:
    """A core on mains power (no battery is read) with no keyring, closed on exit. Its
    repository indexes live in the throw-away home too, built on first use."""
    with tempfile.TemporaryDirectory(prefix="mezzo-bench-") as home:
        paths = MezzoPaths(Path(home))
        settings = Settings(
            engine=engine or EngineSettings(),
            server=ServerSettings(port=0, ollama_port=0),
            gating=GatingSettings(enabled=confidence_gate),
            power=power,
            context=context or ContextSettings(),
            cleanup=cleanup or CleanupSettings(),
            current_repo=current_repo,
        )
        core = MezzoCore(
            paths,
            settings=SettingsStore(paths.settings_file, settings),
            battery=lambda: None,
            secret_store=SecretStore(backend=keyring.backends.null.Keyring()),
        )
        try:
            yield core
        finally:
            core.close()
