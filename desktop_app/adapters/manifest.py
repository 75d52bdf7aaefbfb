"""The adapter manifest: what one installed LoRA adapter is, written once at install time.

A LoRA GGUF says which architecture it was made for, but not which fine-tune of that
architecture: two bases with the same shapes load each other's adapters without complaint and
give quietly worse completions. So the manifest pins the sha256 of the base model the adapter was
checked against, and the resolver only hands the adapter to an engine running exactly that base.
It also keeps where the bytes came from (a hub file at a commit, or a local import), the default
scale and the languages the adapter was trained for.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from desktop_app.base.errors import AdapterError
from desktop_app.bundles.catalog import SHA256_RE
from desktop_app.bundles.manifest_file import ManifestFile
from desktop_app.bundles.refs import slug

SCHEMA = 1

NO_ADAPTER = "none"  # what a person types to map a repository to the base model alone
# llama.cpp accepts any scale; past 4x alpha/rank the adapter swamps the base and output is noise.
MAX_SCALE = 4.0

_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_LANGUAGE = re.compile(r"[a-z0-9][a-z0-9+#._-]{0,31}")


@dataclass(frozen=True, slots=True, kw_only=True)
class AdapterManifest(ManifestFile):
    """`source` is "hub" or "import"; `sha256` is the adapter GGUF's."""

    name: str
    base_sha256: str  # the base model it was checked against and may run on
    base_name: str  # that base's bundle ref at install time, for messages once it is gone
    architecture: str
    rank: int
    alpha: float | None  # None: the file has no adapter.lora.alpha; llama.cpp then uses scale
    scale: float  # used unless a mapping sets its own
    languages: tuple[str, ...]
    schema: int = SCHEMA

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"

    @classmethod
    def from_json(cls, text: str | bytes) -> AdapterManifest:
        values = cls.known_fields(text, SCHEMA)
        values["languages"] = tuple(values.get("languages", ()))
        manifest = cls(**values)
        if not SHA256_RE.fullmatch(manifest.base_sha256):
            raise ValueError("adapter manifest base_sha256 is not 64 hex digits")
        return manifest

    @classmethod
    def build(cls, **values: Any) -> AdapterManifest:
        """A new manifest stamped with the install time and this app's version."""
        return cls(**cls.stamp(), **values)


@dataclass(frozen=True, slots=True)
class Wanted:
    """What the person asked an install to be called and how it should run."""

    name: str | None = None  # None: from the file's name
    version: str | None = None  # None: from the sha256 (a local file) or the commit (the hub)
    scale: float = 1.0
    languages: tuple[str, ...] | str = ()

    def checked(self, filename: str) -> Checked:
        """Every field checked, the name filled in from `filename`: done before any byte is
        read, so bad input changes nothing."""
        return Checked(
            check_name(self.name or default_name(filename)),
            None if self.version is None else check_version(self.version),
            check_scale(self.scale),
            parse_languages(self.languages),
        )


@dataclass(frozen=True, slots=True)
class Checked:
    """A `Wanted` that passed `checked`."""

    name: str
    version: str | None
    scale: float
    languages: tuple[str, ...]


def default_name(filename: str) -> str:
    """`Roblox-LoRA.f16.gguf` → `roblox-lora.f16`: a name the person can type back."""
    stem = filename.rsplit("/", 1)[-1].removesuffix(".gguf").removesuffix(".GGUF")
    return slug(stem, 64) or "adapter"


def check_name(name: str) -> str:
    """Adapter names are typed in terminals and stored as folder names: keep them plain."""
    name = name.strip().lower()
    if name == NO_ADAPTER or not _NAME.fullmatch(name):
        raise AdapterError(
            f"“{name}” cannot name an adapter: use lower-case letters, digits, '.', '_' or '-' "
            f"(up to 64), and not “{NO_ADAPTER}”, which means “no adapter”."
        )
    return name


def check_version(version: str) -> str:
    version = version.strip()
    if not _VERSION.fullmatch(version):
        raise AdapterError(f"“{version}” cannot be an adapter version: use letters, digits, . _ -")
    return version


def check_scale(scale: float) -> float:
    """Scale 0 would make llama.cpp drop the adapter silently; say so instead."""
    if not (math.isfinite(scale) and 0 < scale <= MAX_SCALE):
        raise AdapterError(f"An adapter scale must be above 0 and at most {MAX_SCALE:g}.")
    return float(scale)


def parse_languages(text: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """`"luau, lua"` or `["Luau", "lua"]` → `("luau", "lua")`: lower-case, no duplicates."""
    items = text.split(",") if isinstance(text, str) else list(text)
    found: dict[str, None] = {}
    for item in (i.strip().lower() for i in items):
        if not item:
            continue
        if not _LANGUAGE.fullmatch(item):
            raise AdapterError(f"“{item}” is not a language name (like luau, python, c++).")
        found.setdefault(item)
    return tuple(found)
