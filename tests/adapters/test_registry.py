"""Installing adapters: checked against the base model first, stored by content, removable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gguf
import numpy as np
import pytest

from desktop_app.adapters import AdapterService, BaseModel
from desktop_app.adapters.compat import read_lora
from desktop_app.adapters.mapping import RepoKey
from desktop_app.adapters.registry import legacy_part_key
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
from desktop_app.bundles.hub import HubClient, RemoteFile
from desktop_app.bundles.progress import Progress
from tests.adapters.support import MakeAdapters, git_repo
from tests.fakehub.fixtures import bundle_service
from tests.fakehub.hub import FakeHub
from tests.fakehub.models import write_gguf
from tests.fakehub.world import sha256_of, tree_snapshot
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
        write_gguf(writer)
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
        before = tree_snapshot(adapters.registry.root)
        with pytest.raises(AdapterBaseUnknownError, match="not installed") as caught:
            adapters.add(tiny_lora, base="f" * 64)
        assert caught.value.base == "f" * 64
        assert tree_snapshot(adapters.registry.root) == before

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
        first = adapters.add(tiny_lora, name="roblox", version="1")
        before = tree_snapshot(adapters.registry.root)
        with pytest.raises(AdapterError, match="already installed"):
            adapters.add(other, name="roblox", version="1")
        assert tree_snapshot(adapters.registry.root) == before
        assert adapters.registry.installed() == [first]

    @pytest.mark.parametrize(
        ("wanted", "says"),
        [
            ({"name": "none"}, "cannot name an adapter"),
            ({"name": "Has Space"}, "cannot name an adapter"),
            ({"name": "../up"}, "cannot name an adapter"),
            ({"name": " "}, "cannot name an adapter"),
            ({"version": "1 beta"}, "cannot be an adapter version"),
            ({"version": "../1"}, "cannot be an adapter version"),
            ({"scale": 0.0}, "scale"),  # llama.cpp would drop the adapter silently
            ({"scale": -1.0}, "scale"),
            ({"scale": float("nan")}, "scale"),
            ({"scale": 100.0}, "scale"),  # the adapter would drown the base
            ({"languages": "lua, not a language"}, "not a language name"),
        ],
    )
    def test_bad_input_is_refused_before_a_byte_is_read_and_changes_nothing(
        self, adapters: AdapterService, tiny_lora: Path, wanted: dict[str, Any], says: str
    ) -> None:
        before = tree_snapshot(adapters.registry.root)
        events: list[Progress] = []
        with pytest.raises(AdapterError, match=says):
            adapters.add(tiny_lora, progress=events.append, **wanted)
        assert events == []  # not hashed, not copied
        assert tree_snapshot(adapters.registry.root) == before
        assert adapters.registry.installed() == []

    def test_an_install_clears_what_a_killed_manifest_write_left(
        self, adapters: AdapterService, tiny_lora: Path
    ) -> None:
        stale = adapters.registry.store.manifests_dir / "roblox" / ".1.json.x1y2.incomplete"
        stale.parent.mkdir(parents=True)
        stale.write_text('{"half": ')
        manifest = adapters.add(tiny_lora, name="roblox", version="1")
        assert not stale.exists()
        assert adapters.registry.installed() == [manifest]


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

    def test_removing_an_unknown_adapter_says_so_and_changes_nothing(
        self, adapters: AdapterService, tiny_lora: Path
    ) -> None:
        kept = adapters.add(tiny_lora, name="roblox")
        before = tree_snapshot(adapters.registry.root)
        with pytest.raises(AdapterNotFoundError, match="mezzo adapters list") as caught:
            adapters.remove("ghost")
        assert caught.value.name == "ghost"
        assert tree_snapshot(adapters.registry.root) == before
        assert adapters.registry.installed() == [kept]


class TestInstallFromHub:
    """`add ORG/REPO/FILE.gguf[@REV]` goes through the bundles' verified, resumable download."""

    REPO = "acme/Roblox-LoRA-GGUF"

    @pytest.fixture
    def hub_service(
        self, paths: MezzoPaths, hub: FakeHub, make_adapters: MakeAdapters
    ) -> AdapterService:
        return make_adapters(bundle_service(paths, endpoint=hub.endpoint))

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
        self, hub_service: AdapterService, hub: FakeHub
    ) -> None:
        before = tree_snapshot(hub_service.registry.root)
        with pytest.raises(AdapterInvalidError, match="neither a file here nor a hub file") as e:
            hub_service.add("no-such-adapter")
        assert (e.value.path, e.value.reason) == ("no-such-adapter", "missing")
        assert hub.log == []
        assert tree_snapshot(hub_service.registry.root) == before

    def test_a_download_an_earlier_mezzo_began_is_continued_not_restarted(
        self, hub_service: AdapterService, hub: FakeHub, tiny_lora: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:  # fmt: skip
        """Earlier versions named the `.part` of a download with no known sha256 their own way;
        it is renamed to the models' name for it, and the download goes on from its end."""
        data = tiny_lora.read_bytes()
        commit = hub.publish(self.REPO, {"roblox.gguf": data})
        hub.lfs_etag = False  # a mirror that tells no sha256, in its headers ...
        monkeypatch.setattr(HubClient, "lfs_sha256", lambda *_: None)  # ... or its listing
        remote = RemoteFile(self.REPO, "roblox.gguf", commit, None, len(data), "")
        store = hub_service.registry.store
        store.part_path(legacy_part_key(remote)).write_bytes(data[:1000])
        manifest = hub_service.add(f"{self.REPO}/roblox.gguf")
        assert hub_service.registry.path_of(manifest).read_bytes() == data
        assert hub.requests("GET", "roblox.gguf")[-1].range == "bytes=1000-"
        assert list(store.partial_dir.iterdir()) == []


# An adapter manifest exactly as Mezzo wrote it before the store was shared with the models.
EARLIER_MANIFEST = """{
  "alpha": 8.0,
  "app_version": "0.9.0",
  "architecture": "llama",
  "base_name": "BASE_NAME",
  "base_sha256": "BASE_SHA256",
  "filename": "roblox.gguf",
  "installed_at": "2026-01-02T03:04:05Z",
  "languages": [
    "luau"
  ],
  "name": "roblox",
  "rank": 4,
  "repo_id": null,
  "revision": null,
  "scale": 0.5,
  "schema": 1,
  "sha256": "SHA256",
  "size": SIZE,
  "source": "import",
  "version": "1"
}"""


class TestLayoutOnDisk:
    """Adapters already installed on people's machines open as they are: same paths, same JSON."""

    @pytest.fixture
    def earlier_adapter(
        self, paths: MezzoPaths, qwen_base: BaseModel, tiny_lora: Path
    ) -> tuple[Path, str]:
        """An adapters folder as an earlier Mezzo left it: its blob and its manifest's text."""
        text = (
            EARLIER_MANIFEST.replace("BASE_NAME", qwen_base.name)
            .replace("BASE_SHA256", qwen_base.sha256)
            .replace("SHA256", sha256_of(tiny_lora))
            .replace("SIZE", str(tiny_lora.stat().st_size))
        )
        blob = paths.adapters_dir / "blobs" / f"sha256-{sha256_of(tiny_lora)}"
        blob.parent.mkdir(parents=True)
        blob.write_bytes(tiny_lora.read_bytes())
        (paths.adapters_dir / "manifests" / "roblox").mkdir(parents=True)
        (paths.adapters_dir / "manifests" / "roblox" / "1.json").write_text(text)
        return blob, text

    def test_an_earlier_adapter_is_listed_and_used_for_its_base(
        self, make_adapters: MakeAdapters, earlier_adapter: tuple[Path, str]
    ) -> None:
        blob, text = earlier_adapter
        adapters = make_adapters()
        (installed,) = adapters.registry.installed()
        assert (installed.ref, installed.scale, installed.languages) == ("roblox@1", 0.5, ("luau",))
        assert installed.to_json() == text  # read and written back the same
        adapters.set_default("roblox")
        assert adapters.which().choice.path == str(blob)

    def test_adding_the_same_adapter_again_keeps_the_earlier_install(
        self, make_adapters: MakeAdapters, tiny_lora: Path, earlier_adapter: tuple[Path, str]
    ) -> None:
        adapters = make_adapters()
        before = tree_snapshot(adapters.registry.root)
        assert adapters.add(tiny_lora, name="roblox", version="1").installed_at == (
            "2026-01-02T03:04:05Z"
        )
        assert tree_snapshot(adapters.registry.root) == before
