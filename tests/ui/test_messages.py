"""What a window says when something goes wrong: a sentence per error type, never the error's
own text (written for a terminal, it can name paths and CLI flags); an error without a sentence
says where to look instead."""

from __future__ import annotations

import inspect
import logging
from pathlib import Path

import pytest

from desktop_app.base import errors
from desktop_app.base.errors import (
    AdapterBaseUnknownError,
    AdapterError,
    AdapterIncompatibleError,
    AdapterInUseError,
    AdapterInvalidError,
    AdapterLoadError,
    AdapterNotFoundError,
    AuthRequiredError,
    BundleCorruptError,
    BundleError,
    BundleInvalidError,
    BundleNotFoundError,
    CancelReason,
    DiskFullError,
    DownloadCancelledError,
    DownloadPausedError,
    EngineClosedError,
    EngineNotReadyError,
    InvalidRequestError,
    InvalidSettingError,
    MezzoError,
    ModelLoadError,
    ModelNotFoundError,
    ModelSwitchError,
    NotAGGUFError,
    NotARepositoryError,
    OfflineError,
    OutOfMemoryError,
    PluginDiskFullError,
    PluginFolderReadOnlyError,
    PowerPolicyError,
    QueueFullError,
    RequestCancelledError,
    RevisionNotFoundError,
    SignatureError,
    StoreBusyError,
    StudioNotFoundError,
    TelemetryError,
    TemplateError,
    UnsupportedModelError,
)
from desktop_app.base.log_file import log_file, log_to_file
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles.refs import BadRefError
from desktop_app.server.runner import PortInUseError
from desktop_app.ui.formatting import human_bytes
from desktop_app.ui.messages import explain

PRIVATE = "/home/someone/secret-project"
GB = 2**30

# Every error a window can be handed, each with a message written the way the core writes them
# (paths, CLI commands), so that a sentence copied from the text would show.
ERRORS = [
    ModelNotFoundError(f"missing {PRIVATE}/m.gguf", f"{PRIVATE}/m.gguf"),
    UnsupportedModelError(f"llama.cpp failed on {PRIVATE}/m.gguf", f"{PRIVATE}/m.gguf"),
    ModelLoadError(f"load failed {PRIVATE}/m.gguf", f"{PRIVATE}/m.gguf"),
    NotAGGUFError(f"{PRIVATE}/m.gguf is not a GGUF file", f"{PRIVATE}/m.gguf"),
    OutOfMemoryError("oom", f"{PRIVATE}/m.gguf", 4 * GB, GB),
    ModelSwitchError(
        f"{PRIVATE}/m.gguf", NotAGGUFError("not a GGUF", f"{PRIVATE}/m.gguf"), "New", "Old"
    ),
    EngineNotReadyError("The model is still loading."),
    EngineClosedError("engine closed"),
    PortInUseError(8012),
    BundleNotFoundError("no such bundle qwen@9; run mezzo models list"),
    BadRefError("'qwen@@' is not a bundle name"),
    SignatureError(f"bad signature on {PRIVATE}/catalog.json"),
    TemplateError("no FIM tokens for codellama; pass --template"),
    InvalidSettingError("MEZZO_PORT must be a port number", "MEZZO_PORT"),
    AuthRequiredError("401: run mezzo models login"),
    BundleCorruptError(f"{PRIVATE}/x.part sha256 mismatch", "aa" * 32, "bb" * 32),
    BundleInvalidError(f"{PRIVATE}/x is llama, not qwen2", "architecture", "qwen2", "llama"),
    RevisionNotFoundError("no revision deadbeef on the hub", "revision"),
    OfflineError(f"cannot reach https://hub/{PRIVATE}"),
    DiskFullError(f"{PRIVATE} is full", 4 * GB, GB),
    DiskFullError(f"[Errno 28] No space left on device: {PRIVATE}", 0, 0),
    StoreBusyError(f"{PRIVATE}/store.lock is held"),
    PowerPolicyError("on battery: MEZZO_DOWNLOAD_ON_BATTERY=1 to override"),
    DownloadCancelledError("cancelled"),
    DownloadPausedError("paused"),
    AdapterIncompatibleError("… Pass --base …", "luau", "Qwen2.5 Coder", "another architecture"),
    AdapterNotFoundError("No adapter luau; run mezzo adapters list", "luau"),
    AdapterLoadError(f"llama.cpp refused {PRIVATE}/a.gguf", "luau"),
    AdapterInvalidError(f"{PRIVATE}/a.gguf is damaged", f"{PRIVATE}/a.gguf", "damaged"),
    AdapterInvalidError(f"{PRIVATE}/a.gguf is a model", f"{PRIVATE}/a.gguf", "not adapter"),
    AdapterInUseError("mapped; run mezzo adapters unmap", "luau", ("game", "tools")),
    AdapterBaseUnknownError("no base qwen; pass --base", "qwen"),
    NotARepositoryError(f"{PRIVATE}x is no folder nor URL", f"{PRIVATE}x"),
    StudioNotFoundError(f"no {PRIVATE}/Roblox; pass --folder", f"{PRIVATE}/Roblox/Plugins"),
    PluginFolderReadOnlyError(f"{PRIVATE}/Plugins cannot be written", f"{PRIVATE}/Plugins"),
    PluginDiskFullError(f"[Errno 28] No space left on device: {PRIVATE}", f"{PRIVATE}/Plugins"),
]

