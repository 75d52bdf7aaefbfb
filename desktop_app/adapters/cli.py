"""`mezzo adapters …`: install LoRA adapters and choose one per project folder.

The commands are thin: each builds `AdapterService` from the environment, calls one method and
prints the result. Mezzo's typed errors already carry messages written for the person at the
terminal, so they are shown as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from desktop_app.adapters.manifest import AdapterManifest
from desktop_app.adapters.mapping import Target
from desktop_app.adapters.service import AdapterService
from desktop_app.base.errors import MezzoError


@contextmanager
def _friendly_errors() -> Iterator[None]:
    try:
        yield
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("\nStopped. Run the same command again to continue the download.", err=True)
        raise SystemExit(130) from None


def _service() -> AdapterService:
    return AdapterService.from_environment()


def _target_text(target: Target) -> str:
    if not target.adapter:
        return "no adapter"
    scale = "its own scale" if target.scale is None else f"scale {target.scale:g}"
    return f"{target.adapter} ({scale})"


@click.group("adapters")
def adapters_group() -> None:
    """LoRA adapters: install them, and choose one for each project."""


@adapters_group.command("list")
def list_command() -> None:
    """Show installed adapters (* marks those that fit the model in use) and the mappings."""
    with _friendly_errors():
        service = _service()
        active = service.bundles.active()
        installed = service.registry.installed()
        for m in installed:
            mark = "*" if active is not None and m.base_sha256 == active.sha256 else " "
            languages = ", ".join(m.languages) or "any language"
            click.echo(
                f"{mark} {m.ref:<32} base {m.base_name} ({m.base_sha256[:12]})  "
                f"scale {m.scale:g}  rank {m.rank}  {languages}"
            )
        if not installed:
            click.echo("No adapters installed. `mezzo adapters add PATH` installs one.")
        state = service.mappings.current()
        click.echo("\nMappings:")
        for key, target in sorted(state.repos.items()):
            click.echo(f"  {key.kind:<6} {key.value} → {_target_text(target)}")
        click.echo(f"  default → {_target_text(state.default)}")


@adapters_group.command("add")
@click.argument("source")
@click.option("--base", help="Model it was trained on: sha256 or ID[@VERSION] (default: in use).")
@click.option("--name", help="Name to install it under (default: from the file name).")
@click.option("--version", "version", help="Version (default: hash or hub commit, 12 digits).")
@click.option("--scale", type=float, default=1.0, show_default=True, help="Default strength.")
@click.option("--languages", default="", help="Languages it was trained for, e.g. luau,lua.")
def add_command(
    source: str,
    base: str | None,
    name: str | None,
    version: str | None,
    scale: float,
    languages: str,
) -> None:
    """Install an adapter: a local .gguf PATH, or ORG/REPO/FILE.gguf[@REVISION] on the hub.

    It is checked against the base model first, and refused if it does not fit.
    """
    with _friendly_errors():
        manifest = _service().add(
            source, base=base, name=name, version=version, scale=scale, languages=languages
        )
        click.echo(_installed_line(manifest))


def _installed_line(m: AdapterManifest) -> str:
    return f"installed {m.ref} for {m.base_name} ({m.sha256[:12]}, {m.size:,} bytes)"


@adapters_group.command("remove")
@click.argument("ref")
def remove_command(ref: str) -> None:
    """Delete NAME (every version) or NAME@VERSION. Mapped adapters must be unmapped first."""
    with _friendly_errors():
        for manifest in _service().remove(ref):
            click.echo(f"removed {manifest.ref}")


@adapters_group.command("map")
@click.argument("project")
@click.argument("name")
@click.option("--scale", type=float, default=None, help="Strength here (default: its own).")
def map_command(project: str, name: str, scale: float | None) -> None:
    """Use adapter NAME (or "none") for PROJECT: any folder (git or not), or a git remote URL.

    A folder inside a git repository or a Rojo/Godot project maps that whole project.
    """
    with _friendly_errors():
        service = _service()
        key = service.map(project, name, scale)
        target = service.mappings.current().get(key) or Target()
        click.echo(f"{key.kind} {key} → {_target_text(target)}")


@adapters_group.command("unmap")
@click.argument("project")
def unmap_command(project: str) -> None:
    """Forget PROJECT's mapping; the default applies to it again."""
    with _friendly_errors():
        key, removed = _service().unmap(project)
        click.echo(f"unmapped {key}" if removed else f"{key} was not mapped")


@adapters_group.command("default")
@click.argument("name")
@click.option("--scale", type=float, default=None, help="Strength (default: its own).")
def default_command(name: str, scale: float | None) -> None:
    """Use adapter NAME (or "none") where no mapping matches."""
    with _friendly_errors():
        state = _service().set_default(name, scale)
        click.echo(f"default → {_target_text(state.default)}")


@adapters_group.command("which")
@click.argument("path", required=False, default="")
@click.option("--base", help="As if this model were loaded: sha256 or ID[@VERSION].")
def which_command(path: str, base: str | None) -> None:
    """What a file at PATH gets: the adapter, its scale, and why.

    Without PATH: what a client that sends no file path gets (the current project).
    """
    with _friendly_errors():
        resolution = _service().which(path, base)
    choice = resolution.choice
    if choice.name:
        click.echo(f"adapter: {choice.name} (scale {choice.scale:g})")
        click.echo(f"file:    {choice.path}")
    else:
        click.echo("adapter: none (the base model alone)")
    click.echo(f"why:     {resolution.why}")
    if resolution.note:
        click.echo(f"note:    {resolution.wanted} is not used: {resolution.note}")
