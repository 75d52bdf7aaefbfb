"""Getting bytes into a `.part` file that survives pauses, cancels, crashes and restarts.

huggingface_hub 2.x deletes its own partial file when a download stops, so a model of several
GB would start again from zero after a crash or a laptop lid closing. We keep our own `.part`,
append to it with `http_get(resume_size=…)` (which sends `Range: bytes=N-`), and only trust the
bytes once the whole file hashes to the expected sha256.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from desktop_app.base.errors import (
    BundleCorruptError,
    DiskFullError,
    DownloadCancelledError,
    DownloadPausedError,
    MezzoError,
)
from desktop_app.bundles.hub import HubClient, RemoteFile
from desktop_app.bundles.progress import (
    ByteMeter,
    CancelToken,
    ProgressCallback,
    ignore_progress,
)

logger = logging.getLogger(__name__)

# Room kept free beyond the file itself, so a download never fills the disk to the last byte.
DISK_RESERVE_BYTES = 256 << 20
HASH_CHUNK_BYTES = 4 << 20

DiskFree = Callable[[Path], int]


def disk_free(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def check_disk_space(folder: Path, needed: int, free_of: DiskFree = disk_free) -> None:
    free = free_of(folder)
    if free < needed + DISK_RESERVE_BYTES:
        raise DiskFullError(
            f"There is not enough free disk space: this needs {_human(needed + DISK_RESERVE_BYTES)}"
            f" and {_human(free)} is free. Free some space, or pick a smaller model.",
            needed_bytes=needed + DISK_RESERVE_BYTES,
            free_bytes=free,
        )


def fetch_to_part(
    hub: HubClient,
    remote: RemoteFile,
    part: Path,
    *,
    bundle: str,
    progress: ProgressCallback,
    cancel: CancelToken,
    checkpoint: Callable[[], None] | None = None,
    free_of: DiskFree = disk_free,
) -> None:
    """Make `part` hold all of `remote`'s bytes, continuing from whatever it already holds.

    Pausing (or the power checkpoint) keeps the `.part`; cancelling deletes it. Any other stop
    (a network drop, a killed process) keeps it too, so the next call continues from there.
    """
    have = part.stat().st_size if part.exists() else 0
    if have > remote.size:  # not a prefix of this file: start again
        part.unlink()
        have = 0
    check_disk_space(part.parent, remote.size - have, free_of)
    if have:
        logger.info("resuming %s from byte %d of %d", bundle, have, remote.size)
    meter = ByteMeter(bundle, "download", remote.size, progress, cancel, have, checkpoint)
    meter.start()
    try:
        with part.open("ab") as handle:
            if have < remote.size:
                hub.download(remote, handle, have, meter.tqdm_class())
            handle.flush()
            os.fsync(handle.fileno())
    except DownloadPausedError:
        raise
    except DownloadCancelledError:
        part.unlink(missing_ok=True)
        raise
    except OSError as exc:
        if isinstance(exc, MezzoError) or exc.errno != errno.ENOSPC:
            raise
        raise DiskFullError(
            "The disk filled up during the download. Free some space and pull again; the "
            "download continues where it stopped.",
            needed_bytes=remote.size - part.stat().st_size,
            free_bytes=0,
        ) from exc


def hash_file(
    path: Path,
    *,
    bundle: str,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> str:
    """sha256 of `path`, reporting progress and honouring the cancel token between chunks."""
    size = path.stat().st_size
    meter = ByteMeter(bundle, "verify", size, progress, cancel or CancelToken())
    meter.start()
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK_BYTES):
            meter.advance(len(chunk))
            digest.update(chunk)
    return digest.hexdigest()


def verify_part(part: Path, expected: str | None, actual: str, what: str) -> None:
    """Delete `part` and raise when its bytes are not the promised ones."""
    if expected is None or actual == expected:
        return
    with contextlib.suppress(FileNotFoundError):
        part.unlink()
    raise BundleCorruptError(
        f"The download of “{what}” arrived damaged (its checksum is wrong), so it was thrown "
        "away and nothing was installed. Pull it again; if this keeps happening, the network "
        "or a proxy is changing the file.",
        expected_sha256=expected,
        actual_sha256=actual,
    )


def copy_to_part(
    source: Path,
    part: Path,
    *,
    bundle: str,
    progress: ProgressCallback,
    cancel: CancelToken,
    free_of: DiskFree = disk_free,
) -> str:
    """Copy a local file into `partial/` (the store's disk, so it can be renamed into place).

    Returns the sha256 of the bytes actually copied, which may differ from an earlier hash of
    the source if someone changed it meanwhile.
    """
    size = source.stat().st_size
    check_disk_space(part.parent, size, free_of)
    meter = ByteMeter(bundle, "install", size, progress, cancel)
    meter.start()
    digest = hashlib.sha256()
    copied = False
    try:
        with source.open("rb") as src, part.open("wb") as dst:
            while chunk := src.read(HASH_CHUNK_BYTES):
                meter.advance(len(chunk))
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        copied = True
    finally:
        if not copied:
            part.unlink(missing_ok=True)  # a copy is cheap to redo; never leave half of one
    return digest.hexdigest()


def _human(n: int) -> str:
    value = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{n} bytes"
