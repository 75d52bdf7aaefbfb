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
import keyring
import keyring.backends.null
import pytest
from click.testing import CliRunner

from desktop_app.cli import main
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


@pytest.fixture
def token_required(mezzo_home: Path) -> Iterator[None]:
    """Settings that require a key, and no keyring in this process either, as in the `mezzo
    serve` child (the test session's own keyring is an in-memory one the child cannot see)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.null.Keyring())
    mezzo_home.mkdir(parents=True, exist_ok=True)
    settings = {"server": {"ollama_port": 0, "require_token": True}}
    (mezzo_home / "settings.json").write_text(json.dumps(settings))
    yield
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("token_required")
def test_serve_says_the_key_editors_must_send_and_it_opens_the_server(
    tiny_qwen_model: Path, stop_afterwards: list[subprocess.Popen[str]]
) -> None:
    shown = CliRunner().invoke(main, ["token", "show"], catch_exceptions=False)
    assert shown.exit_code == 0
    key = shown.stdout.strip()
    port = free_port()
    process = serve("--port", str(port), "--model", str(tiny_qwen_model))
    stop_afterwards.append(process)
    url = f"http://127.0.0.1:{port}"
    wait_for_health(process, url)
    infill = {"input_prefix": "x = ", "n_predict": 2}
    assert httpx.post(f"{url}/infill", json=infill, timeout=HTTP_TIMEOUT).status_code == 401
    headers = {"Authorization": f"Bearer {key}"}
    ok = httpx.post(f"{url}/infill", json=infill, headers=headers, timeout=HTTP_TIMEOUT)
    assert ok.status_code == 200
    process.send_signal(signal.SIGTERM)
    stdout, _ = process.communicate(timeout=HTTP_TIMEOUT)
    assert f"Authorization: Bearer {key}" in stdout


@pytest.mark.usefixtures("token_required")
def test_token_rotate_replaces_the_key() -> None:
    before = CliRunner().invoke(main, ["token", "show"]).stdout.strip()
    rotated = CliRunner().invoke(main, ["token", "rotate"]).stdout.strip()
    after = CliRunner().invoke(main, ["token", "show"]).stdout.strip()
    assert before and rotated != before and after == rotated


@pytest.mark.usefixtures("quiet_ollama_port")
def test_token_show_says_when_no_key_is_required() -> None:
    result = CliRunner().invoke(main, ["token", "show"])
    assert result.exit_code != 0
    assert "does not require a key" in result.output
