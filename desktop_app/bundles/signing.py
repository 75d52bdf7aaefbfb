"""Ed25519 signatures on the remote catalog, checked against keys shipped with the app.

The catalog is small and carries the sha256 of every model, so signing it covers the models too.
A signature is the 64 raw Ed25519 bytes over the exact catalog bytes, stored base64-encoded in
`catalog.json.sig` beside it. Public keys are PEM files `resources/catalog_public_key*.pem`; more
than one may be shipped so that a key can be rotated. The private half never ships: releases sign
with `packaging/sign_catalog.py`.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import load_pem_public_key

from desktop_app.base.errors import SignatureError

PublicKey = Ed25519PublicKey
SIGNATURE_SUFFIX = ".sig"
KEY_GLOB = "catalog_public_key*.pem"


def load_public_keys(folder: Path) -> list[PublicKey]:
    keys = []
    for path in sorted(folder.glob(KEY_GLOB)):
        key = load_pem_public_key(path.read_bytes())
        if not isinstance(key, Ed25519PublicKey):
            raise SignatureError(f"{path.name} is not an Ed25519 public key.")
        keys.append(key)
    return keys


def decode_signature(text: bytes) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError("The model list's signature file is damaged.") from exc
    if len(raw) != 64:
        raise SignatureError("The model list's signature file is damaged.")
    return raw


def encode_signature(raw: bytes) -> bytes:
    return base64.b64encode(raw) + b"\n"


def verify_signature(data: bytes, signature_file: bytes, keys: Iterable[PublicKey]) -> None:
    """Raise SignatureError unless one of `keys` signed exactly `data`."""
    raw = decode_signature(signature_file)
    keys = list(keys)
    if not keys:
        raise SignatureError("This copy of Mezzo has no key to check the model list with.")
    for key in keys:
        try:
            key.verify(raw, data)
        except InvalidSignature:
            continue
        return
    raise SignatureError(
        "The model list from the internet does not match its signature: it may have been "
        "tampered with, so Mezzo will not use it. The models that came with Mezzo are still "
        "available."
    )
