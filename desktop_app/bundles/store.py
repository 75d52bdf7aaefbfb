"""The installed models: a `BlobStore` under `MezzoPaths.models_dir`, plus the active pointer.

    active.json                        {"id", "version", "history": [[id, version], …]}

The pointer is written to a temp file and renamed over, like everything in the store, so a
process killed at any point leaves either the old pointer or the new one.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from desktop_app.base.errors import BundleNotFoundError
from desktop_app.base.files import atomic_write_text
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles.blob_store import BlobStore, StoreKind
from desktop_app.bundles.manifest import Manifest
from desktop_app.bundles.manifest_file import by_version

logger = logging.getLogger(__name__)

HISTORY_LIMIT = 20
MODELS = StoreKind(
    "models", lock_name="models.lock", download_lock_prefix="download-",
    parse=Manifest.from_json, name_of=lambda manifest: manifest.id,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActiveState:
    current: tuple[str, str] | None
    history: tuple[tuple[str, str], ...]  # most recent last


class ModelStore(BlobStore[Manifest]):
    def __init__(self, paths: MezzoPaths, lock_timeout_s: float = 10.0) -> None:
        super().__init__(paths.models_dir, paths.run_dir, MODELS, lock_timeout_s=lock_timeout_s)
        self.active_file = self.root / "active.json"

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
        return by_version(candidates)[-1]

    def find_sha256(self, sha256: str) -> Manifest | None:
        return next((m for m in self.manifests() if m.sha256 == sha256), None)

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
