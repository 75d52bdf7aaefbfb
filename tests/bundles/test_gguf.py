"""Reading what a GGUF file says about itself, with the `gguf` package."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np
import pytest
from gguf import GGUFReader

from desktop_app.base.errors import BundleInvalidError, NotAGGUFError
from desktop_app.bundles.gguf_header import read_header
from desktop_app.bundles.gguf_info import check_expected, read_gguf_info
from tests.fakehub.models import gguf_bytes, write_gguf


def write(tmp_path: Path, data: bytes, name: str = "model.gguf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


class TestHeader:
    def test_architecture_context_length_and_fim_token_ids_are_read(self, tmp_path: Path) -> None:
        info = read_gguf_info(write(tmp_path, gguf_bytes(context_length=32768)))
        assert (info.architecture, info.context_length, info.version) == ("qwen2", 32768, 3)
        assert info.has_fim and info.fim_tokens == {"prefix": 4, "suffix": 5, "middle": 6}

    def test_a_model_without_fim_tokens_says_so(self, tmp_path: Path) -> None:
        info = read_gguf_info(write(tmp_path, gguf_bytes(fim=False)))
        assert not info.has_fim and info.fim_tokens == {}

    def test_fim_markers_are_found_by_text_when_the_id_keys_are_missing(
        self, tmp_path: Path
    ) -> None:
        path = tmp_path / "old.gguf"
        writer = gguf.GGUFWriter(path, arch="starcoder2")
        writer.add_token_list(["<fim_prefix>", "<fim_middle>", "<fim_suffix>", "x"])
        writer.add_tensor("w", np.zeros(4, dtype=np.float32))
        write_gguf(writer)
        info = read_gguf_info(path)
        assert info.fim_tokens == {"prefix": 0, "suffix": 2, "middle": 1}
        assert info.context_length is None

    def test_the_real_starter_model_reads_as_llama_without_fim(self) -> None:
        from desktop_app.bundles.starter import starter_path  # noqa: PLC0415

        if not starter_path().is_file():
            pytest.skip("starter model not fetched (make run fetches it)")
        info = read_gguf_info(starter_path())
        assert (info.architecture, info.context_length, info.has_fim) == ("llama", 8192, False)


class TestNotAModel:
    @pytest.mark.parametrize(
        "data",
        [b"", b"<html>login page</html>", b"PK\x03\x04zipfile", b"GGUF"],
        ids=["empty", "html", "zip", "magic-only"],
    )
    def test_a_file_that_is_not_a_gguf_is_refused_by_name(self, tmp_path: Path, data: bytes):
        with pytest.raises(NotAGGUFError, match=r"model\.gguf"):
            read_gguf_info(write(tmp_path, data))

    @pytest.mark.parametrize("keep", [24, 200, -100])
    def test_a_truncated_gguf_is_refused(self, tmp_path: Path, keep: int) -> None:
        with pytest.raises(NotAGGUFError, match="damaged or incomplete"):
            read_gguf_info(write(tmp_path, gguf_bytes()[:keep]))


class TestExpectations:
    def test_another_architecture_than_promised_is_refused(self, tmp_path: Path) -> None:
        info = read_gguf_info(write(tmp_path, gguf_bytes(architecture="llama")))
        with pytest.raises(BundleInvalidError) as caught:
            check_expected(info, "qwen2", needs_fim=True)
        assert (caught.value.field, caught.value.actual) == ("architecture", "llama")

    def test_a_model_promised_for_fim_without_fim_tokens_is_refused(self, tmp_path: Path) -> None:
        info = read_gguf_info(write(tmp_path, gguf_bytes(fim=False)))
        with pytest.raises(BundleInvalidError, match="fill-in-the-middle"):
            check_expected(info, "qwen2", needs_fim=True)

    def test_no_promise_means_anything_readable_is_accepted(self, tmp_path: Path) -> None:
        info = read_gguf_info(write(tmp_path, gguf_bytes(fim=False)))
        assert check_expected(info, None, False) is None  # no error raised
        assert not info.has_fim


def assert_agrees_with_gguf_reader(path: Path) -> None:
    theirs = GGUFReader(path)
    ours = read_header(path, keep_arrays=set(theirs.fields))
    for key, field in theirs.fields.items():
        if not key.startswith("GGUF."):
            assert ours.metadata[key] == pytest.approx(field.contents()), key
    assert ours.tensor_count == len(theirs.tensors)
    assert ours.data_bytes_needed == max(t.data_offset + t.n_bytes for t in theirs.tensors)


class TestAgreesWithGGUFReader:
    @pytest.mark.parametrize(
        "kwargs",
        [{}, {"fim": False}, {"architecture": "llama", "context_length": 8192}],
        ids=["fim", "no-fim", "llama"],
    )
    def test_the_fast_header_reader_reads_what_gguf_reader_reads(
        self, tmp_path: Path, kwargs: dict[str, object]
    ) -> None:
        assert_agrees_with_gguf_reader(write(tmp_path, gguf_bytes(**kwargs)))  # type: ignore[arg-type]

    @pytest.mark.e2e
    def test_it_agrees_on_the_real_starter_model(self) -> None:
        from desktop_app.bundles.starter import starter_path  # noqa: PLC0415

        if not starter_path().is_file():
            pytest.skip("starter model not fetched (make run fetches it)")
        assert_agrees_with_gguf_reader(starter_path())
