"""Release-side signing of the remote model catalog (the app only ever verifies).

    python packaging/sign_catalog.py keygen --private ~/secure/mezzo-catalog.pem \
        --public resources/catalog_public_key.pem
    python packaging/sign_catalog.py sign catalog.json --private ~/secure/mezzo-catalog.pem
    python packaging/sign_catalog.py verify catalog.json

`sign` writes `catalog.json.sig`: base64 of the raw Ed25519 signature over the exact bytes of
catalog.json, which is what `desktop_app/bundles/signing.py` checks against every
`resources/catalog_public_key*.pem`. Upload both files to the catalog repository on the hub. To
rotate keys, ship the new public key as `catalog_public_key-2.pem` beside the old one for a
release before signing with it. The private key is encrypted with a passphrase taken from
MEZZO_CATALOG_KEY_PASSPHRASE or asked for; it must never enter this repository.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.bundles.signing import (  # noqa: E402
    SIGNATURE_SUFFIX,
    encode_signature,
    load_public_keys,
    verify_signature,
)


def _passphrase(confirm: bool) -> bytes:
    env = os.environ.get("MEZZO_CATALOG_KEY_PASSPHRASE")
    if env:
        return env.encode()
    first = getpass.getpass("Passphrase for the catalog signing key: ")
    if confirm and first != getpass.getpass("Again: "):
        raise SystemExit("The passphrases differ.")
    if not first:
        raise SystemExit("An empty passphrase is not allowed for a release key.")
    return first.encode()


def keygen(private: Path, public: Path) -> None:
    if private.exists():
        raise SystemExit(f"{private} exists; refusing to overwrite a signing key.")
    key = Ed25519PrivateKey.generate()
    encryption = serialization.BestAvailableEncryption(_passphrase(confirm=True))
    private.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
            )
        )
    public.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    print(f"private key: {private} (keep it offline)\npublic key:  {public} (ship it)")


def sign(catalog: Path, private: Path, keys_dir: Path) -> Path:
    key = serialization.load_pem_private_key(private.read_bytes(), _passphrase(confirm=False))
    if not isinstance(key, Ed25519PrivateKey):
        raise SystemExit(f"{private} is not an Ed25519 private key.")
    data = catalog.read_bytes()
    signature = catalog.with_name(catalog.name + SIGNATURE_SUFFIX)
    signature.write_bytes(encode_signature(key.sign(data)))
    verify(catalog, keys_dir)  # refuse to publish what the app would refuse
    print(f"signed: {signature}")
    return signature


def verify(catalog: Path, keys_dir: Path) -> None:
    signature = catalog.with_name(catalog.name + SIGNATURE_SUFFIX)
    verify_signature(catalog.read_bytes(), signature.read_bytes(), load_public_keys(keys_dir))
    print(f"{catalog}: signature matches a key in {keys_dir}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("keygen", help="make a new signing key pair")
    gen.add_argument("--private", type=Path, required=True)
    gen.add_argument("--public", type=Path, default=ROOT / "resources/catalog_public_key.pem")
    sgn = commands.add_parser("sign", help="sign a catalog.json")
    sgn.add_argument("catalog", type=Path)
    sgn.add_argument("--private", type=Path, required=True)
    sgn.add_argument("--keys", type=Path, default=ROOT / "resources")
    chk = commands.add_parser("verify", help="check a catalog.json.sig as the app would")
    chk.add_argument("catalog", type=Path)
    chk.add_argument("--keys", type=Path, default=ROOT / "resources")
    args = parser.parse_args(argv)
    if args.command == "keygen":
        keygen(args.private, args.public)
    elif args.command == "sign":
        sign(args.catalog, args.private, args.keys)
    else:
        verify(args.catalog, args.keys)


if __name__ == "__main__":
    main()
