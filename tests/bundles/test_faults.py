"""Every way a pull can fail leaves the installed models as they were, and says why plainly."""

from __future__ import annotations

import errno
import hashlib
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from filelock import FileLock

from desktop_app.base.battery import BatteryReading
from desktop_app.base.errors import (
    AuthRequiredError,
    BundleCorruptError,
    BundleInvalidError,
    DiskFullError,
    DownloadCancelledError,
    NotAGGUFError,
    OfflineError,
    PowerPolicyError,
    RevisionNotFoundError,
    StoreBusyError,
)
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles import BundleService, CancelToken, Progress, power
from desktop_app.bundles import hub as hub_module
from desktop_app.bundles.manifest import Manifest
from tests.fakehub.world import (
    BIG_FILE,
    CODER_FILE,
    CODER_REPO,
    GATED_TOKEN,
    World,
    sha256,
    store_snapshot,
)

ON_BATTERY = BatteryReading(percent=80.0, secsleft=3600, power_plugged=False)
PLUGGED_IN = BatteryReading(percent=80.0, secsleft=-2, power_plugged=True)


@pytest.fixture
def baseline(service: BundleService, paths: MezzoPaths) -> dict[str, str]:
    """Something installed and active already, so "unchanged" has something to compare."""
    service.pull("tiny-coder@2")
    return store_snapshot(paths)


def partials(paths: MezzoPaths) -> list[str]:
    return sorted(p.name for p in (paths.models_dir / "partial").iterdir())


class TestDamagedBytes:
    def test_a_download_of_the_right_size_with_wrong_bytes_is_thrown_away(
        self, service: BundleService, world: World, paths: MezzoPaths, baseline: dict[str, str]
    ) -> None:
        world.hub.corrupt.add(CODER_FILE)
        with pytest.raises(BundleCorruptError, match="arrived damaged") as caught:
            service.pull("tiny-coder@1")
        assert caught.value.expected_sha256 == sha256(world.v1)
        assert caught.value.actual_sha256 != sha256(world.v1)
        assert store_snapshot(paths) == baseline and partials(paths) == []
        world.hub.corrupt.clear()
        assert service.pull("tiny-coder@1").sha256 == sha256(world.v1)

    def test_a_catalog_sha256_the_hub_disagrees_with_stops_before_any_download(
        self, service: BundleService, world: World, paths: MezzoPaths, baseline: dict[str, str]
    ) -> None:
        world.hub.log.clear()
        with pytest.raises(BundleCorruptError, match="vouches for"):
            service.pull("wrong-sha")
        assert world.hub.requests("GET") == []
        assert store_snapshot(paths) == baseline

    def test_a_file_that_is_not_a_gguf_is_not_installed(
        self, service: BundleService, paths: MezzoPaths, baseline: dict[str, str]
    ) -> None:
        with pytest.raises(NotAGGUFError, match="not a GGUF"):
            service.pull("broken")
        assert store_snapshot(paths) == baseline and partials(paths) == []

    def test_a_model_without_the_fim_tokens_the_catalog_promised_is_not_installed(
        self, service: BundleService, paths: MezzoPaths, baseline: dict[str, str]
    ) -> None:
        with pytest.raises(BundleInvalidError, match="fill-in-the-middle"):
            service.pull("chat-only")
        assert store_snapshot(paths) == baseline


class TestAccess:
    def test_a_gated_repo_without_a_token_says_a_token_is_needed(
        self, service: BundleService, paths: MezzoPaths, baseline: dict[str, str]
    ) -> None:
        with pytest.raises(AuthRequiredError, match="token"):
            service.pull("gated-coder")
        assert store_snapshot(paths) == baseline

    def test_a_token_that_cannot_read_the_repo_is_refused_the_same_way(
        self, service: BundleService
    ) -> None:
        service.set_token("hf_wrong")
        with pytest.raises(AuthRequiredError, match="licence"):
            service.pull("gated-coder")

    def test_a_missing_or_private_repo_without_a_token_suggests_one(
        self, service: BundleService
    ) -> None:
        with pytest.raises(AuthRequiredError, match="private"):
            service.pull("acme/Private-GGUF/secret.gguf")

    def test_a_missing_repo_with_a_token_is_reported_as_missing(
        self, service: BundleService
    ) -> None:
        service.set_token(GATED_TOKEN)
        with pytest.raises(RevisionNotFoundError) as caught:
            service.pull("acme/Private-GGUF/secret.gguf")
        assert caught.value.missing == "repository"

    def test_a_pinned_revision_that_is_gone_is_reported_clearly(
        self, service: BundleService, paths: MezzoPaths, baseline: dict[str, str]
    ) -> None:
        with pytest.raises(RevisionNotFoundError, match="no longer on the hub") as caught:
            service.pull("gone-revision")
        assert caught.value.missing == "revision"
        assert store_snapshot(paths) == baseline

    def test_a_file_missing_from_the_repo_is_reported_as_missing(
        self, service: BundleService
    ) -> None:
        with pytest.raises(RevisionNotFoundError) as caught:
            service.pull(f"{CODER_REPO}/no-such-file.gguf")
        assert caught.value.missing == "file"


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers: a hub behind a dead proxy."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


