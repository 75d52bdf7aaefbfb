"""`mezzo serve`: the completion server without the GUI."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import click

from desktop_app.base.environment import Environment, environment_overview
from desktop_app.base.errors import MezzoError
from desktop_app.base.log_file import log_to_file, stop_logging_to_file
from desktop_app.base.paths import MezzoPaths
from desktop_app.core.service import MezzoCore
from desktop_app.server.app import build_app
from desktop_app.server.runner import ServerThread

logger = logging.getLogger(__name__)


def resolve_model_option(core: MezzoCore, model: str | None) -> Path | None:
    """A path to a .gguf file, or an installed bundle id (`ID[@VERSION]`)."""
    if not model:
        return None
    path = Path(model).expanduser()
    if path.exists():
        return path
    bundle_id, _, version = model.partition("@")
    return core.bundles.model_path(bundle_id, version or None)


def start_service(
    port: int | None, model: str | None
) -> tuple[MezzoCore, ServerThread, Path | None]:
    """The core and its HTTP thread, listening; the model (resolved here) is not loaded yet.
    The port is `--port`, else MEZZO_PORT, else the settings' port."""
    environment = Environment.read()
    core = MezzoCore.from_environment()
    try:
        path = resolve_model_option(core, model)
        settings = core.settings.current.server
        port = port if port is not None else environment.port or settings.port
        server = ServerThread(build_app(core), port, settings.ollama_port)
        server.start()
    except BaseException:
        core.close()
        raise
    return core, server, path


@click.command("serve")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help="Port to listen on (default: MEZZO_PORT, else the settings' port, 8012).",
)
@click.option("--model", default=None, help="A .gguf file or an installed bundle ID[@VERSION].")
def serve_command(port: int | None, model: str | None) -> None:
    """Serve completions on 127.0.0.1 without the desktop window."""
    # Started at login or by a supervisor, nobody reads stderr: the log goes to the file too.
    try:
        log_handler = log_to_file(MezzoPaths.from_environment())
    except MezzoError as exc:  # a MEZZO_HOME Mezzo cannot use; start_service says it below
        logger.warning("no log file: %s", exc)
        log_handler = None
    try:
        _serve(port, model)
    finally:
        stop_logging_to_file(log_handler)


def _serve(port: int | None, model: str | None) -> None:
    for name, value in environment_overview().items():
        logger.debug("%s=%s", name, value)
    # Installed before the server starts: a supervisor may send SIGTERM as soon as /health
    # answers, and the default handler would kill the process without closing the engine.
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        core, server, path = start_service(port, model)
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Mezzo is serving completions on {server.url}  (Ctrl+C to stop)")
    token = core.api_token()
    if token is not None:
        click.echo(f"Editors must send this key: Authorization: Bearer {token}  (or X-Api-Key)")
    if server.ports.ollama:
        click.echo(f"Ollama clients: http://127.0.0.1:{server.ports.ollama}")
    sys.stdout.flush()  # a supervisor reading a pipe waits for this line
    try:
        # Only now: while llama.cpp loads a model it points file descriptors 1 and 2 at
        # /dev/null for the whole process (llama-cpp-python's suppress_stdout_stderr), so a
        # banner printed during the load could be lost. /health answers 503 until it is ready.
        core.load_model(path)
        core.index_known_repos()
        while not stop.wait(0.5):
            pass
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        server.stop()
        core.close()


@click.group("token")
def token_group() -> None:
    """The key editors must send when Settings require one."""


@token_group.command("show")
def token_show() -> None:
    """Print the key (made now if there is none yet)."""
    _print_token(lambda core: core.api_token())


@token_group.command("rotate")
def token_rotate() -> None:
    """Replace the key: the old one stops working."""
    _print_token(lambda core: core.rotate_api_token() if core.api_token() else None)


def _print_token(get: Callable[[MezzoCore], str | None]) -> None:
    core = MezzoCore.from_environment()
    try:
        token = get(core)
        if token is None:
            raise click.ClickException(
                "Mezzo does not require a key now. Turn on “Editors must send an access token” "
                "in Settings (server.require_token) first."
            )
        click.echo(token)
        click.echo(f"kept in {core.api_tokens.kept_in}", err=True)
    finally:
        core.close()
