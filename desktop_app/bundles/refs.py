"""`BundleRef`: what a person types to name a bundle, parsed once into a value.

Two shapes, after Ollama's `types/model.Name`:
- a catalog bundle, `qwen2.5-coder-1.5b-q8` or `qwen2.5-coder-1.5b-q8@2`;
- a file on the hub outside the catalog, `org/repo/path/model.gguf` or `…/model.gguf@revision`,
  where the revision is a branch, a tag or a commit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.base.errors import BundleNotFoundError

_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,95}")
_REPO_PART = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}")
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,95}")
_FILE_PART = re.compile(r"[^/\\\x00]+")


class BadRefError(BundleNotFoundError, ValueError):
    """The text is not a bundle name at all."""


@dataclass(frozen=True, slots=True)
class BundleRef:
    bundle_id: str
    version: str | None = None
    repo_id: str | None = None
    filename: str | None = None

    @property
    def is_direct(self) -> bool:
        """True for a hub file named by repository and path rather than by catalog id."""
        return self.repo_id is not None

    @classmethod
    def parse(cls, text: str) -> BundleRef:
        text = text.strip()
        name, at, version = text.rpartition("@") if "@" in text else (text, "", "")
        if at and not _VERSION.fullmatch(version):
            raise BadRefError(f"“{version}” is not a valid version or revision in “{text}”.")
        if "/" not in name:
            if not _ID.fullmatch(name):
                raise BadRefError(
                    f"“{text}” is not a model name. Use a name from `mezzo models list`, "
                    "or ORG/REPO/FILE.gguf for a file on the hub."
                )
            return cls(bundle_id=name, version=version or None)
        parts = name.split("/")
        if len(parts) < 3 or not all(_REPO_PART.fullmatch(p) for p in parts[:2]):
            raise BadRefError(f"“{text}” should look like ORG/REPO/FILE.gguf[@REVISION].")
        filename = "/".join(parts[2:])
        if not all(_FILE_PART.fullmatch(p) and p not in {".", ".."} for p in parts[2:]):
            raise BadRefError(f"“{filename}” is not a file name inside a repository.")
        if not filename.lower().endswith(".gguf"):
            raise BadRefError(f"Mezzo runs GGUF models, and “{filename}” is not a .gguf file.")
        repo_id = "/".join(parts[:2])
        return cls(bundle_id=name, version=version or None, repo_id=repo_id, filename=filename)

    def with_version(self, version: str | None) -> BundleRef:
        return BundleRef(self.bundle_id, version, self.repo_id, self.filename)

    def __str__(self) -> str:
        return f"{self.bundle_id}@{self.version}" if self.version else self.bundle_id


def slug(text: str, limit: int) -> str:
    """A name a person can type back and a folder can carry: `Roblox LoRA.f16` becomes
    `roblox-lora.f16`, at most `limit` long; "" when nothing typeable is left."""
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-._")[:limit]
