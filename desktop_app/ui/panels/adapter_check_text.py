"""What the last check of an adapter on a repository found, in words a person reads."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.quality.adapter_verdict import MIN_ROWS, Verdict, verdict
from desktop_app.quality.eval_store import StoredRun


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdapterEvaluation", text)


def _split(runs: Sequence[StoredRun]) -> tuple[StoredRun | None, StoredRun | None]:
    base = next((run for run in runs if not run.info.adapter), None)
    adapter = next((run for run in runs if run.info.adapter), None)
    return base, adapter


def _adapter_name(run: StoredRun) -> str:
    return run.info.adapter.partition("@")[0]  # the store names a version: "luau-style@1a2b"


def check_verdict(runs: Sequence[StoredRun], adapter: str) -> Verdict | None:
    """The verdict of the last check of `adapter`; None when there is none to give."""
    base, measured = _split(runs)
    if base is None or measured is None or _adapter_name(measured) != adapter:
        return None
    return verdict(base.summary, measured.summary)


def evaluation_text(runs: Sequence[StoredRun], adapter: str, *, now: datetime | None = None) -> str:
    """What the last check found, in a sentence or two, for the mapping to `adapter`."""
    base, measured = _split(runs)
    if base is None:
        return _tr("Not checked on this project yet.")
    day = _day(base.info.started_at, now or datetime.now())
    if measured is None:
        return _tr(
            "The last check ({day}) was stopped before the adapter ran. Without it: exact "
            "match {exact}, edit similarity {similar} on {rows} rows."
        ).format(
            day=day,
            exact=_pct(base.summary.get("exact_match_pct")),
            similar=_pct(base.summary.get("edit_similarity_pct")),
            rows=base.summary.get("rows", 0),
        )
    name = _adapter_name(measured)
    parts = [
        _tr(
            "Last check ({day}, {rows} rows): with {name} exact match {exact}, without "
            "{base_exact}; edit similarity {similar} vs {base_similar}."
        ).format(
            day=day,
            rows=measured.summary.get("rows", 0),
            name=name,
            exact=_pct(measured.summary.get("exact_match_pct")),
            base_exact=_pct(base.summary.get("exact_match_pct")),
            similar=_pct(measured.summary.get("edit_similarity_pct")),
            base_similar=_pct(base.summary.get("edit_similarity_pct")),
        )
    ]
    if measured.interrupted:
        parts.append(
            _tr("Stopped after {done} of {planned} rows.").format(
                done=measured.rows_done, planned=measured.rows_planned
            )
        )
    if name != adapter:
        parts.append(
            _tr("That was {other}, not {name}: check again to see {name}.").format(
                other=name, name=adapter
            )
        )
    else:
        parts.append(_verdict_sentence(verdict(base.summary, measured.summary)))
    return " ".join(parts)


def _verdict_sentence(found: Verdict) -> str:
    if found is Verdict.BETTER:
        return _tr("Better with the adapter.")
    if found is Verdict.WORSE:
        return _tr("Worse with the adapter.")
    if found is Verdict.SAME:
        return _tr("No clear difference.")
    return _tr("Too few rows to tell: a verdict needs {rows}.").format(rows=MIN_ROWS)


def _day(epoch: float, now: datetime) -> str:
    when = datetime.fromtimestamp(epoch)
    day = f"{when.day} {when.strftime('%b')}"
    return day if when.year == now.year else f"{day} {when.year}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:g} %"
