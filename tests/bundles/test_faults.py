"""Every way a pull can fail leaves the installed models as they were, and says why plainly.

"As they were" is checked the same way everywhere (`Before.assert_unchanged`): no blob or
manifest added or removed, the `active` pointer where it was, and no `.part` left behind except
the ones a failure is meant to keep for a later resume.
"""

from __future__ import annotations

import errno
import hashlib
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from filelock import FileLock

from desktop_app.base.battery import BatteryReading
from desktop_app.base.errors import (
    AuthRequiredError,
    BundleCorruptError,
    BundleInvalidError,
    BundleNotFoundError,
    DiskFullError,
    DownloadCancelledError,
    DownloadPausedError,
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
from desktop_app.bundles.refs import BadRefError
from desktop_app.bundles.store import ModelStore
from tests.fakehub.world import (
    BIG_FILE,
    CODER_FILE,
    CODER_REPO,
    GATED_TOKEN,
    World,
    partials,
    sha256,
    store_snapshot,
)

ON_BATTERY = BatteryReading(percent=80.0, secsleft=3600, power_plugged=False)
PLUGGED_IN = BatteryReading(percent=80.0, secsleft=-2, power_plugged=True)


@dataclass(frozen=True)
class Before:
    """The store before the call that fails: what "unchanged" compares against."""

    paths: MezzoPaths
    files: dict[str, str]  # every installed file and its hash, downloads in progress aside
    active: tuple[str, str] | None

    def assert_unchanged(self, *, kept: tuple[str, ...] = ()) -> None:
        """No blob or manifest added or removed, the pointer in place, and no `.part` but the
        `kept` ones (their file names)."""
        assert store_snapshot(self.paths) == self.files
        assert ModelStore(self.paths).active_state().current == self.active
        assert partials(self.paths.models_dir) == sorted(kept)


def before(paths: MezzoPaths) -> Before:
    return Before(paths, store_snapshot(paths), ModelStore(paths).active_state().current)


@pytest.fixture
def baseline(service: BundleService, world: World, paths: MezzoPaths) -> Before:
    """One model installed and active already, so "unchanged" has something to compare; the
    hub's request log starts empty after it."""
    service.pull("tiny-coder@2")
    world.hub.log.clear()
    state = before(paths)
    assert state.active == ("tiny-coder", "2") and state.files  # the comparison means something
    return state


def part_name(data: bytes) -> str:
    return f"{sha256(data)}.part"


class TestDamagedBytes:
    def test_a_download_of_the_right_size_with_wrong_bytes_is_thrown_away(
        self, service: BundleService, world: World, baseline: Before
    ) -> None:
        world.hub.corrupt.add(CODER_FILE)
        with pytest.raises(BundleCorruptError, match="arrived damaged") as caught:
            service.pull("tiny-coder@1")
        assert caught.value.expected_sha256 == sha256(world.v1)
        assert caught.value.actual_sha256 not in ("", sha256(world.v1))
        baseline.assert_unchanged()
        world.hub.corrupt.clear()
        assert service.pull("tiny-coder@1").sha256 == sha256(world.v1)

    def test_a_catalog_sha256_the_hub_disagrees_with_stops_before_any_download(
        self, service: BundleService, world: World, baseline: Before
    ) -> None:
        with pytest.raises(BundleCorruptError, match="vouches for") as caught:
            service.pull("wrong-sha")
        assert caught.value.expected_sha256 == "0" * 64
        assert caught.value.actual_sha256 == sha256(world.v1)
        assert world.hub.requests("GET") == []
        baseline.assert_unchanged()

    def test_a_file_that_is_not_a_gguf_is_not_installed_and_its_download_deleted(
        self, service: BundleService, world: World, baseline: Before
    ) -> None:
        with pytest.raises(NotAGGUFError, match="not a GGUF") as caught:
            service.pull("broken")
        assert caught.value.path.endswith(".part")  # refused before it was renamed in
        assert world.hub.requests("GET", "broken.gguf") != []
        baseline.assert_unchanged()

    def test_a_model_without_the_fim_tokens_the_catalog_promised_is_not_installed(
        self, service: BundleService, baseline: Before
    ) -> None:
        with pytest.raises(BundleInvalidError, match="fill-in-the-middle") as caught:
            service.pull("chat-only")
        assert (caught.value.field, caught.value.actual) == ("fim_tokens", "none")
        baseline.assert_unchanged()


class TestAccess:
    def test_a_gated_repo_without_a_token_says_a_token_is_needed(
        self, service: BundleService, world: World, baseline: Before
    ) -> None:
        with pytest.raises(AuthRequiredError, match="mezzo models login"):
            service.pull("gated-coder")
        assert world.hub.requests("GET", "gated.gguf") == []
        baseline.assert_unchanged()

    def test_a_token_that_cannot_read_the_repo_is_refused_the_same_way(
        self, service: BundleService, world: World, baseline: Before
    ) -> None:
        service.set_token("hf_wrong")
        with pytest.raises(AuthRequiredError, match="licence"):
            service.pull("gated-coder")
        sent = world.hub.requests(contains="Gated-Coder")
        assert sent and all(r.authorized for r in sent)  # the token was offered, and refused
        baseline.assert_unchanged()

    def test_a_missing_or_private_repo_without_a_token_suggests_one(
        self, service: BundleService, baseline: Before
    ) -> None:
        with pytest.raises(AuthRequiredError, match="If it is private") as caught:
            service.pull("acme/Private-GGUF/secret.gguf")
        assert not isinstance(caught.value, RevisionNotFoundError)
        baseline.assert_unchanged()

    def test_a_missing_repo_with_a_token_is_reported_as_missing(
        self, service: BundleService, baseline: Before
    ) -> None:
        service.set_token(GATED_TOKEN)
        with pytest.raises(RevisionNotFoundError, match="no repository") as caught:
            service.pull("acme/Private-GGUF/secret.gguf")
        assert caught.value.missing == "repository"
        baseline.assert_unchanged()

    def test_a_pinned_revision_that_is_gone_is_reported_clearly(
        self, service: BundleService, baseline: Before
    ) -> None:
        with pytest.raises(RevisionNotFoundError, match="no longer on the hub") as caught:
            service.pull("gone-revision")
        assert caught.value.missing == "revision"
        baseline.assert_unchanged()

    def test_a_file_missing_from_the_repo_is_reported_as_missing(
        self, service: BundleService, baseline: Before
    ) -> None:
        with pytest.raises(RevisionNotFoundError, match=r"no-such-file\.gguf") as caught:
            service.pull(f"{CODER_REPO}/no-such-file.gguf")
        assert caught.value.missing == "file"
        baseline.assert_unchanged()


class TestBadInput:
    """Text that names no model is refused before the hub is asked anything."""

    @pytest.mark.parametrize(
        ("text", "says"),
        [
            ("Tiny Coder!", "is not a model name"),
            ("acme/Tiny-Coder-GGUF", "ORG/REPO/FILE.gguf"),
            ("../../etc/model.gguf", "ORG/REPO/FILE.gguf"),
            (f"{CODER_REPO}/{CODER_FILE.removesuffix('.gguf')}.bin", "not a .gguf file"),
            ("tiny-coder@not a version", "not a valid version"),
        ],
    )
    def test_text_that_is_not_a_model_name_is_refused_and_changes_nothing(
        self, service: BundleService, world: World, baseline: Before, text: str, says: str
    ) -> None:
        with pytest.raises(BadRefError, match=says):
            service.pull(text)
        assert world.hub.log == []
        baseline.assert_unchanged()

    @pytest.mark.parametrize("text", ["tiny-codr", "tiny-coder@9"])
    def test_a_name_the_catalog_does_not_have_points_at_the_list_and_changes_nothing(
        self, service: BundleService, world: World, baseline: Before, text: str
    ) -> None:
        with pytest.raises(BundleNotFoundError, match="mezzo models list") as caught:
            service.pull(text)
        assert not isinstance(caught.value, BadRefError)
        assert world.hub.log == []
        baseline.assert_unchanged()


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
        self, make_service: Callable[..., BundleService], baseline: Before
    ) -> None:
        closed = socket.socket()
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
        closed.close()  # nothing listens there now
        service = make_service(endpoint=f"http://127.0.0.1:{port}")
        with pytest.raises(OfflineError, match="cannot be reached"):
            service.pull("tiny-coder@1")
        baseline.assert_unchanged()

    def test_a_hub_that_never_answers_gives_up_after_the_configured_timeout(
        self, make_service: Callable[..., BundleService], silent_server: str, baseline: Before
    ) -> None:
        service = make_service(endpoint=silent_server, timeout_s=0.3)
        with pytest.raises(OfflineError, match="cannot be reached"):
            service.pull("tiny-coder@1")
        baseline.assert_unchanged()

    @pytest.mark.parametrize("status", [429, 500, 503])
    def test_a_busy_hub_is_asked_once_not_retried_for_twenty_seconds(
        self, service: BundleService, world: World, baseline: Before, status: int
    ) -> None:
        world.hub.status = status
        with pytest.raises(OfflineError, match=f"busy.*HTTP {status}"):
            service.pull("tiny-coder@1")
        assert len(world.hub.log) == 1  # huggingface_hub's 1+2+4+8+8 s backoff never ran
        baseline.assert_unchanged()

    def test_a_wifi_login_page_is_not_mistaken_for_the_hub(
        self, service: BundleService, world: World, baseline: Before
    ) -> None:
        world.hub.portal = True
        with pytest.raises(OfflineError, match="not like the model hub"):
            service.pull("tiny-coder@1")
        baseline.assert_unchanged()

    def test_a_connection_dropped_mid_download_is_resumed_by_the_library_in_the_same_call(
        self, service: BundleService, world: World
    ) -> None:
        world.hub.cut_after[BIG_FILE] = 256 * 1024
        assert_installed(service, service.pull("big-coder"), world.big)
        ranges = [r.range for r in world.hub.requests("GET", BIG_FILE)]
        assert ranges[0] is None and ranges[1] == f"bytes={256 * 1024}-"


