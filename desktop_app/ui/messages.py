"""What to tell the person when something goes wrong, written for the window rather than a terminal.

Core errors carry messages for every front end, and some of them name CLI commands
(`mezzo models login`, `--base`). In the app the next step is a button or a Settings page, so
the panels map each error *type* (never its text) to a sentence here, with the error's fields
filling in the numbers. Anything without a window-specific sentence falls back to the core's
own message, which is already written for people.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop_app.base.errors import (
    AdapterBaseUnknownError,
    AdapterIncompatibleError,
    AdapterInUseError,
    AdapterInvalidError,
    AuthRequiredError,
    BundleCorruptError,
    BundleInvalidError,
    DiskFullError,
    DownloadCancelledError,
    DownloadPausedError,
    MezzoError,
    NotAGGUFError,
    OfflineError,
    OutOfMemoryError,
    PowerPolicyError,
    RevisionNotFoundError,
    StoreBusyError,
)
from desktop_app.ui.formatting import human_bytes

logger = logging.getLogger(__name__)


def explain(error: BaseException) -> str:
    """One or two plain sentences: what happened, and what to do next."""
    if isinstance(error, DownloadPausedError):
        return QCoreApplication.translate(
            "Messages", "Paused. What is downloaded so far is kept; press Resume to go on."
        )
    if isinstance(error, DownloadCancelledError):
        return QCoreApplication.translate("Messages", "Download cancelled.")
    if isinstance(error, OfflineError):
        return QCoreApplication.translate(
            "Messages",
            "Mezzo cannot reach the model download site. Check that this computer is online, "
            "then press Resume: what is already downloaded is kept.",
        )
    if isinstance(error, AuthRequiredError):
        return QCoreApplication.translate(
            "Messages",
            "This model needs a Hugging Face access token. Accept the model's licence on "
            "huggingface.co, add your token in Settings, then try again.",
        )
    if isinstance(error, DiskFullError):
        return _disk_full(error)
    if isinstance(error, BundleCorruptError):
        return QCoreApplication.translate(
            "Messages",
            "The download arrived damaged, so Mezzo deleted it and installed nothing. "
            "Try again; if it keeps happening, your network may be altering downloads.",
        )
    if isinstance(error, BundleInvalidError | NotAGGUFError):
        return QCoreApplication.translate(
            "Messages",
            "The file Mezzo received is not the model it expected, so it was not installed. "
            "Pick another model, or update Mezzo.",
        )
    if isinstance(error, RevisionNotFoundError):
        return QCoreApplication.translate(
            "Messages",
            "This version of the model is no longer available for download. Pick another "
            "model, or update Mezzo to get its newer model list.",
        )
    if isinstance(error, PowerPolicyError):
        return QCoreApplication.translate(
            "Messages",
            "Mezzo downloads models only while the computer is plugged in. Plug in and press "
            "Resume, or allow downloads on battery in Settings.",
        )
    if isinstance(error, StoreBusyError):
        return QCoreApplication.translate(
            "Messages", "Another Mezzo window is changing the same files. Try again in a moment."
        )
    if isinstance(error, OutOfMemoryError):
        return QCoreApplication.translate(
            "Messages",
            "This model needs about {needed} of memory and only {free} is free. Close some "
            "programs, or choose a smaller model.",
        ).format(needed=human_bytes(error.needed_bytes), free=human_bytes(error.available_bytes))
    return _adapter_error(error) or _fallback(error)


def _disk_full(error: DiskFullError) -> str:
    if error.needed_bytes > 0:
        return QCoreApplication.translate(
            "Messages",
            "There is not enough free disk space: this needs {needed} and {free} is free. "
            "Free some space, or pick a smaller model.",
        ).format(needed=human_bytes(error.needed_bytes), free=human_bytes(error.free_bytes))
    return QCoreApplication.translate(
        "Messages",
        "The disk filled up during the download. Free some space, then press Resume: the "
        "download goes on where it stopped.",
    )


def _adapter_error(error: BaseException) -> str | None:
    if isinstance(error, AdapterIncompatibleError):
        # The core's message names both models and the mismatch; add the window's next step.
        return QCoreApplication.translate(
            "Messages",
            "{reason}\nIn Mezzo: pick the model it was trained for beside “Add an adapter "
            "file…” and add it again.",
        ).format(reason=error)
    if isinstance(error, AdapterInvalidError) and error.reason == "not adapter":
        return QCoreApplication.translate(
            "Messages",
            "This file is a whole model, not an adapter. Add it on the Models page instead.",
        )
    if isinstance(error, AdapterInUseError):
        return QCoreApplication.translate(
            "Messages", "“{name}” is still used by: {repos}. Remove those mappings first."
        ).format(name=error.name, repos=", ".join(error.repos))
    if isinstance(error, AdapterBaseUnknownError):
        return QCoreApplication.translate(
            "Messages",
            "Mezzo needs an installed model to check the adapter against. Pick or download a "
            "model on the Models page first.",
        )
    return None


def _fallback(error: BaseException) -> str:
    if isinstance(error, MezzoError):
        return str(error)  # written for people already
    logger.warning("unexpected error shown to the person: %r", error)
    return QCoreApplication.translate(
        "Messages", "Something went wrong ({error}). The log has the details."
    ).format(error=type(error).__name__)
