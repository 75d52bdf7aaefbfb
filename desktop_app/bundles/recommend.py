"""Which catalog model to suggest on first run, from this computer's memory and free disk.

A person who is not technical cannot judge "1.5B Q4_K_M"; they need one suggestion that will
run well next to their editor (Roblox Studio alone takes a few GB). The rule, kept simple so it
can be explained in one sentence:

- the model may use a quarter of the computer's memory (the editor, the game and the OS need
  the rest), and never more than `MAX_MODEL_RAM_MB`: past a 3B model at 4-bit, completions get
  slower than people will wait for on a CPU (a 7B model takes 1.5-3 s per completion on a laptop
  CPU, which people find annoying);
- its download, plus headroom, must fit on the disk that holds Mezzo's models;
- among the models that fit, the one needing the most memory is the most capable;
- a model whose licence allows commercial use wins over a more capable one whose licence does
  not (or that Mezzo does not know; see licences.py): Roblox creators sell what they make, and a
  non-commercial model must be a choice they make knowingly on the Models page, not a default.
  The restricted model passed over is kept in the `Recommendation` so screens can name it;
- when none fits, the offline starter model, which needs no download.

`recommend` is pure (numbers in, a `Recommendation` out) so it is tested with made-up machines;
`machine_resources` reads the real ones with psutil.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import psutil

from desktop_app.bundles.catalog import CatalogEntry
from desktop_app.bundles.licences import licence_of

MB = 1024 * 1024
RAM_SHARE = 0.25
MAX_MODEL_RAM_MB = 3072
DISK_HEADROOM_BYTES = 512 * MB  # a full disk breaks more than Mezzo
# Bits per weight of common GGUF quantisations (llama.cpp's figures, rounded up), used to
# estimate a download whose size the catalog does not list yet.
_BITS_PER_WEIGHT = {"Q8_0": 8.5, "Q6_K": 6.6, "Q5_K_M": 5.7, "Q4_K_M": 4.9, "Q4_1": 5.0}
_PARAMS_RE = re.compile(r"([\d.]+)\s*([MB])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Machine:
    total_ram_bytes: int
    free_disk_bytes: int


@dataclass(frozen=True, slots=True)
class Recommendation:
    entry: CatalogEntry | None  # None: no catalog model fits, not even the starter
    download_bytes: int  # estimated; 0 for the starter (it is already on this computer)
    ram_budget_mb: int
    is_starter: bool
    # A more capable model that also fits but whose licence restricts its use; None when the
    # suggestion is already the most capable model that fits.
    passed_over: CatalogEntry | None = None

    @property
    def needs_download(self) -> bool:
        return self.entry is not None and not self.is_starter


def estimated_download_bytes(entry: CatalogEntry) -> int:
    """The catalog's size when known, else parameters x bits per weight, plus 10 %."""
    if entry.size:
        return entry.size
    match = _PARAMS_RE.search(entry.parameters)
    if not match:
        return entry.ram_mb * MB  # the memory figure is an upper bound for the file
    scale = 1e9 if match.group(2).upper() == "B" else 1e6
    bits = _BITS_PER_WEIGHT.get(entry.quantization.upper(), 8.5)
    return int(float(match.group(1)) * scale * bits / 8 * 1.1)


def ram_budget_mb(total_ram_bytes: int) -> int:
    return min(MAX_MODEL_RAM_MB, int(total_ram_bytes * RAM_SHARE / MB))


def _capability(entry: CatalogEntry) -> tuple[int, str]:
    return entry.ram_mb, entry.id  # the id only makes the order total


def recommend(entries: Iterable[CatalogEntry], machine: Machine) -> Recommendation:
    """The most capable FIM model that fits `machine`, preferring a permissive licence, else
    the offline starter."""
    entries = list(entries)
    budget = ram_budget_mb(machine.total_ram_bytes)
    fitting = [
        entry
        for entry in entries
        if entry.source == "hub"
        and entry.needs_fim
        and entry.ram_mb <= budget
        and estimated_download_bytes(entry) + DISK_HEADROOM_BYTES <= machine.free_disk_bytes
    ]
    if fitting:
        strongest = max(fitting, key=_capability)
        permissive = [e for e in fitting if licence_of(e.license).permissive]
        best = max(permissive, key=_capability) if permissive else strongest
        passed_over = strongest if strongest != best else None
        return Recommendation(
            best, estimated_download_bytes(best), budget, is_starter=False, passed_over=passed_over
        )
    starter = next((e for e in entries if e.source == "starter"), None)
    return Recommendation(starter, 0, budget, is_starter=starter is not None)


def machine_resources(models_dir: Path) -> Machine:
    """This computer's memory and the free space where models are stored."""
    folder = models_dir
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return Machine(psutil.virtual_memory().total, shutil.disk_usage(folder).free)
