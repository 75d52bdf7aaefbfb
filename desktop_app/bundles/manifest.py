"""The installed manifest: what one installed bundle version is, pinned down for good.

A catalog entry may say "branch main, sha256 unknown"; the manifest written at install time says
which commit was fetched, which sha256 the bytes had and where that expectation came from, and
what the GGUF header said (architecture, context length, FIM tokens). It is written once and never
changed, so the engine can trust it offline and `verify` can re-check the blob against it.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.bundles.catalog import CatalogEntry
from desktop_app.bundles.gguf_info import GGUFInfo
from desktop_app.bundles.manifest_file import ManifestFile

SCHEMA = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Manifest(ManifestFile):
    """`source` is "catalog", "hub" (a direct ORG/REPO/FILE pull), "import" or "starter";
    `revision` is the commit the bytes came from."""

    id: str
    name: str
    description: str
    sha256_from: str  # "catalog" (pinned in advance), "hub" (LFS metadata) or "local" (hashed here)
    quantization: str
    parameters: str
    architecture: str
    context_length: int | None
    fim: bool  # the GGUF has FIM prefix/suffix/middle tokens
    fim_template: str  # FIM family from the catalog, "none", or "auto" (the engine detects it)
    ram_mb: int
    license: str
    schema: int = SCHEMA

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    @classmethod
    def from_json(cls, text: str | bytes) -> Manifest:
        return cls(**cls.known_fields(text, SCHEMA))

    @classmethod
    def build(
        cls,
        entry: CatalogEntry,
        *,
        source: str,
        revision: str | None,
        sha256: str,
        size: int,
        sha256_from: str,
        info: GGUFInfo,
    ) -> Manifest:
        return cls(
            id=entry.id,
            version=entry.version,
            name=entry.name,
            description=entry.description,
            source=source,
            repo_id=entry.repo_id,
            revision=revision,
            filename=entry.filename,
            sha256=sha256,
            size=size,
            sha256_from=sha256_from,
            quantization=entry.quantization,
            parameters=entry.parameters,
            architecture=info.architecture,
            context_length=info.context_length,
            fim=info.has_fim,
            fim_template=entry.fim_template,
            ram_mb=entry.ram_mb,
            license=entry.license,
            **cls.stamp(),
        )