# Raised only to HTTP clients and the CLI: no window is ever handed one, so the fallback will do.
NEVER_IN_A_WINDOW = {RequestCancelledError, InvalidRequestError, QueueFullError, TelemetryError}
# Families: an error of a new kind in them gets the family's sentence (see TestFallback).
FAMILIES = {MezzoError, BundleError, AdapterError}


def _error_classes() -> set[type[MezzoError]]:
    found = {
        cls
        for _name, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, MezzoError)
    }
    return found | {PortInUseError, BadRefError}


@pytest.fixture(autouse=True)
def _mezzo_home(mezzo_home: Path) -> Path:
    return mezzo_home  # the fallback names the log file under MEZZO_HOME, never the real one


class TestSentences:
    def test_every_error_a_window_can_get_has_a_sentence_here(self) -> None:
        covered = {type(error) for error in ERRORS}
        missing = _error_classes() - covered - NEVER_IN_A_WINDOW - FAMILIES
        assert not missing, f"give these a sentence in ui.messages and a row in ERRORS: {missing}"

    @pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
    def test_each_error_gets_a_sentence_of_its_own_not_its_text(
        self, error: MezzoError, caplog: pytest.LogCaptureFixture
    ) -> None:
        with caplog.at_level(logging.WARNING, logger="desktop_app.ui.messages"):
            sentence = explain(error)
        assert sentence and sentence != str(error)
        assert PRIVATE not in sentence and "mezzo " not in sentence and "--" not in sentence
        assert not caplog.records, "this error fell through to the fallback"

    def test_the_fields_fill_in_the_numbers_and_names(self) -> None:
        assert "8012" in explain(PortInUseError(8012))
        oom = explain(OutOfMemoryError("", "/m.gguf", 4 * GB, GB))
        assert human_bytes(4 * GB) in oom and human_bytes(GB) in oom
        disk = explain(DiskFullError("", 4 * GB, GB))
        assert human_bytes(4 * GB) in disk and human_bytes(GB) in disk
        assert "m.gguf" in explain(ModelNotFoundError("", "/x/m.gguf"))
        assert "m.gguf" in explain(UnsupportedModelError("", "/x/m.gguf"))
        assert "m.gguf" in explain(ModelLoadError("", "/x/m.gguf"))
        assert "MEZZO_PORT" in explain(InvalidSettingError("", "MEZZO_PORT"))
        assert "luau" in explain(AdapterNotFoundError("", "luau"))
        assert "luau" in explain(AdapterLoadError("", "luau"))
        assert "game, tools" in explain(AdapterInUseError("", "luau", ("game", "tools")))
        assert "another architecture" in explain(
            AdapterIncompatibleError("", "luau", "Qwen2.5 Coder", "another architecture")
        )
        assert "secret-project" in explain(NotARepositoryError("", PRIVATE))

    def test_the_same_type_says_the_same_whatever_its_text(self) -> None:
        assert explain(SignatureError("one text")) == explain(SignatureError("another text"))
        assert explain(EngineNotReadyError("a")) == explain(EngineNotReadyError("b"))


