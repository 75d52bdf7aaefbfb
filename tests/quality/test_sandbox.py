"""The sandbox turns whatever a program does into a pass or a reason, and keeps it off the network.

Pass@1 scores rest on it: a program that hangs must not hang the evaluation, and a test that
reaches the network or reads the person's environment would make a score depend on the machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.quality.sandbox import MEMORY_LIMIT_BYTES, REASON_CHARS, run_python


class TestOutcomes:
    def test_a_program_that_exits_cleanly_passes(self) -> None:
        result = run_python("assert sum(range(4)) == 6\n")

        assert result.passed
        assert result.reason == "passed"

    def test_a_failing_assert_fails_with_the_last_line_of_stderr(self) -> None:
        result = run_python("def check():\n    assert 1 + 1 == 3, 'arithmetic'\n\ncheck()\n")

        assert not result.passed
        assert result.reason == "failed: AssertionError: arithmetic"

    def test_a_syntax_error_fails_without_raising(self) -> None:
        result = run_python("def broken(:\n")

        assert not result.passed
        assert result.reason.startswith("failed: SyntaxError")

    def test_a_nonzero_exit_without_stderr_names_the_status(self) -> None:
        result = run_python("import sys\nsys.exit(3)\n")

        assert not result.passed
        assert result.reason == "failed: exit status 3"

    def test_a_long_error_is_cut_to_the_reason_limit(self) -> None:
        result = run_python(f"raise ValueError({'x' * 1000!r})\n")

        assert result.reason.startswith("failed: ValueError: xxx")
        assert len(result.reason) == REASON_CHARS

    def test_an_endless_loop_times_out(self) -> None:
        result = run_python("while True:\n    pass\n", timeout_s=1)

        assert not result.passed
        assert result.reason == "timed out"


class TestIsolation:
    @pytest.mark.parametrize(
        "attempt",
        [
            "socket.socket()",
            "socket.socket(socket.AF_INET6, socket.SOCK_STREAM)",
            "socket.create_connection(('127.0.0.1', 9))",
            "socket.getaddrinfo('example.com', 80)",
            "urllib.request.urlopen('http://127.0.0.1:9/')",
        ],
    )
    def test_network_access_fails(self, attempt: str) -> None:
        program = f"import socket, urllib.request\n{attempt}\n"

        result = run_python(program)

        assert not result.passed
        assert "network is off in the sandbox" in result.reason

    def test_local_socket_pairs_still_work_so_asyncio_runs(self) -> None:
        program = "import asyncio\nassert asyncio.run(asyncio.sleep(0, 'done')) == 'done'\n"

        result = run_python(program)

        assert result.passed, result.reason

    def test_the_program_sees_none_of_the_parents_environment(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("MEZZO_SANDBOX_SECRET", "hunter2")
        program = (
            "import os\n"
            "assert 'MEZZO_SANDBOX_SECRET' not in os.environ, 'leaked'\n"
            "assert 'hunter2' not in os.environ.values(), 'leaked'\n"
        )

        result = run_python(program)

        assert result.passed, result.reason

    def test_the_program_runs_in_a_fresh_directory_that_is_its_home_and_is_removed_after(
        self, tmp_path: Path
    ) -> None:
        report = tmp_path / "cwd.txt"
        program = (
            "import os, pathlib\n"
            "assert pathlib.Path.home() == pathlib.Path.cwd()\n"
            f"pathlib.Path({str(report)!r}).write_text(os.getcwd())\n"
        )

        result = run_python(program)

        assert result.passed, result.reason
        workdir = Path(report.read_text())
        assert workdir != Path.cwd()
        assert not workdir.exists()

    @pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
    def test_a_program_that_asks_for_too_much_memory_gets_a_memory_error(self) -> None:
        result = run_python(f"block = bytearray({MEMORY_LIMIT_BYTES + 1024**3})\n")

        assert not result.passed
        assert result.reason == "failed: MemoryError"
