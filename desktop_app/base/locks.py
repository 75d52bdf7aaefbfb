"""Cross-process locks for Mezzo's stores: a second window or CLI run waits briefly, then is told
plainly that another Mezzo is busy, instead of corrupting what the first one is writing."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from desktop_app.base.errors import StoreBusyError


@contextlib.contextmanager
def exclusive(lock_file: Path, timeout_s: float, busy_message: str) -> Iterator[None]:
    """Hold `lock_file`; after `timeout_s` (0: at once) raise StoreBusyError(busy_message)."""
    lock = FileLock(lock_file, timeout=timeout_s)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreBusyError(busy_message) from exc
    try:
        yield
    finally:
        lock.release()
