"""`mezzo serve`: the completion server without the GUI."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from pathlib import Path

import click

from desktop_app.core.errors import MezzoError
from desktop_app.core.service import MezzoCore
from desktop_app.core.settings import environment_overview
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
    from desktop_app.bundles.service import BundleService  # noqa: PLC0415 (slow import)

    bundles = BundleService.from_environment(core.paths)
    bundle_id, _, version = model.partition("@")
    manifest = bundles.store.find(bundle_id, version or None)
    return bundles.store.blob_path(manifest.sha256)


def start_service(port: int | None, model: str | None) -> tuple[MezzoCore, ServerThread]:
    core = MezzoCore.from_environment()
    settings = core.settings.current.server
    server = ServerThread(
        build_app(core), port if port is not None else settings.port, settings.ollama_port
    )
    server.start()
    core.load_model(resolve_model_option(core, model))  # /health answers 503 until it is ready
    return core, server


@click.command("serve")
@click.option("--port", type=int, default=None, help="Port to listen on (default 8012).")
@click.option("--model", default=None, help="A .gguf file or an installed bundle ID[@VERSION].")
def serve_command(port: int | None, model: str | None) -> None:
    """Serve completions on 127.0.0.1 without the desktop window."""
    for name, value in environment_overview().items():
        logger.debug("%s=%s", name, value)
    # Installed before the server starts: a supervisor may send SIGTERM as soon as /health
    # answers, and the default handler would kill the process without closing the engine.
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        core, server = start_service(port, model)
    except MezzoError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Mezzo is serving completions on {server.url}  (Ctrl+C to stop)")
    if server.ports.ollama:
        click.echo(f"Ollama clients: http://127.0.0.1:{server.ports.ollama}")
    sys.stdout.flush()  # a supervisor reading a pipe waits for this line
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
        core.close()
