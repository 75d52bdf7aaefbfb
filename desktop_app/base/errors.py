"""Every error Mezzo raises on purpose, in one place.

Each subclass also derives from the matching builtin, so callers that only know Python's
exceptions still catch them, and each carries its data as fields rather than in the message.
The message itself is written for the person using the app: what went wrong and what to do next.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar


class MezzoError(Exception):
    """Base class for errors that Mezzo reports to the person using it."""


class InvalidSettingError(MezzoError, ValueError):
    """A setting or environment variable has a value Mezzo cannot use."""

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name


# --- engine -----------------------------------------------------------------------------------


class ModelLoadError(MezzoError, RuntimeError):
    """A model file could not be turned into a running engine."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class ModelNotFoundError(ModelLoadError, FileNotFoundError):
    """The model file does not exist."""


class NotAGGUFError(ModelLoadError, ValueError):
    """The file exists but is not a GGUF model."""


class UnsupportedModelError(ModelLoadError):
    """llama.cpp could read the file but cannot run this architecture or layout."""


class OutOfMemoryError(ModelLoadError, MemoryError):
    """The model does not fit in the memory this machine has free."""

    def __init__(self, message: str, path: str, needed_bytes: int, available_bytes: int) -> None:
        super().__init__(message, path)
        self.needed_bytes = needed_bytes
        self.available_bytes = available_bytes


class ModelSwitchError(ModelLoadError):
    """A newly chosen model did not load, so the engine went back to the one that was running.

    `path` is the file that failed and `reason` why; the names are the ones people know the
    two models by (file names in the engine, catalog names once the core has translated it).
    """

    def __init__(self, path: str, reason: MezzoError, failed_name: str, restored_name: str) -> None:
        super().__init__(
            f"{failed_name} could not be loaded ({reason}); Mezzo went back to {restored_name}.",
            path,
        )
        self.reason = reason
        self.failed_name = failed_name
        self.restored_name = restored_name


class EngineNotReadyError(MezzoError, RuntimeError):
    """A request arrived while no model is loaded (still loading, or the load failed)."""


class EngineClosedError(MezzoError, RuntimeError):
    """The engine was shut down while the request was waiting."""


class CancelReason(StrEnum):
    """Why a completion stopped before it finished."""

    SUPERSEDED = "superseded"  # a newer request from the same client replaced it
    DISCONNECTED = "disconnected"  # the client hung up
    SHUTDOWN = "shutdown"  # Mezzo is quitting


class RequestCancelledError(MezzoError, RuntimeError):
    """The request was superseded by a newer one from the same client, or its client left."""

    MESSAGES: ClassVar[dict[CancelReason, str]] = {
        CancelReason.SUPERSEDED: "A newer request from the same client replaced this one.",
        CancelReason.DISCONNECTED: "The client went away before the completion was ready.",
        CancelReason.SHUTDOWN: "Mezzo is shutting down.",
    }

    def __init__(self, reason: CancelReason) -> None:
        super().__init__(self.MESSAGES[reason])
        self.reason = reason


class InvalidRequestError(MezzoError, ValueError):
    """A completion request that can never succeed as written (bad field, absurd number)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class QueueFullError(MezzoError, RuntimeError):
    """Too many jobs are already waiting; the caller should retry after a short pause."""

    def __init__(self, message: str, retry_after_s: float) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class TemplateError(MezzoError, ValueError):
    """The requested FIM template cannot be built from this model's vocabulary."""


# --- adapters ---------------------------------------------------------------------------------


class AdapterError(MezzoError, ValueError):
    """A LoRA adapter that cannot be used with the loaded model."""


class AdapterLoadError(MezzoError, RuntimeError):
    """llama.cpp refused an installed adapter while serving a completion: Mezzo's fault (or the
    file's), never the client's."""

    def __init__(self, message: str, adapter: str) -> None:
        super().__init__(message)
        self.adapter = adapter


class AdapterIncompatibleError(AdapterError):
    """The adapter was trained for another base model."""

    def __init__(self, message: str, adapter: str, base: str, why: str = "") -> None:
        super().__init__(message)
        self.adapter = adapter
        self.base = base
        self.why = why  # what does not match, e.g. "trained for llama, the model is qwen2"


