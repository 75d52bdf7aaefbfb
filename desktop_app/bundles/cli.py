"""`mezzo models …`: the bundle service on the command line, with a progress bar.

The commands are thin: each builds the service from the environment, calls one method and
prints the result. Errors are Mezzo's typed errors, whose messages are already written for the
person at the terminal, so they are shown as they are.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from tqdm import tqdm

from desktop_app.base.errors import DownloadPausedError, MezzoError
from desktop_app.base.secrets import INSECURE_HINT
from desktop_app.bundles.progress import CancelToken, Progress
from desktop_app.bundles.refs import BundleRef
from desktop_app.bundles.service import BundleService

_PHASE_LABEL = {"download": "downloading", "verify": "checking", "install": "copying"}


class _ProgressBar:
    """One tqdm bar per phase, fed from `Progress` events; shows bytes, rate and ETA."""

    def __init__(self) -> None:
        self._bar: tqdm | None = None
        self._key: tuple[str, str] | None = None

    def __call__(self, event: Progress) -> None:
        key = (event.bundle, event.phase)
        if key != self._key:
            self.close()
            self._key = key
            self._bar = tqdm(
                total=event.total_bytes,
                initial=event.done_bytes,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc=f"{_PHASE_LABEL[event.phase]} {event.bundle}",
                file=sys.stderr,
                leave=True,
            )
            if event.resumed_from:
                click.echo(f"resuming from {event.resumed_from:,} bytes already here", err=True)
        assert self._bar is not None
        self._bar.update(event.done_bytes - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


@contextmanager
def _friendly_errors() -> Iterator[None]:
    try:
        yield
    except DownloadPausedError as exc:
        raise click.ClickException(f"{exc} (The part already downloaded is kept.)") from exc
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("\nStopped. Run the same command again to continue the download.", err=True)
        raise SystemExit(130) from None


def _service(ctx: click.Context) -> BundleService:
    return BundleService.from_environment(catalog_path=ctx.obj.get("catalog"))


@click.group("models")
@click.option(
    "--catalog",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Use this catalog file instead of the one shipped with Mezzo.",
)
@click.pass_context
def models_group(ctx: click.Context, catalog: Path | None) -> None:
    """Download, switch and check the models Mezzo runs. The hub is HF_ENDPOINT."""
    ctx.ensure_object(dict)
    ctx.obj["catalog"] = catalog


@models_group.command("list")
@click.option("--all", "show_all", is_flag=True, help="Also list models on offer, not installed.")
@click.pass_context
def list_command(ctx: click.Context, show_all: bool) -> None:
    """Show installed models (* marks the one in use)."""
    with _friendly_errors():
        service = _service(ctx)
        installed = service.installed()
        for item in sorted(installed, key=lambda i: i.manifest.ref):
            m = item.manifest
            mark = "*" if item.active else " "
            fim = "FIM" if m.fim else "no FIM"
            click.echo(f"{mark} {m.ref:<40} {m.size / 1e6:>9.1f} MB  {m.architecture}, {fim}")
        if not installed:
            click.echo("No models installed yet. `mezzo models list --all` shows those on offer.")
        if show_all:
            have = {i.manifest.ref for i in installed}
            click.echo("\nOn offer:")
            for entry in service.catalog.latest():
                if entry.ref not in have:
                    click.echo(
                        f"  {entry.ref:<40} {entry.parameters:>5} {entry.quantization:<7} "
                        f"needs ~{entry.ram_mb / 1024:.1f} GB RAM  {entry.name}"
                    )


@models_group.command("pull")
@click.argument("ref")
@click.option("--use", "activate", is_flag=True, help="Make it the model in use once installed.")
@click.option("--on-battery", is_flag=True, help="Download even when not plugged in.")
@click.option("--ask-token", is_flag=True, help="Ask for a hub token for this download.")
@click.option("--repair", is_flag=True, help="Re-check an installed copy; fetch it again if bad.")
@click.pass_context
def pull_command(
    ctx: click.Context, ref: str, activate: bool, on_battery: bool, ask_token: bool, repair: bool
) -> None:
    """Download and install REF: ID[@VERSION], or ORG/REPO/FILE.gguf[@REVISION]."""
    bar = _ProgressBar()
    with _friendly_errors():
        service = _service(ctx)
        if ask_token:  # where no keyring can keep a token, this is how a gated pull gets one
            service.set_token(click.prompt("Hugging Face access token", hide_input=True))
        try:
            manifest = service.pull(
                ref,
                progress=bar,
                cancel=CancelToken(),
                activate=activate,
                allow_on_battery=True if on_battery else None,
                repair=repair,
            )
        finally:
            bar.close()
        click.echo(f"installed {manifest.ref} ({manifest.sha256[:12]}, {manifest.size:,} bytes)")


@models_group.command("use")
@click.argument("ref")
@click.pass_context
def use_command(ctx: click.Context, ref: str) -> None:
    """Switch to an installed model: ID[@VERSION]."""
    with _friendly_errors():
        manifest = _service(ctx).use(ref)
        click.echo(f"now using {manifest.ref}")


@models_group.command("rollback")
@click.pass_context
def rollback_command(ctx: click.Context) -> None:
    """Go back to the model that was in use before."""
    with _friendly_errors():
        manifest = _service(ctx).rollback()
        click.echo(f"now using {manifest.ref}")


@models_group.command("remove")
@click.argument("ref")
@click.pass_context
def remove_command(ctx: click.Context, ref: str) -> None:
    """Delete an installed model version: ID@VERSION."""
    with _friendly_errors():
        manifest = _service(ctx).remove(BundleRef.parse(ref))
        click.echo(f"removed {manifest.ref}")


@models_group.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--id", "bundle_id", help="Name to install it under (default: from the file name).")
@click.option("--use", "activate", is_flag=True, help="Make it the model in use.")
@click.pass_context
def import_command(ctx: click.Context, path: Path, bundle_id: str | None, activate: bool) -> None:
    """Install a local .gguf file as a model."""
    bar = _ProgressBar()
    with _friendly_errors():
        try:
            manifest = _service(ctx).import_file(
                path, bundle_id=bundle_id, activate=activate, progress=bar
            )
        finally:
            bar.close()
        click.echo(f"installed {manifest.ref} ({manifest.sha256[:12]}, {manifest.size:,} bytes)")


@models_group.command("verify")
@click.pass_context
def verify_command(ctx: click.Context) -> None:
    """Re-check every installed model file against its checksum."""
    bar = _ProgressBar()
    with _friendly_errors():
        try:
            results = _service(ctx).verify(progress=bar)
        finally:
            bar.close()
    for result in results:
        click.echo(f"{'ok     ' if result.ok else 'PROBLEM'} {result.ref}  {result.problem or ''}")
    bad = [r for r in results if not r.ok]
    if bad:
        raise click.ClickException(
            f"{len(bad)} model(s) failed the check. Repair each with "
            "`mezzo models pull --repair ID@VERSION`."
        )
    click.echo(f"all {len(results)} model(s) intact")


@models_group.command("refresh")
@click.argument("repo_id")
@click.option("--revision", default="main", show_default=True)
@click.pass_context
def refresh_command(ctx: click.Context, repo_id: str, revision: str) -> None:
    """Fetch a newer signed model list from hub repository REPO_ID."""
    with _friendly_errors():
        catalog = _service(ctx).refresh_catalog(repo_id, revision)
        click.echo(f"model list {catalog.serial} accepted: {len(catalog.entries)} entries")


@models_group.command("login")
@click.option("--token", prompt="Hugging Face access token", hide_input=True)
@click.pass_context
def login_command(ctx: click.Context, token: str) -> None:
    """Store a Hugging Face token for gated or private models."""
    with _friendly_errors():
        if _service(ctx).set_token(token):
            click.echo("Token saved in the system keyring.")
        else:
            click.echo(f"Token kept for this run only. {INSECURE_HINT}")


@models_group.command("logout")
@click.pass_context
def logout_command(ctx: click.Context) -> None:
    """Forget the stored Hugging Face token."""
    with _friendly_errors():
        _service(ctx).clear_token()
        click.echo("Token removed.")
