"""Where each client was editing before it moved to another file.

Mezzo sees every request, so it knows the places a person worked at even when the editor sends
no snippets of its own: when a client's requests move to another file, the text around its last
cursor in the file it left becomes a recent edit site. A site changes only on a file switch, so
the context built from them stays the same while the person types, and the KV cache holds.
The sites live in memory only and are gone when Mezzo quits.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

SITE_LINES_ABOVE = 8
SITE_LINES_BELOW = 4
SITES_PER_CLIENT = 3
MAX_CLIENTS = 64


@dataclass(frozen=True, slots=True)
class EditSite:
    path: str  # repository-relative
    text: str  # the lines around the cursor when the person left the file


def _site_text(prefix: str, suffix: str) -> str:
    above = prefix.split("\n")[-SITE_LINES_ABOVE:]
    below = suffix.split("\n")[: SITE_LINES_BELOW + 1]
    return ("\n".join(above) + "\n".join(below)).strip("\n")


class RecentEdits:
    def __init__(self, sites_per_client: int = SITES_PER_CLIENT) -> None:
        self._capacity = sites_per_client
        self._lock = threading.Lock()  # the server's threads share one instance
        self._here: OrderedDict[str, tuple[str, str, str]] = OrderedDict()  # client -> last seen
        self._sites: dict[str, tuple[EditSite, ...]] = {}

    def visit(self, client: str, path: str, prefix: str, suffix: str) -> tuple[EditSite, ...]:
        """Record that `client` is at this cursor in `path`; return its sites in other files,
        oldest first."""
        with self._lock:
            last = self._here.get(client)
            if last is not None and last[0] != path and last[0]:
                left = EditSite(last[0], _site_text(last[1], last[2]))
                kept = [s for s in self._sites.get(client, ()) if s.path != left.path]
                self._sites[client] = (*kept, left)[-self._capacity :]
            self._here[client] = (path, prefix[-4096:], suffix[:2048])
            self._here.move_to_end(client)
            while len(self._here) > MAX_CLIENTS:
                gone, _ = self._here.popitem(last=False)
                self._sites.pop(gone, None)
            return tuple(s for s in self._sites.get(client, ()) if s.path != path)

    def forget(self) -> None:
        with self._lock:
            self._here.clear()
            self._sites.clear()
