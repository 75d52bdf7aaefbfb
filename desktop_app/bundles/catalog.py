"""The catalog: which models Mezzo offers, where they live on the hub, and what they must be.

`resources/catalog.json` ships with the app. A newer catalog may be fetched through the hub, but
only when it carries an Ed25519 signature from a key shipped in `resources/` (see signing.py), and
only when its serial is not older than one already seen, so an old catalog cannot be replayed to
push people back to a withdrawn model. Every hub entry Mezzo ships names the commit, sha256 and
size of its file, and where a person can check them (`pinned_from`), so a file the hub serves
differently is refused; an entry without a sha256 (a direct pull of a hub file) is pinned from
the hub's LFS metadata on first download, and the pin is kept in the installed manifest.
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from desktop_app.base.errors import BundleNotFoundError, SignatureError
from desktop_app.bundles.signing import PublicKey, verify_signature

SCHEMA = 1
SHA256_RE = re.compile(r"[0-9a-f]{64}")
COMMIT_RE = re.compile(r"[0-9a-f]{40}")
SOURCES = ("hub", "starter", "local")
# Catalogs written before these fields existed lack them.
OPTIONAL_FIELDS = frozenset({"min_mean_logprob", "pinned_from", "descriptions"})


def resources_dir() -> Path:
    """Mezzo's shipped data (`resources/` in a clone, the `desktop_app.resources` package once
    installed): catalog.json, the catalog signing keys, icons and samples."""
    return Path(str(importlib.resources.files("desktop_app.resources")))


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Order "2" before "10" and "1.2" before "1.10"; non-numeric parts sort as text."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"[.-]", version))


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    id: str
    version: str
    name: str
    description: str
    source: str  # "hub"; "starter" for the offline model shipped as a local file; "local"
    repo_id: str | None
    revision: str | None  # a branch until pinned; a 40-hex commit once pinned
    filename: str
    sha256: str | None  # None: pinned from the hub's LFS metadata on first download
    size: int | None
    quantization: str
    parameters: str
    context_length: int
    architecture: str
    fim_template: str  # FIM family ("qwen", "starcoder", …) or "none"
    ram_mb: int
    license: str
    # The mean log-probability per token a suggestion from this model must reach to be shown
    # (GatingSettings.min_mean_logprob, unless the person set one); None: Mezzo's lenient default.
    min_mean_logprob: float | None = None
    # The hub page of the file at `revision`, where its sha256 and size can be checked by hand.
    pinned_from: str | None = None
    # `description` in other languages, by Qt locale name ("de", "pt_BR"); a pair per language
    # so that entries stay hashable.
    descriptions: tuple[tuple[str, str], ...] = ()

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    @property
    def needs_fim(self) -> bool:
        """A named FIM family promises FIM tokens; "none" and "auto" promise nothing."""
        return self.fim_template not in ("none", "auto")

    def description_in(self, locale_name: str) -> str:
        """The description for a Qt locale name ("pt_BR", "de_DE"): that language and region,
        else the language alone, else English."""
        translated = dict(self.descriptions)
        language = locale_name.partition("_")[0]
        return translated.get(locale_name) or translated.get(language) or self.description

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CatalogEntry:
        names = [f.name for f in fields(cls)]
        missing = [n for n in names if n not in data and n not in OPTIONAL_FIELDS]
        if missing:
            raise ValueError(f"catalog entry {data.get('id')!r} lacks {', '.join(missing)}")
        values = {n: data[n] for n in names if n in data}
        if "descriptions" in values:
            values["descriptions"] = _translations(data.get("id"), values["descriptions"])
        entry = cls(**values)
        entry._check()
        return entry

    def to_dict(self) -> dict[str, Any]:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["descriptions"] = dict(self.descriptions)
        return values

    def _check(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"{self.id}: unknown source {self.source!r}")
        if self.source == "hub" and not (self.repo_id and self.revision):
            raise ValueError(f"{self.id}: a hub bundle needs repo_id and revision")
        if self.sha256 is not None and not SHA256_RE.fullmatch(self.sha256):
            raise ValueError(f"{self.id}: sha256 must be 64 lowercase hex digits")
        if self.size is not None and (not isinstance(self.size, int) or self.size <= 0):
            raise ValueError(f"{self.id}: size must be a positive integer")
        floor = self.min_mean_logprob
        if floor is not None and (not isinstance(floor, int | float) or not floor <= 0):
            raise ValueError(f"{self.id}: min_mean_logprob must be a number at most 0")


def _translations(entry_id: object, raw: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw.items()
    ):
        raise ValueError(f"{entry_id}: descriptions must map language names to text")
    return tuple(sorted(raw.items()))


@dataclass(frozen=True, slots=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]
    serial: int = 0

    @classmethod
    def from_json(cls, data: bytes | str | Mapping[str, Any]) -> Catalog:
        doc = json.loads(data) if isinstance(data, bytes | str) else data
        if not isinstance(doc, Mapping) or doc.get("schema") != SCHEMA:
            raise ValueError(f"not a Mezzo catalog (schema {SCHEMA} expected)")
        entries = tuple(CatalogEntry.from_dict(e) for e in doc.get("bundles", []))
        seen = set()
        for entry in entries:
            if entry.ref in seen:
                raise ValueError(f"catalog lists {entry.ref} twice")
            seen.add(entry.ref)
        return cls(entries=entries, serial=int(doc.get("serial", 0)))

    @classmethod
    def load(cls, path: Path | None = None) -> Catalog:
        return cls.from_json((path or resources_dir() / "catalog.json").read_bytes())

    def to_json(self) -> str:
        doc = {"schema": SCHEMA, "serial": self.serial, "bundles": [e.to_dict() for e in self]}
        return json.dumps(doc, indent=2)

    def __iter__(self) -> Iterator[CatalogEntry]:
        return iter(self.entries)

    def ids(self) -> list[str]:
        return sorted({e.id for e in self.entries})

    def versions(self, bundle_id: str) -> list[CatalogEntry]:
        found = [e for e in self.entries if e.id == bundle_id]
        return sorted(found, key=lambda e: version_key(e.version))

    def latest(self) -> list[CatalogEntry]:
        return [self.versions(i)[-1] for i in self.ids()]

    def find(self, bundle_id: str, version: str | None = None) -> CatalogEntry:
        found = self.versions(bundle_id)
        if version is not None:
            found = [e for e in found if e.version == version]
        if not found:
            what = f"{bundle_id}@{version}" if version else bundle_id
            raise BundleNotFoundError(
                f"There is no model called “{what}” in the catalog. "
                "`mezzo models list --all` shows the ones on offer."
            )
        return found[-1]

    def find_sha256(self, sha256: str) -> CatalogEntry | None:
        return next((e for e in self.entries if e.sha256 == sha256), None)

    def merged_with(self, newer: Catalog) -> Catalog:
        """Entries of `newer` win over ours with the same id and version; the rest are kept."""
        by_ref = {e.ref: e for e in self.entries}
        by_ref.update({e.ref: e for e in newer.entries})
        return Catalog(entries=tuple(by_ref.values()), serial=max(self.serial, newer.serial))


def parse_signed_catalog(
    data: bytes,
    signature: bytes | None,
    keys: Iterable[PublicKey],
    newest_serial_seen: int,
) -> Catalog:
    """Accept a remote catalog only if a shipped key signed these exact bytes and it is not old."""
    if signature is None:
        raise SignatureError(
            "The model list from the internet is not signed, so Mezzo will not use it. "
            "The models that came with Mezzo are still available."
        )
    verify_signature(data, signature, keys)
    try:
        catalog = Catalog.from_json(data)
    except (ValueError, TypeError) as exc:
        raise SignatureError(
            f"The signed model list is not in a format Mezzo reads ({exc})."
        ) from exc
    if catalog.serial < newest_serial_seen:
        raise SignatureError(
            f"The model list from the internet is older (number {catalog.serial}) than one "
            f"Mezzo has already seen (number {newest_serial_seen}), so it was not used."
        )
    return catalog
