"""Small secrets (the Hugging Face token, the server's bearer token) kept in the OS keyring.

keyring picks a backend for the platform, but on a headless Linux box it silently falls back to
one that fails every call (`fail.Keyring`), throws writes away (`null.Keyring`) or, with
`keyrings.alt` installed, writes a plain-text file. None of those is a safe place for a token, so
then the secret lives in this process's memory until the app quits, and `is_secure` says so, so
the GUI can tell the person why they must enter it again next time. A secret is never written to
a plain file by Mezzo itself.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.backend
import keyring.errors

logger = logging.getLogger(__name__)

SERVICE_NAME = "mezzo"

# Backends that exist but do not keep a secret safely. Compared by module and class name so that
# keyrings.alt need not be installed to recognise it.
_INSECURE_BACKENDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("keyring.backends.fail", "Keyring"),
        ("keyring.backends.null", "Keyring"),
        ("keyrings.alt.file", "PlaintextKeyring"),
        ("keyrings.alt.file", "EncryptedKeyring"),  # a file whose password is asked on a terminal
    }
)

INSECURE_HINT = (
    "No secure keyring is available on this computer, so Mezzo keeps the token only until it "
    "quits. Install or unlock GNOME Keyring or KWallet to have it remembered."
)


def backend_is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    """True when `backend` stores secrets in an OS keyring rather than nowhere or a plain file."""
    children = getattr(backend, "backends", None)
    if children is not None:  # keyring's ChainerBackend: secure if any link is
        return any(backend_is_secure(child) for child in children)
    kind = (type(backend).__module__, type(backend).__name__)
    return kind not in _INSECURE_BACKENDS and backend.priority > 0


class SecretStore:
    """get/set/delete a secret by name, in the keyring when it is secure, else in memory."""

    def __init__(
        self,
        service: str = SERVICE_NAME,
        backend: keyring.backend.KeyringBackend | None = None,
    ) -> None:
        self._service = service
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._secure = backend_is_secure(self._backend)
        self._lock = threading.Lock()  # guards _memory
        self._memory: dict[str, str] = {}
        if not self._secure:
            logger.debug("no secure keyring (%s); secrets stay in memory", type(self._backend))

    @property
    def is_secure(self) -> bool:
        """False when secrets set now will be forgotten when the app quits."""
        return self._secure

    def get(self, name: str) -> str | None:
        with self._lock:
            if name in self._memory:
                return self._memory[name]
        if not self._secure:
            return None
        try:
            return self._backend.get_password(self._service, name)
        except keyring.errors.KeyringError as exc:  # locked, or the daemon went away
            logger.warning("keyring read of %s failed: %s", name, exc)
            return None

    def set(self, name: str, value: str) -> bool:
        """Keep `value`; returns True when it was saved in the keyring and will outlive this run."""
        if self._secure:
            try:
                self._backend.set_password(self._service, name, value)
            except keyring.errors.KeyringError as exc:
                logger.warning("keyring write of %s failed (%s); keeping it in memory", name, exc)
            else:
                with self._lock:
                    self._memory.pop(name, None)
                return True
        with self._lock:
            self._memory[name] = value
        return False

    def delete(self, name: str) -> None:
        with self._lock:
            self._memory.pop(name, None)
        if not self._secure:
            return
        try:
            self._backend.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored under that name
        except keyring.errors.KeyringError as exc:
            logger.warning("keyring delete of %s failed: %s", name, exc)
