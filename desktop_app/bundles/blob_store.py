"""A content-addressed store of GGUF files with versioned manifests: models and adapters alike.

    blobs/sha256-<hex>                 the bytes, named by their hash, never rewritten
    manifests/<name>/<version>.json    one manifest per installed version
    partial/<key>.part                 downloads in progress; they survive restarts

Every change is a rename: a blob moves in from `partial/` with `os.replace`, manifests are
written to a temp file and renamed over. A process killed at any point leaves either the old
state or the new one, plus at worst an orphan blob that the next install of the same bytes
adopts or the next removal collects. Blobs are shared between versions with the same bytes and
stay while any manifest names them. A file lock under `run_dir` serialises changes between
Mezzo processes. The model store (`bundles.store`) and the adapter registry both build on it;
`bundles.intake` is how bytes get into it, `bundles.manifest_file` what its manifests share.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic

from desktop_app.base.files import atomic_write_text, fsync_directory
from desktop_app.base.locks import exclusive
from desktop_app.bundles.manifest_file import M

logger = logging.getLogger(__name__)


def safe_segment(name: str) -> str:
    """Ids like `org/repo/file.gguf` become one path segment, as the HF cache does."""
    return name.replace("/", "--")


@dataclass(frozen=True, slots=True)
class StoreKind(Generic[M]):
    """What a store holds: its lock files, the messages a second window gets, and how its
    manifests are read and filed."""

    noun: str  # "models", "adapters"
    lock_name: str  # under run_dir
    download_lock_prefix: str  # under run_dir, per `.part` key
    parse: Callable[[bytes], M]  # raises ValueError or TypeError for a bad manifest file
    name_of: Callable[[M], str]  # the folder a manifest lives in: a bundle's id, an adapter's name


class BlobStore(Generic[M]):
    def __init__(
        self, root: Path, run_dir: Path, kind: StoreKind[M], *, lock_timeout_s: float = 10.0
    ) -> None:
        self.root = root
        self.blobs_dir = root / "blobs"
        self.manifests_dir = root / "manifests"
        self.partial_dir = root / "partial"
        self._run_dir = run_dir
        self._kind = kind
        self._parse = kind.parse
        self._name_of = kind.name_of
        self._lock_timeout_s = lock_timeout_s
        for folder in (self.blobs_dir, self.manifests_dir, self.partial_dir, run_dir):
            folder.mkdir(parents=True, exist_ok=True)

    # --- locks ------------------------------------------------------------------------------

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Manifests and blobs change only under this lock, shared with other Mezzo processes."""
        return exclusive(
            self._run_dir / self._kind.lock_name,
            self._lock_timeout_s,
            f"Another Mezzo window is changing the installed {self._kind.noun}. "
            "Try again in a moment.",
        )

    def downloading(self, key: str, what: str) -> contextlib.AbstractContextManager[None]:
        """Only one process may append to a given `.part` file; a second one is refused at once."""
        return exclusive(
            self._run_dir / f"{self._kind.download_lock_prefix}{key}.lock",
            0,
            f"“{what}” is already being downloaded by another Mezzo window.",
        )

    # --- blobs ------------------------------------------------------------------------------

    def blob_path(self, sha256: str) -> Path:
        return self.blobs_dir / f"sha256-{sha256}"

    def part_path(self, key: str) -> Path:
        return self.partial_dir / f"{key}.part"

    def has_blob(self, sha256: str, size: int) -> bool:
        path = self.blob_path(sha256)
        return path.is_file() and path.stat().st_size == size

    def adopt_blob(self, source: Path, sha256: str) -> Path:
        """Move verified bytes into the store. Call under `locked()`."""
        target = self.blob_path(sha256)
        os.replace(source, target)
        fsync_directory(self.blobs_dir)
        return target

    def collect_garbage(self) -> list[Path]:
        """Delete blobs that no manifest names. Call under `locked()`."""
        wanted = {m.blob_name for m in self.manifests()}
        removed = []
        for blob in self.blobs_dir.glob("sha256-*"):
            if blob.name in wanted:
                continue
            try:
                blob.unlink()
            except PermissionError:  # Windows: llama.cpp still has it mapped; next time
                logger.info("%s blob in use, kept for now: %s", self._kind.noun, blob.name)
                continue
            removed.append(blob)
        return removed

    # --- manifests --------------------------------------------------------------------------

    def folder(self, name: str) -> Path:
        return self.manifests_dir / safe_segment(name)

    def manifest_path(self, name: str, version: str) -> Path:
        return self.folder(name) / f"{safe_segment(version)}.json"

    def read_folder(self, folder: Path) -> list[M]:
        """The readable manifests in one name's folder; unreadable ones are logged and skipped."""
        found = []
        for path in sorted(folder.glob("*.json")):
            try:
                found.append(self._parse(path.read_bytes()))
            except (OSError, ValueError, TypeError) as exc:
                logger.warning("ignoring unreadable manifest %s: %s", path, exc)
        return found

    def folders(self) -> list[Path]:
        """One folder per installed name, in name order."""
        return sorted(p for p in self.manifests_dir.iterdir() if p.is_dir())

    def manifests(self) -> list[M]:
        return [manifest for folder in self.folders() for manifest in self.read_folder(folder)]

    def get(self, name: str, version: str) -> M | None:
        try:
            return self._parse(self.manifest_path(name, version).read_bytes())
        except FileNotFoundError:
            return None

    def write_manifest(self, manifest: M) -> None:
        """Call under `locked()`, after the blob is in place."""
        path = self.manifest_path(self._name_of(manifest), manifest.version)
        atomic_write_text(path, manifest.to_json())

    def delete_manifest(self, manifest: M) -> None:
        """Call under `locked()`; the name's folder goes too once it is empty."""
        path = self.manifest_path(self._name_of(manifest), manifest.version)
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            path.parent.rmdir()

    def cleanup_temp_files(self) -> None:
        """Temp files of writes that a killed process never renamed. Call under `locked()`."""
        for stale in self.root.rglob(".*.incomplete"):
            with contextlib.suppress(OSError):
                stale.unlink()
