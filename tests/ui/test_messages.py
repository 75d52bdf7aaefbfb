"""What a window says when something goes wrong: a sentence per error type, never the error's
own text (written for a terminal, it can name paths and CLI flags)."""

from __future__ import annotations

import pytest

from desktop_app.base.errors import (
    AdapterIncompatibleError,
    AdapterInvalidError,
    AdapterLoadError,
    AdapterNotFoundError,
    BundleNotFoundError,
    EngineNotReadyError,
    InvalidSettingError,
    MezzoError,
    ModelLoadError,
    ModelNotFoundError,
    NotARepositoryError,
    OfflineError,
    OutOfMemoryError,
    SignatureError,
    TemplateError,
    UnsupportedModelError,
)
from desktop_app.server.runner import PortInUseError
from desktop_app.ui.formatting import human_bytes
from desktop_app.ui.messages import explain

PRIVATE = "/home/someone/secret-project"

ERRORS = [
    ModelNotFoundError(f"missing {PRIVATE}/m.gguf", f"{PRIVATE}/m.gguf"),
    UnsupportedModelError(f"llama.cpp failed on {PRIVATE}/m.gguf", f"{PRIVATE}/m.gguf"),
    ModelLoadError(f"load failed {PRIVATE}/m.gguf", f"{PRIVATE}/m.gguf"),
    OutOfMemoryError("oom", f"{PRIVATE}/m.gguf", 4 * 2**30, 2**30),
    EngineNotReadyError("The model is still loading."),
    PortInUseError(8012),
    BundleNotFoundError("no such bundle qwen@9"),
    SignatureError("bad signature"),
    TemplateError("no FIM tokens for codellama"),
    InvalidSettingError("MEZZO_PORT must be a port number", "MEZZO_PORT"),
    AdapterIncompatibleError("… Pass --base …", "luau", "Qwen2.5 Coder", "another architecture"),
    AdapterNotFoundError("No adapter luau; run mezzo adapters list", "luau"),
    AdapterLoadError(f"llama.cpp refused {PRIVATE}/a.gguf", "luau"),
    AdapterInvalidError(f"{PRIVATE}/a.gguf is damaged", f"{PRIVATE}/a.gguf", "damaged"),
    NotARepositoryError(f"{PRIVATE} has no .git", PRIVATE, is_folder=True),
    OfflineError(f"cannot reach https://hub/{PRIVATE}"),
]


class TestSentences:
    @pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
    def test_each_error_gets_a_sentence_of_its_own_not_its_text(self, error: MezzoError) -> None:
        sentence = explain(error)
        assert sentence and sentence != str(error)
        assert PRIVATE not in sentence

    def test_the_fields_fill_in_the_numbers_and_names(self) -> None:
        assert "8012" in explain(PortInUseError(8012))
        oom = explain(OutOfMemoryError("", "/m.gguf", 4 * 2**30, 2**30))
        assert human_bytes(4 * 2**30) in oom and human_bytes(2**30) in oom
        assert "m.gguf" in explain(ModelNotFoundError("", "/x/m.gguf"))
        assert "another architecture" in explain(
            AdapterIncompatibleError("", "luau", "Qwen2.5 Coder", "another architecture")
        )
        assert "secret-project" in explain(NotARepositoryError("", PRIVATE, is_folder=True))

    def test_an_error_without_a_sentence_names_its_kind_and_not_its_text(self) -> None:
        class SurpriseError(MezzoError):
            pass

        sentence = explain(SurpriseError(f"boom in {PRIVATE}"))
        assert "SurpriseError" in sentence and PRIVATE not in sentence

    def test_a_file_system_error_is_told_plainly(self) -> None:
        sentence = explain(PermissionError(13, "Permission denied", f"{PRIVATE}/x"))
        assert "writable" in sentence and PRIVATE not in sentence
