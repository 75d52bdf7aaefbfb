"""What `mezzo eval` measures, and on what: the rows, the model and the adapters to compare.

A plan is a list of rows and, where the set has one, a pass/fail check per row. Repositories
give their held-out files' rows; rows files are read as written; the reference sets are built
in. The run itself happens in a throw-away core (see `harness.py`) that serves the model as the
person's own install would, confidence threshold included, and its figures go to the
evaluation store under the Mezzo home.
"""

from __future__ import annotations

import dataclasses
import random
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.adapters.repos import find_repo_root
from desktop_app.adapters.service import AdapterService
from desktop_app.base.errors import MezzoError
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import CleanupSettings, ContextSettings
from desktop_app.bundles.service import BundleService
from desktop_app.context.repo_index import RepoIndex
from desktop_app.core.completions import CompletionService
from desktop_app.core.recording import ModelIdentity
from desktop_app.core.repo_context import project_of
from desktop_app.core.service import MezzoCore
from desktop_app.engine.types import AdapterChoice
from desktop_app.quality import humaneval, luau_probes
from desktop_app.quality.dataset import DEFAULT_OPTIONS, DatasetOptions, collect_rows
from desktop_app.quality.eval_store import EvalStore, RunInfo
from desktop_app.quality.evaluation import (
    BASE_MODEL,
    DEFAULT_N_PREDICT,
    Check,
    EvalRun,
    Progress,
    editor_answerer,
    in_cache_order,
    run_rows,
)
from desktop_app.quality.harness import throwaway_core
from desktop_app.quality.rows import FimRow, Split, read_rows

PROBES = "probes:luau"


class EvalPlanError(MezzoError, ValueError):
    """Nothing to evaluate, or an adapter that cannot run on the model."""


@dataclass(frozen=True, slots=True)
class EvalPlan:
    source: str  # "repository", "rows", "humaneval", "probes:luau"
    repo: str  # a repository's root, a rows file, or the set's name
    rows: list[FimRow]
    check: Check | None = None


def repository_plan(
    root: Path, limit: int | None = None, options: DatasetOptions = DEFAULT_OPTIONS
) -> EvalPlan:
    """The held-out files' rows, cut as `mezzo dataset build` cuts them with the same seed."""
    root = Path(find_repo_root(str(root.resolve())) or root.resolve())
    rows = collect_rows(root, options).split(Split.HELD_OUT)
    if not rows:
        raise EvalPlanError(
            f"{root} has no held-out rows: too few supported source files. `mezzo dataset "
            "build` shows which files were used and why others were left out."
        )
    return EvalPlan("repository", str(root), _limited(rows, limit, options.seed))


def rows_file_plan(path: Path, limit: int | None = None) -> EvalPlan:
    rows = list(read_rows(path))
    if not rows:
        raise EvalPlanError(f"{path} holds no rows.")
    return EvalPlan("rows", str(path.resolve()), _limited(rows, limit, seed=0))


def humaneval_plan(limit: int | None = None) -> EvalPlan:
    return EvalPlan(
        "humaneval",
        "humaneval",
        _limited(humaneval.humaneval_rows(), limit, seed=0),
        check=humaneval.passes_tests,
    )


def probes_plan(name: str) -> EvalPlan:
    if name != "luau":
        raise EvalPlanError(f"No probe set “{name}”; the one there is: luau.")
    probes = {probe.row.id: probe for probe in luau_probes.luau_probes()}
    return EvalPlan(
        PROBES,
        "luau-probes",
        [probe.row for probe in probes.values()],
        check=lambda row, completion: probes[row.id].check(completion),
    )


def _limited(rows: Sequence[FimRow], limit: int | None, seed: int) -> list[FimRow]:
    """A seeded sample across the whole set (the first rows would all be one file's)."""
    if limit is None or limit >= len(rows):
        return list(rows)
    return random.Random(seed).sample(list(rows), limit)


def adapter_choice(ref: str, model: Path, paths: MezzoPaths) -> AdapterChoice:
    """An installed adapter by name (checked against `model`), or a LoRA GGUF file by path."""
    candidate = Path(ref).expanduser()
    if candidate.suffix == ".gguf" and candidate.is_file():
        return AdapterChoice(candidate.stem, str(candidate.resolve()), 1.0)
    service = AdapterService.from_environment(paths)
    manifest = service.registry.find(ref)
    base = service.bundles.bundle_of_file(model)
    if base is None or manifest.base_sha256 != base.sha256:
        raise EvalPlanError(
            f"The adapter “{manifest.ref}” was made for {manifest.base_name}, not for "
            f"{model.name}. Evaluate it with --model set to its base, or pick another adapter."
        )
    return AdapterChoice(manifest.ref, str(service.registry.path_of(manifest)), manifest.scale)