class NotARepositoryError(AdapterError):
    """A path given for a mapping is neither an existing folder nor a git remote URL."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class AdapterInvalidError(AdapterError):
    """The file is not a LoRA adapter GGUF: not a GGUF, a whole model, or another adapter kind."""

    def __init__(self, message: str, path: str, reason: str) -> None:
        super().__init__(message)
        self.path = path
        # "missing", "not gguf", "not adapter", "not lora", "damaged" or "no tensors"
        self.reason = reason


class AdapterNotFoundError(AdapterError, LookupError):
    """No installed adapter has that name (or that version)."""

    def __init__(self, message: str, name: str) -> None:
        super().__init__(message)
        self.name = name


class AdapterBaseUnknownError(AdapterError, LookupError):
    """The base model named for an adapter is not installed, so the adapter cannot be checked."""

    def __init__(self, message: str, base: str) -> None:
        super().__init__(message)
        self.base = base


class AdapterInUseError(AdapterError):
    """The adapter is still mapped to repositories; removing it would change them silently."""

    def __init__(self, message: str, name: str, repos: tuple[str, ...]) -> None:
        super().__init__(message)
        self.name = name
        self.repos = repos


# --- bundles ----------------------------------------------------------------------------------


class BundleError(MezzoError):
    """A model bundle could not be fetched, verified, installed or activated."""


class BundleNotFoundError(BundleError, LookupError):
    """No bundle with that id or version exists in the catalog or the store."""


class BundleCorruptError(BundleError, ValueError):
    """The bytes on disk are not the bytes the manifest promised."""

    def __init__(self, message: str, expected_sha256: str, actual_sha256: str) -> None:
        super().__init__(message)
        self.expected_sha256 = expected_sha256
        self.actual_sha256 = actual_sha256


class SignatureError(BundleError, ValueError):
    """A remote catalog is unsigned, or its signature does not match the shipped key."""


class AuthRequiredError(BundleError, PermissionError):
    """The hub answered 401/403: the repository is gated or private and needs a token."""


class RevisionNotFoundError(BundleError, LookupError):
    """The hub has no such repository, revision or file."""

    def __init__(self, message: str, missing: str = "revision") -> None:
        super().__init__(message)
        self.missing = missing  # "repository", "revision" or "file"


class OfflineError(BundleError, ConnectionError):
    """The hub could not be reached."""


class DiskFullError(BundleError, OSError):
    """There is not enough free disk space for the download or install."""

    def __init__(self, message: str, needed_bytes: int, free_bytes: int) -> None:
        super().__init__(message)
        self.needed_bytes = needed_bytes
        self.free_bytes = free_bytes


class StoreBusyError(BundleError, RuntimeError):
    """Another install holds the store lock."""


class BundleInvalidError(BundleError, ValueError):
    """The file is a GGUF, but not the model its manifest describes (architecture, FIM tokens)."""

    def __init__(self, message: str, field: str, expected: str, actual: str) -> None:
        super().__init__(message)
        self.field = field
        self.expected = expected
        self.actual = actual


class DownloadCancelledError(BundleError):
    """The person cancelled the download; its partial file is deleted."""


class DownloadPausedError(DownloadCancelledError):
    """The download stopped on request (pause, or mains power lost); its partial file is kept."""


class PowerPolicyError(BundleError):
    """The download waits for AC power, as the power policy asks."""


# --- Roblox Studio plugin ---------------------------------------------------------------------


class StudioNotFoundError(MezzoError, FileNotFoundError):
    """Roblox Studio's folder is missing, so there is no plugins folder to install into."""

    def __init__(self, message: str, folder: str) -> None:
        super().__init__(message)
        self.folder = folder  # the plugins folder that was wanted


class PluginFolderReadOnlyError(MezzoError, PermissionError):
    """Studio's plugins folder may not be written to."""

    def __init__(self, message: str, folder: str) -> None:
        super().__init__(message)
        self.folder = folder


class PluginDiskFullError(MezzoError, OSError):
    """The disk holding Studio's plugins folder is full."""

    def __init__(self, message: str, folder: str) -> None:
        super().__init__(message)
        self.folder = folder


# --- telemetry --------------------------------------------------------------------------------


class TelemetryError(MezzoError, ValueError):
    """A telemetry event that does not refer to anything Mezzo served, or has an unknown type."""
