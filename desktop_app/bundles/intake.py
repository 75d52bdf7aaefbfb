"""Getting new bytes into a `BlobStore`: stage them as a `.part`, verify them, rename them in.

Models and adapters arrive the same two ways, a local file copied in or a hub file downloaded
(resumably), and in both cases the bytes are hashed and checked while they are still in
`partial/`. Only then is the store lock taken for the renames. So whatever is refused or
interrupted on the way leaves the installed set exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from desktop_app.bundles import download
from desktop_app.bundles.blob_store import BlobStore
from desktop_app.bundles.hub import HubClient, RemoteFile
from desktop_app.bundles.manifest_file import M
from desktop_app.bundles.power import PowerGate
from desktop_app.bundles.progress import CancelToken, ProgressCallback

T = TypeVar("T")


def part_key(remote: RemoteFile) -> str:
    """A `.part` name for a hub file whose sha256 nobody told us: stable across restarts."""
    text = f"{remote.repo_id}@{remote.commit}/{remote.filename}"
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Staged:
    """Bytes in `partial/` whose sha256 is known and checked, not yet in the store."""

    part: Path
    sha256: str

    @property
    def size(self) -> int:
        return self.part.stat().st_size

    def check(self, check: Callable[[Path], T], refused: tuple[type[Exception], ...]) -> T:
        """`check(part)`; bytes it refuses with one of `refused` are deleted: they are what the
        source has, so fetching them again would not help."""
        try:
            return check(self.part)
        except refused:
            self.part.unlink(missing_ok=True)
            raise


class Intake(Generic[M]):
    def __init__(self, store: BlobStore[M], free_of: download.DiskFree = download.disk_free):
        self.store = store
        self._free_of = free_of

    @contextlib.contextmanager
    def copy(
        self, path: Path, sha256: str, *, progress: ProgressCallback, cancel: CancelToken
    ) -> Iterator[Staged]:
        """Copy a local file already hashed to `sha256` into `partial/`; a file that changed
        while it was read is refused. The `.part` stays locked to this process in the block."""
        with self.store.downloading(sha256, path.name):
            part = self.store.part_path(sha256)
            copied = download.copy_to_part(
                path, part, bundle=path.name, progress=progress, cancel=cancel,
                free_of=self._free_of,
            )  # fmt: skip
            download.verify_part(part, sha256, copied, path.name)
            yield Staged(part, copied)

    @contextlib.contextmanager
    def fetch(
        self,
        hub: HubClient,
        remote: RemoteFile,
        expected: str | None,
        *,
        label: str,
        what: str | None = None,
        progress: ProgressCallback,
        cancel: CancelToken,
        gate: PowerGate | None = None,
    ) -> Iterator[Staged]:
        """Download `remote` into `partial/`, continuing a `.part` left by an earlier try, and
        hash it; bytes that are not `expected` (when known) are deleted and refused.

        `label` names the download in progress events and lock messages, `what` (default: the
        label) in the damaged-download message; `gate` is checked before any byte is fetched
        and between chunks. The `.part` stays locked to this process in the block.
        """
        key = expected or part_key(remote)
        with self.store.downloading(key, label):
            part = self.store.part_path(key)
            if not (part.exists() and part.stat().st_size == remote.size):
                if gate is not None:
                    gate.check()
                download.fetch_to_part(
                    hub, remote, part, bundle=label, progress=progress, cancel=cancel,
                    checkpoint=gate.checkpoint if gate else None, free_of=self._free_of,
                )  # fmt: skip
            actual = download.hash_file(part, bundle=label, progress=progress, cancel=cancel)
            download.verify_part(part, expected, actual, what or label)
            yield Staged(part, actual)

    def install(
        self, staged: Staged | None, manifest: M, then: Callable[[], None] | None = None
    ) -> None:
        """Under the store lock: rename the bytes in (None: the blob is in place already), then
        write the manifest, so a manifest always names a blob; then `then()`, e.g. a pointer
        flip. Replaces a same-named blob too: it may be one found damaged on the way here."""
        with self.store.locked():
            self.store.cleanup_temp_files()
            if staged is not None:
                self.store.adopt_blob(staged.part, manifest.sha256)
            self.store.write_manifest(manifest)
            if then is not None:
                then()
