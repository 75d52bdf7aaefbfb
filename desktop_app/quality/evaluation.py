"""Rows through Mezzo's own serving path, scored, and summed up by language and row kind.

Each row becomes the request llama.vscode sends for a cursor there (256 lines before it, 64
after, the infill sampler), parsed by the same llama-server dialect, and goes through
`CompletionService.complete`: prompt assembly, stop rules, adapter and confidence gate are the
ones a person gets. Two things differ, neither in what is scored: the time cap on generation is
left off, so that a run's figures do not depend on how busy the machine was, and generation
stops at the last line the score looks at (the engine's own line cap, set per row), so a
single-line row costs one line of tokens, not a screenful.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.context.repo_index import RepoIndex
from desktop_app.context.selection import cross_file_identifiers
from desktop_app.core.completions import CompletionService
from desktop_app.core.delivery import Outcome
from desktop_app.engine.types import AdapterChoice
from desktop_app.quality.bench import rounded_percentile
from desktop_app.quality.metrics import completed_span, score, scored_lines
from desktop_app.quality.rows import FimRow, editor_window
from desktop_app.server.llama_dialect import InfillBody, infill_request

DEFAULT_N_PREDICT = 64
EVAL_CLIENT = "mezzo-eval"
BASE_MODEL = AdapterChoice()  # no adapter

# A row's own pass/fail test, for sets that have one (HumanEval's unit tests, the Luau probes).
Check = Callable[[FimRow, str], bool]
Progress = Callable[[int, int], None]  # rows done, rows in all


@dataclass(frozen=True, slots=True)
class Answer:
    """What Mezzo answered for one row."""

    text: str  # generated, before the gate
    suppressed: bool  # the gate held it back: the person saw nothing
    latency_ms: float
    tokens_predicted: int
    context_tokens: int = 0  # repository context in the prompt
    # Identifiers the expected middle uses that other files declare, and how many of them the
    # repository context held: its recall, the chance the model could copy them.
    cross_file_identifiers: int = 0
    identifiers_in_context: int = 0


@dataclass(frozen=True, slots=True)
class RowResult:
    row_id: str
    path: str
    line: int
    language: str
    kind: str
    exact: bool
    edit_similarity: float
    parse_valid: bool | None
    empty: bool
    suppressed: bool
    passed: bool | None  # None where the set has no check
    latency_ms: float
    tokens_predicted: int
    context_tokens: int = 0
    cross_file_identifiers: int = 0
    identifiers_in_context: int = 0


@dataclass(frozen=True, slots=True)
class EvalRun:
    results: list[RowResult]
    planned: int  # rows the run set out to do
    interrupted: bool  # stopped early (Ctrl-C, Cancel): the figures cover `results` only

    @property
    def summary(self) -> dict[str, Any]:
        return summarize(self.results)


def editor_answerer(
    completions: CompletionService,
    adapter: AdapterChoice = BASE_MODEL,
    *,
    n_predict: int = DEFAULT_N_PREDICT,
    send_path: bool = True,
    index_of: Callable[[FimRow], RepoIndex | None] = lambda _row: None,
) -> Callable[[FimRow], Answer]:
    """`send_path` False asks as llama.vscode does, with no file name, so repository context
    must find the file by its lines. `index_of` gives the row's repository index, to measure
    how much of what the middle needs from other files the context held."""

    def answer(row: FimRow) -> Answer:
        prefix, suffix = editor_window(row)
        cut = prefix.rfind("\n") + 1
        body = InfillBody(
            input_prefix=prefix[:cut],
            prompt=prefix[cut:],
            input_suffix=suffix,
            n_predict=n_predict,
            top_k=40,
            top_p=0.99,
            samplers=["top_k", "top_p", "infill"],
            filepath=row.path if send_path else "",
            repo=row.repo,
            language=row.language.lower(),
        )
        request = infill_request(body, EVAL_CLIENT, max_n_predict=n_predict)
        request = dataclasses.replace(
            request,
            adapter=adapter,
            params=dataclasses.replace(request.params, max_lines=scored_lines(row)),
        )
        started = time.perf_counter()
        delivery = completions.complete(request).future.result()
        latency_ms = (time.perf_counter() - started) * 1000.0
        index = index_of(row)
        wanted = cross_file_identifiers(index, row.path, row.middle) if index else set()
        held = set().union(*(use.identifiers for use in delivery.context))
        return Answer(
            text=delivery.result.text,
            suppressed=delivery.outcome is Outcome.SUPPRESSED,
            latency_ms=latency_ms,
            tokens_predicted=delivery.result.tokens_predicted,
            context_tokens=sum(use.tokens for use in delivery.context),
            cross_file_identifiers=len(wanted),
            identifiers_in_context=len(wanted & held),
        )

    return answer


def in_cache_order(rows: Iterable[FimRow]) -> list[FimRow]:
    """Rows of one file one after another, cursor moving down: each prompt then shares most of
    its tokens with the last one, as a person's typing does, and the KV cache serves them."""
    return sorted(rows, key=lambda row: (row.repo, row.path, len(row.prefix)))


