"""Models as a person thinks of them: one model, offered in one or more sizes.

The catalog lists each quantization of a model as its own bundle ("Qwen2.5-Coder 1.5B (Q8_0)"
and "… (Q4_K_M)"), with the same description. Shown that way, the page has pairs of cards a
person cannot tell apart. Here the bundles are grouped into one `ModelGroup` per model, whose
`ModelSize`s are the quantizations, smallest download first; each size keeps its own catalog
entry and installed versions, so downloads, switches and removals still act on one bundle.

Two bundles are sizes of one model when their names match once the quantization is taken out,
and their parameters, licence and source match too: a card says its description and licence
once, so bundles that differ there must not share one. Installed bundles the catalog does not
list (an imported file, a direct hub pull) each get a group of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.bundles.catalog import Catalog, CatalogEntry, version_key
from desktop_app.bundles.recommend import estimated_download_bytes
from desktop_app.bundles.service import InstalledBundle
from desktop_app.ui.model_text import model_description


@dataclass(frozen=True, slots=True)
class ModelSize:
    """One bundle id: a model at one quantization, its newest catalog entry and its installs."""

    bundle_id: str
    entry: CatalogEntry | None  # None: not in the catalog (an imported file, a direct hub pull)
    installed: tuple[InstalledBundle, ...]  # newest first

    @property
    def name(self) -> str:
        if self.entry is not None:
            return self.entry.name
        return self.installed[0].manifest.name if self.installed else self.bundle_id

    @property
    def ram_mb(self) -> int:
        if self.entry is not None:
            return self.entry.ram_mb
        return self.installed[0].manifest.ram_mb if self.installed else 0

    @property
    def quantization(self) -> str:
        if self.entry is not None:
            return self.entry.quantization
        return self.installed[0].manifest.quantization if self.installed else ""

    @property
    def download_bytes(self) -> int:
        """The file's size: exact once installed or pinned, else the catalog's estimate."""
        if self.entry is not None:
            return estimated_download_bytes(self.entry)
        return self.installed[0].manifest.size if self.installed else 0

    @property
    def size_is_exact(self) -> bool:
        return self.entry is None or bool(self.entry.size)

    @property
    def newest_installed(self) -> bool:
        return self.entry is not None and any(
            b.manifest.version == self.entry.version for b in self.installed
        )

    @property
    def active(self) -> bool:
        return any(b.active for b in self.installed)


@dataclass(frozen=True, slots=True)
class ModelGroup:
    """One model, one card: what it is for, its licence, and the sizes to choose from."""

    key: str
    sizes: tuple[ModelSize, ...]  # smallest download first

    @property
    def name(self) -> str:
        """The model's name without a quantization, when the card offers several."""
        first = self.sizes[0]
        return _without_quantization(first.name, first.quantization) if self.entry else first.name

    @property
    def entry(self) -> CatalogEntry | None:
        return next((s.entry for s in self.sizes if s.entry is not None), None)

    @property
    def description(self) -> str:
        if self.entry is not None:
            return model_description(self.entry)
        installed = self.sizes[0].installed
        return installed[0].manifest.description if installed else ""

    @property
    def licence(self) -> str:
        if self.entry is not None:
            return self.entry.license
        installed = self.sizes[0].installed
        return installed[0].manifest.license if installed else ""

    @property
    def is_starter(self) -> bool:
        return self.entry is not None and self.entry.source == "starter"

    @property
    def installed(self) -> bool:
        return any(s.installed for s in self.sizes)

    @property
    def bundle_ids(self) -> tuple[str, ...]:
        return tuple(s.bundle_id for s in self.sizes)

    def size(self, bundle_id: str) -> ModelSize:
        return next(s for s in self.sizes if s.bundle_id == bundle_id)


def model_key(entry: CatalogEntry) -> str:
    """What the quantizations of one model share; see the module docstring."""
    name = _without_quantization(entry.name, entry.quantization).casefold()
    return "|".join((name, entry.parameters.casefold(), entry.license, entry.source))


def _without_quantization(name: str, quantization: str) -> str:
    """ "Qwen2.5-Coder 1.5B (Q8_0)" → "Qwen2.5-Coder 1.5B"."""
    if not quantization:
        return name
    quant = re.escape(quantization)
    stripped = re.sub(rf"\(\s*{quant}\s*\)|\b{quant}\b", "", name, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", stripped).strip(" -·") or name


def group_models(catalog: Catalog, installed: Iterable[InstalledBundle]) -> list[ModelGroup]:
    """One group per model, in catalog order, then installed ids the catalog does not know."""
    newest: dict[str, CatalogEntry] = {}
    for entry in catalog:
        known = newest.get(entry.id)
        if known is None or version_key(entry.version) > version_key(known.version):
            newest[entry.id] = entry
    by_id: dict[str, list[InstalledBundle]] = {}
    for bundle in installed:
        by_id.setdefault(bundle.manifest.id, []).append(bundle)
    sizes_by_key: dict[str, list[ModelSize]] = {}
    for bundle_id in dict.fromkeys([*(e.id for e in catalog), *by_id]):
        versions = sorted(
            by_id.get(bundle_id, []),
            key=lambda b: (version_key(b.manifest.version), b.manifest.installed_at),
            reverse=True,
        )
        entry = newest.get(bundle_id)
        key = model_key(entry) if entry is not None else f"installed|{bundle_id}"
        sizes_by_key.setdefault(key, []).append(ModelSize(bundle_id, entry, tuple(versions)))
    return [
        ModelGroup(key, tuple(sorted(sizes, key=lambda s: s.download_bytes)))
        for key, sizes in sizes_by_key.items()
    ]
