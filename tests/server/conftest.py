"""Fixtures that start a real Mezzo server; the pieces live in `tests/server/live.py`.

`server` is shared by a whole test module: most tests only read from it, and starting a core,
a model and uvicorn per test would cost more than the tests themselves. Tests that change a
server's settings or state start their own with `start_server`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.base.settings import Settings
from tests.server.live import SLOW_ENGINE, LiveServer, launch, mezzo_settings

StartServer = Callable[..., LiveServer]


@pytest.fixture
def start_server(mezzo_home: Path) -> Iterator[StartServer]:
    """Factory: `start_server(model, settings, load=True)` returns a running `LiveServer`.

    With `load=False` the server starts with no model, as `mezzo serve` does before its model
    has loaded; the test can then load one through `server.core.load_model`.
    """
    started: list[LiveServer] = []

    def start(
        model: Path | None, settings: Settings | None = None, *, load: bool = True
    ) -> LiveServer:
        live = launch(mezzo_home, model, settings or mezzo_settings(), load=load)
        started.append(live)
        return live

    yield start
    for live in reversed(started):
        live.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, tiny_qwen_model: Path) -> Iterator[LiveServer]:
    """A FIM model (Qwen2.5-Coder's token layout) loaded and ready, shared by the module."""
    live = launch(tmp_path_factory.mktemp("mezzo-home"), tiny_qwen_model, mezzo_settings())
    yield live
    live.close()


@pytest.fixture
def slow_model(make_tiny_model: Callable[..., Path]) -> Path:
    """Wide and deep enough that a long prompt with a large n_predict is still running when a
    second request arrives or the client hangs up."""
    return make_tiny_model("qwen", n_embd=256, n_layer=8)


@pytest.fixture
def slow_server(start_server: StartServer, slow_model: Path) -> LiveServer:
    return start_server(slow_model, mezzo_settings(engine=SLOW_ENGINE))