class TestFallback:
    def test_an_unknown_error_names_the_log_and_not_its_text(
        self, caplog: pytest.LogCaptureFixture
    ) -> None:
        class SurpriseError(MezzoError):
            pass

        error = SurpriseError(f"boom in {PRIVATE}")
        with caplog.at_level(logging.WARNING, logger="desktop_app.ui.messages"):
            sentence = explain(error)
        assert str(log_file()) in sentence
        assert PRIVATE not in sentence and "boom" not in sentence
        assert "SurpriseError" not in sentence  # a class name is not a plain sentence
        assert PRIVATE in caplog.text  # the log, which the sentence points to, has the text

    def test_a_plain_python_error_gets_the_same_fallback(self) -> None:
        sentence = explain(KeyError(PRIVATE))
        assert str(log_file()) in sentence and PRIVATE not in sentence

    def test_a_new_kind_of_download_error_points_at_the_models_page(self) -> None:
        class NewBundleError(BundleError):
            pass

        sentence = explain(NewBundleError(f"hub said no for {PRIVATE}"))
        assert "Models page" in sentence and str(log_file()) in sentence
        assert PRIVATE not in sentence

    def test_a_new_kind_of_adapter_error_points_at_the_adapters_page(self) -> None:
        sentence = explain(AdapterError(f"bad adapter {PRIVATE}/a.gguf"))
        assert "Adapters page" in sentence and str(log_file()) in sentence
        assert PRIVATE not in sentence

    @pytest.mark.parametrize(
        "error",
        [
            RequestCancelledError(CancelReason.SUPERSEDED),
            InvalidRequestError(f"n_predict too large for {PRIVATE}", "n_predict"),
            QueueFullError(f"queue full, retry {PRIVATE}", 1.0),
            TelemetryError(f"unknown completion id in {PRIVATE}"),
        ],
        ids=lambda e: type(e).__name__,
    )
    def test_errors_meant_for_http_clients_would_still_not_show_their_text(
        self, error: MezzoError
    ) -> None:
        assert type(error) in NEVER_IN_A_WINDOW
        sentence = explain(error)
        assert sentence != str(error) and PRIVATE not in sentence
        assert str(log_file()) in sentence

    def test_a_file_system_error_is_told_plainly(self) -> None:
        sentence = explain(PermissionError(13, "Permission denied", f"{PRIVATE}/x"))
        assert "writable" in sentence and PRIVATE not in sentence


class TestLogFile:
    def test_the_log_the_fallback_names_is_where_the_app_writes(self, mezzo_home: Path) -> None:
        paths = MezzoPaths.from_environment()
        assert log_file() == log_file(paths) == mezzo_home.resolve() / "logs" / "mezzo.log"
        handler = log_to_file(paths)
        assert handler is not None
        try:
            logging.getLogger("desktop_app.test").warning("written to the file")
            handler.flush()
        finally:
            logging.getLogger().removeHandler(handler)
            handler.close()
        assert "written to the file" in log_file().read_text("utf-8")

    def test_an_unwritable_logs_folder_means_no_file_not_a_crash(self, tmp_path: Path) -> None:
        home = tmp_path / "home"
        home.mkdir()
        (home / "logs").write_text("a file where the folder should be", "utf-8")
        assert log_to_file(MezzoPaths(home)) is None
