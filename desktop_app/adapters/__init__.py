"""LoRA adapters: an installed set checked against base models, and a choice per repository.

The engine and the server call `AdapterResolver.resolve(...)` per request; the CLI and the GUI use
`AdapterService`. As "Build Your Own Copilot in Pure Python" puts it ("The Multi-Repo Problem"): one
adapter per repository, switched per request on one loaded base model.
"""

from desktop_app.adapters.compat import BaseModel
from desktop_app.adapters.manifest import AdapterManifest
from desktop_app.adapters.mapping import MappingStore, RepoKey, Target
from desktop_app.adapters.registry import AdapterRegistry
from desktop_app.adapters.resolver import AdapterResolver, MatchKind, Resolution
from desktop_app.adapters.service import AdapterService

__all__ = [
    "AdapterManifest",
    "AdapterRegistry",
    "AdapterResolver",
    "AdapterService",
    "BaseModel",
    "MappingStore",
    "MatchKind",
    "RepoKey",
    "Resolution",
    "Target",
]