class TestNetwork:
    def test_an_unreachable_hub_fails_at_once_with_an_offline_error(
        self, make_service: Callable[..., BundleService], paths: MezzoPaths
    ) -> None:
        closed = socket.socket()
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        closed.close()  # nothing listens there now
        service = make_service(endpoint=f"http://127.0.0.1:{port}")
        with pytest.raises(OfflineError, match="cannot be reached"):
            service.pull("tiny-coder@1")
        assert store_snapshot(paths) == {}

    def test_a_hub_that_never_answers_gives_up_after_the_configured_timeout(
        self, make_service: Callable[..., BundleService], silent_server: str
    ) -> None:
        with pytest.raises(OfflineError):
            make_service(endpoint=silent_server, timeout_s=0.3).pull("tiny-coder@1")

    @pytest.mark.parametrize("status", [429, 500, 503])
    def test_a_busy_hub_is_asked_once_not_retried_for_twenty_seconds(
        self, service: BundleService, world: World, status: int
    ) -> None:
        world.hub.status = status
        with pytest.raises(OfflineError, match=f"busy.*HTTP {status}"):
            service.pull("tiny-coder@1")
        assert len(world.hub.log) == 1  # huggingface_hub's 1+2+4+8+8 s backoff never ran

    def test_a_wifi_login_page_is_not_mistaken_for_the_hub(
        self, service: BundleService, world: World, paths: MezzoPaths
    ) -> None:
        world.hub.portal = True
        with pytest.raises(OfflineError, match="not like the model hub"):
            service.pull("tiny-coder@1")
        assert store_snapshot(paths) == {}

    def test_a_connection_dropped_mid_download_is_resumed_by_the_library_in_the_same_call(
        self, service: BundleService, world: World
    ) -> None:
        world.hub.cut_after[BIG_FILE] = 256 * 1024
        assert service.pull("big-coder").sha256 == sha256(world.big)
        ranges = [r.range for r in world.hub.requests("GET", BIG_FILE)]
        assert ranges[0] is None and ranges[1] is not None and ranges[1].startswith("bytes=")


