"""Run the fake hub by hand, for a demo of `mezzo models` without the internet.

    .venv/bin/python -m tests.fakehub --catalog /tmp/demo-catalog.json [--throttle 0.02]

It publishes two versions of a tiny FIM model and prints the commands to try.
"""

from __future__ import annotations

import argparse
import hashlib
import signal
from pathlib import Path

from desktop_app.bundles.catalog import Catalog
from tests.fakehub.hub import FakeHub
from tests.fakehub.models import gguf_bytes
from tests.fakehub.world import entry

REPO, FILE = "demo/Tiny-Coder-GGUF", "tiny-coder-q8_0.gguf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", type=Path, default=Path("/tmp/mezzo-demo-catalog.json"))
    parser.add_argument("--throttle", type=float, default=0.0, help="seconds per 64 KiB")
    parser.add_argument("--megabytes", type=int, default=8, help="size of each model")
    args = parser.parse_args()
    hub = FakeHub()
    hub.throttle = args.throttle
    payload = args.megabytes << 20
    v1 = gguf_bytes(name="demo v1", payload_bytes=payload, seed=1)
    commit1 = hub.publish(REPO, {FILE: v1})
    hub.publish(REPO, {FILE: gguf_bytes(name="demo v2", payload_bytes=payload, seed=2)})
    catalog = Catalog(
        entries=(
            entry(
                "demo-coder",
                "1",
                REPO,
                FILE,
                revision=commit1,
                sha256=hashlib.sha256(v1).hexdigest(),
                size=len(v1),
            ),
            entry("demo-coder", "2", REPO, FILE),
        ),
        serial=1,
    )
    args.catalog.write_text(catalog.to_json())
    cli = f"HF_ENDPOINT={hub.endpoint} MEZZO_HOME=/tmp/mezzo-demo mezzo models"
    cli += f" --catalog {args.catalog}"
    print(f"fake hub on {hub.endpoint}; try:")
    for command in ("list --all", "pull demo-coder@1", "pull demo-coder --use", "list",
                    "rollback", "verify", f"pull {REPO}/{FILE}@main"):  # fmt: skip
        print(f"  {cli} {command}")
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        hub.close()


if __name__ == "__main__":
    main()
