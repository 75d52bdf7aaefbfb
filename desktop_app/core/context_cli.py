"""`mezzo context`: the repository indexes behind repository context, seen and rebuilt."""

from __future__ import annotations

import dataclasses
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
import psutil

from desktop_app.adapters.mapping import MappingStore
from desktop_app.base.environment import Environment
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import SettingsStore
from desktop_app.context.indexer import ContextIndexer, RepoState, ScanReport
from desktop_app.core.repo_context import known_repos, project_of


@dataclasses.dataclass(frozen=True, slots=True)
class _Tools:
    paths: MezzoPaths
    settings: SettingsStore
    indexer: ContextIndexer

    def known(self) -> list[str]:
        mappings = MappingStore.for_paths(self.paths).current()
        current = self.settings.current.current_repo
        return known_repos(mappings, current, self.indexer.indexed_roots())


@contextmanager
def _tools() -> Iterator[_Tools]:
    paths = MezzoPaths.from_environment().ensure()
    indexer = ContextIndexer(paths.context_dir)
    try:
        yield _Tools(paths, SettingsStore(paths.settings_file), indexer)
    finally:
        indexer.close()


def _root_of(repo: Path) -> str:
    """The repository or project REPO is in; a folder outside any is a project of its own."""
    folder = repo.resolve()
    root = project_of(str(folder if folder.is_dir() else folder.parent))
    if root is None:
        raise click.ClickException(f"{repo} is not a folder on this computer.")
    return root


def _ago(epoch: float) -> str:
    if not epoch:
        return "never"
    seconds = max(0, int(time.time() - epoch))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count > 1 else ''} ago"
    return "just now"


def _state_json(state: RepoState, enabled: bool) -> dict[str, object]:
    return {**dataclasses.asdict(state), "status": state.status.value, "context_on": enabled}


@click.group("context")
def context_group() -> None:
    """Repository context: what Mezzo knows about your repositories' code, kept on this computer."""


@context_group.command("status")
@click.argument("repo", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the states as JSON.")
def status_command(repo: Path | None, as_json: bool) -> None:
    """Show each known repository's index: files, declarations, last update, on or off."""
    with _tools() as tools:
        roots = [_root_of(repo)] if repo is not None else tools.known()
        states = tools.indexer.states(roots)
        off = set(tools.settings.current.context.off_for)
        enabled = tools.settings.current.context.enabled
    if as_json:
        rows = [_state_json(state, enabled and state.root not in off) for state in states]
        click.echo(json.dumps(rows, indent=2))
        return
    if not states:
        click.echo("No repository is indexed yet. Index one with: mezzo context rebuild REPO")
        return
    if not enabled:
        click.echo("Repository context is off in Settings for every repository.")
    for state in states:
        switch = "off" if state.root in off else "on"
        click.echo(
            f"{state.root}\n  {state.status.value}: {state.files} files, "
            f"{state.declarations} declarations, updated {_ago(state.updated_at)}; "
            f"repository context {switch}" + (f"\n  {state.error}" if state.error else "")
        )


def _print_report(report: ScanReport, as_json: bool) -> None:
    rss_mb = psutil.Process(os.getpid()).memory_info().rss / 2**20
    figures = {
        "root": str(report.index.root),
        "files": len(report.index.files),
        "declarations": report.index.declaration_count,
        "parsed": report.counts.parsed,
        "rehashed": report.counts.rehashed,
        "unchanged": report.counts.kept,
        "removed": report.counts.removed,
        "seconds": round(report.seconds, 3),
        "rss_mb": round(rss_mb, 1),
    }
    if as_json:
        click.echo(json.dumps(figures, indent=2))
    else:
        click.echo(
            f"Indexed {figures['files']} files ({figures['declarations']} declarations; "
            f"{figures['parsed']} parsed, {figures['unchanged']} unchanged) in "
            f"{figures['seconds']} s; memory in use {figures['rss_mb']} MB."
        )


@context_group.command("rebuild")
@click.argument("repo", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--changed-only", is_flag=True, help="Re-read only the files that changed since the last scan."
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def rebuild_command(repo: Path, changed_only: bool, as_json: bool) -> None:
    """Index REPO from scratch (or, with --changed-only, bring its index up to date)."""
    with _tools() as tools:
        root = _root_of(repo)
        future = tools.indexer.refresh(root) if changed_only else tools.indexer.rebuild(root)
        try:
            report = future.result()
        except OSError as exc:
            raise click.ClickException(f"Could not index {root}: {exc}") from exc
    _print_report(report, as_json)


@context_group.command("forget")
@click.argument("repo", type=click.Path(path_type=Path))
def forget_command(repo: Path) -> None:
    """Delete what Mezzo has indexed about REPO."""
    root = _root_of(repo) if repo.exists() else str(repo.resolve())
    with _tools() as tools:
        _refuse_while_serving(tools.settings, "use Forget")
        had = tools.indexer.forget(root)
    click.echo(f"Deleted the index of {root}." if had else f"There was no index of {root}.")


@context_group.command("off")
@click.argument("repo", type=click.Path(exists=True, path_type=Path))
def off_command(repo: Path) -> None:
    """Stop adding repository context for REPO (its index is kept)."""
    _switch(repo, enabled=False)


@context_group.command("on")
@click.argument("repo", type=click.Path(exists=True, path_type=Path))
def on_command(repo: Path) -> None:
    """Add repository context for REPO again."""
    _switch(repo, enabled=True)


def _refuse_while_serving(settings: SettingsStore, action: str) -> None:
    """A running Mezzo keeps its settings and indexes in memory and would undo a change made
    here: say where to make it instead, and change nothing."""
    port = Environment.read().port or settings.current.server.port
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/mezzo/status", timeout=1.0) as answer:
            running = "engine" in json.load(answer)
    except urllib.error.HTTPError as refused:  # it asks for the access token: it is Mezzo
        running = refused.code in (401, 403)
    except (OSError, ValueError):  # nothing listening, or not Mezzo
        running = False
    if running:
        raise click.ClickException(
            f"Mezzo is running: {action} on its Adapters page, or quit Mezzo and run this again."
        )


def _switch(repo: Path, *, enabled: bool) -> None:
    root = _root_of(repo)
    settings = SettingsStore(MezzoPaths.from_environment().ensure().settings_file)
    _refuse_while_serving(settings, "use the “Use repository context” switch")
    settings.update(context=settings.current.context.switched(root, enabled))
    click.echo(f"Repository context is {'on' if enabled else 'off'} for {root}.")
