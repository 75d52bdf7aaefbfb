"""`BundleService`: the one API that the GUI, the CLI and app start-up use for model bundles.

It wires the rooms together (catalog, hub client, installer, store, secrets, power policy) and
keeps each call small. Long calls (`pull`, `import_file`, `verify`) take a `CancelToken` and a
progress callback and run on the caller's thread: the GUI runs them on a worker thread and
re-emits progress as a Qt signal.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path

from desktop_app.base.battery import BatteryReader, read_battery
from desktop_app.base.environment import Environment
from desktop_app.base.errors import BundleError, BundleNotFoundError, ModelNotFoundError
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.base.settings import SettingsStore
from desktop_app.bundles import download
from desktop_app.bundles.catalog import Catalog, resources_dir
from desktop_app.bundles.hub import (
    DEFAULT_CHUNK_BYTES,
    DEFAULT_ENDPOINT,
    DEFAULT_TIMEOUT_S,
    HubClient,
)
from desktop_app.bundles.installer import Installer, direct_entry
from desktop_app.bundles.manifest import Manifest
from desktop_app.bundles.progress import CancelToken, ProgressCallback, ignore_progress
from desktop_app.bundles.refs import BundleRef
from desktop_app.bundles.remote_catalog import RemoteCatalogCache
from desktop_app.bundles.signing import PublicKey, load_public_keys
from desktop_app.bundles.starter import locate_starter
from desktop_app.bundles.store import ActiveState, ModelStore

logger = logging.getLogger(__name__)

HF_TOKEN_SECRET = "huggingface-token"


@dataclass(frozen=True, slots=True)
class InstalledBundle:
    manifest: Manifest
    path: Path  # the blob the engine loads
    active: bool


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ref: str
    path: Path
    ok: bool
    problem: str | None = None  # "file missing", "wrong size" or "damaged"


class BundleService:
    def __init__(
        self,
        paths: MezzoPaths,
        *,
        catalog: Catalog | None = None,
        endpoint: str = DEFAULT_ENDPOINT,
        secrets: SecretStore | None = None,
        allow_on_battery: bool = False,
        battery_reader: BatteryReader = read_battery,
        free_of: download.DiskFree = download.disk_free,
        public_keys: list[PublicKey] | None = None,
        chunk_bytes: int = DEFAULT_CHUNK_BYTES,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        lock_timeout_s: float = 10.0,
    ) -> None:
        self.paths = paths
        self.store = ModelStore(paths, lock_timeout_s=lock_timeout_s)
        self.endpoint = endpoint.rstrip("/")
        self.secrets = secrets if secrets is not None else SecretStore()
        # The settings' "download on battery" choice; the core keeps it in step with them.
        self.allow_on_battery = allow_on_battery
        self._chunk_bytes = chunk_bytes
        self._timeout_s = timeout_s
        self._installer = Installer(
            self.store,
            self._hub,
            battery_reader=battery_reader,
            free_of=free_of,
        )
        keys = public_keys if public_keys is not None else load_public_keys(resources_dir())
        self.remote_catalog = RemoteCatalogCache(self.store.root, keys)
        shipped = catalog if catalog is not None else Catalog.load()
        cached = self.remote_catalog.load_cached()
        self._catalog = shipped.merged_with(cached) if cached else shipped

    @classmethod
    def from_environment(
        cls, paths: MezzoPaths | None = None, catalog_path: Path | None = None
    ) -> BundleService:
        """The app's own wiring: HF_ENDPOINT, the settings file, the OS keyring, the catalog."""
        paths = paths or MezzoPaths.from_environment()
        settings = SettingsStore(paths.settings_file).current
        return cls(
            paths,
            catalog=Catalog.load(catalog_path) if catalog_path else None,
            endpoint=Environment.read().hub_endpoint,
            allow_on_battery=settings.power.downloads_on_battery,
        )

    # --- catalog and queries ----------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    def refresh_catalog(self, repo_id: str, revision: str = "main") -> Catalog:
        """Fetch a newer signed catalog through the hub; unsigned or tampered ones are refused."""
        newer = self.remote_catalog.fetch(self._hub(), repo_id, revision)
        self._catalog = self._catalog.merged_with(newer)
        return self._catalog

    def bundle_of_file(self, path: Path) -> Manifest | None:
        """The installed bundle whose model `path` holds: its blob, or a copy of the same bytes
        elsewhere (`mezzo serve --model FILE` of the file a bundle was imported from). A file
        outside the store is hashed only when an installed bundle has exactly its size."""
        path = path.resolve()
        name = path.name.removeprefix("sha256-")
        if path.parent == self.store.blobs_dir.resolve() and name != path.name:
            return self.store.find_sha256(name)
        try:
            size = path.stat().st_size
        except OSError:
            return None
        candidates = [m for m in self.store.manifests() if m.size == size]
        if not candidates:
            return None
        sha256 = download.hash_file(path, bundle=path.name)
        return next((m for m in candidates if m.sha256 == sha256), None)

    def confidence_floor(self, manifest: Manifest) -> float | None:
        """The catalog's mean log-probability threshold for this bundle's model, if it has one
        (the entry of this version, else the newest of the id, else the entry with its bytes)."""
        entries = self._catalog.versions(manifest.id)
        entry = next((e for e in entries if e.version == manifest.version), None)
        entry = entry or (entries[-1] if entries else self._catalog.find_sha256(manifest.sha256))
        return entry.min_mean_logprob if entry is not None else None

    def installed(self) -> list[InstalledBundle]:
        current = self.store.active_state().current
        return [
            InstalledBundle(m, self.store.blob_path(m.sha256), current == (m.id, m.version))
            for m in self.store.manifests()
        ]

    def active(self) -> Manifest | None:
        return self.store.active()

    # --- the hub token ----------------------------------------------------------------------

    def set_token(self, token: str) -> bool:
        """Keep the hub token; True when the OS keyring will remember it after the app quits."""
        return self.secrets.set(HF_TOKEN_SECRET, token.strip())

    def clear_token(self) -> None:
        self.secrets.delete(HF_TOKEN_SECRET)

    def _hub(self) -> HubClient:
        token = self.secrets.get(HF_TOKEN_SECRET)
        return HubClient(self.endpoint, token, self._timeout_s, self._chunk_bytes)

    # --- getting models ---------------------------------------------------------------------

    def pull(
        self,
        ref: str | BundleRef,
        *,
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
        activate: bool = False,
        allow_on_battery: bool | None = None,
        repair: bool = False,
    ) -> Manifest:
        """Download, verify and install a bundle; a stopped download resumes on the next call.

        `ref` is a catalog id (`id` or `id@version`) or a hub file (`ORG/REPO/FILE.gguf[@REV]`).
        The bundle becomes active when `activate` is set or when nothing is active yet.
        `repair` re-checks an installed version's file and downloads it again if it is damaged.
        `allow_on_battery` decides for this download alone; None follows `self.allow_on_battery`.
        """
        ref = BundleRef.parse(ref) if isinstance(ref, str) else ref
        cancel = cancel or CancelToken()
        if ref.is_direct:
            if ref.version is not None:  # that commit installed? then no network, or repair it
                with contextlib.suppress(BundleNotFoundError):
                    found = self.store.find(ref.bundle_id, ref.version)
                    if repair:
                        ref = ref.with_version(found.revision)
                    elif self.store.has_blob(found.sha256, found.size):
                        return self._installer.activate_if(found, activate)
            entry = direct_entry(ref)
        else:
            entry = self.catalog.find(ref.bundle_id, ref.version)
            if entry.source == "starter" and not self._installer.installed(entry.id, entry.version):
                return self.import_file(
                    locate_starter(), activate=activate, progress=progress, cancel=cancel
                )
        on_battery = self.allow_on_battery if allow_on_battery is None else allow_on_battery
        return self._installer.pull(
            entry,
            direct=ref.is_direct,
            activate=activate,
            progress=progress,
            cancel=cancel,
            allow_on_battery=on_battery,
            repair=repair,
        )

    def import_file(
        self,
        path: Path,
        *,
        bundle_id: str | None = None,
        activate: bool = False,
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> Manifest:
        """Install a local .gguf as a bundle; a file the catalog knows keeps the catalog's name."""
        path = Path(path).expanduser()
        if not path.is_file():
            raise ModelNotFoundError(f"There is no file at {path}.", str(path))
        return self._installer.import_file(
            path,
            self.catalog.find_sha256,
            bundle_id=bundle_id,
            activate=activate,
            progress=progress,
            cancel=cancel or CancelToken(),
        )

    # --- switching --------------------------------------------------------------------------

    def use(self, ref: str | BundleRef) -> Manifest:
        """Make an installed version the active one; the previous one goes onto the history."""
        ref = BundleRef.parse(ref) if isinstance(ref, str) else ref
        manifest = self.store.find(ref.bundle_id, ref.version)
        if not self.store.has_blob(manifest.sha256, manifest.size):
            raise BundleNotFoundError(
                f"The files of “{manifest.ref}” are missing. Pull it again to repair it."
            )
        with self.store.locked():
            self.store.set_active(manifest)
        return manifest

    def reinstate(self, working: Manifest | None, failed: Manifest) -> None:
        """Undo the switch to `failed`, which did not load: point `active` at `working` again
        (at the one before on the history when the model that works is no bundle), and drop the
        history entry the switch added. Left alone when another model was chosen since."""
        with self.store.locked():
            state = self.store.active_state()
            if state.current != (failed.id, failed.version):
                return
            history = list(state.history)
            if working is not None:
                back: tuple[str, str] | None = (working.id, working.version)
            else:
                back = history[-1] if history else None
            if history and history[-1] == back:
                history.pop()
            self.store.write_active(ActiveState(back, tuple(history)))
        logger.info("active bundle back from %s after it failed to load", failed.ref)

    def rollback(self) -> Manifest:
        """Go back, in one step, to the version that was active before this one."""
        with self.store.locked():
            state = self.store.active_state()
            history = list(state.history)
            while history:
                bundle_id, version = history.pop()
                manifest = self.store.get(bundle_id, version)
                if manifest is not None and self.store.has_blob(manifest.sha256, manifest.size):
                    self.store.write_active(ActiveState((bundle_id, version), tuple(history)))
                    logger.info("rolled back to %s", manifest.ref)
                    return manifest
        raise BundleNotFoundError("There is no earlier model to go back to.")

    def remove(self, ref: str | BundleRef) -> Manifest:
        """Delete one installed version; its blob goes once no other version shares it."""
        ref = BundleRef.parse(ref) if isinstance(ref, str) else ref
        if ref.version is None:
            versions = [m.ref for m in self.store.manifests() if m.id == ref.bundle_id]
            if len(versions) > 1:
                raise BundleNotFoundError(f"Say which version to remove: {', '.join(versions)}.")
        manifest = self.store.find(ref.bundle_id, ref.version)
        with self.store.locked():
            state = self.store.active_state()
            if state.current == (manifest.id, manifest.version):
                raise BundleError(
                    f"“{manifest.ref}” is the model in use. Switch to another one first "
                    "(`mezzo models use` or `mezzo models rollback`)."
                )
            self.store.delete_manifest(manifest)
            history = tuple(h for h in state.history if h != (manifest.id, manifest.version))
            self.store.write_active(ActiveState(state.current, history))
            self.store.collect_garbage()
        logger.info("bundle removed: %s", manifest.ref)
        return manifest

    # --- checking and start-up --------------------------------------------------------------

    def verify(
        self, *, progress: ProgressCallback = ignore_progress, cancel: CancelToken | None = None
    ) -> list[VerifyResult]:
        """Re-hash every installed blob against its manifest. Changes nothing."""
        cancel = cancel or CancelToken()
        results: list[VerifyResult] = []
        hashed: dict[str, str] = {}  # blobs shared between versions are read once
        for manifest in self.store.manifests():
            path = self.store.blob_path(manifest.sha256)
            if not path.is_file():
                results.append(VerifyResult(manifest.ref, path, False, "file missing"))
                continue
            if path.stat().st_size != manifest.size:
                results.append(VerifyResult(manifest.ref, path, False, "wrong size"))
                continue
            if manifest.sha256 not in hashed:
                hashed[manifest.sha256] = download.hash_file(
                    path, bundle=manifest.ref, progress=progress, cancel=cancel
                )
            ok = hashed[manifest.sha256] == manifest.sha256
            results.append(VerifyResult(manifest.ref, path, ok, None if ok else "damaged"))
        return results

    def model_path(self, bundle_id: str, version: str | None = None) -> Path:
        """The file of an installed bundle version (the newest when `version` is None);
        BundleNotFoundError when it is not installed."""
        return self.store.blob_path(self.store.find(bundle_id, version).sha256)

    def resolve_active_model(self) -> Path:
        """The active bundle's blob; with nothing installed, the starter imported as a bundle."""
        active = self.store.active()
        if active is not None and self.store.has_blob(active.sha256, active.size):
            return self.store.blob_path(active.sha256)
        if active is not None:
            logger.error("active bundle %s has lost its file; using the starter", active.ref)
        manifest = self.import_file(locate_starter(), activate=active is None)
        return self.store.blob_path(manifest.sha256)


def resolve_active_model(paths: MezzoPaths) -> Path:
    """What the engine loads at start-up: the active bundle, falling back to the starter."""
    return BundleService.from_environment(paths).resolve_active_model()
