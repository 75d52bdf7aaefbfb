"""Mezzo's log file: where a window sends the person when it has no better sentence.

`mezzo` logs to stderr, which nobody sees when the app was started from a menu or at login, or
when `mezzo serve` runs under a supervisor. So both also write their log to `logs/mezzo.log` in
Mezzo's folder (a few rotated files of at most a megabyte each), and an error without a window
sentence (`ui.messages`) names that file: the error's own text, with its paths and CLI flags, is
in the log rather than in the window. Log lines carry names, counts and timings, never code.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop_app.base.errors import MezzoError
from desktop_app.base.paths import MezzoPaths

logger = logging.getLogger(__name__)

LOG_NAME = "mezzo.log"
MAX_BYTES = 1_000_000
BACKUPS = 2
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file(paths: MezzoPaths | None = None) -> Path:
    """Where Mezzo writes its log (`MEZZO_HOME/logs/mezzo.log` and the like)."""
    return (paths or MezzoPaths.from_environment()).logs_dir / LOG_NAME


def log_to_file(paths: MezzoPaths) -> logging.Handler | None:
    """Also write the root logger's records (INFO and above) to `log_file(paths)`; None if it
    cannot be opened (a read-only folder): Mezzo then runs with its log on stderr only. The
    caller removes and closes the handler when it is done."""
    path = log_file(paths)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except (MezzoError, OSError) as exc:
        logger.warning("no log file, logging to stderr only: %s", exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)  # at the level `mezzo` set (INFO, or DEBUG with -v)
    return handler


def stop_logging_to_file(handler: logging.Handler | None) -> None:
    """Undo `log_to_file`; nothing to do for None."""
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()
