"""SecretStore: tokens go to the OS keyring when it is secure, and only to memory otherwise."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from desktop_app.base.secrets import SecretStore, backend_is_secure
from tests.fakehub.memkeyring import MemoryKeyring


class LockedKeyring(MemoryKeyring):
    """A real keyring whose daemon refuses writes (a locked GNOME Keyring)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def chain_of(*links: object) -> keyring.backends.chainer.ChainerBackend:
    """keyring's chainer discovers its links; this one is given them."""
    chain = type("Chain", (keyring.backends.chainer.ChainerBackend,), {"backends": list(links)})
    return chain()


class TestSecureKeyring:
    def test_a_secret_set_is_saved_in_the_keyring_and_read_back(self) -> None:
        backend = MemoryKeyring()
        store = SecretStore(backend=backend)
        assert store.is_secure
        assert store.set("huggingface-token", "hf_abc") is True
        assert backend.secrets == {("mezzo", "huggingface-token"): "hf_abc"}
        assert SecretStore(backend=backend).get("huggingface-token") == "hf_abc"

    def test_deleting_a_secret_removes_it_from_the_keyring(self) -> None:
        backend = MemoryKeyring()
        store = SecretStore(backend=backend)
        store.set("bearer", "s3cret")
        store.delete("bearer")
        assert store.get("bearer") is None
        assert backend.secrets == {}

    def test_deleting_a_secret_that_was_never_set_is_harmless(self) -> None:
        keyring = MemoryKeyring()
        store = SecretStore(backend=keyring)
        store.set("kept", "x")
        store.delete("nothing")
        assert store.get("nothing") is None
        assert store.get("kept") == "x"

    def test_the_default_backend_is_the_one_keyring_chose(self, memory_keyring: object) -> None:
        store = SecretStore()
        store.set("bearer", "x")
        assert memory_keyring.secrets[("mezzo", "bearer")] == "x"  # type: ignore[attr-defined]

    def test_a_locked_keyring_keeps_the_secret_in_memory_and_says_it_was_not_saved(self) -> None:
        store = SecretStore(backend=LockedKeyring())
        assert store.set("huggingface-token", "hf_abc") is False
        assert store.get("huggingface-token") == "hf_abc"


class TestNoSecureKeyring:
    @pytest.mark.parametrize(
        "backend",
        [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()],
        ids=["fail", "null"],
    )
    def test_secrets_live_in_memory_only_and_the_store_says_so(self, backend: object) -> None:
        store = SecretStore(backend=backend)  # type: ignore[arg-type]
        assert not store.is_secure
        assert store.set("huggingface-token", "hf_abc") is False
        assert store.get("huggingface-token") == "hf_abc"
        assert SecretStore(backend=backend).get("huggingface-token") is None  # type: ignore[arg-type]

    def test_no_secret_is_ever_written_to_a_file(self, tmp_path: Path) -> None:
        store = SecretStore(backend=keyring.backends.fail.Keyring())
        store.set("huggingface-token", "hf_never_on_disk")
        written = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert not any(b"hf_never_on_disk" in p.read_bytes() for p in written)

    def test_a_chain_of_only_insecure_backends_is_insecure(self) -> None:
        assert not backend_is_secure(chain_of(keyring.backends.fail.Keyring()))

    def test_a_chain_with_a_real_keyring_in_it_is_secure(self) -> None:
        assert backend_is_secure(chain_of(keyring.backends.fail.Keyring(), MemoryKeyring()))

    def test_a_plain_text_file_keyring_counts_as_insecure(self) -> None:
        plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
        assert not backend_is_secure(plaintext())
