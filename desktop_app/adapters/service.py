"""`AdapterService`: the one API that the CLI and the GUI use for adapters.

It wires the registry (installed adapters), the mapping store (project → adapter) and the
resolver to the bundles service, which knows the base models adapters are checked against and
how to reach the hub. The engine and the server need only `service.resolver`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from desktop_app.adapters.compat import BaseModel
from desktop_app.adapters.manifest import (
    NO_ADAPTER,
    AdapterManifest,
    Wanted,
    check_name,
    check_scale,
)
from desktop_app.adapters.mapping import MappingState, MappingStore, RepoKey, RepoKind, Target
from desktop_app.adapters.registry import AdapterRegistry
from desktop_app.adapters.repos import normalize_remote, normalize_root
from desktop_app.adapters.resolver import AdapterResolver, Resolution
from desktop_app.base.errors import (
    AdapterBaseUnknownError,
    AdapterError,
    AdapterInUseError,
    AdapterInvalidError,
    BundleNotFoundError,
)
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import SettingsStore
from desktop_app.bundles.catalog import SHA256_RE
from desktop_app.bundles.hub import HubClient
from desktop_app.bundles.manifest import Manifest
from desktop_app.bundles.progress import CancelToken, ProgressCallback, ignore_progress
from desktop_app.bundles.refs import BadRefError, BundleRef
from desktop_app.bundles.service import HF_TOKEN_SECRET, BundleService

logger = logging.getLogger(__name__)


class AdapterService:
    def __init__(
        self,
        paths: MezzoPaths,
        bundles: BundleService,
        settings: SettingsStore | None = None,
        *,
        lock_timeout_s: float = 10.0,
    ) -> None:
        self.bundles = bundles
        self.registry = AdapterRegistry(paths, lock_timeout_s=lock_timeout_s)
        self.mappings = MappingStore.for_paths(paths, lock_timeout_s)
        self.settings = settings if settings is not None else SettingsStore(paths.settings_file)
        store = self.settings
        self.resolver = AdapterResolver(
            self.registry, self.mappings, lambda: store.current.current_repo
        )

    @classmethod
    def from_environment(cls, paths: MezzoPaths | None = None) -> AdapterService:
        paths = paths or MezzoPaths.from_environment()
        return cls(paths, BundleService.from_environment(paths))

    # --- base models --------------------------------------------------------------------------

    def _as_base(self, manifest: Manifest) -> BaseModel:
        store = self.bundles.store
        if not store.has_blob(manifest.sha256, manifest.size):
            raise AdapterBaseUnknownError(
                f"The files of the model “{manifest.ref}” are missing, so adapters cannot be "
                "checked against it. Pull it again first.",
                manifest.ref,
            )
        return BaseModel(manifest.sha256, manifest.ref, store.blob_path(manifest.sha256))

    def active_base(self) -> BaseModel | None:
        """The model in use, as a base; None when no model is installed yet."""
        active = self.bundles.active()
        return self._as_base(active) if active is not None else None

    def base(self, text: str | None = None) -> BaseModel:
        """An installed model named by sha256 or bundle id (`ID[@VERSION]`); None: the active."""
        if not text:
            base = self.active_base()
            if base is None:
                raise AdapterBaseUnknownError(
                    "No model is in use, so there is nothing to check the adapter against. "
                    "Pass --base with the model it was trained on.",
                    "",
                )
            return base
        text = text.strip()
        if SHA256_RE.fullmatch(text.lower()):
            found = self.bundles.store.find_sha256(text.lower())
        else:
            try:
                found = self.bundles.store.find(*_id_and_version(text))
            except BundleNotFoundError:
                found = None
        if found is None:
            raise AdapterBaseUnknownError(
                f"The base model “{text}” is not installed, so Mezzo cannot check that the "
                "adapter fits it. Install it (`mezzo models pull`) and add the adapter again.",
                text,
            )
        return self._as_base(found)

    # --- installing and removing --------------------------------------------------------------

    def add(
        self,
        source: str | Path,
        *,
        base: str | None = None,
        name: str | None = None,
        version: str | None = None,
        scale: float = 1.0,
        languages: tuple[str, ...] | str = (),
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
    ) -> AdapterManifest:
        """Install a local file, or a hub file `ORG/REPO/FILE.gguf[@REV]`, for `base`."""
        base_model = self.base(base)
        wanted = Wanted(name, version, scale, languages)
        path = Path(source).expanduser()
        if path.exists():
            return self.registry.import_file(
                path, base_model, wanted, progress=progress, cancel=cancel
            )
        try:
            ref = BundleRef.parse(str(source))
        except BadRefError:
            ref = None
        if ref is None or not ref.is_direct:
            raise AdapterInvalidError(
                f"“{source}” is neither a file here nor a hub file (ORG/REPO/FILE.gguf[@REV]).",
                str(source),
                "missing",
            )
        hub = HubClient(self.bundles.endpoint, self.bundles.secrets.get(HF_TOKEN_SECRET))
        return self.registry.pull(hub, ref, base_model, wanted, progress=progress, cancel=cancel)

    def remove(self, ref: str) -> list[AdapterManifest]:
        """Remove `NAME` (every version) or `NAME@VERSION`.

        An adapter that projects are still mapped to is refused, with those projects
        named, rather than unmapped behind the person's back: their completions would change
        without a word. Removing one of several versions is allowed; mappings go by name.
        """
        name, _, version = ref.strip().partition("@")
        name = name.lower()
        versions = self.registry.versions(name)
        last = not version or [m.version for m in versions] == [version]
        repos = self.mappings.current().using(name) if versions and last else ()
        if repos:
            raise AdapterInUseError(
                f"“{name}” is still mapped to {', '.join(repos)}. Unmap them first "
                f"(`mezzo adapters unmap PROJECT`, or `mezzo adapters default none`).",
                name,
                repos,
            )
        return self.registry.remove(name, version or None)

    # --- mappings -----------------------------------------------------------------------------

    def _target(self, adapter: str, scale: float | None) -> Target:
        adapter = adapter.strip().lower()
        if adapter in (NO_ADAPTER, ""):
            return Target("", None)
        self.registry.find(check_name(adapter))  # only installed adapters can be mapped
        return Target(adapter, None if scale is None else check_scale(scale))

    def map(self, repo: str, adapter: str, scale: float | None = None) -> RepoKey:
        """Map a project (any folder on this computer, or a git remote URL) to `adapter` or
        "none"; a path that is missing or a file is refused and nothing changes."""
        key = RepoKey.parse(repo)
        self.mappings.map(key, self._target(adapter, scale))
        return key

    def unmap(self, repo: str) -> tuple[RepoKey, bool]:
        """Forget a mapping; a folder that is gone is matched by its path as stored."""
        try:
            key = RepoKey.parse(repo)
        except AdapterError:
            gone = RepoKey(RepoKind.ROOT, normalize_root(os.path.abspath(os.path.expanduser(repo))))
            if self.mappings.current().get(gone) is None:
                raise
            key = gone
        return key, self.mappings.unmap(key)

    def set_default(self, adapter: str, scale: float | None = None) -> MappingState:
        return self.mappings.set_default(self._target(adapter, scale))

    def which(self, where: str = "", base: str | None = None) -> Resolution:
        """What a file at `where` would get under `base` (default: the model in use).

        `where` is a file (it need not exist yet), a folder, a remote URL, or "" for what a
        client that sends no path gets: the current project.
        """
        if base and SHA256_RE.fullmatch(base.strip().lower()):
            base_sha256 = base.strip().lower()  # "what if that model were loaded": no need for it
        else:
            base_sha256 = self.base(base).sha256 if base else self._active_sha256()
        if not where or normalize_remote(where):
            return self.resolver.explain(repo=where, base_sha256=base_sha256)
        path = Path(where).expanduser().absolute()
        if path.is_dir():
            return self.resolver.explain(repo=str(path), base_sha256=base_sha256)
        return self.resolver.explain(filepath=str(path), base_sha256=base_sha256)

    def _active_sha256(self) -> str:
        active = self.bundles.active()
        return active.sha256 if active is not None else ""


def _id_and_version(text: str) -> tuple[str, str | None]:
    ref = BundleRef.parse(text)
    return ref.bundle_id, ref.version