@dataclass(frozen=True, slots=True)
class Ablation:
    """The repository context and clean-up settings a run uses: the defaults, or some pieces
    switched off to measure what each adds."""

    context: ContextSettings = field(default_factory=ContextSettings)
    cleanup: CleanupSettings = field(default_factory=CleanupSettings)
    send_path: bool = True  # False: ask as llama.vscode does, with no file name

    @property
    def is_default(self) -> bool:
        return self == Ablation()

    def to_dict(self) -> dict[str, object]:
        context = dataclasses.asdict(self.context)
        return {
            "context": {k: v for k, v in context.items() if k not in ("off_for",)},
            "cleanup": dataclasses.asdict(self.cleanup),
            "send_path": self.send_path,
        }


@dataclass(frozen=True, slots=True)
class Evaluated:
    model: str  # the bundle's ref, or the file's name outside any bundle
    adapter: AdapterChoice
    run: EvalRun
    run_id: int | None  # None when the run was not stored
    index_seconds: float = 0.0  # building the repository index the run's context came from


def evaluate(
    plan: EvalPlan,
    model: Path,
    adapters: Sequence[AdapterChoice] = (BASE_MODEL,),
    *,
    paths: MezzoPaths,
    n_predict: int = DEFAULT_N_PREDICT,
    store: bool = True,
    on_progress: Callable[[AdapterChoice], Progress] | None = None,
    cancel: threading.Event | None = None,
    ablation: Ablation | None = None,
    context_repo: Path | None = None,
) -> list[Evaluated]:
    """Each adapter in turn on one loaded model; an interrupted run stops the ones after it.
    Stored runs share a batch, so the app shows them side by side. Repository context comes
    from `context_repo` (a repository plan's own root by default), indexed first, as the
    repository chosen in the app."""
    ablation = ablation or Ablation()
    batch = uuid.uuid4().hex
    done: list[Evaluated] = []
    rows = in_cache_order(plan.rows)
    root = context_repo or (Path(plan.repo) if plan.source == "repository" else None)
    with throwaway_core(
        confidence_gate=True,
        context=ablation.context,
        cleanup=ablation.cleanup,
        current_repo=str(root or ""),
    ) as core:
        core.load_model(model).result()
        model_name = _serve_as_installed(core.completions, model, paths)
        index, index_seconds = (
            _indexed(core, root) if root and ablation.context.enabled else (None, 0.0)
        )
        for adapter in adapters:
            started = time.time()
            answerer = editor_answerer(
                core.completions,
                adapter,
                n_predict=n_predict,
                send_path=ablation.send_path,
                index_of=lambda _row: index,
            )
            run = run_rows(
                rows,
                answerer,
                check=plan.check,
                progress=on_progress(adapter) if on_progress else None,
                cancel=cancel,
            )
            run_id = None
            if store and run.results:
                info = RunInfo(batch, plan.source, plan.repo, model_name, adapter.name, started)
                run_id = EvalStore(paths.evaluations_db).save(info, run)
            done.append(Evaluated(model_name, adapter, run, run_id, index_seconds))
            if run.interrupted:
                break
    return done


def _indexed(core: MezzoCore, root: Path) -> tuple[RepoIndex | None, float]:
    """The repository's index, built in the run's own home; and how long that took."""
    repo_root = project_of(str(root.resolve()))
    if repo_root is None:
        raise EvalPlanError(f"{root} is not a folder.")
    report = core.indexer.rebuild(repo_root).result()
    return report.index, report.seconds


def _serve_as_installed(completions: CompletionService, model: Path, paths: MezzoPaths) -> str:
    """The throw-away core knows no bundles; the person's install names the model and its
    confidence threshold, so the gate judges as it would for them. Returns the model's name."""
    bundles = BundleService.from_environment(paths)
    manifest = bundles.bundle_of_file(model)
    if manifest is None:
        return model.name
    identity = ModelIdentity(manifest.id, manifest.version, manifest.sha256)
    completions.serve(identity, bundles.confidence_floor(manifest))
    return manifest.ref
