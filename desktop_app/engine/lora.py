"""LoRA adapters on the loaded model, switched per request without throwing the cache away.

llama.cpp applies adapters when it builds the graph, so switching is cheap, but the KV cache
holds keys and values computed under the previous adapter and must not serve another one. When
the adapter changes, sequence 0's state (`llama_state_seq_get_data`, KV only) and its token list
are kept under the old adapter's key, and restored when that adapter comes back: two
repositories with two adapters then alternate without recomputing their prompts. Snapshots live
in an LRU bounded by bytes; adapter handles in a small LRU, freed when evicted and not in use.
Never `Llama(lora_path=...)`: it disables mmap and cannot switch.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

from desktop_app.base.errors import AdapterLoadError
from desktop_app.engine.model import LoadedModel, LoraHandle, SequenceState
from desktop_app.engine.types import AdapterChoice

logger = logging.getLogger(__name__)

AdapterKey = tuple[str, float]  # (adapter file, scale): the same file at another scale differs
BASE: AdapterKey = ("", 0.0)


class AdapterSwitcher:
    def __init__(
        self, model: LoadedModel, snapshot_budget_bytes: int, max_handles: int = 4
    ) -> None:
        self._model = model
        self._budget = snapshot_budget_bytes
        self._max_handles = max_handles
        self._handles: OrderedDict[str, LoraHandle] = OrderedDict()
        self._snapshots: OrderedDict[AdapterKey, SequenceState] = OrderedDict()
        self.active: AdapterKey = BASE
        self.active_name = ""

    @property
    def snapshot_bytes(self) -> int:
        return sum(s.size for s in self._snapshots.values())

    def apply(self, choice: AdapterChoice) -> None:
        key = (choice.path, choice.scale) if choice.name and choice.path else BASE
        if key == self.active:
            return
        if key == BASE:
            self._model.use_lora(None)
        elif not self._model.use_lora(self._handle(choice), choice.scale):
            raise AdapterLoadError(
                f"llama.cpp could not apply the adapter {choice.name!r}.", choice.name
            )
        self._save(self.active)
        self.active, self.active_name = key, choice.name if key != BASE else ""
        if not self._restore(key):
            self._model.clear_cache()
        logger.debug("adapter now %s", self.active_name or "none")

    def _handle(self, choice: AdapterChoice) -> LoraHandle:
        handle = self._handles.get(choice.path)
        if handle is not None:
            self._handles.move_to_end(choice.path)
            return handle
        if not Path(choice.path).is_file():
            raise AdapterLoadError(
                f"The adapter file for {choice.name!r} is missing: {choice.path}", choice.name
            )
        handle = self._model.load_lora(choice.path)
        if handle is None:
            raise AdapterLoadError(
                f"The adapter {choice.name!r} does not fit the loaded model "
                f"{self._model.info.name!r}: llama.cpp refused it.",
                choice.name,
            )
        self._handles[choice.path] = handle
        while len(self._handles) > self._max_handles:
            path, evicted = next(iter(self._handles.items()))
            if path == self.active[0]:
                self._handles.move_to_end(path)
                continue
            del self._handles[path]
            self._model.free_lora(evicted)
        return handle

    def _save(self, key: AdapterKey) -> None:
        if self._budget <= 0:
            return
        saved = self._model.save_sequence(self._budget)
        if saved is None:
            return
        self._snapshots[key] = saved
        self._snapshots.move_to_end(key)
        while self.snapshot_bytes > self._budget:
            self._snapshots.popitem(last=False)

    def _restore(self, key: AdapterKey) -> bool:
        snapshot = self._snapshots.pop(key, None)
        if snapshot is None:
            return False
        if not self._model.restore_sequence(snapshot):
            logger.warning("adapter snapshot could not be restored; recomputing")
            return False
        return True
