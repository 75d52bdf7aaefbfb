"""A switch to a model that will not load goes back to the one that worked, and says why.

On the real starter model: the engine frees it to make room for the new one, and when the new
one fails (not a GGUF, a damaged GGUF, too big for this computer's memory) loads it again, so
completions keep coming and the error names both files and the reason.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.base.errors import (
    ModelSwitchError,
    NotAGGUFError,
    OutOfMemoryError,
    UnsupportedModelError,
)
from desktop_app.base.settings import EngineSettings
from desktop_app.engine.model import GGUF_MAGIC
from desktop_app.engine.types import CompletionRequest, GenerationParams
from desktop_app.engine.worker import EngineState, EngineWorker

SETTINGS = EngineSettings(n_ctx=512, n_threads=1, max_prompt_ms=600_000, max_predict_ms=600_000)
WAIT_S = 120  # a hang guard, never a measurement


@pytest.fixture
def serving(starter: Path) -> Iterator[EngineWorker]:
    worker = EngineWorker(SETTINGS)
    worker.load_model(starter).result(WAIT_S)
    yield worker
    worker.close()


def damaged_gguf(folder: Path) -> Path:
    """GGUF's magic, then bytes that are no GGUF header: what a cut-off or garbled file has."""
    path = folder / "damaged.gguf"
    path.write_bytes(GGUF_MAGIC + bytes(range(256)) * 64)
    return path


def not_a_gguf(folder: Path) -> Path:
    path = folder / "notes.gguf"
    path.write_text("these are someone's notes, saved with the wrong name\n")
    return path


def too_big(folder: Path) -> Path:
    """A sparse file of 1 TiB: more memory than any laptop has free, and it takes no disk."""
    path = folder / "huge.gguf"
    with path.open("wb") as handle:
        handle.write(GGUF_MAGIC)
        handle.truncate(2**40)
    return path


def completes(worker: EngineWorker) -> bool:
    """Whether the worker answers a completion with at least one token."""
    request = CompletionRequest(
        prefix="def add(a, b):\n    return ", client_id="t", params=GenerationParams(n_predict=4)
    )
    return worker.submit(request).future.result(WAIT_S).tokens_predicted > 0


class TestAFailedSwitchGoesBack:
    @pytest.mark.parametrize(
        ("make_file", "reason"),
        [
            (damaged_gguf, UnsupportedModelError),
            (not_a_gguf, NotAGGUFError),
            (too_big, OutOfMemoryError),
        ],
        ids=["damaged-gguf", "not-a-gguf", "too-big-for-memory"],
    )
    def test_the_starter_serves_again_and_the_error_says_why(
        self,
        serving: EngineWorker,
        starter: Path,
        tmp_path: Path,
        make_file,
        reason: type[Exception],
    ) -> None:
        bad = make_file(tmp_path)
        with pytest.raises(ModelSwitchError) as failed:
            serving.load_model(bad).result(WAIT_S)

        assert isinstance(failed.value.reason, reason)
        assert failed.value.path == str(bad)
        assert (failed.value.failed_name, failed.value.restored_name) == (bad.name, starter.name)
        assert str(failed.value).startswith(f"{bad.name} could not be loaded (")
        assert serving.state is EngineState.READY
        assert serving.model_info is not None and serving.model_info.path == str(starter)
        assert serving.last_error is failed.value  # the status says why this model is running
        assert completes(serving)

    def test_a_good_load_afterwards_clears_the_error(
        self, serving: EngineWorker, starter: Path, tmp_path: Path
    ) -> None:
        with pytest.raises(ModelSwitchError):
            serving.load_model(not_a_gguf(tmp_path)).result(WAIT_S)
        serving.load_model(starter).result(WAIT_S)
        assert serving.state is EngineState.READY and serving.last_error is None


class TestWhenThereIsNothingToGoBackTo:
    def test_a_first_load_that_fails_leaves_the_error_state(self, tmp_path: Path) -> None:
        worker = EngineWorker(SETTINGS)
        try:
            with pytest.raises(NotAGGUFError) as failed:
                worker.load_model(not_a_gguf(tmp_path)).result(WAIT_S)
            assert worker.state is EngineState.ERROR and worker.last_error is failed.value
        finally:
            worker.close()

    def test_a_model_that_worked_but_is_gone_now_leaves_the_error_state(
        self, starter: Path, tmp_path: Path
    ) -> None:
        copy = tmp_path / "copy.gguf"
        shutil.copyfile(starter, copy)
        worker = EngineWorker(SETTINGS)
        try:
            worker.load_model(copy).result(WAIT_S)
            copy.unlink()  # deleted while in use: it cannot be loaded again
            with pytest.raises(NotAGGUFError) as failed:
                worker.load_model(not_a_gguf(tmp_path)).result(WAIT_S)
            assert worker.state is EngineState.ERROR
            assert worker.last_error is failed.value  # the new model's reason, not the old one's
        finally:
            worker.close()
