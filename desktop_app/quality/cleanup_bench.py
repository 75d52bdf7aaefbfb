"""How long the completion clean-up and the extent decision take per request.

Both run on every completion, inside the latency a person feels, so they have a budget (a few
milliseconds at p95). The samples come from a real source file cut every few lines the way an
editor would send them, with a completion that runs a few lines past the real middle, so the
block-end and suffix-overlap rules have something to cut. Figures are returned, never asserted:
the machine decides them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from desktop_app.syntax.cleanup import clean_completion
from desktop_app.syntax.extent import completion_extent
from desktop_app.syntax.grammars import Grammar
from desktop_app.telemetry.stats import percentile

Sample = tuple[str, str, str, Grammar | None]  # prefix, suffix, completion, grammar

PREFIX_LINES = 256  # what editors send at most
SUFFIX_LINES = 64
RUN_ON_LINES = 3  # lines of the code after the middle that the completion writes again
MAX_MIDDLE_LINES = 10


def cleanup_samples(source: str, grammar: Grammar | None, every: int = 7) -> list[Sample]:
    """A cursor at every `every`-th line start: the prefix is up to 256 lines before it, the
    middle the next 1-10 non-blank lines (cycling), the suffix 64 lines after the middle; the
    completion is the middle plus the 3 lines that follow it."""
    lines = source.splitlines(keepends=True)
    samples: list[Sample] = []
    for number, start in enumerate(range(0, len(lines), every)):
        wanted = 1 + number % MAX_MIDDLE_LINES
        end = start
        solid = 0
        while end < len(lines) and solid < wanted:
            solid += bool(lines[end].strip())
            end += 1
        if not solid:
            continue
        prefix = "".join(lines[max(0, start - PREFIX_LINES) : start])
        middle = "".join(lines[start:end]).removesuffix("\n")
        run_on = "".join(lines[end : end + RUN_ON_LINES]).rstrip("\n")
        completion = middle + ("\n" + run_on if run_on else "")
        suffix = "\n" + "".join(lines[end : end + SUFFIX_LINES])
        samples.append((prefix, suffix, completion, grammar))
    return samples


def cleanup_figures(samples: Sequence[Sample]) -> dict[str, float]:
    """p50, p95 and max milliseconds per call of `clean_completion` and of
    `completion_extent`, plus the share of samples the clean-up changed."""
    clean_ms: list[float] = []
    extent_ms: list[float] = []
    changed = 0
    # A grammar's first use loads its wheel and compiles a query, once per process: a server
    # has done that long before a request, so it is kept out of the figures.
    for grammar in {sample[3] for sample in samples}:
        clean_completion("x\ny", "", "", grammar)
        completion_extent("", "", grammar)
    for prefix, suffix, completion, grammar in samples:
        started = time.perf_counter()
        cleaned = clean_completion(completion, prefix, suffix, grammar)
        clean_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        completion_extent(prefix, suffix, grammar)
        extent_ms.append((time.perf_counter() - started) * 1000)
        changed += cleaned.text != completion
    figures: dict[str, float] = {"samples": float(len(samples))}
    for name, values in (("clean", clean_ms), ("extent", extent_ms)):
        figures[f"{name}_p50_ms"] = round(percentile(values, 50) or 0.0, 3)
        figures[f"{name}_p95_ms"] = round(percentile(values, 95) or 0.0, 3)
        figures[f"{name}_max_ms"] = round(max(values, default=0.0), 3)
    figures["changed_share"] = round(changed / len(samples), 3) if samples else 0.0
    return figures
