"""Cache warm-ups that keep the person's place in the KV cache.

llama.vim and llama.vscode send a warm-up (`n_predict` 0) with an empty prefix and suffix and
only their ring of extra context whenever the person pauses, so that the context is evaluated
before the next keystroke. Run as sent, it leaves the cache holding the extra context alone: the
next completion, whose prompt is that context followed by the file around the cursor, then
re-evaluates the whole prefix and suffix (hundreds of tokens) while the person waits. So a
warm-up that carries no cursor is run with its client's last cursor after the new extra context,
which is what that next completion most likely sends. The cursor context is kept in memory only,
for a bounded number of clients, and never written anywhere.
"""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict

from desktop_app.engine.types import CompletionRequest

MAX_CLIENTS = 64

_CURSOR_FIELDS = ("prefix", "suffix", "filename", "repo_name", "language")


class WarmUpContext:
    """Thread-safe: requests arrive on the server's event loop and the GUI's threads."""

    def __init__(self, max_clients: int = MAX_CLIENTS) -> None:
        self._lock = threading.Lock()
        self._cursors: OrderedDict[str, dict[str, str]] = OrderedDict()
        self._max_clients = max_clients

    def prepared(self, request: CompletionRequest) -> CompletionRequest:
        """Remember a completion's cursor; give a cursor-less warm-up its client's last one."""
        if request.raw or request.choice:
            return request
        client = request.client_id
        if not _is_bare_warm_up(request):
            with self._lock:
                self._cursors[client] = {f: getattr(request, f) for f in _CURSOR_FIELDS}
                self._cursors.move_to_end(client)
                while len(self._cursors) > self._max_clients:
                    self._cursors.popitem(last=False)
            return request
        with self._lock:
            cursor = self._cursors.get(client)
        return dataclasses.replace(request, **cursor) if cursor else request


def _is_bare_warm_up(request: CompletionRequest) -> bool:
    return request.is_warm_up and not request.prefix and not request.suffix
