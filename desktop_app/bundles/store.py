"""The content-addressed model store under `MezzoPaths.models_dir`.

    blobs/sha256-<hex>                 the model bytes, named by their hash, never rewritten
    manifests/<id>/<version>.json      one immutable manifest per installed version
    partial/<key>.part                 downloads in progress; they survive restarts
    active.json                        {"id", "version", "history": [[id, version], …]}

Every change is a rename: a blob moves in from `partial/` with `os.replace`, manifests and the
active pointer are written to a temp file and renamed over. A process killed at any point leaves
either the old state or the new one, plus at worst an orphan blob that the next install of the
same bytes adopts. Blobs are shared between versions with the same bytes and stay while any
manifest names them. A file lock under `run_dir` serialises changes between processes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.base.errors import BundleNotFoundError
from desktop_app.base.files import atomic_write_text, fsync_directory
from desktop_app.base.locks import exclusive
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles.catalog import version_key
from desktop_app.bundles.manifest import Manifest

logger = logging.getLogger(__name__)

HISTORY_LIMIT = 20


def _safe(name: str) -> str:
    """Ids like `org/repo/file.gguf` become one path segment, as the HF cache does."""
    return name.replace("/", "--")


@dataclass(frozen=True, slots=True)
class ActiveState:
    current: tuple[str, str] | None
    history: tuple[tuple[str, str], ...]  # most recent last


class ModelStore:
    def __init__(self, paths: MezzoPaths, lock_timeout_s: float = 10.0) -> None:
        self.root = paths.models_dir
        self.blobs_dir = self.root / "blobs"
        self.manifests_dir = self.root / "manifests"
        self.partial_dir = self.root / "partial"
        self.active_file = self.root / "active.json"
        self._run_dir = paths.run_dir
        self._lock_timeout_s = lock_timeout_s
        for folder in (self.blobs_dir, self.manifests_dir, self.partial_dir, self._run_dir):
            folder.mkdir(parents=True, exist_ok=True)

    # --- locks ------------------------------------------------------------------------------

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold the store lock: manifests, blobs and the active pointer change only under it."""
        return exclusive(
            self._run_dir / "models.lock",
            self._lock_timeout_s,
            "Another Mezzo window is changing the installed models. Try again in a moment.",
        )

    def downloading(self, key: str, what: str) -> contextlib.AbstractContextManager[None]:
        """Only one process may append to a given `.part` file; a second one is refused at once."""
        return exclusive(
            self._run_dir / f"download-{key}.lock",
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
                logger.info("blob in use, kept for now: %s", blob.name)
                continue
            removed.append(blob)
        return removed

    # --- manifests --------------------------------------------------------------------------

    def manifest_path(self, bundle_id: str, version: str) -> Path:
        return self.manifests_dir / _safe(bundle_id) / f"{_safe(version)}.json"

    def manifests(self) -> list[Manifest]:
        found = []
        for path in sorted(self.manifests_dir.glob("*/*.json")):
            try:
                found.append(Manifest.from_json(path.read_bytes()))
            except (OSError, ValueError, TypeError) as exc:
                logger.warning("ignoring unreadable manifest %s: %s", path, exc)
        return found

    def get(self, bundle_id: str, version: str) -> Manifest | None:
        path = self.manifest_path(bundle_id, version)
        try:
            return Manifest.from_json(path.read_bytes())
        except FileNotFoundError:
            return None

    def find(self, bundle_id: str, version: str | None = None) -> Manifest:
        """An installed version; the newest one when `version` is None."""
        candidates = [m for m in self.manifests() if m.id == bundle_id]
        if version is not None:
            candidates = [
                m
                for m in candidates
                if m.version == version
                or (len(version) >= 7 and (m.revision or "").startswith(version))
            ]
        if not candidates:
            what = f"{bundle_id}@{version}" if version else bundle_id
            raise BundleNotFoundError(
                f"“{what}” is not installed. `mezzo models list` shows what is."
            )
        return max(candidates, key=lambda m: (version_key(m.version), m.installed_at))

    def find_sha256(self, sha256: str) -> Manifest | None:
        return next((m for m in self.manifests() if m.sha256 == sha256), None)

    def write_manifest(self, manifest: Manifest) -> None:
        """Call under `locked()`, after the blob is in place: a manifest always names a blob."""
        atomic_write_text(self.manifest_path(manifest.id, manifest.version), manifest.to_json())

    def delete_manifest(self, manifest: Manifest) -> None:
        path = self.manifest_path(manifest.id, manifest.version)
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only when empty

    # --- the active pointer -----------------------------------------------------------------

    def active_state(self) -> ActiveState:
        try:
            data = json.loads(self.active_file.read_text("utf-8"))
        except FileNotFoundError:
            return ActiveState(None, ())
        except (OSError, ValueError) as exc:
            logger.warning("active pointer unreadable (%s); treating as none", exc)
            return ActiveState(None, ())
        current = (data["id"], data["version"]) if data.get("id") else None
        history = tuple((str(i), str(v)) for i, v in data.get("history", []))
        return ActiveState(current, history)

    def write_active(self, state: ActiveState) -> None:
        """Flip the pointer by write-temp-then-rename. Call under `locked()`."""
        doc: dict[str, object] = {"history": [list(h) for h in state.history]}
        if state.current is not None:
            doc["id"], doc["version"] = state.current
        atomic_write_text(self.active_file, json.dumps(doc, indent=2))

    def set_active(self, manifest: Manifest) -> None:
        """Point `active` at `manifest`; the old one goes on the history. Call under `locked()`."""
        state = self.active_state()
        target = (manifest.id, manifest.version)
        if state.current == target:
            return
        history = state.history + ((state.current,) if state.current else ())
        self.write_active(ActiveState(target, history[-HISTORY_LIMIT:]))
        logger.info("active bundle: %s", manifest.ref)

    def active(self) -> Manifest | None:
        current = self.active_state().current
        return self.get(*current) if current else None

    def cleanup_temp_files(self) -> None:
        """Temp files of writes that a killed process never renamed."""
        for stale in self.root.rglob(".*.incomplete"):
            with contextlib.suppress(OSError):
                stale.unlink()
