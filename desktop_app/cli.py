"""The `mezzo` command. Each room contributes its own click group; this file only wires them."""

from __future__ import annotations

import logging

import click

from desktop_app import __version__
from desktop_app.adapters.cli import adapters_group
from desktop_app.bundles.cli import models_group
from desktop_app.quality.cli import bench_group
from desktop_app.server.cli import serve_command
from desktop_app.telemetry.cli import stats_command


@click.group(invoke_without_command=True)
@click.version_option(__version__, prog_name="mezzo")
@click.option("-v", "--verbose", is_flag=True, help="Log more detail to stderr.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Mezzo: private code completion for your editor, served from a local model.

    With no command, Mezzo starts and serves completions.
    """
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if ctx.invoked_subcommand is None:
        ctx.invoke(serve_command)


main.add_command(serve_command)
main.add_command(models_group)
main.add_command(stats_command)
main.add_command(bench_group)
main.add_command(adapters_group)
