"""`mezzo serve` as a real process: it comes up, serves, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.server.live import HTTP_TIMEOUT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def quiet_ollama_port(mezzo_home: Path) -> None:
    """The child reads settings from MEZZO_HOME: keep it off 11434, which a real Ollama (or
    another test run) may hold."""
    mezzo_home.mkdir(parents=True, exist_ok=True)
    (mezzo_home / "settings.json").write_text(json.dumps({"server": {"ollama_port": 0}}))


def serve(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def stop_afterwards() -> Iterator[list[subprocess.Popen[str]]]:
    processes: list[subprocess.Popen[str]] = []
    yield processes
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait()


def wait_for_health(process: subprocess.Popen[str], url: str) -> httpx.Response:
    deadline = time.monotonic() + HTTP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"mezzo serve exited early: {process.communicate()}")
        try:
            response = httpx.get(f"{url}/health", timeout=HTTP_TIMEOUT)
        except httpx.TransportError:
            response = None  # not listening yet
        if response is not None and response.status_code == 200:
            return response
        time.sleep(0.1)
    raise AssertionError("mezzo serve never became healthy")


@pytest.mark.usefixtures("quiet_ollama_port")
def test_serve_answers_infill_and_exits_zero_on_sigterm(
    tiny_qwen_model: Path, stop_afterwards: list[subprocess.Popen[str]]
) -> None:
    port = free_port()
    process = serve("--port", str(port), "--model", str(tiny_qwen_model))
    stop_afterwards.append(process)
    url = f"http://127.0.0.1:{port}"

    assert wait_for_health(process, url).json() == {"status": "ok"}
    response = httpx.post(
        f"{url}/infill",
        json={"input_prefix": "def f(x):\n    return ", "input_suffix": "\n", "n_predict": 8},
        timeout=HTTP_TIMEOUT,
    )
    assert response.status_code == 200
    assert isinstance(response.json()["content"], str)

    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=HTTP_TIMEOUT)
    assert process.returncode == 0, stderr
    assert f"serving completions on {url}" in stdout, (stdout, stderr)


@pytest.mark.usefixtures("quiet_ollama_port")
def test_serve_explains_a_port_that_is_taken(
    tiny_qwen_model: Path, stop_afterwards: list[subprocess.Popen[str]]
) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        process = serve("--port", str(port), "--model", str(tiny_qwen_model))
        stop_afterwards.append(process)
        _, stderr = process.communicate(timeout=HTTP_TIMEOUT)
    assert process.returncode != 0
    assert f"Port {port} is already in use" in stderr


@pytest.mark.usefixtures("quiet_ollama_port")
def test_serve_listens_on_mezzo_port_when_no_port_is_given(
    tiny_qwen_model: Path,
    stop_afterwards: list[subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port = free_port()
    monkeypatch.setenv("MEZZO_PORT", str(port))
    process = serve("--model", str(tiny_qwen_model))
    stop_afterwards.append(process)
    assert wait_for_health(process, f"http://127.0.0.1:{port}").json() == {"status": "ok"}


@pytest.mark.usefixtures("quiet_ollama_port")
def test_serve_refuses_a_mezzo_port_that_is_not_a_port(
    tiny_qwen_model: Path,
    stop_afterwards: list[subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MEZZO_PORT", "eighty")
    process = serve("--model", str(tiny_qwen_model))
    stop_afterwards.append(process)
    _, stderr = process.communicate(timeout=HTTP_TIMEOUT)
    assert process.returncode != 0
    assert "MEZZO_PORT must be a port number" in stderr
