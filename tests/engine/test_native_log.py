"""llama.cpp's log lines go to Python logging, not straight to the terminal."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app.engine.model import LoadedModel
from tests.engine.support import SETTINGS


def test_llama_cpp_messages_reach_the_llama_cpp_logger_at_debug(
    tiny_qwen_model: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    with caplog.at_level(logging.DEBUG, logger="llama.cpp"):
        model = LoadedModel.load(tiny_qwen_model, SETTINGS)
        model.close()
    native = [r for r in caplog.records if r.name == "llama.cpp"]
    assert native, "llama.cpp logs while creating and freeing a context"
    assert all(r.levelno == logging.DEBUG for r in native)
    assert "llama_context" not in capfd.readouterr().err


def test_a_prefill_mezzo_aborts_itself_logs_no_warning(
    tiny_qwen_model: Path, caplog: pytest.LogCaptureFixture
) -> None:
    model = LoadedModel.load(tiny_qwen_model, SETTINGS)
    tokens = model.tokenize("def f(x):\n    return x\n" * 20)
    try:
        with caplog.at_level(logging.DEBUG, logger="llama.cpp"), pytest.raises(RuntimeError):
            model.evaluate(tokens, lambda: True)
    finally:
        model.close()
    native = [r for r in caplog.records if r.name == "llama.cpp"]
    assert any("decode" in r.getMessage() for r in native)
    assert all(r.levelno == logging.DEBUG for r in native)
