"""`mezzo bench session`: simulated people at editors against a server, and what Mezzo made of it.

The people are `editing_session`'s; this plays a session with two editors that send no events
(llama.vscode-shaped and Ollama-shaped) and optionally one that reports Tabby events, then prints
what each person did beside the acceptance figures `GET /mezzo/stats` gives. Against a running
server the figures cover its whole history; the in-process server starts empty, over a
throw-away MEZZO_HOME (`editing_session.in_process_server`), so the person's own statistics
are never touched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.quality.editing_session import (
    CLIENTS,
    Shape,
    SimulatedEditor,
    http_json,
    play,
    settle,
    truth,
)


@dataclass(frozen=True, slots=True)
class SessionOptions:
    suggestions: int = 20  # shown suggestions each editor acts on
    seed: int = 0
    n_predict: int = 16
    think_s: float = 0.5
    settle_s: float = 5.5  # inference dismisses a suggestion left behind after 5 s
    events: bool = False  # add an editor that reports Tabby events itself


def run_session(
    url: str,
    samples: Sequence[Path],
    options: SessionOptions,
    client_name: Callable[[str], str] = lambda key: key[:10],
    pause: Callable[[float], None] = time.sleep,
) -> dict[str, Any]:
    """Play the editors against `url` and report the person's choices beside `/mezzo/stats`.

    `client_name` turns a salted client hash from the statistics back into a name, where the
    caller can (an in-process server); otherwise the hash is shortened.
    """
    common = {"n_predict": options.n_predict, "think_s": options.think_s, "pause": pause}
    editors = [
        SimulatedEditor(url, CLIENTS[0], Shape.LLAMA_VSCODE, **common),
        SimulatedEditor(url, CLIENTS[1], Shape.OLLAMA, **common),
    ]
    if options.events:
        editors.append(SimulatedEditor(url, CLIENTS[2], reports_events=True, **common))
    for i, editor in enumerate(editors):
        sample = samples[i % len(samples)]
        play(editor, sample.name, sample.read_text("utf-8"), options.suggestions, options.seed + i)
    settle(editors, options.settle_s)
    stats, _ = http_json(f"{url}/mezzo/stats")
    return {
        "server": url,
        "samples": [sample.name for sample in samples],
        "person": {editor.client: truth(editor.choices) for editor in editors},
        "mezzo": figures(stats, client_name),
    }


def figures(stats: dict[str, Any], client_name: Callable[[str], str]) -> dict[str, Any]:
    """The acceptance figures of a `/mezzo/stats` answer."""

    def acceptance(a: dict[str, Any]) -> dict[str, Any]:
        rate = a["rate"]
        return {
            "viewed": a["viewed"],
            "accepted": a["accepted"],
            "partial": a["partial"],
            "dismissed": a["dismissed"],
            "accepted_chars": a["accepted_chars"],
            "rate": None if rate is None else round(rate, 4),
        }

    def grouped(name: str, key: Callable[[str], str] = str) -> dict[str, Any]:
        return {key(k) or "(none)": acceptance(a) for k, a in stats[name].items()}

    latency = stats["latency"]["total"]
    return {
        "completions": stats["completions"],
        "suppressed": stats["suppressed_by_reason"],
        "superseded": stats["superseded"],
        "acceptance": acceptance(stats["acceptance"]),
        "by_client": grouped("by_client", client_name),
        "by_dialect": grouped("by_dialect"),
        "by_language": grouped("by_language"),
        "by_model": grouped("by_model"),
        "by_confidence": {
            b["label"]: acceptance(b["acceptance"])
            for b in stats["by_confidence"]
            if b["acceptance"]["completions"]
        },
        "latency_ms": {"p50": latency["p50_ms"], "p95": latency["p95_ms"]},
        "cache_hit_rate": stats["cache"]["hit_rate"],
    }
