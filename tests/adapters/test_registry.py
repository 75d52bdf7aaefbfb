"""Installing adapters: checked against the base model first, stored by content, removable."""

from __future__ import annotations

from pathlib import Path

import gguf
import numpy as np
import pytest

from desktop_app.adapters import AdapterService, BaseModel
from desktop_app.adapters.compat import read_lora
from desktop_app.adapters.mapping import RepoKey
from desktop_app.base.errors import (
    AdapterBaseUnknownError,
    AdapterError,
    AdapterIncompatibleError,
    AdapterInUseError,
    AdapterInvalidError,
    AdapterNotFoundError,
    BundleCorruptError,
)
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.bundles import BundleService
from desktop_app.bundles.catalog import Catalog
from tests.adapters.support import git_repo, sha256_of, tree_snapshot
from tests.fakehub.hub import FakeHub
from tests.fakehub.memkeyring import MemoryKeyring
from tests.fixtures.tiny_models import write_tiny_lora


class TestLoraHeader:
    def test_shapes_read_in_numpy_order_match_the_fixture(self, tiny_lora: Path) -> None:
        lora = read_lora(tiny_lora)
        assert lora.architecture == "llama"
        assert lora.rank == 4
        assert lora.alpha == 8.0
        pair = lora.pairs["blk.0.ffn_down.weight"]  # base (n_out=64, n_in=n_ff=128)
        assert pair.a == (4, 128)
        assert pair.b == (64, 4)

    def test_a_whole_model_is_not_a_lora_adapter(self, tiny_qwen_model: Path) -> None:
        with pytest.raises(AdapterInvalidError) as caught:
            read_lora(tiny_qwen_model)
        assert caught.value.reason == "not adapter"
        assert "mezzo models import" in str(caught.value)

    def test_a_file_that_is_not_gguf_is_refused(self, tmp_path: Path) -> None:
        junk = tmp_path / "adapter.gguf"
        junk.write_bytes(b"PK\x03\x04 a zip, not an adapter" * 10)
        with pytest.raises(AdapterInvalidError) as caught:
            read_lora(junk)
        assert caught.value.reason == "not gguf"

    def test_an_adapter_of_another_kind_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "control-vector.gguf"
        writer = gguf.GGUFWriter(path, "llama")
        writer.add_type(gguf.GGUFType.ADAPTER)
        writer.add_string(gguf.Keys.Adapter.TYPE, "control_vector")
        writer.add_tensor("direction.1", np.zeros(64, dtype=np.float32))
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        with pytest.raises(AdapterInvalidError) as caught:
            read_lora(path)
        assert caught.value.reason == "not lora"

    def test_a_truncated_adapter_is_refused_as_damaged(self, tiny_lora: Path, tmp_path: Path):
        cut = tmp_path / "cut.gguf"
        cut.write_bytes(tiny_lora.read_bytes()[:200])
        with pytest.raises(AdapterInvalidError) as caught:
            read_lora(cut)
        assert caught.value.reason == "damaged"


