"""Switching to another installed model: the one way the Models page and the tray both do it.

The chosen bundle becomes the active one (so the next start loads it too) and the engine starts
loading it. Both steps touch files (the active-model record, and the bundle's manifest when the
core looks up its template), so this runs in the task runner, never on the GUI thread; the
caller hands the Future to `bridge.track_load` so the tray shows "loading".
"""

from __future__ import annotations

from concurrent.futures import Future
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.bundles.manifest import Manifest
    from desktop_app.core.service import MezzoCore


def use_bundle(core: MezzoCore, ref: str) -> tuple[Manifest, Future[object]]:
    """Make the installed bundle `ref` the active one and start loading it."""
    manifest = core.bundles.use(ref)
    return manifest, core.load_model()
