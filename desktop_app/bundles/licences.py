"""What a model's licence lets a person do, in one plain sentence.

The catalog names licences the way their authors do ("Apache-2.0", "Qwen Research License").
A Roblox creator cannot tell from the name that one of them forbids the games they sell, so
every place a model is chosen shows this sentence beside the name, and the first-run
suggestion prefers a model whose licence allows commercial use (see recommend.py).

The sentences are English source text; the desktop app translates them in the "Licences"
context. A licence not in the table is treated as restrictive: Mezzo cannot vouch for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Licence:
    name: str
    summary: str  # one sentence a non-technical person reads beside the model's name
    permissive: bool  # allows commercial use; False for a licence Mezzo does not know


_ANY_USE = "Free for any use, including commercial use."
_NON_COMMERCIAL = "Non-commercial use only: research and personal projects."
UNKNOWN_SUMMARY = "Mezzo does not know this licence: see the model's page for what it allows."

# Keyed by `licence_key`: authors and the hub spell the same licence in several ways.
LICENCES: dict[str, tuple[str, bool]] = {
    "apache-2.0": (_ANY_USE, True),
    "mit": (_ANY_USE, True),
    "qwen-research-license": (_NON_COMMERCIAL, False),
    "qwen-research": (_NON_COMMERCIAL, False),  # the hub's licence id for the same text
}


def licence_key(name: str) -> str:
    """ "Qwen Research License" and "qwen_research_license" both give "qwen-research-license"."""
    return re.sub(r"[\s_]+", "-", name.strip().casefold())


def licence_of(name: str) -> Licence:
    """The licence called `name`, or an unknown one that says to look it up."""
    summary, permissive = LICENCES.get(licence_key(name), (UNKNOWN_SUMMARY, False))
    return Licence(name=name, summary=summary, permissive=permissive)
