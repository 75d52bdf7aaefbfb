"""`mezzo` as a real process: it serves, a second launch hands over to it, SIGTERM ends it cleanly.

Run with QT_QPA_PLATFORM=offscreen (no tray there, so the control window stands in), on the tiny
model as the starter, with both ports chosen by the OS.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop_app.base.log_file import log_file
from desktop_app.base.paths import MezzoPaths
from tests.ui.conftest import shell_settings

TIMEOUT_S = 60.0  # a hang guard, never a measurement
SERVING = re.compile(r"serving on http://127\.0\.0\.1:(\d+)")


class MezzoProcess:
    """A `python -m desktop_app` child whose stderr is collected line by line."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desktop_app"],
            env=env,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line)

    @property
    def log(self) -> str:
        return "".join(self.lines)

    def wait_for(self, pattern: re.Pattern[str]) -> re.Match[str]:
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            if match := pattern.search(self.log):
                return match
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"never saw {pattern.pattern!r}; log:\n{self.log}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(TIMEOUT_S)


@pytest.fixture
def app_env(mezzo_home: Path, tiny_qwen_model: Path, tmp_path: Path) -> dict[str, str]:
    mezzo_home.mkdir(parents=True, exist_ok=True)
    settings = shell_settings().to_dict()
    (mezzo_home / "settings.json").write_text(json.dumps(settings), "utf-8")
    env = dict(os.environ)
    env.update(
        MEZZO_HOME=str(mezzo_home),
        MEZZO_STARTER_MODEL=str(tiny_qwen_model),
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=str(tmp_path),
        HF_ENDPOINT="http://127.0.0.1:9",
    )
    return env


@pytest.fixture
def running(app_env: dict[str, str]) -> Iterator[tuple[MezzoProcess, int]]:
    first = MezzoProcess(app_env)
    try:
        port = int(first.wait_for(SERVING).group(1))
        deadline = time.monotonic() + TIMEOUT_S
        while httpx.get(f"http://127.0.0.1:{port}/health", timeout=10).status_code != 200:
            assert time.monotonic() < deadline, first.log
            time.sleep(0.05)
        yield first, port
    finally:
        first.stop()


class TestAppProcess:
    def test_sigterm_stops_the_server_and_exits_cleanly(
        self, running: tuple[MezzoProcess, int]
    ) -> None:
        app, port = running
        app.proc.send_signal(signal.SIGTERM)
        assert app.proc.wait(TIMEOUT_S) == 0, app.log
        assert "shutdown clean" in app.log
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=10)

    def test_the_log_is_also_kept_in_the_file_an_unexplained_error_points_to(
        self, running: tuple[MezzoProcess, int], mezzo_home: Path
    ) -> None:
        app, _port = running
        app.proc.send_signal(signal.SIGTERM)
        assert app.proc.wait(TIMEOUT_S) == 0, app.log
        kept = log_file(MezzoPaths(mezzo_home.resolve())).read_text("utf-8")
        assert "serving on http://127.0.0.1:" in kept and "shutdown clean" in kept

    def test_a_second_launch_asks_the_first_to_show_itself_and_exits(
        self, running: tuple[MezzoProcess, int], app_env: dict[str, str]
    ) -> None:
        first, port = running
        second = MezzoProcess(app_env)
        try:
            assert second.proc.wait(TIMEOUT_S) == 0, second.log
        finally:
            second.stop()
        assert "already running" in second.log
        first.wait_for(re.compile("another launch asked to show the window"))
        assert first.proc.poll() is None
        assert httpx.get(f"http://127.0.0.1:{port}/health", timeout=10).status_code == 200
