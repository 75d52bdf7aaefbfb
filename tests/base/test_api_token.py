"""The API key editors send: in the keyring where a secure one exists, else in a file only this
user can read, so it survives restarts and another Mezzo process can show it."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring.backends.null

from desktop_app.base.api_token import SECRET_NAME, ApiTokens
from desktop_app.base.secrets import SecretStore
from tests.fakehub.memkeyring import MemoryKeyring


def without_keyring() -> SecretStore:
    return SecretStore(backend=keyring.backends.null.Keyring())


class TestWithoutAKeyring:
    def test_the_key_is_kept_in_a_file_only_this_user_can_read(self, tmp_path: Path) -> None:
        key_file = tmp_path / "api-token"
        token = ApiTokens(without_keyring(), key_file).current()
        assert key_file.read_text("utf-8").strip() == token
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600

    def test_another_process_sees_the_same_key(self, tmp_path: Path) -> None:
        first = ApiTokens(without_keyring(), tmp_path / "api-token").current()
        assert ApiTokens(without_keyring(), tmp_path / "api-token").current() == first

    def test_rotating_replaces_the_key_for_everyone(self, tmp_path: Path) -> None:
        tokens = ApiTokens(without_keyring(), tmp_path / "api-token")
        old = tokens.current()
        new = tokens.rotate()
        assert new != old
        assert ApiTokens(without_keyring(), tmp_path / "api-token").current() == new

    def test_it_says_where_the_key_is(self, tmp_path: Path) -> None:
        assert ApiTokens(without_keyring(), tmp_path / "api-token").kept_in == str(
            tmp_path / "api-token"
        )


class TestWithAKeyring:
    def test_the_key_lives_in_the_keyring_and_no_file_is_written(self, tmp_path: Path) -> None:
        backend = MemoryKeyring()
        tokens = ApiTokens(SecretStore(backend=backend), tmp_path / "api-token")
        token = tokens.current()
        assert backend.secrets[("mezzo", SECRET_NAME)] == token
        assert not (tmp_path / "api-token").exists()
        assert tokens.current() == token
        assert tokens.kept_in == "the system keyring"
