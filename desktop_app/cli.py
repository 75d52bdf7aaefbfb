"""The `mezzo` command. Each room contributes its own click group; this file only wires them."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

import click

from desktop_app import __version__
from desktop_app.adapters.cli import adapters_group
from desktop_app.base.environment import ENVIRONMENT
from desktop_app.base.errors import MezzoError
from desktop_app.bundles.cli import models_group
from desktop_app.core.context_cli import context_group
from desktop_app.core.studio_plugin_cli import studio_plugin_group
from desktop_app.quality.cli import bench_group
from desktop_app.quality.eval_cli import dataset_group, eval_command
from desktop_app.server.cli import serve_command, token_group
from desktop_app.server.smoke_test import run_smoke_test
from desktop_app.telemetry.cli import stats_command


def no_display_reason(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """Why the desktop window cannot open here, or None when it can (as far as we can tell).

    On Linux a GUI needs an X11 or Wayland display unless Qt is told to use another platform
    plugin (QT_QPA_PLATFORM, e.g. "offscreen" in tests); macOS and Windows always have one.
    """
    env = os.environ if environ is None else environ
    plat = platform or sys.platform
    if not plat.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return "no display (DISPLAY and WAYLAND_DISPLAY are unset)"


def _run_gui(ctx: click.Context, minimized: bool) -> None:
    """Start the desktop app, or say why not and serve headless instead."""
    reason = no_display_reason()
    if reason is None:
        try:
            # Imported here, not at the top: PySide6 takes a moment to load and needs display
            # libraries, and `mezzo serve` and the other commands must work without either.
            from desktop_app.ui.app import run_app  # noqa: PLC0415
        except ImportError as exc:
            reason = f"the desktop libraries could not be loaded ({exc})"
        else:
            argv = [sys.argv[0], *(["--minimized"] if minimized else [])]
            ctx.exit(run_app(argv))
    click.echo(f"Starting without a window: {reason}. Serving completions headless.", err=True)
    ctx.invoke(serve_command)


ENVIRONMENT_HELP = "\b\nEnvironment:\n" + "\n".join(
    f"  {var.name:<20} {var.meaning} (default: {var.default})" for var in ENVIRONMENT
)


@click.group(invoke_without_command=True, epilog=ENVIRONMENT_HELP)
@click.version_option(__version__, prog_name="mezzo")
@click.option("-v", "--verbose", is_flag=True, help="Log more detail to stderr.")
@click.option(
    "--minimized", is_flag=True, help="Start in the system tray without opening the window."
)
@click.option(
    "--smoke-test",
    is_flag=True,
    help="Check this installation: serve one completion from the starter model, then exit.",
)
@click.pass_context
def main(ctx: click.Context, verbose: bool, minimized: bool, smoke_test: bool) -> None:
    """Mezzo: private code completion for your editor, served from a local model.

    With no command, Mezzo opens its desktop app (tray icon and window) and serves completions;
    where there is no display it serves headless, like `mezzo serve`.
    """
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not verbose:  # a line per HTTP request would bury what Mezzo itself says
        for client in ("httpx", "httpx2"):
            logging.getLogger(client).setLevel(logging.WARNING)
    if smoke_test:
        ctx.exit(_smoke_test())
    if ctx.invoked_subcommand is None:
        _run_gui(ctx, minimized)


def _smoke_test() -> int:
    try:
        result = run_smoke_test()
    except MezzoError as exc:
        click.echo(f"smoke test failed: {exc}", err=True)
        return 1
    click.echo(
        f"smoke test passed: {result.model.name} served an /infill "
        f"({result.tokens_evaluated} prompt tokens) {result.from_launch_s:.2f} s after launch; "
        f"llama.cpp CPU features: {' '.join(result.cpu_features) or 'none reported'}"
    )
    return 0


main.add_command(serve_command)
main.add_command(models_group)
main.add_command(stats_command)
main.add_command(bench_group)
main.add_command(dataset_group)
main.add_command(eval_command)
main.add_command(adapters_group)
main.add_command(context_group)
main.add_command(token_group)
main.add_command(studio_plugin_group)
