"""What to tell the person when something goes wrong, written for the window rather than a terminal.

Core errors carry messages for every front end, and some of them name CLI commands
(`mezzo models login`, `--base`). In the app the next step is a button or a Settings page, so
the panels map each error *type* (never its text) to a sentence here, with the error's fields
filling in the numbers. Nothing here shows an error's own text: it may name paths and CLI flags,
and it was written for a terminal. An error without a sentence gets a plain fallback that names
where to look (the page it belongs to, and the app's log file, which has the error's text).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.base.errors import (
    AdapterBaseUnknownError,
    AdapterError,
    AdapterIncompatibleError,
    AdapterInUseError,
    AdapterInvalidError,
    AdapterLoadError,
    AdapterNotFoundError,
    AuthRequiredError,
    BundleCorruptError,
    BundleError,
    BundleInvalidError,
    BundleNotFoundError,
    DiskFullError,
    DownloadCancelledError,
    DownloadPausedError,
    EngineClosedError,
    EngineNotReadyError,
    InvalidSettingError,
    MezzoError,
    ModelLoadError,
    ModelNotFoundError,
    ModelSwitchError,
    NotAGGUFError,
    NotARepositoryError,
    OfflineError,
    OutOfMemoryError,
    PluginDiskFullError,
    PluginFolderReadOnlyError,
    PowerPolicyError,
    RevisionNotFoundError,
    SignatureError,
    StoreBusyError,
    StudioNotFoundError,
    TemplateError,
    UnsupportedModelError,
)
from desktop_app.base.log_file import LOG_NAME, log_file
from desktop_app.server.runner import PortInUseError
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
            "Mezzo downloads models only while this computer is plugged in, to save the "
            "battery. Plug it in and try again, or turn on “Download models on battery power” "
            "in Settings. What is already downloaded is kept.",
        )
    if isinstance(error, StoreBusyError):
        return QCoreApplication.translate(
            "Messages", "Another Mezzo window is changing the same files. Try again in a moment."
        )
    if isinstance(error, ModelSwitchError):
        return QCoreApplication.translate(
            "Messages", "{new} could not be loaded ({why}); Mezzo went back to {old}."
        ).format(new=error.failed_name, why=_load_reason(error.reason), old=error.restored_name)
    if isinstance(error, OutOfMemoryError):
        return QCoreApplication.translate(
            "Messages",
            "This model needs about {needed} of memory and only {free} is free. Close some "
            "programs, or choose a smaller model.",
        ).format(needed=human_bytes(error.needed_bytes), free=human_bytes(error.available_bytes))
    if isinstance(error, ModelNotFoundError):
        return QCoreApplication.translate(
            "Messages",
            "The model file is missing ({file}). Pick another model in Models, or download it "
            "again.",
        ).format(file=Path(error.path).name)
    if isinstance(error, UnsupportedModelError):
        return QCoreApplication.translate(
            "Messages",
            "This version of Mezzo cannot run {file}: it may be for a newer llama.cpp, or "
            "damaged. Pick another model, or download it again.",
        ).format(file=Path(error.path).name)
    if isinstance(error, ModelLoadError):
        return QCoreApplication.translate(
            "Messages", "The model {file} could not be loaded. Pick another model in Models."
        ).format(file=Path(error.path).name)
    if isinstance(error, EngineNotReadyError):
        return QCoreApplication.translate(
            "Messages", "The model is not ready yet. Wait a moment, or pick a model in Models."
        )
    if isinstance(error, EngineClosedError):
        return QCoreApplication.translate("Messages", "Mezzo is shutting down.")
    if isinstance(error, PortInUseError):
        return QCoreApplication.translate(
            "Messages",
            "Another program already uses port {port}, so editors cannot reach Mezzo. Quit that "
            "program (another Mezzo or llama-server?) and press Try again, or choose another "
            "port in Settings.",
        ).format(port=error.port)
    if isinstance(error, BundleNotFoundError):
        return QCoreApplication.translate(
            "Messages", "Mezzo does not know this model. Pick one from the list in Models."
        )
    if isinstance(error, SignatureError):
        return QCoreApplication.translate(
            "Messages",
            "The model list Mezzo received is not signed by Mezzo's publishers, so it was not "
            "used. The list that came with Mezzo stays in place.",
        )
    if isinstance(error, TemplateError):
        return QCoreApplication.translate(
            "Messages",
            "This model cannot fill in code between the lines in the way chosen in Settings. "
            "Set the prompt format back to automatic.",
        )
    if isinstance(error, InvalidSettingError):
        return QCoreApplication.translate(
            "Messages", "The setting {name} has a value Mezzo cannot use. Change or remove it."
        ).format(name=error.name)
    return _adapter_error(error) or _studio_error(error) or _fallback(error)


def _load_reason(error: MezzoError) -> str:
    """Why a model would not start, as a clause for the sentence about going back."""
    if isinstance(error, NotAGGUFError):
        return QCoreApplication.translate("Messages", "it is not a model file")
    if isinstance(error, OutOfMemoryError):
        return QCoreApplication.translate(
            "Messages", "it needs about {needed} of memory and only {free} is free"
        ).format(needed=human_bytes(error.needed_bytes), free=human_bytes(error.available_bytes))
    if isinstance(error, ModelNotFoundError):
        return QCoreApplication.translate("Messages", "its file is missing")
    if isinstance(error, UnsupportedModelError):
        return QCoreApplication.translate(
            "Messages", "the file is damaged, or made for a newer version of Mezzo"
        )
    if isinstance(error, TemplateError):
        return QCoreApplication.translate(
            "Messages", "it cannot fill in code in the way chosen in Settings"
        )
    logger.warning("model load failure without a reason shown to the person: %r", error)
    return QCoreApplication.translate("Messages", "Mezzo could not start it")


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
        return QCoreApplication.translate(
            "Messages",
            "The adapter “{adapter}” does not fit the model “{base}”: {why}. Pick the model it "
            "was trained for beside “Add an adapter file…” and add it again.",
        ).format(adapter=error.adapter, base=error.base, why=error.why)
    if isinstance(error, NotARepositoryError):
        return QCoreApplication.translate(
            "Messages",
            "“{folder}” is not a folder on this computer (it may have been moved or deleted). "
            "Pick the project folder again.",
        ).format(folder=Path(error.path).name or error.path)
    if isinstance(error, AdapterNotFoundError):
        return QCoreApplication.translate(
            "Messages", "No adapter named “{name}” is installed. Add it on the Adapters page."
        ).format(name=error.name)
    if isinstance(error, AdapterLoadError):
        return QCoreApplication.translate(
            "Messages",
            "llama.cpp could not use the adapter “{name}” with this model, so completions run "
            "without it. Remove the adapter and add it again.",
        ).format(name=error.adapter)
    if isinstance(error, AdapterInvalidError) and error.reason == "not adapter":
        return QCoreApplication.translate(
            "Messages",
            "This file is a whole model, not an adapter. Add it on the Models page instead.",
        )
    if isinstance(error, AdapterInvalidError):
        return QCoreApplication.translate(
            "Messages",
            "{file} is not a LoRA adapter Mezzo can use (it is missing, damaged, or another "
            "kind of file). Pick the adapter's .gguf file.",
        ).format(file=Path(error.path).name)
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


def studio_not_installed() -> str:
    """Said when Studio is missing, found before the click or by it."""
    return QCoreApplication.translate(
        "Messages",
        "Roblox Studio is not installed on this computer. Install it from roblox.com and open "
        "it once, then install the plugin.",
    )


def _studio_error(error: BaseException) -> str | None:
    if isinstance(error, StudioNotFoundError):
        return studio_not_installed()
    if isinstance(error, PluginFolderReadOnlyError):
        return QCoreApplication.translate(
            "Messages",
            "Mezzo is not allowed to save the plugin in Roblox Studio's plugins folder. Close "
            "Roblox Studio and try again; if it still fails, the folder may be read-only, or "
            "managed by your school or workplace.",
        )
    if isinstance(error, PluginDiskFullError):
        return QCoreApplication.translate(
            "Messages",
            "The disk is full, so the Studio plugin could not be saved. Free some space, then "
            "try again.",
        )
    return None


def _fallback(error: BaseException) -> str:
    """Never the error's own text: it may name files and was written for a terminal. The log has
    it (logged here), so the sentence says where to look: the page the error belongs to, and the
    log file."""
    if isinstance(error, OSError) and not isinstance(error, MezzoError):
        return QCoreApplication.translate(
            "Messages",
            "Mezzo could not read or write its files. Check that your home folder has free "
            "space and is writable, then try again.",
        )
    logger.warning("error without a window sentence shown to the person: %r", error)
    log = _log_file_name()
    if isinstance(error, BundleError):
        return QCoreApplication.translate(
            "Messages",
            "Something went wrong with a model download or install. Look at the model on the "
            "Models page and try again; the details are in Mezzo's log: {log}",
        ).format(log=log)
    if isinstance(error, AdapterError):
        return QCoreApplication.translate(
            "Messages",
            "Something went wrong with an adapter. Look at it on the Adapters page and try "
            "again; the details are in Mezzo's log: {log}",
        ).format(log=log)
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong that Mezzo has no explanation for. Try again; if it keeps "
        "happening, quit Mezzo and start it again. The details are in Mezzo's log: {log}",
    ).format(log=log)


def _log_file_name() -> str:
    try:
        return str(log_file())
    except MezzoError:  # a MEZZO_* variable Mezzo cannot read: the log is where it always is
        return QCoreApplication.translate("Messages", "{name} in Mezzo's logs folder").format(
            name=LOG_NAME
        )
