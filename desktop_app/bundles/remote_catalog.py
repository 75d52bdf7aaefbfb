"""The optional remote catalog: newer bundle versions, fetched through the hub, signed.

It lives in a hub repository as `catalog.json` plus `catalog.json.sig`. A fetched catalog is kept
in the model store, with its signature, so the newer versions stay listed offline; it is checked
again every time it is loaded, and the highest serial ever accepted is remembered so an older
signed catalog cannot be replayed.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from desktop_app.base.errors import RevisionNotFoundError, SignatureError
from desktop_app.base.files import atomic_write_bytes, atomic_write_text
from desktop_app.bundles.catalog import Catalog, parse_signed_catalog
from desktop_app.bundles.hub import HubClient
from desktop_app.bundles.signing import SIGNATURE_SUFFIX, PublicKey

logger = logging.getLogger(__name__)

CATALOG_FILE = "catalog.json"


class RemoteCatalogCache:
    def __init__(self, root: Path, keys: list[PublicKey]) -> None:
        self._keys = keys
        self._data_file = root / "remote-catalog.json"
        self._sig_file = root / f"remote-catalog.json{SIGNATURE_SUFFIX}"
        self._state_file = root / "remote-catalog-state.json"

    def newest_serial_seen(self) -> int:
        try:
            return int(json.loads(self._state_file.read_text("utf-8"))["serial"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0

    def load_cached(self) -> Catalog | None:
        """The last accepted remote catalog, re-verified; None if there is none or it fails."""
        try:
            data, sig = self._data_file.read_bytes(), self._sig_file.read_bytes()
        except FileNotFoundError:
            return None
        try:
            return parse_signed_catalog(data, sig, self._keys, self.newest_serial_seen())
        except SignatureError as exc:
            logger.warning("ignoring the saved remote catalog: %s", exc)
            return None

    def fetch(self, hub: HubClient, repo_id: str, revision: str = "main") -> Catalog:
        data = hub.read_small(repo_id, CATALOG_FILE, revision)
        if data is None:
            raise RevisionNotFoundError(
                f"The hub repository “{repo_id}” has no model list ({CATALOG_FILE}).",
                missing="file",
            )
        sig = hub.read_small(repo_id, CATALOG_FILE + SIGNATURE_SUFFIX, revision)
        catalog = parse_signed_catalog(data, sig, self._keys, self.newest_serial_seen())
        atomic_write_bytes(self._data_file, data)
        atomic_write_bytes(self._sig_file, sig or b"")
        atomic_write_text(self._state_file, json.dumps({"serial": catalog.serial}))
        logger.info("remote catalog accepted: %s serial %d", repo_id, catalog.serial)
        return catalog
