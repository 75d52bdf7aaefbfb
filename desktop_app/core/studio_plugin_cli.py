"""`mezzo studio-plugin`: install the Roblox Studio plugin, or say where Studio looks for it."""

from __future__ import annotations

import os
import platform
from pathlib import Path

import click

from desktop_app.core.studio_plugin import install_plugin, shipped_sources, studio_plugins_folder


def _plugins_folder() -> Path:
    folder = studio_plugins_folder(platform.system(), os.environ, Path.home())
    if folder is None:
        raise click.ClickException(
            "Roblox Studio runs on Windows and macOS only; pass --folder to write the plugin "
            "somewhere else."
        )
    return folder


@click.group("studio-plugin")
def studio_plugin_group() -> None:
    """The Roblox Studio plugin that shows Mezzo's suggestions in Studio's script editor."""


@studio_plugin_group.command("install")
@click.option(
    "--folder",
    type=click.Path(file_okay=False, path_type=Path),
    help="Studio's plugins folder, if not the usual one.",
)
def install_command(folder: Path | None) -> None:
    """Install the plugin, or update it if it is already installed."""
    try:
        path = install_plugin(folder or _plugins_folder(), shipped_sources())
    except OSError as exc:  # Mezzo's typed refusals, and a plugin file missing from Mezzo
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Installed {path}")
    click.echo(
        "Restart Roblox Studio, open a script, and allow the plugin to make HTTP requests "
        "when Studio asks."
    )


@studio_plugin_group.command("path")
def path_command() -> None:
    """Print the folder Roblox Studio loads plugins from."""
    click.echo(str(_plugins_folder()))
