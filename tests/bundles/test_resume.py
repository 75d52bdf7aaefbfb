"""Downloads survive pauses and killed processes: the next run continues from the `.part` file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.base.errors import BundleCorruptError, DownloadPausedError
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles import BundleService, CancelToken, Progress
from desktop_app.bundles.catalog import Catalog
from tests.fakehub.models import gguf_bytes
from tests.fakehub.world import BIG_FILE, CODER_FILE, World, entry, sha256, store_snapshot

ROOT = Path(__file__).resolve().parents[2]
HUGE_REPO, HUGE_FILE = "acme/Huge-Coder-GGUF", "huge-coder-q8_0.gguf"


def subprocess_env(world: World, paths: MezzoPaths) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "MEZZO_"))}
    env.update(
        HF_ENDPOINT=world.hub.endpoint,
        HF_HUB_DISABLE_TELEMETRY="1",
        MEZZO_HOME=str(paths.home),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


class TestPause:
    def test_pause_keeps_the_part_and_the_next_pull_asks_only_for_the_rest(
        self, service: BundleService, world: World, paths: MezzoPaths
    ) -> None:
        token = CancelToken()

        def pause_midway(event: Progress) -> None:
            if event.phase == "download" and event.done_bytes >= 256 * 1024:
                token.pause()

        with pytest.raises(DownloadPausedError, match="Pull the model again"):
            service.pull("big-coder", progress=pause_midway, cancel=token)
        part = world.part_file(paths, world.big)
        kept = part.stat().st_size
        assert 256 * 1024 <= kept < len(world.big)
        assert part.read_bytes() == world.big[:kept]  # the dropped chunk was never written
        assert store_snapshot(paths) == {}

        events: list[Progress] = []
        manifest = service.pull("big-coder", progress=events.append)
        assert manifest.sha256 == sha256(world.big)
        assert world.hub.requests("GET", BIG_FILE)[-1].range == f"bytes={kept}-"
        assert events[0].resumed_from == kept and events[0].done_bytes == kept
        assert not part.exists()

    def test_a_stale_part_longer_than_the_file_is_discarded(
        self, service: BundleService, world: World, paths: MezzoPaths
    ) -> None:
        part = world.part_file(paths, world.big)
        part.write_bytes(b"\0" * (len(world.big) + 10))
        assert service.pull("big-coder").sha256 == sha256(world.big)
        assert world.hub.requests("GET", BIG_FILE)[-1].range is None

    def test_a_part_holding_wrong_bytes_fails_the_check_and_is_deleted(
        self, service: BundleService, world: World, paths: MezzoPaths
    ) -> None:
        part = world.part_file(paths, world.big)
        part.write_bytes(b"\xff" * 1000)  # not a prefix of the real file
        with pytest.raises(BundleCorruptError):
            service.pull("big-coder")
        assert not part.exists()
        assert service.pull("big-coder").sha256 == sha256(world.big)


class TestKilledProcess:
    def test_a_download_killed_mid_way_resumes_from_the_part_in_the_next_run(
        self,
        world: World,
        paths: MezzoPaths,
        tmp_path: Path,
        make_service: Callable[..., BundleService],
    ) -> None:
        huge = gguf_bytes(name="huge", payload_bytes=8 << 20, seed=7)
        world.hub.publish(HUGE_REPO, {HUGE_FILE: huge})
        catalog = Catalog((*world.catalog.entries, entry("huge-coder", "1", HUGE_REPO, HUGE_FILE)))
        catalog_file = tmp_path / "catalog.json"
        catalog_file.write_text(catalog.to_json())
        world.hub.throttle = 0.02  # about 3 MiB/s: the download takes seconds
        command = [sys.executable, "-m", "desktop_app", "models", "--catalog", str(catalog_file)]
        proc = subprocess.Popen(
            [*command, "pull", "huge-coder", "--on-battery"],
            cwd=ROOT,
            env=subprocess_env(world, paths),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        part = world.part_file(paths, huge)
        while not (part.exists() and part.stat().st_size >= 2 << 20):
            assert proc.poll() is None, "the download finished or failed before it was killed"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
        kept = part.stat().st_size
        assert 0 < kept < len(huge) and part.read_bytes() == huge[:kept]

        world.hub.throttle = 0.0
        gets_before = len(world.hub.requests("GET", HUGE_FILE))
        service = make_service(catalog=catalog)
        manifest = service.pull("huge-coder")
        (resumed,) = world.hub.requests("GET", HUGE_FILE)[gets_before:]
        assert resumed.range == f"bytes={kept}-"
        assert manifest.sha256 == sha256(huge)
        assert service.store.blob_path(manifest.sha256).read_bytes() == huge

    @pytest.mark.parametrize("dies_in", ["adopt_blob", "write_manifest", "write_active"])
    def test_an_install_killed_at_any_step_leaves_the_old_state_and_finishes_next_time(
        self, world: World, paths: MezzoPaths, tmp_path: Path, service: BundleService, dies_in: str
    ) -> None:
        service.pull("tiny-coder@2")
        before = service.store.active_state()
        catalog_file = world.write_catalog(tmp_path)
        script = (
            "import os, signal, sys\n"
            "from pathlib import Path\n"
            "from desktop_app.bundles import BundleService\n"
            "from desktop_app.bundles.store import ModelStore\n"
            f"setattr(ModelStore, {dies_in!r}, lambda *a: os.kill(os.getpid(), signal.SIGKILL))\n"
            "service = BundleService.from_environment(catalog_path=Path(sys.argv[1]))\n"
            "service.pull('tiny-coder@1', activate=True, allow_on_battery=True)\n"
        )
        proc = subprocess.run(
            [sys.executable, "-c", script, str(catalog_file)],
            cwd=ROOT,
            env=subprocess_env(world, paths),
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
        assert service.store.active_state() == before
        assert service.active().ref == "tiny-coder@2"  # type: ignore[union-attr]
        if dies_in != "write_active":
            assert service.store.get("tiny-coder", "1") is None

        world.hub.log.clear()
        assert service.pull("tiny-coder@1", activate=True).sha256 == sha256(world.v1)
        assert world.hub.requests("GET", CODER_FILE) == []  # the bytes were already here
        assert service.active().ref == "tiny-coder@1"  # type: ignore[union-attr]
        assert all(r.ok for r in service.verify())
        assert not list(paths.models_dir.rglob(".*.incomplete"))
