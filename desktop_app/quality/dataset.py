"""`mezzo dataset build`: fill-in-the-middle rows from a repository, for training and evaluation.

The rows follow what people type: about 60 % with the cursor partway through a line and the
rest of the line to write, 40 % with 2 to 15 lines to write, never more. Files, not rows, go to
the training or the held-out side, so no held-out row has a sibling from its own file in
training.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tree_sitter

from desktop_app.base.errors import MezzoError
from desktop_app.engine.templates import INSTRUCTION_TEXT, MARKER_TEXTS, FimFamily
from desktop_app.quality.cut_points import cuts
from desktop_app.quality.row_rules import rejection
from desktop_app.quality.rows import FimRow, RowKind, Split, editor_window, split_for, write_rows
from desktop_app.syntax.source_files import (
    MAX_FILE_BYTES,
    SkipReason,
    SourceFile,
    WalkReport,
    source_files,
)

SINGLE_LINE_SHARE = 0.6
FIM_STYLES = (FimFamily.QWEN, FimFamily.STARCODER)
SPECIFIC_FIRST = (
    RowKind.AFTER_COMMENT,
    RowKind.FUNCTION_BODY,
    RowKind.ASSIGNMENT_VALUE,
    RowKind.CALL_ARGUMENTS,
    RowKind.STATEMENT,
)


class DatasetError(MezzoError, ValueError):
    """The repository cannot be turned into rows (missing, or nothing in it to cut)."""


@dataclass(frozen=True, slots=True)
class DatasetOptions:
    seed: int = 0
    held_out_fraction: float = 0.2
    max_rows_per_file: int = 24
    max_file_bytes: int = MAX_FILE_BYTES
    fim_style: FimFamily = FimFamily.QWEN


DEFAULT_OPTIONS = DatasetOptions()


@dataclass(frozen=True, slots=True)
class Dataset:
    rows: list[FimRow]
    summary: dict[str, Any]

    def split(self, side: Split) -> list[FimRow]:
        return [row for row in self.rows if row.split is side]


def collect_rows(root: Path, options: DatasetOptions = DEFAULT_OPTIONS) -> Dataset:
    """The rows of the repository at `root`, balanced and split, with a summary of what was
    used, left out and why. Deterministic: the same tree and seed give the same rows."""
    if not root.is_dir():
        raise DatasetError(f"{root} is not a folder. Give the path of a repository checkout.")
    report = WalkReport()
    rejected: Counter[str] = Counter()
    rows: list[FimRow] = []
    files = 0
    for source in source_files(root, report, max_bytes=options.max_file_bytes):
        tree = source.grammar.parse(source.text)
        if tree.root_node.has_error:
            report.skip(SkipReason.SYNTAX_ERRORS, source.path)
            continue
        files += 1
        rng = random.Random(f"{options.seed}:{source.path}")
        candidates = _file_rows(source, tree, root.name, options, rng, rejected)
        rows.extend(_choose(candidates, options.max_rows_per_file, rng))
    rows = _balanced(rows, random.Random(options.seed))
    rows.sort(key=lambda row: (row.path, len(row.prefix), len(row.middle)))
    return Dataset(rows, _summary(root, rows, files, rejected, report))


def write_dataset(
    dataset: Dataset, out: Path, fim_style: FimFamily = FimFamily.QWEN
) -> dict[str, str]:
    """Writes, for each split, the rows (what `mezzo eval --rows` reads), instruction/output
    JSON Lines and FIM-token text; returns the files written, by their role."""
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    for side in Split:
        rows = dataset.split(side)
        files = {
            f"rows-{side}": out / f"rows-{side}.jsonl",
            f"instruct-{side}": out / f"instruct-{side}.jsonl",
            f"fim-{side}": out / f"fim-{side}.jsonl",
        }
        write_rows(files[f"rows-{side}"], rows)
        _write_lines(files[f"instruct-{side}"], (instruction_record(row) for row in rows))
        _write_lines(files[f"fim-{side}"], ({"text": fim_text(row, fim_style)} for row in rows))
        written.update({role: str(path) for role, path in files.items()})
    summary = out / "summary.json"
    summary.write_text(json.dumps(dataset.summary, indent=2) + "\n", "utf-8")
    written["summary"] = str(summary)
    return written


def instruction_record(row: FimRow) -> dict[str, str]:
    """The same instruction on every row, as the Roblox Studio plugin asks its model."""
    prefix, suffix = editor_window(row)
    text = INSTRUCTION_TEXT.format(language=row.language, prefix=prefix, suffix=suffix)
    return {"instruction": text, "output": row.middle}


def fim_text(row: FimRow, style: FimFamily) -> str:
    """Prefix-suffix-middle order with the family's own markers, ending in end-of-text."""
    markers = MARKER_TEXTS[style]
    prefix, suffix = editor_window(row)
    return (
        f"{markers['pre'][0]}{prefix}{markers['suf'][0]}{suffix}"
        f"{markers['mid'][0]}{row.middle}{markers['eot'][0]}"
    )


