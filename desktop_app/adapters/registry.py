"""The installed adapters: the bundles' `BlobStore` under `MezzoPaths.adapters_dir`.

Bytes are checked (sha256, LoRA header, fit with the base model) while they sit in `partial/`,
and only then renamed in under the store's file lock, so a refused or interrupted install leaves
the installed set as it was. The store, hashing, copying and resumable hub downloads are the
bundles' own; what is here is what only adapters have: a check against the base model, names
the person types, and a per-name cache the resolver reads on every keystroke.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path

from desktop_app.adapters.compat import BaseModel, LoraInfo, check_fits, read_lora
from desktop_app.adapters.manifest import (
    AdapterManifest,
    check_name,
    check_scale,
    check_version,
    parse_languages,
)
from desktop_app.base.errors import (
    AdapterError,
    AdapterInvalidError,
    AdapterNotFoundError,
)
from desktop_app.base.paths import MezzoPaths
from desktop_app.bundles import download
from desktop_app.bundles.blob_store import BlobStore, StoreKind
from desktop_app.bundles.catalog import version_key
from desktop_app.bundles.hub import HubClient
from desktop_app.bundles.progress import CancelToken, ProgressCallback, ignore_progress
from desktop_app.bundles.refs import BundleRef

logger = logging.getLogger(__name__)

Listener = Callable[[], None]

ADAPTERS = StoreKind(
    "adapters", lock_name="adapters.lock", download_lock_prefix="adapter-download-"
)


def default_name(filename: str) -> str:
    """`Roblox-LoRA.f16.gguf` → `roblox-lora.f16`: a name the person can type back."""
    stem = filename.rsplit("/", 1)[-1].removesuffix(".gguf").removesuffix(".GGUF")
    return re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-._")[:64] or "adapter"


class AdapterRegistry:
    def __init__(
        self,
        paths: MezzoPaths,
        *,
        lock_timeout_s: float = 10.0,
        free_of: download.DiskFree = download.disk_free,
    ) -> None:
        self.store: BlobStore[AdapterManifest] = BlobStore(
            paths.adapters_dir,
            paths.run_dir,
            ADAPTERS,
            parse=AdapterManifest.from_json,
            name_of=lambda manifest: manifest.name,
            lock_timeout_s=lock_timeout_s,
        )
        self.root = self.store.root
        self._free_of = free_of
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
        for folder in sorted(p for p in self.store.manifests_dir.iterdir() if p.is_dir()):
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
        manifests = self.store.read_folder(folder)
        ordered = tuple(sorted(manifests, key=lambda m: (version_key(m.version), m.installed_at)))
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
        *,
        name: str | None = None,
        version: str | None = None,
        scale: float = 1.0,
        languages: tuple[str, ...] | str = (),
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> AdapterManifest:
        """Install a local LoRA GGUF for `base`; one that does not fit is refused before a
        byte is copied."""
        cancel = cancel or CancelToken()
        path = Path(path).expanduser()
        if not path.is_file():
            raise AdapterInvalidError(f"There is no file at {path}.", str(path), "missing")
        name = check_name(name or default_name(path.name))
        scale, languages = check_scale(scale), parse_languages(languages)
        self._checked(path, name, base)  # before hashing: refuse a 5 GB model in milliseconds
        sha256 = download.hash_file(path, bundle=path.name, progress=progress, cancel=cancel)
        version = check_version(version or sha256[:12])
        if done := self._already(name, version, sha256, base):
            return done
        with self.store.downloading(sha256, path.name):
            part = self.store.part_path(sha256)
            copied = download.copy_to_part(
                path, part, bundle=path.name, progress=progress, cancel=cancel,
                free_of=self._free_of,
            )  # fmt: skip
            download.verify_part(part, sha256, copied, path.name)  # changed while we read it?
            return self._install(
                part, base, name=name, version=version, sha256=sha256, scale=scale,
                languages=languages, source="import", repo_id=None, revision=None,
                filename=path.name,
            )  # fmt: skip

    def pull(
        self,
        hub: HubClient,
        ref: BundleRef,
        base: BaseModel,
        *,
        name: str | None = None,
        version: str | None = None,
        scale: float = 1.0,
        languages: tuple[str, ...] | str = (),
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
        name = check_name(name or default_name(ref.filename))
        scale, languages = check_scale(scale), parse_languages(languages)
        label = f"{ref.repo_id}/{ref.filename}"
        remote = hub.stat(ref.repo_id, ref.filename, ref.version or "main")
        version = check_version(version or remote.commit[:12])
        expected = remote.sha256 or hub.lfs_sha256(ref.repo_id, ref.filename, remote.commit)
        if expected and (done := self._already(name, version, expected, base)):
            return done
        key = expected or hashlib.sha256(f"{label}@{remote.commit}".encode()).hexdigest()
        with self.store.downloading(key, label):
            part = self.store.part_path(key)
            if not (part.exists() and part.stat().st_size == remote.size):
                download.fetch_to_part(
                    hub, remote, part, bundle=label, progress=progress, cancel=cancel,
                    free_of=self._free_of,
                )  # fmt: skip
            actual = download.hash_file(part, bundle=label, progress=progress, cancel=cancel)
            download.verify_part(part, expected, actual, label)
            if not expected and (done := self._already(name, version, actual, base)):
                part.unlink()
                return done
            return self._install(
                part, base, name=name, version=version, sha256=actual, scale=scale,
                languages=languages, source="hub", repo_id=ref.repo_id, revision=remote.commit,
                filename=ref.filename,
            )  # fmt: skip

    def _checked(self, path: Path, name: str, base: BaseModel) -> LoraInfo:
        lora = read_lora(path)
        check_fits(lora, name, base)
        return lora

    def _already(
        self, name: str, version: str, sha256: str, base: BaseModel
    ) -> AdapterManifest | None:
        """The same install done before is a no-op; the same name and version for other bytes
        or another base is refused rather than silently replaced."""
        existing = next((m for m in self.versions(name) if m.version == version), None)
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
        self, part: Path, base: BaseModel, *, name: str, version: str, sha256: str,
        scale: float, languages: tuple[str, ...], **origin: str | None,
    ) -> AdapterManifest:  # fmt: skip
        """Check the exact bytes about to be installed, rename them in, then write the
        manifest: a manifest always names a blob, and a refused `.part` is deleted."""
        try:
            lora = self._checked(part, name, base)
            manifest = AdapterManifest.build(
                name=name, version=version, sha256=sha256, size=part.stat().st_size,
                base_sha256=base.sha256, base_name=base.name, architecture=lora.architecture,
                rank=lora.rank, alpha=lora.alpha, scale=scale, languages=languages,
                **origin,
            )  # fmt: skip
        except AdapterError:
            part.unlink(missing_ok=True)
            raise
        with self.store.locked():
            self.store.install(part, manifest)
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
