"""The key editors must send when the person asks Mezzo to require one.

It lives in the OS keyring where a secure one exists. Where none does (a Linux box without a
keyring daemon), it lives in a file in Mezzo's home that only this user can read (mode 0600, as
Jupyter keeps its token), rather than in memory: a key that changes at every start, and that no
other process can read, is one nobody can ever type into an editor. Unlike the hub token, this
key opens nothing beyond the local loopback server.
"""

from __future__ import annotations

import logging
import secrets as token_source
from pathlib import Path

from desktop_app.base.files import atomic_write_text
from desktop_app.base.secrets import SecretStore

logger = logging.getLogger(__name__)

SECRET_NAME = "api-token"


class ApiTokens:
    def __init__(self, secrets: SecretStore, fallback_file: Path) -> None:
        self._secrets = secrets
        self._file = fallback_file
        # The server asks on every request: the file is re-read only when it changed (a
        # `mezzo token rotate` from another process), so a request costs one stat.
        self._read: tuple[int, str] | None = None  # (mtime_ns, key)

    @property
    def kept_in(self) -> str:
        """Where the key is kept, for the person: "the system keyring" or the file's path."""
        return "the system keyring" if self._secrets.is_secure else str(self._file)

    def current(self) -> str:
        """The key, made on first use."""
        token = self._secrets.get(SECRET_NAME) if self._secrets.is_secure else self._from_file()
        return token or self.rotate()

    def _from_file(self) -> str | None:
        try:
            stamp = self._file.stat().st_mtime_ns
            if self._read is None or self._read[0] != stamp:
                self._read = (stamp, self._file.read_text("utf-8").strip())
        except FileNotFoundError:
            return None
        return self._read[1] or None

    def rotate(self) -> str:
        """A new key; the old one stops working at once."""
        token = token_source.token_urlsafe(24)
        if self._secrets.is_secure:
            self._secrets.set(SECRET_NAME, token)
        else:
            atomic_write_text(self._file, token + "\n")  # mkstemp's 0600 survives the rename
            logger.info("no secure keyring: the API key is kept in %s", self._file)
        return token
