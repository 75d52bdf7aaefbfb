"""The installed adapters: the bundles' `BlobStore` under `MezzoPaths.adapters_dir`.

Bytes are checked (sha256, LoRA header, fit with the base model) while they sit in `partial/`,
and only then renamed in under the store's file lock, so a refused or interrupted install leaves
the installed set as it was. The store and the way bytes get into it (`bundles.intake`: copies,
resumable hub downloads, verification, the atomic install) are the bundles' own; what is here is
what only adapters have: a check against the base model, names the person types, and a
per-name cache the resolver reads on every keystroke.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from desktop_app.adapters.compat import BaseModel, LoraInfo, check_fits, read_lora
from desktop_app.adapters.manifest import AdapterManifest, Checked, Wanted
from desktop_app.base.errors import (
    AdapterError,
    AdapterInvalidError,
    AdapterNotFoundError,
)
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles import download
from desktop_app.bundles.blob_store import BlobStore, StoreKind
from desktop_app.bundles.hub import HubClient, RemoteFile
from desktop_app.bundles.intake import Intake, Staged, part_key
from desktop_app.bundles.manifest_file import by_version
from desktop_app.bundles.progress import CancelToken, ProgressCallback, ignore_progress
from desktop_app.bundles.refs import BundleRef

logger = logging.getLogger(__name__)

Listener = Callable[[], None]

ADAPTERS = StoreKind(
    "adapters", lock_name="adapters.lock", download_lock_prefix="adapter-download-",
    parse=AdapterManifest.from_json, name_of=lambda manifest: manifest.name,
)  # fmt: skip


def legacy_part_key(remote: RemoteFile) -> str:
    """What earlier Mezzo versions named an adapter download whose sha256 the hub did not
    tell; such a `.part` is renamed to the models' `part_key(remote)` and continued."""
    text = f"{remote.repo_id}/{remote.filename}@{remote.commit}"
    return hashlib.sha256(text.encode()).hexdigest()