def run_rows(
    rows: Sequence[FimRow],
    answer: Callable[[FimRow], Answer],
    *,
    check: Check | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> EvalRun:
    """Every row in turn; Ctrl-C or `cancel` ends the run after the row in hand, keeping the
    results so far."""
    results: list[RowResult] = []
    try:
        for row in rows:
            if cancel is not None and cancel.is_set():
                break
            results.append(_result(row, answer(row), check))
            if progress is not None:
                progress(len(results), len(rows))
    except KeyboardInterrupt:
        pass
    return EvalRun(results, len(rows), interrupted=len(results) < len(rows))


def _result(row: FimRow, answer: Answer, check: Check | None) -> RowResult:
    scored = score(row, answer.text)
    return RowResult(
        row_id=row.id,
        path=row.path,
        line=row.line,
        language=row.language,
        kind=row.kind.value,
        exact=scored.exact,
        edit_similarity=scored.edit_similarity,
        parse_valid=scored.parse_valid,
        empty=not completed_span(row, answer.text).strip(),
        suppressed=answer.suppressed,
        passed=None if check is None else check(row, answer.text),
        latency_ms=answer.latency_ms,
        tokens_predicted=answer.tokens_predicted,
        context_tokens=answer.context_tokens,
        cross_file_identifiers=answer.cross_file_identifiers,
        identifiers_in_context=answer.identifiers_in_context,
    )


def summarize(results: Sequence[RowResult]) -> dict[str, Any]:
    """The figures overall, then by language and by row kind."""
    by_language: dict[str, list[RowResult]] = defaultdict(list)
    by_kind: dict[str, list[RowResult]] = defaultdict(list)
    for result in results:
        by_language[result.language].append(result)
        by_kind[result.kind].append(result)
    return {
        **figures(results),
        "by_language": {name: figures(group) for name, group in sorted(by_language.items())},
        "by_kind": {name: figures(group) for name, group in sorted(by_kind.items())},
    }


def figures(results: Sequence[RowResult]) -> dict[str, Any]:
    def pct(values: Iterable[bool]) -> float | None:
        values = list(values)
        return round(100.0 * sum(values) / len(values), 1) if values else None

    latencies = [r.latency_ms for r in results]
    tokens = sum(r.tokens_predicted for r in results)
    found: dict[str, Any] = {
        "rows": len(results),
        "exact_match_pct": pct(r.exact for r in results),
        "exact_match_shown_pct": pct(r.exact and not r.suppressed for r in results),
        "edit_similarity_pct": (
            round(100.0 * sum(r.edit_similarity for r in results) / len(results), 1)
            if results
            else None
        ),
        "parse_valid_pct": pct(r.parse_valid for r in results if r.parse_valid is not None),
        "empty_pct": pct(r.empty for r in results),
        "suppressed_pct": pct(r.suppressed for r in results),
        "latency_p50_ms": rounded_percentile(latencies, 50),
        "latency_p95_ms": rounded_percentile(latencies, 95),
        "tokens_generated": tokens,
        "tokens_per_row": round(tokens / len(results), 1) if results else 0.0,
    }
    passed = [r.passed for r in results if r.passed is not None]
    if passed:
        found["pass_pct"] = pct(passed)
    wanted = sum(r.cross_file_identifiers for r in results)
    if any(r.context_tokens for r in results) or wanted:
        found["context_tokens_per_row"] = round(
            sum(r.context_tokens for r in results) / len(results), 1
        )
        found["rows_needing_other_files"] = sum(1 for r in results if r.cross_file_identifiers)
        found["context_recall_pct"] = (
            round(100.0 * sum(r.identifiers_in_context for r in results) / wanted, 1)
            if wanted
            else None
        )
    return found
