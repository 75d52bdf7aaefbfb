"""`mezzo dataset build` and `mezzo eval`: rows from a repository, and how well a model fills
them."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import signal
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from desktop_app.adapters.manifest import MAX_SCALE
from desktop_app.base.errors import MezzoError
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import CleanupSettings, ContextSettings
from desktop_app.engine.templates import FimFamily
from desktop_app.engine.types import AdapterChoice
from desktop_app.quality.bench import default_model, peak_rss_mb
from desktop_app.quality.dataset import FIM_STYLES, DatasetOptions, collect_rows, write_dataset
from desktop_app.quality.eval_plans import (
    PROBES,
    Ablation,
    EvalPlan,
    Evaluated,
    adapter_choice,
    evaluate,
    humaneval_plan,
    probes_plan,
    repository_plan,
    rows_file_plan,
)
from desktop_app.quality.evaluation import BASE_MODEL, DEFAULT_N_PREDICT, Progress
from desktop_app.quality.luau_probes import luau_probes

SEED_HELP = "Seeds the train/held-out split and the cuts: the same seed gives the same rows."


@click.group("dataset")
def dataset_group() -> None:
    """Fill-in-the-middle rows from a repository, for training an adapter and evaluating it."""


@dataset_group.command("build")
@click.argument("repo", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--seed", default=0, show_default=True, help=SEED_HELP)
@click.option(
    "--held-out",
    "held_out",
    default=0.2,
    show_default=True,
    type=click.FloatRange(0.0, 1.0),
    help="Share of files (not rows) kept out of training, for evaluation.",
)
@click.option("--max-rows-per-file", default=24, show_default=True, type=click.IntRange(1))
@click.option(
    "--fim-style",
    type=click.Choice([style.value for style in FIM_STYLES]),
    default=FimFamily.QWEN.value,
    show_default=True,
    help="Marker tokens of the FIM-text files: Qwen2.5-Coder's or StarCoder's.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def build(
    repo: Path,
    out: Path,
    seed: int,
    held_out: float,
    max_rows_per_file: int,
    fim_style: str,
    as_json: bool,
) -> None:
    """Cut REPO's source files into rows and write them to --out: rows-*.jsonl (what `mezzo
    eval --rows` reads), instruct-*.jsonl (instruction/output pairs), fim-*.jsonl (FIM-token
    text) and summary.json, for the train and held-out sides."""
    options = DatasetOptions(
        seed=seed, held_out_fraction=held_out, max_rows_per_file=max_rows_per_file
    )
    try:
        dataset = collect_rows(repo, options)
        written = write_dataset(dataset, out, FimFamily(fim_style))
    except (MezzoError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps({**dataset.summary, "written": written}, indent=2))
    else:
        click.echo(render_dataset_summary(dataset.summary, out))


def render_dataset_summary(summary: Mapping[str, Any], out: Path) -> str:
    sides = summary["rows_by_split"]
    lines = [
        f"{summary['rows']} rows from {summary['files_used']} files "
        f"({sides['train']} train, {sides['heldout']} held out), "
        f"{summary['single_line_pct']} % single-line. Written to {out}.",
    ]
    for title, key in (
        ("By kind", "by_kind"),
        ("By language", "by_language"),
        ("By middle length", "by_middle_length"),
        ("Rows left out", "rows_rejected"),
    ):
        if summary[key]:
            lines.append(f"{title}: " + ", ".join(f"{k} {v}" for k, v in summary[key].items()))
    for reason, found in summary["files_skipped"].items():
        examples = ", ".join(found["examples"])
        lines.append(f"Files skipped, {reason}: {found['files']} (e.g. {examples})")
    return "\n".join(lines)


CONTEXT_PARTS = ("imports", "definitions", "recent_edits")
CLEANUP_SWITCHES = ("block_end", "brackets", "suffix_overlap", "repeats", "extent", "all")


@click.command("eval")
@click.argument("repo", required=False, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--rows",
    "rows_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A rows file from `mezzo dataset build` (rows-heldout.jsonl).",
)
@click.option("--humaneval", is_flag=True, help="HumanEval single-line infilling (1,033 cases).")
@click.option(
    "--probes", type=click.Choice(["luau"]), help="Roblox Studio probes, pass or fail each."
)
@click.option(
    "--model",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="GGUF to evaluate. Default: the active model, else the offline starter.",
)
@click.option("--adapter", help="Evaluate under this adapter: an installed name or a .gguf file.")
@click.option(
    "--compare-adapter",
    help="Evaluate the base model and then this adapter on the same rows, side by side.",
)
@click.option(
    "--scale",
    type=click.FloatRange(0.0, MAX_SCALE),
    help="The adapter's strength, as a mapping sets it. Default: the adapter's own.",
)
@click.option("--limit", type=click.IntRange(1), help="Evaluate a seeded sample of this many rows.")
@click.option("--seed", default=0, show_default=True, help=SEED_HELP)
@click.option("--n-predict", default=DEFAULT_N_PREDICT, show_default=True, type=click.IntRange(1))
@click.option("--no-save", is_flag=True, help="Do not keep the results in the evaluation store.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--progress-json",
    is_flag=True,
    help="Report progress as JSON lines on stdout instead of a progress bar (for the app).",
)
@click.option(
    "--context-repo",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="The repository the rows come from, for repository context (default: REPO).",
)
@click.option("--no-context", is_flag=True, help="Leave repository context out.")
@click.option(
    "--context-budget", type=click.IntRange(0), help="Repository context budget, in tokens."
)
@click.option(
    "--no-context-part",
    "context_parts_off",
    multiple=True,
    type=click.Choice(CONTEXT_PARTS),
    help="Leave one kind of repository context out (repeatable).",
)
@click.option(
    "--no-cleanup",
    "cleanup_off",
    multiple=True,
    type=click.Choice(CLEANUP_SWITCHES),
    help="Turn one clean-up rule off (repeatable); 'all' turns every rule off.",
)
@click.option("--no-file-path", is_flag=True, help="Send no file name, as llama.vscode does.")
def eval_command(
    repo: Path | None,
    rows_file: Path | None,
    humaneval: bool,
    probes: str | None,
    model: Path | None,
    adapter: str | None,
    compare_adapter: str | None,
    scale: float | None,
    limit: int | None,
    seed: int,
    n_predict: int,
    no_save: bool,
    as_json: bool,
    progress_json: bool,
    context_repo: Path | None,
    no_context: bool,
    context_budget: int | None,
    context_parts_off: tuple[str, ...],
    cleanup_off: tuple[str, ...],
    no_file_path: bool,
) -> None:
    """Measure completions on REPO's held-out files, a rows file, or a reference set.

    Every row goes through Mezzo's own serving path, as an editor's request would, with
    repository context and the syntax clean-up as Settings have them by default; the --no-*
    switches turn pieces off to measure what each adds (such runs are not stored). Ctrl-C
    stops after the row in hand and reports (and keeps) what was measured so far.
    """
    sources = [repo is not None, rows_file is not None, humaneval, probes is not None]
    if sum(sources) != 1:
        raise click.UsageError("Give one of: REPO, --rows FILE, --humaneval, --probes luau.")
    if adapter and compare_adapter:
        raise click.UsageError("--adapter and --compare-adapter do not go together.")
    if scale is not None and not (adapter or compare_adapter):
        raise click.UsageError("--scale is the adapter's strength: give --adapter too.")
    if logging.getLogger().getEffectiveLevel() > logging.DEBUG:  # without -v
        logging.getLogger().setLevel(logging.WARNING)  # the progress bar says how it goes
    paths = MezzoPaths.from_environment()
    try:
        plan = _plan(repo, rows_file, humaneval, probes, limit, seed)
        model = model or default_model()
        adapters = _adapters(adapter, compare_adapter, model, paths, scale)
        ablation = _ablation(
            no_context, context_budget, context_parts_off, cleanup_off, no_file_path
        )
        with _stop_on_terminate():
            evaluated = evaluate(
                plan, model, adapters, paths=paths, n_predict=n_predict,
                store=not no_save and ablation.is_default,
                on_progress=_json_progress if progress_json else _progress_bar(len(plan.rows)),
                ablation=ablation, context_repo=context_repo,
            )  # fmt: skip
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    report = eval_report(plan, model, evaluated, ablation)
    if as_json or progress_json:
        click.echo(json.dumps(report, indent=2))
    else:
        click.echo(render_eval_report(report))


def _plan(
    repo: Path | None,
    rows_file: Path | None,
    humaneval: bool,
    probes: str | None,
    limit: int | None,
    seed: int,
) -> EvalPlan:
    if repo is not None:
        return repository_plan(repo, limit, DatasetOptions(seed=seed))
    if rows_file is not None:
        return rows_file_plan(rows_file, limit)
    if humaneval:
        return humaneval_plan(limit)
    return probes_plan(probes or "")


def _ablation(
    no_context: bool,
    budget: int | None,
    parts_off: Sequence[str],
    cleanup_off: Sequence[str],
    no_file_path: bool,
) -> Ablation:
    context = ContextSettings(enabled=not no_context)
    if budget is not None:
        context = dataclasses.replace(context, budget_tokens=budget)
    context = dataclasses.replace(context, **dict.fromkeys(parts_off, False))
    cleanup = CleanupSettings()
    off = set(cleanup_off)
    if "all" in off:
        off = set(CLEANUP_SWITCHES) - {"all"}
    if "extent" in off:
        off.discard("extent")
        cleanup = dataclasses.replace(cleanup, choose_extent=False)
    cleanup = dataclasses.replace(cleanup, **dict.fromkeys(off, False))
    return Ablation(context, cleanup, send_path=not no_file_path)


def _adapters(
    adapter: str | None, compare: str | None, model: Path, paths: MezzoPaths, scale: float | None
) -> list[AdapterChoice]:
    ref = compare or adapter
    if not ref:
        return [BASE_MODEL]
    choice = adapter_choice(ref, model, paths)
    if scale is not None:
        choice = dataclasses.replace(choice, scale=scale)
    return [BASE_MODEL, choice] if compare else [choice]


@contextlib.contextmanager
def _stop_on_terminate() -> Iterator[None]:
    """The app cancels a background run with SIGTERM: stop as Ctrl-C does, keeping the rows
    measured so far."""

    def interrupt(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _progress_bar(total: int) -> Callable[[AdapterChoice], Progress]:
    def for_adapter(adapter: AdapterChoice) -> Progress:
        bar = tqdm(total=total, desc=adapter.name or "base model", unit="row", file=sys.stderr)

        def advance(done: int, _total: int) -> None:
            bar.update(done - bar.n)
            if done == total:
                bar.close()

        return advance

    return for_adapter


def _json_progress(adapter: AdapterChoice) -> Progress:
    def report(done: int, total: int) -> None:
        line = {"progress": {"adapter": adapter.name, "done": done, "total": total}}
        click.echo(json.dumps(line))

    return report


def eval_report(
    plan: EvalPlan,
    model: Path,
    evaluated: Sequence[Evaluated],
    ablation: Ablation | None = None,
) -> dict[str, Any]:
    return {
        "set": plan.source,
        "repo": plan.repo,
        "model": evaluated[0].model if evaluated else model.name,
        "settings": (ablation or Ablation()).to_dict(),
        "index_seconds": round(evaluated[0].index_seconds, 2) if evaluated else 0.0,
        "runs": [
            {
                "adapter": item.adapter.name,
                "run_id": item.run_id,
                "rows_planned": item.run.planned,
                "interrupted": item.run.interrupted,
                **item.run.summary,
                **({"probes": _probe_results(item)} if plan.source == PROBES else {}),
            }
            for item in evaluated
        ],
        "peak_rss_mb": peak_rss_mb(),
    }


def _probe_results(item: Evaluated) -> list[dict[str, Any]]:
    by_path = {probe.row.path: probe for probe in luau_probes()}
    return [
        {
            "probe": by_path[r.path].name,
            "passed": r.passed,
            "criterion": by_path[r.path].criterion,
        }
        for r in item.run.results
    ]


COLUMNS = (
    ("rows", "rows"),
    ("EM %", "exact_match_pct"),
    ("EM shown %", "exact_match_shown_pct"),
    ("edit sim %", "edit_similarity_pct"),
    ("parses %", "parse_valid_pct"),
    ("pass %", "pass_pct"),
    ("empty %", "empty_pct"),
    ("hidden %", "suppressed_pct"),
    ("p50 ms", "latency_p50_ms"),
    ("p95 ms", "latency_p95_ms"),
    ("tokens", "tokens_generated"),
    ("ctx tok", "context_tokens_per_row"),
    ("recall %", "context_recall_pct"),
)


def render_eval_report(report: Mapping[str, Any]) -> str:
    """One table per run: overall, then each language and row kind."""
    out = [f"{report['set']} ({report['repo']}) on {report['model']}"]
    for run in report["runs"]:
        name = run["adapter"] or "base model"
        done = f"{run['rows']} of {run['rows_planned']} rows"
        out.append(f"\n{name}: {done}{', interrupted' if run['interrupted'] else ''}")
        groups = [("all", run)]
        groups += [(lang, figs) for lang, figs in run["by_language"].items()]
        groups += [(kind, figs) for kind, figs in run["by_kind"].items()]
        out.append(_table(groups))
        for probe in run.get("probes", ()):
            mark = "pass" if probe["passed"] else "FAIL"
            out.append(f"  {mark}  {probe['probe']}: {probe['criterion']}")
    out.append(f"\npeak RSS {report['peak_rss_mb']} MB")
    return "\n".join(out)


def _table(groups: Sequence[tuple[str, Mapping[str, Any]]]) -> str:
    header = ["", *(title for title, _key in COLUMNS)]
    body = [[name, *(_cell(figs.get(key)) for _title, key in COLUMNS)] for name, figs in groups]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in
                  enumerate(zip(row, widths, strict=True)))
        for row in [header, *body]
    )  # fmt: skip


def _cell(value: Any) -> str:
    return "–" if value is None else str(value)