class AdapterRegistry:
    def __init__(
        self,
        paths: MezzoPaths,
        *,
        lock_timeout_s: float = 10.0,
        free_of: download.DiskFree = download.disk_free,
    ) -> None:
        self.store = BlobStore(
            paths.adapters_dir, paths.run_dir, ADAPTERS, lock_timeout_s=lock_timeout_s
        )
        self.root = self.store.root
        self._intake = Intake(self.store, free_of)
        self._guard = threading.Lock()  # guards _listeners and _versions
        self._listeners: list[Listener] = []
        # name → (folder mtime, its manifests): the resolver asks on every keystroke.
        self._versions: dict[str, tuple[int, tuple[AdapterManifest, ...]]] = {}

    # --- locks and change notification -------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """`listener()` runs after each install or removal, on the thread that made it."""
        with self._guard:
            self._listeners.append(listener)

    def _changed(self) -> None:
        with self._guard:
            self._versions.clear()
            listeners = list(self._listeners)
        for listener in listeners:
            listener()

    # --- queries ------------------------------------------------------------------------------

    def path_of(self, manifest: AdapterManifest) -> Path:
        """The GGUF the engine attaches as the adapter."""
        return self.store.blob_path(manifest.sha256)

    def has_blob(self, manifest: AdapterManifest) -> bool:
        return self.store.has_blob(manifest.sha256, manifest.size)

    def installed(self) -> list[AdapterManifest]:
        found: list[AdapterManifest] = []
        for folder in self.store.folders():
            found.extend(self.versions(folder.name))
        return found

    def versions(self, name: str) -> tuple[AdapterManifest, ...]:
        """Installed versions of `name`, oldest first; re-read only when its folder changed."""
        folder = self.store.folder(name)
        try:
            stamp = folder.stat().st_mtime_ns  # a rename in or out touches the folder
        except (FileNotFoundError, NotADirectoryError):
            return ()
        with self._guard:
            cached = self._versions.get(name)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        ordered = tuple(by_version(self.store.read_folder(folder)))
        with self._guard:
            self._versions[name] = (stamp, ordered)
        return ordered

    def find(self, name: str, version: str | None = None) -> AdapterManifest:
        """An installed version; the newest one when `version` is None."""
        candidates = [m for m in self.versions(name) if version is None or m.version == version]
        if not candidates:
            what = f"{name}@{version}" if version else name
            raise AdapterNotFoundError(
                f"No adapter “{what}” is installed. `mezzo adapters list` shows those that are.",
                name,
            )
        return candidates[-1]

    def for_base(self, name: str, base_sha256: str) -> AdapterManifest | None:
        """The newest version of `name` checked against exactly this base model, if any."""
        fitting = [m for m in self.versions(name) if m.base_sha256 == base_sha256]
        return fitting[-1] if fitting else None

    # --- installing ---------------------------------------------------------------------------

    def import_file(
        self,
        path: Path,
        base: BaseModel,
        wanted: Wanted,
        *,
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> AdapterManifest:
        """Install a local LoRA GGUF for `base`; one that does not fit is refused before a
        byte is copied."""
        cancel = cancel or CancelToken()
        path = Path(path).expanduser()
        if not path.is_file():
            raise AdapterInvalidError(f"There is no file at {path}.", str(path), "missing")
        checked = wanted.checked(path.name)
        self._fits(path, checked, base)  # before hashing: refuse a 5 GB model in milliseconds
        sha256 = download.hash_file(path, bundle=path.name, progress=progress, cancel=cancel)
        version = checked.version or sha256[:12]
        if done := self._already(checked, version, sha256, base):
            return done
        with self._intake.copy(path, sha256, progress=progress, cancel=cancel) as staged:
            return self._install(
                staged, base, checked, version,
                source="import", repo_id=None, revision=None, filename=path.name,
            )  # fmt: skip

    def pull(
        self,
        hub: HubClient,
        ref: BundleRef,
        base: BaseModel,
        wanted: Wanted,
        *,
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> AdapterManifest:
        """Download `ORG/REPO/FILE.gguf[@REV]` with the bundles' verified, resumable download,
        check it against `base` while it is still a `.part`, then install it."""
        if ref.repo_id is None or ref.filename is None:
            raise AdapterError(
                f"“{ref}” is not a file on the hub. Name it as ORG/REPO/FILE.gguf[@REVISION], "
                "or give the path of a local file."
            )
        cancel = cancel or CancelToken()
        checked = wanted.checked(ref.filename)
        label = f"{ref.repo_id}/{ref.filename}"
        remote = hub.stat(ref.repo_id, ref.filename, ref.version or "main")
        version = checked.version or remote.commit[:12]
        expected = remote.sha256 or hub.lfs_sha256(ref.repo_id, ref.filename, remote.commit)
        if expected and (done := self._already(checked, version, expected, base)):
            return done
        if not expected:
            self._adopt_legacy_part(remote, label)
        with self._intake.fetch(
            hub, remote, expected, label=label, progress=progress, cancel=cancel
        ) as staged:
            if not expected and (done := self._already(checked, version, staged.sha256, base)):
                staged.part.unlink()
                return done
            return self._install(
                staged, base, checked, version,
                source="hub", repo_id=ref.repo_id, revision=remote.commit, filename=ref.filename,
            )  # fmt: skip

    def _adopt_legacy_part(self, remote: RemoteFile, label: str) -> None:
        """Continue a download that an older Mezzo began under its own `.part` name."""
        legacy_key = legacy_part_key(remote)
        with self.store.downloading(legacy_key, label):
            legacy = self.store.part_path(legacy_key)
            current = self.store.part_path(part_key(remote))
            if legacy.exists() and not current.exists():
                with contextlib.suppress(FileNotFoundError):
                    os.replace(legacy, current)

    def _fits(self, path: Path, checked: Checked, base: BaseModel) -> LoraInfo:
        lora = read_lora(path)
        check_fits(lora, checked.name, base)
        return lora

    def _already(
        self, checked: Checked, version: str, sha256: str, base: BaseModel
    ) -> AdapterManifest | None:
        """The same install done before is a no-op; the same name and version for other bytes
        or another base is refused rather than silently replaced."""
        existing = next((m for m in self.versions(checked.name) if m.version == version), None)
        if existing is None:
            return None
        if existing.sha256 == sha256 and existing.base_sha256 == base.sha256:
            if self.has_blob(existing):
                return existing
            return None  # the blob went missing: install it again
        raise AdapterError(
            f"“{existing.ref}” is already installed with other contents or for another model. "
            "Pick another --version, or remove it first."
        )

    def _install(
        self, staged: Staged, base: BaseModel, checked: Checked, version: str, **origin: str | None
    ) -> AdapterManifest:
        """Check the exact bytes about to be installed (a refused `.part` is deleted), then
        rename them in and write the manifest."""
        lora = staged.check(lambda part: self._fits(part, checked, base), (AdapterError,))
        manifest = AdapterManifest.build(
            name=checked.name, version=version, sha256=staged.sha256, size=staged.size,
            base_sha256=base.sha256, base_name=base.name, architecture=lora.architecture,
            rank=lora.rank, alpha=lora.alpha, scale=checked.scale, languages=checked.languages,
            **origin,
        )  # fmt: skip
        self._intake.install(staged, manifest)
        logger.info(
            "adapter ready: %s for %s (%d bytes)", manifest.ref, manifest.base_name, manifest.size
        )
        self._changed()
        return manifest

    # --- removing -----------------------------------------------------------------------------

    def remove(self, name: str, version: str | None = None) -> list[AdapterManifest]:
        """Delete one version, or every version of `name`; blobs go once nothing names them."""
        with self.store.locked():
            self.find(name, version)  # raises AdapterNotFoundError when there is nothing to do
            targets = [m for m in self.versions(name) if version is None or m.version == version]
            for manifest in targets:
                self.store.delete_manifest(manifest)
            with self._guard:
                self._versions.clear()
            self.store.collect_garbage()
        for manifest in targets:
            logger.info("adapter removed: %s", manifest.ref)
        self._changed()
        return targets
