"""A content-addressed store of GGUF files with versioned manifests: models and adapters alike.

    blobs/sha256-<hex>                 the bytes, named by their hash, never rewritten
    manifests/<name>/<version>.json    one manifest per installed version
    partial/<key>.part                 downloads in progress; they survive restarts

Every change is a rename: a blob moves in from `partial/` with `os.replace`, manifests are
written to a temp file and renamed over. A process killed at any point leaves either the old
state or the new one, plus at worst an orphan blob that the next install of the same bytes
adopts or the next removal collects. Blobs are shared between versions with the same bytes and
stay while any manifest names them. A file lock under `run_dir` serialises changes between
Mezzo processes. The model store (`bundles.store`) and the adapter registry both build on it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from desktop_app.base.files import atomic_write_text, fsync_directory
from desktop_app.base.locks import exclusive
from desktop_app.bundles.catalog import SHA256_RE

logger = logging.getLogger(__name__)


class ManifestFile:
    """What every stored manifest shares: its blob's name, and JSON with a schema number.
    Mixed into frozen, slotted dataclasses that have `sha256` and `schema` fields."""

    __slots__ = ()

    @property
    def blob_name(self) -> str:
        return f"sha256-{self.sha256}"  # type: ignore[attr-defined]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)  # type: ignore[call-overload]

    @classmethod
    def known_fields(cls, text: str | bytes, schema: int) -> dict[str, Any]:
        """The fields this class knows from a manifest file (newer files may have more);
        ValueError for another schema or a sha256 that is not 64 hex digits."""
        data: dict[str, Any] = json.loads(text)
        if data.get("schema") != schema:
            raise ValueError(f"unknown manifest schema {data.get('schema')!r}")
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        values = {k: v for k, v in data.items() if k in names}
        if not SHA256_RE.fullmatch(str(values.get("sha256", ""))):
            raise ValueError("manifest sha256 is not 64 hex digits")
        return values


class StoredManifest(Protocol):
    sha256: str
    size: int
    version: str

    @property
    def blob_name(self) -> str: ...

    def to_json(self) -> str: ...


M = TypeVar("M", bound=StoredManifest)


def safe_segment(name: str) -> str:
    """Ids like `org/repo/file.gguf` become one path segment, as the HF cache does."""
    return name.replace("/", "--")


@dataclass(frozen=True, slots=True)
class StoreKind:
    """What a store holds, for its lock files and the messages a second window gets."""

    noun: str  # "models", "adapters"
    lock_name: str  # under run_dir
    download_lock_prefix: str  # under run_dir, per `.part` key


class BlobStore(Generic[M]):
    def __init__(
        self,
        root: Path,
        run_dir: Path,
        kind: StoreKind,
        *,
        parse: Callable[[bytes], M],
        name_of: Callable[[M], str],
        lock_timeout_s: float = 10.0,
    ) -> None:
        """`parse` reads a manifest file (raising ValueError or TypeError for a bad one);
        `name_of` is the folder a manifest lives in (a bundle's id, an adapter's name)."""
        self.root = root
        self.blobs_dir = root / "blobs"
        self.manifests_dir = root / "manifests"
        self.partial_dir = root / "partial"
        self._run_dir = run_dir
        self._kind = kind
        self._parse = parse
        self._name_of = name_of
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

    def install(self, part: Path, manifest: M) -> None:
        """Rename the verified bytes in, then write the manifest, so a manifest always names a
        blob. Call under `locked()`."""
        self.adopt_blob(part, manifest.sha256)
        self.write_manifest(manifest)

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

    def manifests(self) -> list[M]:
        folders = sorted(p for p in self.manifests_dir.iterdir() if p.is_dir())
        return [manifest for folder in folders for manifest in self.read_folder(folder)]

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
