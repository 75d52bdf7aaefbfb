"""Putting new models into the store: pull from the hub, or import a local file.

The order is what makes a failure harmless: ask the hub what the file is and compare that with
what the catalog promises before any byte is fetched; fetch into a `.part`; hash it and read its
GGUF header; only then take the store lock and rename it into place. Whatever goes wrong before
the rename leaves the installed models exactly as they were. The staging, hashing and renames
are `bundles.intake`'s, shared with adapters; what is here is what only models have: catalog
promises, the power policy, the GGUF header check and the active pointer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from desktop_app.base.battery import BatteryReader
from desktop_app.base.errors import BundleCorruptError, BundleInvalidError, NotAGGUFError
from desktop_app.bundles import download
from desktop_app.bundles.catalog import CatalogEntry
from desktop_app.bundles.gguf_info import GGUFInfo, check_expected, read_gguf_info
from desktop_app.bundles.hub import HubClient, RemoteFile
from desktop_app.bundles.intake import Intake, Staged
from desktop_app.bundles.manifest import Manifest
from desktop_app.bundles.power import PowerGate
from desktop_app.bundles.progress import CancelToken, ProgressCallback
from desktop_app.bundles.refs import BundleRef, slug
from desktop_app.bundles.store import ModelStore

logger = logging.getLogger(__name__)


class Installer:
    def __init__(
        self,
        store: ModelStore,
        hub: Callable[[], HubClient],
        *,
        battery_reader: BatteryReader,
        free_of: download.DiskFree,
    ) -> None:
        self._store = store
        self._intake = Intake(store, free_of)
        self._hub = hub
        self._battery_reader = battery_reader

    def installed(self, bundle_id: str, version: str) -> Manifest | None:
        """The manifest, if that version is installed and its blob is in place."""
        found = self._store.get(bundle_id, version)
        if found is not None and self._store.has_blob(found.sha256, found.size):
            return found
        return None

    def pull(
        self,
        entry: CatalogEntry,
        *,
        direct: bool,
        activate: bool,
        progress: ProgressCallback,
        cancel: CancelToken,
        allow_on_battery: bool,
        repair: bool = False,
    ) -> Manifest:
        if not direct and not repair and (done := self.installed(entry.id, entry.version)):
            return self.activate_if(done, activate)
        assert entry.repo_id is not None and entry.revision is not None
        hub = self._hub()
        remote = hub.stat(entry.repo_id, entry.filename, entry.revision)
        if direct:  # a direct pull's version is the commit it resolved to
            entry = replace(entry, version=remote.commit[:12], ram_mb=ram_estimate(remote.size))
            if not repair and (done := self.installed(entry.id, entry.version)):
                return self.activate_if(done, activate)
        expected, expected_from = self._expected_sha256(hub, entry, remote)
        source = "hub" if direct else "catalog"

        def manifest_for(sha256: str, info: GGUFInfo) -> Manifest:
            return Manifest.build(
                entry, source=source, revision=remote.commit, sha256=sha256, size=remote.size,
                sha256_from=expected_from if expected else "local", info=info,
            )  # fmt: skip

        if expected and self._store.has_blob(expected, remote.size):
            # The bytes are here already: another version shares them, or an install was cut
            # short after the blob moved in. Trust them only after hashing them again.
            blob = self._store.blob_path(expected)
            actual = download.hash_file(blob, bundle=entry.ref, progress=progress, cancel=cancel)
            if actual == expected:
                info = _checked_gguf(blob, entry)
                return self.install(None, manifest_for(actual, info), activate)
            logger.warning("blob %s is damaged; downloading it again", blob.name)
        with self._intake.fetch(
            hub, remote, expected, label=entry.ref, what=entry.name, progress=progress,
            cancel=cancel, gate=PowerGate(allow_on_battery, self._battery_reader),
        ) as staged:  # fmt: skip
            info = staged.check(lambda part: _checked_gguf(part, entry), _REFUSED)
            return self.install(staged, manifest_for(staged.sha256, info), activate)

    def _expected_sha256(
        self, hub: HubClient, entry: CatalogEntry, remote: RemoteFile
    ) -> tuple[str | None, str]:
        """The sha256 the bytes must have, and where that promise came from."""
        if entry.sha256 and remote.sha256 and entry.sha256 != remote.sha256:
            raise BundleCorruptError(
                f"The hub's copy of “{entry.name}” is not the file Mezzo's model list vouches "
                "for (the checksums differ), so it was not downloaded. Update Mezzo or its "
                "model list.",
                expected_sha256=entry.sha256,
                actual_sha256=remote.sha256,
            )
        if entry.size and entry.size != remote.size:
            raise BundleCorruptError(
                f"The hub's copy of “{entry.name}” is {remote.size} bytes, not the {entry.size} "
                "that Mezzo's model list vouches for, so it was not downloaded.",
                expected_sha256=entry.sha256 or "",
                actual_sha256=remote.sha256 or "",
            )
        if entry.sha256:
            return entry.sha256, "catalog"
        assert entry.repo_id is not None
        # Pin on first download: the hub's LFS sha256, from the HEAD or else the file listing.
        sha256 = remote.sha256 or hub.lfs_sha256(entry.repo_id, entry.filename, remote.commit)
        return sha256, "hub"

    def import_file(
        self,
        path: Path,
        known: Callable[[str], CatalogEntry | None],
        *,
        bundle_id: str | None,
        activate: bool,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> Manifest:
        """Install a local .gguf; `known(sha256)` names the catalog entry it matches, if any."""
        info = read_gguf_info(path)  # refuse non-models before hashing gigabytes
        sha256 = download.hash_file(path, bundle=path.name, progress=progress, cancel=cancel)
        size = path.stat().st_size
        entry = known(sha256)
        if entry is not None:
            source = "starter" if entry.source == "starter" else "catalog"
            sha256_from = "catalog"
        else:
            entry = local_entry(path, bundle_id, sha256, size)
            source, sha256_from = "import", "local"
        if done := self.installed(entry.id, entry.version):
            return self.activate_if(done, activate)
        check_expected(info, entry.architecture or None, entry.needs_fim)
        manifest = Manifest.build(
            entry, source=source, revision=None, sha256=sha256, size=size,
            sha256_from=sha256_from, info=info,
        )  # fmt: skip
        if self._store.has_blob(sha256, size):
            return self.install(None, manifest, activate)
        with self._intake.copy(path, sha256, progress=progress, cancel=cancel) as staged:
            return self.install(staged, manifest, activate)

    def install(self, staged: Staged | None, manifest: Manifest, activate: bool) -> Manifest:
        """Rename the verified bytes in, write the manifest, maybe flip the active pointer."""
        self._intake.install(staged, manifest, lambda: self._activate_locked(manifest, activate))
        logger.info("bundle ready: %s (%d bytes)", manifest.ref, manifest.size)
        return manifest

    def activate_if(self, manifest: Manifest, activate: bool) -> Manifest:
        """Activate when asked to, or when nothing is active yet."""
        with self._store.locked():
            self._activate_locked(manifest, activate)
        return manifest

    def _activate_locked(self, manifest: Manifest, activate: bool) -> None:
        if activate or self._store.active_state().current is None:
            self._store.set_active(manifest)


# What `_checked_gguf` refuses: the bytes are what the hub has, but of no use to Mezzo.
_REFUSED = (NotAGGUFError, BundleInvalidError)


def _checked_gguf(path: Path, entry: CatalogEntry) -> GGUFInfo:
    info = read_gguf_info(path)
    check_expected(info, entry.architecture or None, entry.needs_fim)
    return info


def direct_entry(ref: BundleRef) -> CatalogEntry:
    """A catalog-shaped description of an ORG/REPO/FILE.gguf pull; checked only as a GGUF."""
    assert ref.repo_id is not None and ref.filename is not None
    name = ref.filename.rsplit("/", 1)[-1]
    quant = re.search(r"(i?q\d\w*|bf16|f16|f32)(?=\.gguf$)", name, re.IGNORECASE)
    return CatalogEntry(
        id=ref.bundle_id, version="", name=name, description=f"{ref.repo_id} on the hub",
        source="hub", repo_id=ref.repo_id, revision=ref.version or "main",
        filename=ref.filename, sha256=None, size=None,
        quantization=quant.group(1).upper() if quant else "", parameters="",
        context_length=0, architecture="", fim_template="auto", ram_mb=0, license="",
    )  # fmt: skip


def local_entry(path: Path, bundle_id: str | None, sha256: str, size: int) -> CatalogEntry:
    """An imported file: named after the file (or `bundle_id`), versioned by its hash."""
    return CatalogEntry(
        id=slug(bundle_id or path.stem, 96) or "imported", version=sha256[:12], name=path.name,
        description=f"Imported from {path}", source="local", repo_id=None, revision=None,
        filename=path.name, sha256=sha256, size=size, quantization="", parameters="",
        context_length=0, architecture="", fim_template="auto", ram_mb=ram_estimate(size),
        license="",
    )  # fmt: skip


def ram_estimate(size: int) -> int:
    """Weights plus a margin for the KV cache and buffers, in MiB."""
    return int(size * 1.25) >> 20