class TestDiskSpace:
    def test_too_little_free_space_stops_before_downloading(
        self, make_service: Callable[..., BundleService], world: World, paths: MezzoPaths
    ) -> None:
        service = make_service(free_of=lambda _: 10_000)
        with pytest.raises(DiskFullError, match="not enough free disk space") as caught:
            service.pull("big-coder")
        assert caught.value.free_bytes == 10_000
        assert caught.value.needed_bytes > len(world.big)
        assert world.hub.requests("GET") == [] and store_snapshot(paths) == {}

    def test_a_disk_that_fills_up_mid_download_keeps_the_part_for_later(
        self,
        service: BundleService,
        world: World,
        paths: MezzoPaths,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        def full_disk_after_some_bytes(url: str, handle: Any, **kwargs: Any) -> None:
            handle.write(world.big[:1000])
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(hub_module, "http_get", full_disk_after_some_bytes)
        with pytest.raises(DiskFullError, match="filled up"):
            service.pull("big-coder")
        assert world.part_file(paths, world.big).stat().st_size == 1000
        assert store_snapshot(paths) == {}


def assert_installed(service: BundleService, manifest: Manifest) -> None:
    """The pull went all the way: verified bytes in the store, the manifest naming them."""
    blob = service.store.blob_path(manifest.sha256)
    assert blob.is_file() and blob.stat().st_size == manifest.size
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == manifest.sha256
    assert service.store.get(manifest.id, manifest.version) == manifest


class TestPower:
    def test_on_battery_downloads_wait_for_mains_power(
        self, service: BundleService, world: World, paths: MezzoPaths
    ) -> None:
        world.battery[0] = ON_BATTERY
        with pytest.raises(PowerPolicyError, match="plugged in"):
            service.pull("tiny-coder@1")
        assert world.hub.requests("GET") == [] and store_snapshot(paths) == {}

    @pytest.mark.parametrize(
        ("reading", "allow"),
        [(PLUGGED_IN, False), (None, False), (ON_BATTERY, True)],
        ids=["plugged-in", "no-battery", "allowed-on-battery"],
    )
    def test_downloads_run_on_mains_without_a_battery_or_when_allowed(
        self, service: BundleService, world: World, reading: BatteryReading | None, allow: bool
    ) -> None:
        world.battery[0] = reading
        manifest = service.pull("tiny-coder@1", allow_on_battery=allow)
        assert_installed(service, manifest)

    def test_the_settings_can_allow_downloads_on_battery(
        self, make_service: Callable[..., BundleService], world: World
    ) -> None:
        world.battery[0] = ON_BATTERY
        service = make_service(allow_on_battery=True)
        assert_installed(service, service.pull("tiny-coder@1"))

    def test_a_battery_reader_that_fails_counts_as_mains_power(
        self, make_service: Callable[..., BundleService]
    ) -> None:
        def broken() -> BatteryReading:
            raise OSError("no /sys/class/power_supply")

        service = make_service(battery_reader=broken)
        assert_installed(service, service.pull("tiny-coder@1"))

    def test_unplugging_mid_download_pauses_it_and_plugging_in_resumes_it(
        self,
        service: BundleService,
        world: World,
        paths: MezzoPaths,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        monkeypatch.setattr(power, "RECHECK_INTERVAL_S", 0.0)

        def unplug_after_first_chunk(event: Progress) -> None:
            if event.phase == "download" and event.done_bytes >= 64 * 1024:
                world.battery[0] = ON_BATTERY

        with pytest.raises(PowerPolicyError):
            service.pull("big-coder", progress=unplug_after_first_chunk)
        kept = world.part_file(paths, world.big).stat().st_size
        assert 0 < kept < len(world.big)
        world.battery[0] = PLUGGED_IN
        assert service.pull("big-coder").sha256 == sha256(world.big)
        assert world.hub.requests("GET", BIG_FILE)[-1].range == f"bytes={kept}-"


class TestConcurrency:
    def test_a_second_pull_of_the_same_model_is_refused_while_the_first_runs(
        self, make_service: Callable[..., BundleService], world: World, paths: MezzoPaths
    ) -> None:
        world.hub.throttle = 0.02
        first, second = make_service(), make_service()
        started, errors = threading.Event(), []

        def signal_start(event: Progress) -> None:
            if event.done_bytes > 0:
                started.set()

        def run_first() -> None:
            try:
                first.pull("big-coder", progress=signal_start)
            except Exception as exc:  # surfaced by the assertion below
                errors.append(exc)
                started.set()

        thread = threading.Thread(target=run_first)
        thread.start()
        started.wait()
        with pytest.raises(StoreBusyError, match="already being downloaded"):
            second.pull("big-coder")
        world.hub.throttle = 0.0
        thread.join()
        assert errors == []
        assert [i.manifest.ref for i in second.installed()] == ["big-coder@1"]

    def test_an_install_while_another_process_holds_the_store_lock_waits_then_gives_up(
        self, service: BundleService, world: World, paths: MezzoPaths, baseline: dict[str, str]
    ) -> None:
        with FileLock(paths.run_dir / "models.lock"):
            with pytest.raises(StoreBusyError, match="Another Mezzo window"):
                service.pull("tiny-coder@1")
            assert store_snapshot(paths) == baseline
        world.hub.log.clear()
        assert service.pull("tiny-coder@1").sha256 == sha256(world.v1)
        assert world.hub.requests("GET") == []  # the verified .part waited for its turn


class TestCancel:
    def test_cancel_stops_the_download_and_deletes_the_part(
        self, service: BundleService, world: World, paths: MezzoPaths
    ) -> None:
        token = CancelToken()

        def cancel_midway(event: Progress) -> None:
            if event.done_bytes >= 128 * 1024:
                token.cancel()

        with pytest.raises(DownloadCancelledError, match="cancelled"):
            service.pull("big-coder", progress=cancel_midway, cancel=token)
        assert partials(paths) == [] and store_snapshot(paths) == {}