def _file_rows(
    source: SourceFile,
    tree: tree_sitter.Tree,
    repo: str,
    options: DatasetOptions,
    rng: random.Random,
    rejected: Counter[str],
) -> list[FimRow]:
    data = source.text.encode("utf-8")
    side = split_for(source.path, options.seed, options.held_out_fraction)
    rows = []
    for cut in cuts(source.grammar, tree, data, rng):
        prefix = data[: cut.start].decode("utf-8")
        middle = data[cut.start : cut.end].decode("utf-8")
        reason = rejection(prefix, middle)
        if reason is not None:
            rejected[reason] += 1
            continue
        rows.append(
            FimRow(
                prefix=prefix,
                middle=middle,
                suffix=data[cut.end :].decode("utf-8"),
                language=source.grammar.name,
                kind=cut.kind,
                path=source.path,
                line=prefix.count("\n") + 1,
                split=side,
                repo=repo,
            )
        )
    return rows


def _choose(candidates: Sequence[FimRow], limit: int, rng: random.Random) -> list[FimRow]:
    """Up to `limit` rows of one file, single- and multi-line in the target shares, every kind
    taking turns so that one kind (there are many statements) does not crowd out the rest."""
    unique: dict[str, FimRow] = {}
    for row in sorted(candidates, key=lambda row: SPECIFIC_FIRST.index(row.kind)):
        unique.setdefault(row.id, row)  # one cursor, one row: named by its most specific cut
    rows = list(unique.values())
    singles = _kinds_in_turn([row for row in rows if row.single_line], rng)
    multis = _kinds_in_turn([row for row in rows if not row.single_line], rng)
    n_multi = min(len(multis), round(limit * (1 - SINGLE_LINE_SHARE)))
    n_single = min(len(singles), limit - n_multi)
    n_multi = min(len(multis), limit - n_single)
    return singles[:n_single] + multis[:n_multi]


def _kinds_in_turn(rows: Sequence[FimRow], rng: random.Random) -> list[FimRow]:
    by_kind: dict[RowKind, list[FimRow]] = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(row)
    queues = [by_kind[kind] for kind in sorted(by_kind)]
    for queue in queues:
        rng.shuffle(queue)
    ordered = []
    while any(queues):
        for queue in queues:
            if queue:
                ordered.append(queue.pop())
    return ordered


def _balanced(rows: Sequence[FimRow], rng: random.Random) -> list[FimRow]:
    """Drops rows of whichever shape is over its share, chosen at random across files. A
    repository with rows of one shape only keeps them: its summary's share says so."""
    singles = [row for row in rows if row.single_line]
    multis = [row for row in rows if not row.single_line]
    if not singles or not multis:
        return list(rows)
    ratio = SINGLE_LINE_SHARE / (1 - SINGLE_LINE_SHARE)
    if len(singles) > ratio * len(multis):
        singles = rng.sample(singles, round(ratio * len(multis)))
    else:
        multis = rng.sample(multis, min(len(multis), round(len(singles) / ratio)))
    return singles + multis


def middle_length_bucket(row: FimRow) -> str:
    lines = row.middle_lines
    return "1 line" if lines == 1 else "2-5 lines" if lines <= 5 else "6-15 lines"


def _summary(
    root: Path, rows: Sequence[FimRow], files: int, rejected: Counter[str], report: WalkReport
) -> dict[str, Any]:
    def counts(key: Any) -> dict[str, int]:
        return dict(Counter(key(row) for row in rows).most_common())

    sides = Counter(row.split.value for row in rows)
    return {
        "repository": str(root),
        "files_used": files,
        "files_by_split": {
            side.value: len({row.path for row in rows if row.split is side}) for side in Split
        },
        "rows": len(rows),
        "rows_by_split": {side.value: sides[side.value] for side in Split},
        "single_line_pct": round(100 * sum(r.single_line for r in rows) / len(rows), 1)
        if rows
        else 0.0,
        "by_kind": counts(lambda row: row.kind.value),
        "by_language": counts(lambda row: row.language),
        "by_middle_length": counts(middle_length_bucket),
        "rows_rejected": dict(rejected.most_common()),
        "files_skipped": report.to_json(),
    }


def _write_lines(path: Path, records: Iterable[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
