"""`mezzo serve` keeps its log in `logs/mezzo.log` (started at login, it has no console), and
that log never holds the code editors send or the suggestions they get back."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from desktop_app.base.log_file import log_file
from desktop_app.base.paths import MezzoPaths
from tests.server.live import HTTP_TIMEOUT
from tests.server.test_serve_cli import free_port, wait_for_health

SECRET_PREFIX = "def zanzibar_quokka_ledger(marmalade_total):\n    return "
SECRET_SUFFIX = "\n\nprint(zanzibar_quokka_ledger(41))\n"
SECRET_FILE = "src/quokka_vault/secret_ledger.py"
SECRETS = ("zanzibar", "quokka", "marmalade", "secret_ledger")
SERVE_VERBOSE = [sys.executable, "-m", "desktop_app", "-v", "serve"]


def test_serve_writes_its_log_file_without_any_code(
    mezzo_home: Path, tiny_qwen_model: Path
) -> None:
    mezzo_home.mkdir(parents=True, exist_ok=True)
    (mezzo_home / "settings.json").write_text(json.dumps({"server": {"ollama_port": 0}}))
    port = free_port()
    # -v: even with debug logging on stderr, the file keeps to INFO and above.
    process = subprocess.Popen(
        [*SERVE_VERBOSE, "--port", str(port), "--model", str(tiny_qwen_model)],
        stdout=subprocess.DEVNULL,  # unread pipes would fill with -v's lines and block it
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        answers = completions(process, f"http://127.0.0.1:{port}")
        process.send_signal(signal.SIGTERM)
        assert process.wait(HTTP_TIMEOUT) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert [answer.status_code for answer in answers] == [200, 200, 400]

    kept = log_file(MezzoPaths(mezzo_home.resolve())).read_text("utf-8")
    lines = kept.splitlines()
    assert any("serving on http://127.0.0.1:" in line for line in lines)
    assert all(" DEBUG " not in line for line in lines)
    for secret in SECRETS:
        assert secret not in kept


def completions(process: subprocess.Popen[str], url: str) -> list[httpx.Response]:
    """Two completions and one refused request, all carrying the distinctive code."""
    wait_for_health(process, url)
    return [
        httpx.post(
            f"{url}/infill",
            json={
                "input_prefix": SECRET_PREFIX,
                "input_suffix": SECRET_SUFFIX,
                "filepath": SECRET_FILE,
                "n_predict": 8,
            },
            headers={"User-Agent": "curl/8.5.0"},
            timeout=HTTP_TIMEOUT,
        ),
        httpx.post(
            f"{url}/v1/completions",
            json={"prompt": SECRET_PREFIX, "suffix": SECRET_SUFFIX, "max_tokens": 8},
            timeout=HTTP_TIMEOUT,
        ),
        # A request Mezzo refuses: its error path must not log the body either.
        httpx.post(
            f"{url}/infill",
            json={"input_prefix": SECRET_PREFIX, "n_predict": "marmalade"},
            timeout=HTTP_TIMEOUT,
        ),
    ]
