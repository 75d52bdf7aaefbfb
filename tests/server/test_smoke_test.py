"""`mezzo --smoke-test` as a packaged program runs it: a real process, the real engine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.server import smoke_test as smoke_test_module
from desktop_app.server.smoke_test import SmokeTestError
from tests.server.live import LiveServer
from tests.server.test_serve_cli import free_port

SMOKE_TIMEOUT_S = 300  # a hang guard, never a measurement


def smoke_test(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--smoke-test"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=SMOKE_TIMEOUT_S,
        check=False,
    )


def test_it_serves_one_completion_and_leaves_the_persons_folder_alone(
    tiny_qwen_model: Path, tmp_path: Path
) -> None:
    home = tmp_path / "their-mezzo"
    done = smoke_test({"MEZZO_STARTER_MODEL": str(tiny_qwen_model), "MEZZO_HOME": str(home)})
    assert done.returncode == 0, done.stderr
    assert f"smoke test passed: {tiny_qwen_model.name} served an /infill" in done.stdout
    assert "after launch" in done.stdout
    # Which CPU code llama.cpp runs: what a portable build chose for this machine.
    assert "llama.cpp CPU features: " in done.stdout and "none reported" not in done.stdout
    assert not home.exists()  # a throw-away folder, not the person's


def test_a_missing_starter_fails_with_the_reason(tmp_path: Path) -> None:
    done = smoke_test({"MEZZO_STARTER_MODEL": str(tmp_path / "gone.gguf")})
    assert done.returncode == 1
    assert "smoke test failed" in done.stderr and "starter model is not installed" in done.stderr


class TestTheAnswerCheck:
    """What the smoke test accepts as a completion, against a real server."""

    def test_a_real_infill_passes(self, server: LiveServer) -> None:
        content, evaluated = smoke_test_module.check_infill(
            f"{server.url}/infill", {**smoke_test_module.PROBE, "n_predict": 4}
        )
        assert isinstance(content, str) and evaluated > 0

    def test_a_refused_request_fails_with_the_status(self, server: LiveServer) -> None:
        with pytest.raises(SmokeTestError, match="answered 400"):
            smoke_test_module.check_infill(f"{server.url}/infill", {"n_predict": "many"})

    def test_an_answer_of_another_shape_fails(self, server: LiveServer) -> None:
        with pytest.raises(SmokeTestError, match="unexpected shape"):
            smoke_test_module.check_infill(f"{server.url}/tokenize", {"content": "local x"})

    def test_nobody_listening_fails(self) -> None:
        with pytest.raises(SmokeTestError, match="did not answer"):
            smoke_test_module.check_infill(f"http://127.0.0.1:{free_port()}/infill", {})
