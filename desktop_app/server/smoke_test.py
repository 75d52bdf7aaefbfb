"""`mezzo --smoke-test`: does this installed program serve a completion, start to finish?

It starts the way the program does (the real core, llama.cpp and the HTTP server), but in a
throw-away Mezzo folder on a free port, so the person's models, settings and statistics are
never touched and a running Mezzo is not in the way. It loads the bundled starter model, asks
for one `/infill` over HTTP, checks the answer's shape and says how long it took from launch.
Packaging runs it on the built program, not on the source tree.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx2
import keyring.backends.null
import psutil

from desktop_app.base.errors import MezzoError
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.base.settings import ServerSettings, Settings, SettingsStore
from desktop_app.bundles.starter import locate_starter
from desktop_app.core.service import MezzoCore
from desktop_app.engine.devices import cpu_features
from desktop_app.engine.model import system_info
from desktop_app.server.app import build_app
from desktop_app.server.runner import ServerThread

LOAD_TIMEOUT_S = 300.0  # a hang guard on a slow or emulated CPU, never a measurement
PROBE = {"input_prefix": "local function add(a, b)\n\treturn ", "input_suffix": "\nend\n"}


class SmokeTestError(MezzoError, RuntimeError):
    """The program started but did not serve a well-formed completion."""


@dataclass(frozen=True, slots=True)
class SmokeResult:
    model: Path
    tokens_evaluated: int
    from_launch_s: float  # process start to the completion's answer
    cpu_features: tuple[
        str, ...
    ]  # what llama.cpp's CPU backend uses here (a portable build's pick)


def run_smoke_test(n_predict: int = 8) -> SmokeResult:
    model = locate_starter()
    with tempfile.TemporaryDirectory(prefix="mezzo-smoke-") as scratch:
        paths = MezzoPaths(Path(scratch))
        settings = Settings(server=ServerSettings(port=0, ollama_port=0), first_run_done=True)
        core = MezzoCore(
            paths,
            settings=SettingsStore(paths.settings_file, settings),
            battery=lambda: None,
            secret_store=SecretStore(backend=keyring.backends.null.Keyring()),
        )
        server = ServerThread(build_app(core), 0)
        try:
            server.start()
            core.load_model(model).result(LOAD_TIMEOUT_S)
            _content, evaluated = check_infill(
                f"{server.url}/infill", {**PROBE, "n_predict": n_predict}
            )
        finally:
            server.stop()
            core.close()
    launched = psutil.Process().create_time()
    return SmokeResult(model, evaluated, time.time() - launched, cpu_features(system_info()))


def check_infill(url: str, body: dict[str, object]) -> tuple[str, int]:
    """The completion text and the prompt tokens evaluated, from a well-formed answer."""
    try:
        response = httpx2.post(url, json=body, timeout=LOAD_TIMEOUT_S)
    except httpx2.HTTPError as exc:
        raise SmokeTestError(f"the server did not answer /infill: {exc}") from exc
    if response.status_code != 200:
        raise SmokeTestError(f"/infill answered {response.status_code}: {response.text[:200]}")
    data = response.json()
    content, evaluated = data.get("content"), data.get("tokens_evaluated")
    if not isinstance(content, str) or not isinstance(evaluated, int) or evaluated <= 0:
        raise SmokeTestError(f"/infill answered in an unexpected shape: {sorted(data)}")
    return content, evaluated
