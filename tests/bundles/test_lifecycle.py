"""Pull, use, rollback, remove, verify and import: the fake hub, through real huggingface_hub."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.base.errors import BundleError, BundleNotFoundError, NotAGGUFError
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles import BundleService, Progress, resolve_active_model
from desktop_app.bundles.manifest import Manifest
from tests.fakehub.models import gguf_bytes
from tests.fakehub.world import (
    CODER_FILE,
    CODER_REPO,
    GATED_REPO,
    GATED_TOKEN,
    World,
    sha256,
    store_snapshot,
)

DIRECT = f"{CODER_REPO}/{CODER_FILE}"
MakeService = Callable[..., BundleService]


class TestPull:
    def test_a_catalog_bundle_is_downloaded_verified_installed_and_made_active(
        self, service: BundleService, world: World, paths: MezzoPaths
    ) -> None:
        manifest = service.pull("tiny-coder@1")
        blob = paths.models_dir / "blobs" / f"sha256-{sha256(world.v1)}"
        assert blob.read_bytes() == world.v1
        assert (manifest.revision, manifest.sha256, manifest.size) == (
            world.commit1, sha256(world.v1), len(world.v1)
        )  # fmt: skip
        assert (manifest.architecture, manifest.context_length, manifest.fim) == (
            "qwen2", 4096, True
        )  # fmt: skip
        on_disk = paths.models_dir / "manifests" / "tiny-coder" / "1.json"
        assert json.loads(on_disk.read_text())["sha256"] == sha256(world.v1)
        assert service.active() == manifest  # the first model installed becomes active
        assert not list((paths.models_dir / "partial").iterdir())
        assert [r.method for r in world.hub.log] == ["HEAD", "GET"]  # no telemetry calls

    def test_an_unpinned_entry_is_pinned_on_first_download_to_the_hubs_commit_and_sha256(
        self, service: BundleService, world: World
    ) -> None:
        manifest = service.pull("tiny-coder@2")  # catalog says only "main"
        assert manifest.revision == world.commit2
        assert (manifest.sha256, manifest.sha256_from) == (sha256(world.v2), "hub")
        world.hub.publish(CODER_REPO, {CODER_FILE: gguf_bytes(seed=99)})  # main moves on
        world.hub.log.clear()
        assert service.pull("tiny-coder@2") == manifest
        assert world.hub.log == []  # installed means installed: no network at all

    def test_an_entry_pinned_in_the_catalog_records_that_the_catalog_vouched_for_it(
        self, service: BundleService, world: World
    ) -> None:
        assert service.pull("pinned-coder").sha256_from == "catalog"

    def test_the_newest_catalog_version_is_pulled_when_none_is_named(
        self, service: BundleService, world: World
    ) -> None:
        assert service.pull("tiny-coder").ref == "tiny-coder@2"

    def test_progress_reports_bytes_rate_and_eta_for_each_phase(
        self, service: BundleService, world: World
    ) -> None:
        events: list[Progress] = []
        service.pull("big-coder", progress=events.append)
        downloads = [e for e in events if e.phase == "download"]
        assert [e.done_bytes for e in downloads] == sorted(e.done_bytes for e in downloads)
        assert len(downloads) > 10  # one per 64 KiB chunk in these tests
        assert downloads[-1].done_bytes == downloads[-1].total_bytes == len(world.big)
        assert all(e.rate_bps >= 0 for e in events) and downloads[-1].eta_s == 0
        assert {e.phase for e in events} == {"download", "verify"}

    def test_a_file_outside_the_catalog_is_pulled_by_repo_and_path_and_versioned_by_commit(
        self, service: BundleService, world: World
    ) -> None:
        latest = service.pull(DIRECT)
        older = service.pull(f"{DIRECT}@{world.commit1}")
        assert (latest.version, latest.source, latest.sha256) == (
            world.commit2[:12], "hub", sha256(world.v2)
        )  # fmt: skip
        assert (older.version, older.sha256) == (world.commit1[:12], sha256(world.v1))
        assert service.use(f"{DIRECT}@{world.commit1[:12]}") == older

    def test_versions_with_the_same_bytes_share_one_blob_and_one_download(
        self, service: BundleService, world: World, paths: MezzoPaths
    ) -> None:
        service.pull("tiny-coder@1")
        world.hub.log.clear()
        service.pull("pinned-coder@1")  # same file, same commit
        assert world.hub.requests("GET") == []
        assert len(list((paths.models_dir / "blobs").iterdir())) == 1

    def test_a_mirror_that_hides_the_sha256_in_its_etag_is_asked_for_the_lfs_listing(
        self, service: BundleService, world: World
    ) -> None:
        world.hub.lfs_etag = False
        manifest = service.pull("tiny-coder@1")
        assert (manifest.sha256, manifest.sha256_from) == (sha256(world.v1), "hub")
        assert world.hub.requests("GET", "/api/models/")

    def test_a_gated_model_is_fetched_with_the_keyring_token_which_never_reaches_the_cdn(
        self, service: BundleService, world: World
    ) -> None:
        service.set_token(GATED_TOKEN)
        assert world.keyring.secrets[("mezzo", "huggingface-token")] == GATED_TOKEN
        service.pull("gated-coder")
        (head,) = world.hub.requests("HEAD", GATED_REPO)
        (get,) = world.hub.requests("GET", GATED_REPO)
        assert head.authorized and get.path.startswith("/cdn/") and not get.authorized


class TestSwitching:
    @pytest.fixture
    def two_versions(self, service: BundleService) -> BundleService:
        service.pull("tiny-coder@1")
        service.pull("tiny-coder@2")
        return service

    def test_use_switches_the_active_version_and_rollback_returns_in_one_step(
        self, two_versions: BundleService
    ) -> None:
        service = two_versions
        assert service.active().ref == "tiny-coder@1"  # type: ignore[union-attr]
        service.use("tiny-coder@2")
        assert service.active().ref == "tiny-coder@2"  # type: ignore[union-attr]
        assert service.rollback().ref == "tiny-coder@1"
        assert service.active().ref == "tiny-coder@1"  # type: ignore[union-attr]

    def test_pull_with_activate_switches_at_once(self, service: BundleService) -> None:
        service.pull("tiny-coder@1")
        service.pull("tiny-coder@2", activate=True)
        assert service.active().ref == "tiny-coder@2"  # type: ignore[union-attr]

    def test_the_active_pointer_is_one_small_file_replaced_whole(
        self, two_versions: BundleService, paths: MezzoPaths
    ) -> None:
        two_versions.use("tiny-coder@2")
        state = json.loads((paths.models_dir / "active.json").read_text())
        assert state == {"id": "tiny-coder", "version": "2", "history": [["tiny-coder", "1"]]}
        assert not list(paths.models_dir.glob(".*.incomplete"))

    def test_rollback_with_no_earlier_version_says_so(
        self, service: BundleService, paths: MezzoPaths
    ) -> None:
        service.pull("tiny-coder@1")
        before = store_snapshot(paths)
        with pytest.raises(BundleNotFoundError, match="no earlier model"):
            service.rollback()
        assert store_snapshot(paths) == before
        assert service.active().ref == "tiny-coder@1"  # type: ignore[union-attr]

    def test_using_a_version_that_is_not_installed_says_how_to_see_what_is(
        self, two_versions: BundleService, paths: MezzoPaths
    ) -> None:
        before = store_snapshot(paths)
        with pytest.raises(BundleNotFoundError, match="mezzo models list"):
            two_versions.use("tiny-coder@7")
        assert store_snapshot(paths) == before

    def test_old_versions_stay_installed_until_removed(
        self, two_versions: BundleService, world: World
    ) -> None:
        two_versions.use("tiny-coder@2")
        removed = two_versions.remove("tiny-coder@1")
        assert not Path(two_versions.store.blob_path(removed.sha256)).exists()
        assert [i.manifest.ref for i in two_versions.installed()] == ["tiny-coder@2"]
        with pytest.raises(BundleNotFoundError):
            two_versions.rollback()  # the removed version left the history too

    def test_the_model_in_use_cannot_be_removed(
        self, two_versions: BundleService, paths: MezzoPaths
    ) -> None:
        before = store_snapshot(paths)
        with pytest.raises(BundleError, match="in use"):
            two_versions.remove("tiny-coder@1")
        assert store_snapshot(paths) == before
        assert two_versions.active().ref == "tiny-coder@1"  # type: ignore[union-attr]

    def test_removing_one_of_two_versions_sharing_bytes_keeps_the_blob(
        self, service: BundleService
    ) -> None:
        service.pull("tiny-coder@1")
        shared = service.pull("pinned-coder@1", activate=True)
        service.remove("tiny-coder@1")
        assert service.store.blob_path(shared.sha256).is_file()

    def test_remove_without_a_version_asks_which_when_there_are_several(
        self, two_versions: BundleService, paths: MezzoPaths
    ) -> None:
        before = store_snapshot(paths)
        with pytest.raises(BundleNotFoundError, match="tiny-coder@1, tiny-coder@2"):
            two_versions.remove("tiny-coder")
        assert store_snapshot(paths) == before


class TestVerify:
    def test_intact_blobs_pass(self, service: BundleService) -> None:
        service.pull("tiny-coder@1")
        service.pull("tiny-coder@2")
        assert [(r.ref, r.ok) for r in service.verify()] == [
            ("tiny-coder@1", True), ("tiny-coder@2", True)
        ]  # fmt: skip

    def test_a_damaged_or_missing_blob_is_reported_and_nothing_is_changed(
        self, service: BundleService, paths: MezzoPaths
    ) -> None:
        one = service.pull("tiny-coder@1")
        two = service.pull("tiny-coder@2")
        blob = service.store.blob_path(one.sha256)
        data = bytearray(blob.read_bytes())
        data[-1] ^= 0xFF
        blob.write_bytes(bytes(data))
        service.store.blob_path(two.sha256).unlink()
        before = store_snapshot(paths)
        results = {r.ref: r.problem for r in service.verify()}
        assert results == {"tiny-coder@1": "damaged", "tiny-coder@2": "file missing"}
        assert store_snapshot(paths) == before

    def test_pull_with_repair_downloads_a_damaged_blob_again(
        self, service: BundleService, world: World
    ) -> None:
        one = service.pull("tiny-coder@1")
        blob = service.store.blob_path(one.sha256)
        blob.write_bytes(blob.read_bytes()[:-1] + b"\x00")
        service.pull("tiny-coder@1", repair=True)
        assert blob.read_bytes() == world.v1 and all(r.ok for r in service.verify())


class TestImport:
    def test_a_local_gguf_becomes_a_bundle_versioned_by_its_hash(
        self, service: BundleService, tmp_path: Path
    ) -> None:
        path = tmp_path / "My Model.Q4_K_M.gguf"
        path.write_bytes(data := gguf_bytes(seed=42))
        manifest = service.import_file(path)
        assert (manifest.id, manifest.version) == ("my-model.q4_k_m", sha256(data)[:12])
        assert (manifest.source, manifest.sha256_from, manifest.revision) == (
            "import",
            "local",
            None,
        )
        assert service.store.blob_path(manifest.sha256).read_bytes() == data
        assert service.use(manifest.ref) == manifest

    def test_importing_the_same_file_twice_installs_it_once(
        self, service: BundleService, tmp_path: Path
    ) -> None:
        path = tmp_path / "model.gguf"
        path.write_bytes(gguf_bytes(seed=42))
        assert service.import_file(path) == service.import_file(path)
        assert len(service.installed()) == 1

    def test_a_file_the_catalog_knows_keeps_the_catalog_name(
        self, service: BundleService, world: World
    ) -> None:
        manifest = service.import_file(world.starter)
        assert (manifest.ref, manifest.source, manifest.sha256_from) == (
            "tiny-starter@1", "starter", "catalog"
        )  # fmt: skip

    def test_a_file_that_is_not_a_gguf_is_refused_and_nothing_is_installed(
        self, service: BundleService, tmp_path: Path, paths: MezzoPaths
    ) -> None:
        path = tmp_path / "notes.gguf"
        path.write_text("these are my notes, not a model")
        before = store_snapshot(paths)
        with pytest.raises(NotAGGUFError, match=r"notes\.gguf"):
            service.import_file(path)
        assert store_snapshot(paths) == before


class TestWhichBundleAFileIs:
    def test_a_blob_and_a_copy_of_its_bytes_elsewhere_are_both_the_bundle(
        self, service: BundleService, tmp_path: Path
    ) -> None:
        original = tmp_path / "mine.gguf"
        original.write_bytes(gguf_bytes(seed=7))
        manifest = service.import_file(original)
        assert service.bundle_of_file(service.store.blob_path(manifest.sha256)) == manifest
        assert service.bundle_of_file(original) == manifest

    def test_a_file_of_the_same_size_with_other_bytes_is_no_bundle(
        self, service: BundleService, tmp_path: Path
    ) -> None:
        installed = tmp_path / "a.gguf"
        installed.write_bytes(data := gguf_bytes(seed=7))
        service.import_file(installed)
        other = tmp_path / "b.gguf"
        other.write_bytes(bytes(reversed(data)))
        assert len(other.read_bytes()) == len(data)
        assert service.bundle_of_file(other) is None
        assert service.bundle_of_file(tmp_path / "missing.gguf") is None

    def test_the_catalog_threshold_of_the_bundle_is_its_confidence_floor(
        self, service: BundleService, world: World, tmp_path: Path
    ) -> None:
        starter = service.import_file(world.starter)
        entry = service.catalog.find(starter.id, starter.version)
        assert entry.min_mean_logprob is not None
        assert service.confidence_floor(starter) == entry.min_mean_logprob
        path = tmp_path / "unknown.gguf"
        path.write_bytes(gguf_bytes(seed=3))
        assert service.confidence_floor(service.import_file(path)) is None


class TestStartup:
    def test_with_nothing_installed_the_starter_is_imported_and_made_active(
        self, service: BundleService, world: World
    ) -> None:
        path = service.resolve_active_model()
        assert path.read_bytes() == world.starter.read_bytes()
        assert service.active().ref == "tiny-starter@1"  # type: ignore[union-attr]

    def test_the_active_bundle_is_what_the_engine_loads(
        self, service: BundleService, world: World
    ) -> None:
        service.resolve_active_model()
        service.pull("tiny-coder@1", activate=True)
        assert service.resolve_active_model().read_bytes() == world.v1

    def test_pulling_the_starter_by_name_imports_the_local_file(
        self, service: BundleService, world: World
    ) -> None:
        assert service.pull("tiny-starter").source == "starter"
        assert world.hub.log == []

    def test_an_active_bundle_that_lost_its_file_falls_back_to_the_starter(
        self, service: BundleService, world: World
    ) -> None:
        lost = service.pull("tiny-coder@1")
        service.store.blob_path(lost.sha256).unlink()
        assert service.resolve_active_model().read_bytes() == world.starter.read_bytes()
        assert service.active() == lost  # the pointer is left for `verify` to report

    def test_app_startup_needs_only_paths(
        self, world: World, paths: MezzoPaths, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("MEZZO_STARTER_MODEL", str(world.starter))
        first = resolve_active_model(paths)
        assert first.read_bytes() == world.starter.read_bytes()
        assert resolve_active_model(paths) == first

    @pytest.mark.e2e
    def test_the_real_starter_model_installs_under_its_catalog_name(
        self, paths: MezzoPaths, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        from desktop_app.bundles.starter import starter_path  # noqa: PLC0415

        monkeypatch.delenv("MEZZO_STARTER_MODEL", raising=False)
        if not starter_path().is_file():
            pytest.skip("starter model not fetched (make run fetches it)")
        resolve_active_model(paths)
        active = BundleService.from_environment(paths).active()
        assert active is not None and active.ref == "smollm2-135m-starter@1"
        assert (active.architecture, active.fim, active.context_length) == ("llama", False, 8192)


# A manifest and pointer exactly as Mezzo wrote them before the store was shared with adapters.
EARLIER_MANIFEST = """{
  "app_version": "0.9.0",
  "architecture": "qwen2",
  "context_length": 4096,
  "description": "a tiny test model",
  "filename": "tiny-coder-q8_0.gguf",
  "fim": true,
  "fim_template": "qwen",
  "id": "tiny-coder",
  "installed_at": "2026-01-02T03:04:05Z",
  "license": "Apache-2.0",
  "name": "tiny-coder v1",
  "parameters": "1M",
  "quantization": "Q8_0",
  "ram_mb": 1,
  "repo_id": "acme/Tiny-Coder-GGUF",
  "revision": "COMMIT",
  "schema": 1,
  "sha256": "SHA256",
  "sha256_from": "hub",
  "size": SIZE,
  "source": "catalog",
  "version": "1"
}"""
EARLIER_ACTIVE = """{
  "history": [],
  "id": "tiny-coder",
  "version": "1"
}"""


class TestLayoutOnDisk:
    """Stores already on people's machines open as they are: same paths, same JSON."""

    @pytest.fixture
    def earlier_store(self, world: World, paths: MezzoPaths) -> str:
        """A models folder as an earlier Mezzo left it, before any service here opens it;
        returns the manifest's text."""
        text = (
            EARLIER_MANIFEST.replace("COMMIT", world.commit1)
            .replace("SHA256", sha256(world.v1))
            .replace("SIZE", str(len(world.v1)))
        )
        root = paths.models_dir
        (root / "blobs").mkdir(parents=True)
        (root / "blobs" / f"sha256-{sha256(world.v1)}").write_bytes(world.v1)
        (root / "manifests" / "tiny-coder").mkdir(parents=True)
        (root / "manifests" / "tiny-coder" / "1.json").write_text(text)
        (root / "active.json").write_text(EARLIER_ACTIVE)
        return text

    def test_an_earlier_store_is_listed_active_and_verified_without_the_network(
        self, make_service: MakeService, world: World, earlier_store: str
    ) -> None:
        service = make_service()
        assert [(b.manifest.ref, b.active) for b in service.installed()] == [("tiny-coder@1", True)]
        assert service.resolve_active_model().read_bytes() == world.v1
        assert [r.ok for r in service.verify()] == [True]
        assert service.pull("tiny-coder@1").revision == world.commit1
        assert world.hub.log == []  # installed means installed

    def test_manifests_are_written_back_exactly_as_earlier_versions_wrote_them(
        self, make_service: MakeService, earlier_store: str
    ) -> None:
        manifest = make_service().store.find("tiny-coder", "1")
        assert manifest.to_json() == earlier_store
        assert Manifest.from_json(earlier_store) == manifest

    def test_a_new_install_lands_beside_the_earlier_one_in_the_same_layout(
        self, make_service: MakeService, world: World, paths: MezzoPaths, earlier_store: str
    ) -> None:
        make_service().pull("tiny-coder@2", activate=True)
        root = paths.models_dir
        assert (root / "blobs" / f"sha256-{sha256(world.v2)}").read_bytes() == world.v2
        written = json.loads((root / "manifests" / "tiny-coder" / "2.json").read_text())
        assert set(written) == set(json.loads(earlier_store))
        assert json.loads((root / "active.json").read_text()) == {
            "history": [["tiny-coder", "1"]],
            "id": "tiny-coder",
            "version": "2",
        }


def test_fixture_hub_serves_what_huggingface_hub_expects(world: World) -> None:
    """The fake is only useful if huggingface_hub's own high-level calls accept it."""
    from huggingface_hub import HfApi, hf_hub_download  # noqa: PLC0415

    api = HfApi(endpoint=world.hub.endpoint, token=False)
    assert api.model_info(CODER_REPO, revision=world.commit1).sha == world.commit1
    assert set(api.list_repo_files(CODER_REPO)) == {CODER_FILE, "README.md"}
    cache = Path(world.starter).parent / "hf-cache"
    path = hf_hub_download(
        CODER_REPO, CODER_FILE, endpoint=world.hub.endpoint, token=False, cache_dir=cache
    )
    assert Path(path).read_bytes() == world.v2
