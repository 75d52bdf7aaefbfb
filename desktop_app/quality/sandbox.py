"""Run a program written by a model, and say whether it passed, without letting it near the network.

Pass@1 scoring executes code nobody has read. Each run gets its own interpreter in isolated mode,
a fresh temporary directory, an environment without the person's variables, a time limit, and on
POSIX memory and CPU limits. Inside the child, sockets for the internet families refuse to open,
so a completion's test cannot reach the network by accident. This is a guard against mistakes,
not a jail: a program that sets out to escape (through `_socket`, `ctypes` or a subprocess) can.
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

MEMORY_LIMIT_BYTES = 2 * 1024**3
REASON_CHARS = 200
# Enough of stderr for its last line; a program that floods stderr costs no memory here.
STDERR_TAIL_BYTES = 4096

# Runs in the child before the program. argv: the program's path, the CPU seconds allowed.
_PRELUDE = """\
import os, runpy, socket, sys

if os.name == "posix":
    import resource

    def _limit(kind, soft):
        _, hard = resource.getrlimit(kind)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        try:
            resource.setrlimit(kind, (soft, soft))
        except (ValueError, OSError):
            pass  # some systems (macOS for RLIMIT_AS) refuse; the wall-clock limit still holds

    _limit(resource.RLIMIT_AS, {memory})
    _limit(resource.RLIMIT_CPU, int(sys.argv[2]))

_OFF = "network is off in the sandbox"
_INTERNET = {{socket.AF_INET, socket.AF_INET6}}

class _Socket(socket.socket):
    # A subclass, not a function, so modules that subclass socket.socket (ssl) still import;
    # AF_UNIX stays open because asyncio's event loop needs a socketpair.
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if family in _INTERNET or (family == -1 and fileno is None):  # -1 means AF_INET
            raise OSError(_OFF)
        super().__init__(family, type, proto, fileno)

def _refuse(*args, **kwargs):
    raise OSError(_OFF)

socket.socket = _Socket
socket.create_connection = _refuse
socket.getaddrinfo = _refuse  # no DNS lookups either

# run_path gives the program a namespace of its own: none of the names above are in it.
sys.argv = sys.argv[1:2]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


@dataclass(frozen=True, slots=True)
class SandboxResult:
    passed: bool
    reason: str  # "passed", "timed out", or "failed: " and the last line of stderr


def run_python(program: str, timeout_s: float = 5.0) -> SandboxResult:
    """Run `program` as a script in a child interpreter; a failure or a timeout is a result,
    never an exception."""
    with tempfile.TemporaryDirectory(prefix="mezzo-sandbox-") as workdir:
        root = Path(workdir)
        script = root / "program.py"
        script.write_text(program, encoding="utf-8")
        stderr_path = root / "stderr.txt"
        prelude = _PRELUDE.format(memory=MEMORY_LIMIT_BYTES)
        cpu_seconds = math.ceil(timeout_s) + 1
        command = [sys.executable, "-I", "-c", prelude, str(script), str(cpu_seconds)]
        with stderr_path.open("wb") as stderr:
            # A new session, so a timeout kills whatever the program started along with it.
            child = subprocess.Popen(
                command,
                cwd=root,
                env=_environment(root),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
            )
            try:
                returncode = child.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                _kill(child)
                return SandboxResult(passed=False, reason="timed out")
        if returncode == 0:
            return SandboxResult(passed=True, reason="passed")
        last_line = _last_line(stderr_path) or f"exit status {returncode}"
        return SandboxResult(passed=False, reason=f"failed: {last_line}"[:REASON_CHARS])


def _environment(home: Path) -> dict[str, str]:
    """Nothing of the person's environment (tokens, proxies) reaches the program; HOME is the
    sandbox directory so that `~` leads nowhere real."""
    env = {"PATH": os.defpath, "HOME": str(home)}
    if "SYSTEMROOT" in os.environ:  # Windows' Python cannot start without it
        env["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
    return env


def _kill(child: subprocess.Popen[bytes]) -> None:
    if hasattr(os, "killpg"):
        # ProcessLookupError: the group ended between the timeout and the kill.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
    else:
        child.kill()
    child.wait()


def _last_line(stderr_path: Path) -> str:
    with stderr_path.open("rb") as handle:
        handle.seek(max(0, stderr_path.stat().st_size - STDERR_TAIL_BYTES))
        tail = handle.read().decode("utf-8", errors="replace")
    lines = [line.strip() for line in tail.splitlines() if line.strip()]
    return lines[-1] if lines else ""
