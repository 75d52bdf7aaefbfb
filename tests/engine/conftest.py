"""Engine fixtures: tiny models loaded through the engine's own loader, closed after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.base.settings import EngineSettings
from desktop_app.engine.decoder import Clock, Decoder
from desktop_app.engine.model import LoadedModel
from desktop_app.engine.prompt import TokenBudget
from desktop_app.engine.types import CompletionRequest, CompletionResult
from tests.engine.support import SETTINGS, complete

LoadModel = Callable[..., LoadedModel]


@pytest.fixture
def load_model() -> Iterator[LoadModel]:
    """`load_model(path, settings=SETTINGS, template="")`: a LoadedModel, closed at teardown."""
    opened: list[LoadedModel] = []

    def load(path: Path, settings: EngineSettings = SETTINGS, template: str = "") -> LoadedModel:
        model = LoadedModel.load(path, settings, template)
        opened.append(model)
        return model

    yield load
    for model in opened:
        model.close()


@pytest.fixture
def make_decoder(load_model: LoadModel) -> Callable[..., Decoder]:
    """`make_decoder(path, settings=SETTINGS, template="", clock=None, budget=None)`."""

    def make(
        path: Path,
        settings: EngineSettings = SETTINGS,
        template: str = "",
        clock: Clock | None = None,
        budget: TokenBudget | None = None,
    ) -> Decoder:
        model = load_model(path, settings, template)
        extra = {"clock": clock} if clock is not None else {}
        return Decoder(model, settings, budget or TokenBudget(), **extra)

    return make


@pytest.fixture
def fresh_result(make_decoder: Callable[..., Decoder]) -> Callable[..., CompletionResult]:
    """What a request gives on a freshly loaded model: the reference for cache consistency."""

    def run(path: Path, request: CompletionRequest, settings: EngineSettings = SETTINGS):
        return complete(make_decoder(path, settings), request)

    return run