class TestDiskSpace:
    def test_too_little_free_space_stops_before_downloading(
        self, make_service: Callable[..., BundleService], world: World, baseline: Before
    ) -> None:
        service = make_service(free_of=lambda _: 10_000)
        with pytest.raises(DiskFullError, match="not enough free disk space") as caught:
            service.pull("big-coder")
        assert caught.value.free_bytes == 10_000
        assert caught.value.needed_bytes > len(world.big)
        assert world.hub.requests("GET") == []
        baseline.assert_unchanged()

    def test_a_disk_that_fills_up_mid_download_keeps_the_part_for_later(
        self,
        service: BundleService,
        world: World,
        paths: MezzoPaths,
        baseline: Before,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        def full_disk_after_some_bytes(url: str, handle: Any, **kwargs: Any) -> None:
            handle.write(world.big[:1000])
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(hub_module, "http_get", full_disk_after_some_bytes)
        with pytest.raises(DiskFullError, match="filled up"):
            service.pull("big-coder")
        assert world.part_file(paths, world.big).read_bytes() == world.big[:1000]
        baseline.assert_unchanged(kept=(part_name(world.big),))


def assert_installed(service: BundleService, manifest: Manifest, data: bytes) -> None:
    """The pull went all the way: exactly `data` in the store, the manifest naming it, and
    no download left in progress."""
    blob = service.store.blob_path(manifest.sha256)
    assert (manifest.sha256, manifest.size) == (sha256(data), len(data))
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == manifest.sha256
    assert service.store.get(manifest.id, manifest.version) == manifest
    assert partials(service.store.root) == []


class TestPower:
    def test_on_battery_downloads_wait_for_mains_power(
        self, service: BundleService, world: World, baseline: Before
    ) -> None:
        world.battery[0] = ON_BATTERY
        with pytest.raises(PowerPolicyError, match="plugged in"):
            service.pull("tiny-coder@1")
        assert world.hub.requests("GET") == []
        baseline.assert_unchanged()

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
        assert_installed(service, manifest, world.v1)

    def test_the_settings_can_allow_downloads_on_battery(
        self, make_service: Callable[..., BundleService], world: World
    ) -> None:
        world.battery[0] = ON_BATTERY
        service = make_service(allow_on_battery=True)
        assert_installed(service, service.pull("tiny-coder@1"), world.v1)

    def test_a_battery_reader_that_fails_counts_as_mains_power(
        self, make_service: Callable[..., BundleService], world: World
    ) -> None:
        def broken() -> BatteryReading:
            raise OSError("no /sys/class/power_supply")

        service = make_service(battery_reader=broken)
        assert_installed(service, service.pull("tiny-coder@1"), world.v1)

    def test_unplugging_mid_download_pauses_it_and_plugging_in_resumes_it(
        self,
        service: BundleService,
        world: World,
        paths: MezzoPaths,
        baseline: Before,
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
        baseline.assert_unchanged(kept=(part_name(world.big),))
        world.battery[0] = PLUGGED_IN
        assert_installed(service, service.pull("big-coder"), world.big)
        assert world.hub.requests("GET", BIG_FILE)[-1].range == f"bytes={kept}-"


class TestConcurrency:
    def test_a_second_pull_of_the_same_model_is_refused_while_the_first_runs(
        self, make_service: Callable[..., BundleService], world: World
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
        assert_installed(second, second.store.find("big-coder"), world.big)

    def test_an_install_while_another_process_holds_the_store_lock_waits_then_gives_up(
        self, service: BundleService, world: World, paths: MezzoPaths, baseline: Before
    ) -> None:
        with FileLock(paths.run_dir / "models.lock"):
            with pytest.raises(StoreBusyError, match="Another Mezzo window"):
                service.pull("tiny-coder@1")
            baseline.assert_unchanged(kept=(part_name(world.v1),))  # verified, waiting
        world.hub.log.clear()
        assert_installed(service, service.pull("tiny-coder@1"), world.v1)
        assert world.hub.requests("GET") == []  # the verified .part waited for its turn


class TestCancel:
    def test_cancel_stops_the_download_and_deletes_the_part(
        self, service: BundleService, baseline: Before
    ) -> None:
        token = CancelToken()

        def cancel_midway(event: Progress) -> None:
            if event.done_bytes >= 128 * 1024:
                token.cancel()

        with pytest.raises(DownloadCancelledError, match="cancelled") as caught:
            service.pull("big-coder", progress=cancel_midway, cancel=token)
        assert not isinstance(caught.value, DownloadPausedError)  # a pause would keep the .part
        baseline.assert_unchanged()
