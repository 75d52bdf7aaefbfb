"""What every manifest in a `BlobStore` says, models' and adapters' alike, and its JSON.

A manifest is written once, at install time, as sorted-key JSON with a schema number, and is
never changed. The fields here are the ones the store and its checks rely on: which blob, how
big, which version of what, where the bytes came from and when they were installed. Each kind
of manifest (`bundles.manifest`, `adapters.manifest`) adds its own fields.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from typing import Any, TypeVar

from desktop_app import __version__
from desktop_app.bundles.catalog import SHA256_RE, version_key


@dataclass(frozen=True, slots=True, kw_only=True)
class ManifestFile:
    version: str
    sha256: str  # of the bytes: the blob's name
    size: int
    source: str  # how the bytes arrived: "hub", "import", … (each kind says which)
    repo_id: str | None  # hub origin: repository, commit and path in it; None for imports
    revision: str | None
    filename: str
    installed_at: str
    app_version: str
    schema: int = 1

    @property
    def blob_name(self) -> str:
        return f"sha256-{self.sha256}"

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def known_fields(cls, text: str | bytes, schema: int) -> dict[str, Any]:
        """The fields this class knows from a manifest file (newer files may have more);
        ValueError for another schema or a sha256 that is not 64 hex digits."""
        data: dict[str, Any] = json.loads(text)
        if data.get("schema") != schema:
            raise ValueError(f"unknown manifest schema {data.get('schema')!r}")
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        if not SHA256_RE.fullmatch(str(values.get("sha256", ""))):
            raise ValueError("manifest sha256 is not 64 hex digits")
        return values

    @staticmethod
    def stamp() -> dict[str, str]:
        """`installed_at` and `app_version` for a new manifest: when, and by which Mezzo."""
        return {
            "installed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "app_version": __version__,
        }


M = TypeVar("M", bound=ManifestFile)


def by_version(manifests: Iterable[M]) -> list[M]:
    """Oldest first, newest last: by version number, then by install time for equal ones."""
    return sorted(manifests, key=lambda m: (version_key(m.version), m.installed_at))