class TestInstallLocalFile:
    def test_matching_adapter_is_listed_with_its_base(
        self, adapters: AdapterService, tiny_lora: Path, qwen_base: BaseModel
    ) -> None:
        manifest = adapters.add(tiny_lora, name="roblox", scale=0.5, languages="Luau, lua")
        assert [m.ref for m in adapters.registry.installed()] == [manifest.ref]
        assert manifest.base_sha256 == qwen_base.sha256
        assert manifest.base_name == qwen_base.name
        assert manifest.version == sha256_of(tiny_lora)[:12]
        assert (manifest.scale, manifest.languages, manifest.source) == (
            0.5,
            ("luau", "lua"),
            "import",
        )
        blob = adapters.registry.path_of(manifest)
        assert blob.name == f"sha256-{sha256_of(tiny_lora)}"
        assert blob.read_bytes() == tiny_lora.read_bytes()

    def test_base_can_be_named_by_bundle_id_or_sha256(
        self, adapters: AdapterService, tiny_lora: Path, codellama_base: BaseModel
    ) -> None:
        by_id = adapters.add(tiny_lora, name="a", base="tiny-codellama")
        by_sha = adapters.add(tiny_lora, name="b", base=codellama_base.sha256)
        assert by_id.base_sha256 == by_sha.base_sha256 == codellama_base.sha256

    def test_adapter_for_another_architecture_is_refused_naming_both_and_store_unchanged(
        self, adapters: AdapterService, wrong_base_lora: Path, qwen_base: BaseModel
    ) -> None:
        before = tree_snapshot(adapters.registry.root)
        with pytest.raises(AdapterIncompatibleError) as caught:
            adapters.add(wrong_base_lora, name="wrong")
        message = str(caught.value)
        assert "“wrong”" in message
        assert qwen_base.name in message
        assert "qwen2" in message and "llama" in message
        assert (caught.value.adapter, caught.value.base) == ("wrong", qwen_base.name)
        assert tree_snapshot(adapters.registry.root) == before
        assert adapters.registry.installed() == []

    def test_adapter_with_mis_shaped_tensors_is_refused(
        self, adapters: AdapterService, tiny_qwen_model: Path, tmp_path: Path
    ) -> None:
        narrow = write_tiny_lora(tmp_path / "narrow.gguf", tiny_qwen_model, n_embd=32)
        before = tree_snapshot(adapters.registry.root)
        with pytest.raises(AdapterIncompatibleError, match=r"64×64 in the model"):
            adapters.add(narrow, name="narrow")
        assert tree_snapshot(adapters.registry.root) == before

    def test_a_model_file_is_refused_with_a_typed_error_and_nothing_installed(
        self, adapters: AdapterService, tiny_qwen_model: Path
    ) -> None:
        before = tree_snapshot(adapters.registry.root)
        with pytest.raises(AdapterInvalidError, match="not a LoRA adapter"):
            adapters.add(tiny_qwen_model, name="model")
        assert tree_snapshot(adapters.registry.root) == before

    def test_a_base_that_is_not_installed_is_refused(
        self, adapters: AdapterService, tiny_lora: Path
    ) -> None:
        with pytest.raises(AdapterBaseUnknownError, match="not installed"):
            adapters.add(tiny_lora, base="f" * 64)

    def test_adding_the_same_file_again_changes_nothing(
        self, adapters: AdapterService, tiny_lora: Path
    ) -> None:
        first = adapters.add(tiny_lora, name="roblox")
        before = tree_snapshot(adapters.registry.root)
        assert adapters.add(tiny_lora, name="roblox") == first
        assert tree_snapshot(adapters.registry.root) == before

    def test_same_name_and_version_with_other_bytes_is_refused(
        self, adapters: AdapterService, tiny_lora: Path, tiny_qwen_model: Path, tmp_path: Path
    ) -> None:
        other = write_tiny_lora(tmp_path / "other.gguf", tiny_qwen_model, seed=7)
        adapters.add(tiny_lora, name="roblox", version="1")
        with pytest.raises(AdapterError, match="already installed"):
            adapters.add(other, name="roblox", version="1")

    @pytest.mark.parametrize("bad", ["none", "Has Space", "../up", ""])
    def test_names_that_cannot_be_typed_back_are_refused(
        self, adapters: AdapterService, tiny_lora: Path, bad: str
    ) -> None:
        with pytest.raises(AdapterError):
            adapters.add(tiny_lora, name=bad or " ")

    @pytest.mark.parametrize("scale", [0.0, -1.0, float("nan"), 100.0])
    def test_scales_llama_cpp_would_ignore_or_drown_in_are_refused(
        self, adapters: AdapterService, tiny_lora: Path, scale: float
    ) -> None:
        with pytest.raises(AdapterError, match="scale"):
            adapters.add(tiny_lora, scale=scale)


class TestRemove:
    def test_removing_deletes_manifest_and_blob(
        self, adapters: AdapterService, tiny_lora: Path
    ) -> None:
        manifest = adapters.add(tiny_lora, name="roblox")
        blob = adapters.registry.path_of(manifest)
        assert [m.ref for m in adapters.remove("roblox")] == [manifest.ref]
        assert adapters.registry.installed() == []
        assert not blob.exists()

    def test_a_blob_shared_by_two_names_stays_until_both_are_gone(
        self, adapters: AdapterService, tiny_lora: Path
    ) -> None:
        one = adapters.add(tiny_lora, name="one")
        adapters.add(tiny_lora, name="two")
        adapters.remove("one")
        assert adapters.registry.path_of(one).exists()
        adapters.remove("two")
        assert not adapters.registry.path_of(one).exists()

    def test_removing_a_mapped_adapter_is_refused_naming_the_repositories(
        self, adapters: AdapterService, tiny_lora: Path, tmp_path: Path
    ) -> None:
        repo = git_repo(tmp_path / "game")
        adapters.add(tiny_lora, name="roblox")
        adapters.map(str(repo), "roblox")
        adapters.set_default("roblox")
        with pytest.raises(AdapterInUseError) as caught:
            adapters.remove("roblox")
        assert caught.value.repos == (str(RepoKey.parse(str(repo))), "default")
        assert str(repo.resolve()) in str(caught.value)
        assert [m.name for m in adapters.registry.installed()] == ["roblox"]

    def test_removing_one_of_two_versions_of_a_mapped_adapter_is_allowed(
        self, adapters: AdapterService, tiny_lora: Path, tiny_qwen_model: Path, tmp_path: Path
    ) -> None:
        newer = write_tiny_lora(tmp_path / "v2.gguf", tiny_qwen_model, seed=9)
        adapters.add(tiny_lora, name="roblox", version="1")
        adapters.add(newer, name="roblox", version="2")
        adapters.set_default("roblox")
        adapters.remove("roblox@1")
        assert [m.ref for m in adapters.registry.installed()] == ["roblox@2"]
        with pytest.raises(AdapterInUseError):
            adapters.remove("roblox@2")

    def test_removing_an_unknown_adapter_says_so(self, adapters: AdapterService) -> None:
        with pytest.raises(AdapterNotFoundError, match="mezzo adapters list"):
            adapters.remove("ghost")


