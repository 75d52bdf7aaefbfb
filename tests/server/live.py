"""A real Mezzo server under test: MezzoCore + ServerThread on a free port, and helpers.

Everything is real except the seams the design says to fake: the battery reader (no battery),
the keyring (none, so secrets stay in memory) and the settings, which each test passes in.
Tests then talk HTTP to `LiveServer.url` with httpx or with the editors' own client libraries.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import httpx
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
from desktop_app.server.app import build_app
from desktop_app.server.runner import ServerThread

CLIENT_HEADER = "X-Mezzo-Client"
ID_HEADER = "X-Mezzo-Completion-Id"
# Generous, because CI shares two cores between llama.cpp and everything else; never asserted.
HTTP_TIMEOUT = 60.0


NO_CLEANUP = CleanupSettings(
    block_end=False, brackets=False, suffix_overlap=False, repeats=False, choose_extent=False
)


def mezzo_settings(
    *,
    server: dict[str, Any] | None = None,
    engine: dict[str, Any] | None = None,
    gating: dict[str, Any] | None = None,
) -> Settings:
    """Settings for a server under test.

    Random tiny-model text would fail the confidence and content gates, and the syntax clean-up
    would cut it, so they are off unless a test turns them on; so is repository context, so that
    a prompt is what the client sent and does not change when a background index appears; the
    per-client power throttle is off so that a test may send requests back to back; both ports
    are picked by the OS.
    """
    return Settings(
        server=replace(ServerSettings(port=0, ollama_port=0), **(server or {})),
        # One thread: a tiny model gains nothing from more, and CI has two cores to share.
        engine=replace(EngineSettings(n_ctx=2048, n_threads=1), **(engine or {})),
        gating=replace(
            GatingSettings(enabled=False, min_chars=0, drop_repeats=False), **(gating or {})
        ),
        power=PowerSettings(ac_min_interval_ms=0),
        cleanup=NO_CLEANUP,
        context=ContextSettings(enabled=False),
    )


@dataclass
class LiveServer:
    core: MezzoCore
    thread: ServerThread
    http: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        self.http = httpx.Client(base_url=self.url, timeout=HTTP_TIMEOUT)

    @property
    def url(self) -> str:
        return self.thread.url

    @property
    def port(self) -> int:
        return self.thread.ports.main

    def post(
        self, path: str, body: Any = None, *, client: str = "", **kwargs: Any
    ) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if client:
            headers[CLIENT_HEADER] = client
        return self.http.post(path, json=body, headers=headers, **kwargs)

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, **kwargs)

    @contextlib.contextmanager
    def engine_blocked(self) -> Iterator[None]:
        """Hold the engine thread busy, so that submitted jobs wait in its queue until the
        block ends: the deterministic way to have work queued behind other work."""
        release = threading.Event()
        started = threading.Event()

        def hold() -> None:
            started.set()
            release.wait(HTTP_TIMEOUT)

        done = self.core.engine.call(hold)
        started.wait(HTTP_TIMEOUT)
        try:
            yield
        finally:
            release.set()
            done.result(HTTP_TIMEOUT)

    def wait_until(self, condition: Callable[[], bool], what: str) -> None:
        """Poll `condition`; a deadline only guards against a hang, it is not a measurement."""
        deadline = time.monotonic() + HTTP_TIMEOUT
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting until {what}")
            time.sleep(0.01)

    def close(self) -> None:
        self.http.close()
        self.thread.stop()
        self.core.close()


def launch(home: Path, model: Path | None, settings: Settings, *, load: bool = True) -> LiveServer:
    """Start a core and its HTTP thread under `home`; load `model` unless told not to."""
    paths = MezzoPaths(home)
    core = MezzoCore(
        paths,
        settings=SettingsStore(paths.settings_file, settings),
        battery=lambda: None,
        secret_store=SecretStore(backend=keyring.backends.null.Keyring()),
    )
    server = core.settings.current.server
    try:
        thread = ServerThread(build_app(core), server.port, server.ollama_port).start()
    except BaseException:
        core.close()
        raise
    live = LiveServer(core, thread)
    if load and model is not None:
        try:
            core.load_model(model).result(HTTP_TIMEOUT)
        except BaseException:
            live.close()
            raise
    return live


# Caps high enough that a slow request runs until it is superseded or cancelled; max_lines so
# that the tiny model's many newlines do not end it either.
SLOW_ENGINE = {"max_prompt_ms": 120_000, "max_predict_ms": 120_000, "max_lines": 100_000}


def long_prefix(lines: int = 200) -> str:
    """Code long enough that prefill alone takes a noticeable share of a request."""
    return "".join(f"def handler_{i}(data):\n    return data.value + {i}\n" for i in range(lines))
