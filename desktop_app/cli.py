"""The `mezzo` command. Each room contributes its own click group; this file only wires them."""

from __future__ import annotations

import logging

import click

from desktop_app import __version__


@click.group(invoke_without_command=True)
@click.version_option(__version__, prog_name="mezzo")
@click.option("-v", "--verbose", is_flag=True, help="Log more detail to stderr.")
@click.pass_context
def main(ctx: click.Context, verbose: bool) -> None:
    """Mezzo: private code completion for your editor, served from a local model."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())