class TestInstallFromHub:
    """`add ORG/REPO/FILE.gguf[@REV]` goes through the bundles' verified, resumable download."""

    REPO = "acme/Roblox-LoRA-GGUF"

    @pytest.fixture
    def hub_service(self, paths: MezzoPaths, hub: FakeHub, qwen_base: BaseModel) -> AdapterService:
        bundles = BundleService(
            paths,
            catalog=Catalog(entries=()),
            endpoint=hub.endpoint,
            secrets=SecretStore(backend=MemoryKeyring()),
            public_keys=[],
        )
        return AdapterService(paths, bundles, lock_timeout_s=0.5)

    def test_hub_adapter_is_installed_pinned_to_its_commit(
        self, hub_service: AdapterService, hub: FakeHub, tiny_lora: Path, qwen_base: BaseModel
    ) -> None:
        commit = hub.publish(self.REPO, {"roblox.gguf": tiny_lora.read_bytes()})
        manifest = hub_service.add(f"{self.REPO}/roblox.gguf", languages="luau")
        assert manifest.name == "roblox"
        assert (manifest.source, manifest.repo_id, manifest.revision) == ("hub", self.REPO, commit)
        assert manifest.version == commit[:12]
        assert manifest.base_sha256 == qwen_base.sha256
        assert hub_service.registry.path_of(manifest).read_bytes() == tiny_lora.read_bytes()
        assert list(hub_service.registry.store.partial_dir.iterdir()) == []

    def test_a_revision_pins_an_older_upload(
        self, hub_service: AdapterService, hub: FakeHub, tiny_lora: Path, tmp_path: Path,
        tiny_qwen_model: Path,
    ) -> None:  # fmt: skip
        first = hub.publish(self.REPO, {"roblox.gguf": tiny_lora.read_bytes()})
        newer = write_tiny_lora(tmp_path / "newer.gguf", tiny_qwen_model, seed=5)
        hub.publish(self.REPO, {"roblox.gguf": newer.read_bytes()})
        manifest = hub_service.add(f"{self.REPO}/roblox.gguf@{first}")
        assert manifest.revision == first
        assert manifest.sha256 == sha256_of(tiny_lora)

    def test_damaged_download_is_thrown_away_and_nothing_installed(
        self, hub_service: AdapterService, hub: FakeHub, tiny_lora: Path
    ) -> None:
        hub.publish(self.REPO, {"roblox.gguf": tiny_lora.read_bytes()})
        hub.corrupt.add("roblox.gguf")
        with pytest.raises(BundleCorruptError):
            hub_service.add(f"{self.REPO}/roblox.gguf")
        assert hub_service.registry.installed() == []
        assert list(hub_service.registry.store.partial_dir.iterdir()) == []

    def test_hub_adapter_for_another_base_is_refused_and_its_download_deleted(
        self, hub_service: AdapterService, hub: FakeHub, wrong_base_lora: Path,
        qwen_base: BaseModel,
    ) -> None:  # fmt: skip
        hub.publish(self.REPO, {"qwen2.gguf": wrong_base_lora.read_bytes()})
        with pytest.raises(AdapterIncompatibleError, match=qwen_base.name):
            hub_service.add(f"{self.REPO}/qwen2.gguf")
        assert hub_service.registry.installed() == []
        assert list(hub_service.registry.store.partial_dir.iterdir()) == []

    def test_text_that_is_neither_a_file_nor_a_hub_file_is_refused(
        self, hub_service: AdapterService
    ) -> None:
        with pytest.raises(AdapterInvalidError, match="neither a file here nor a hub file"):
            hub_service.add("no-such-adapter")
