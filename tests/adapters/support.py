"""Fixtures shared by the adapter tests: base models installed as bundles, and the adapter service.

The root conftest registers them for every test, with the fake hub's fixtures (`paths`, `hub`,
`memory_keyring`).
The bases are the tiny fixture models: `tiny_qwen_model` is the one in use, and
`tiny_codellama_model` has the same architecture and layer shapes but other weights, which is
exactly the case only the sha256 pin can tell apart.
"""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.adapters import AdapterService, BaseModel
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.secrets import SecretStore
from desktop_app.base.settings import SettingsStore
from desktop_app.bundles import BundleService
from desktop_app.bundles.catalog import Catalog
from tests.fakehub.memkeyring import MemoryKeyring


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_snapshot(root: Path) -> dict[str, str]:
    """Every file under `root` and its hash: what "the store is unchanged" compares."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def git_repo(folder: Path, remote: str | None = None) -> Path:
    """A folder that looks like a clone to Mezzo: `.git/config` with an optional origin."""
    (folder / ".git").mkdir(parents=True)
    config = "[core]\n\trepositoryformatversion = 0\n"
    if remote:
        config += f'[remote "origin"]\n\turl = {remote}\n'
    (folder / ".git" / "config").write_text(config)
    return folder


def real_git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def bundles(paths: MezzoPaths) -> BundleService:
    return BundleService(
        paths,
        catalog=Catalog(entries=()),
        secrets=SecretStore(backend=MemoryKeyring()),
        public_keys=[],
        lock_timeout_s=0.5,
    )


@pytest.fixture
def qwen_base(bundles: BundleService, tiny_qwen_model: Path) -> BaseModel:
    """The tiny Qwen model, installed and in use."""
    manifest = bundles.import_file(tiny_qwen_model, bundle_id="tiny-qwen", activate=True)
    return BaseModel(manifest.sha256, manifest.ref, bundles.store.blob_path(manifest.sha256))


@pytest.fixture
def codellama_base(bundles: BundleService, tiny_codellama_model: Path) -> BaseModel:
    """Same architecture and layer shapes as `qwen_base`, other weights; installed, not in use."""
    manifest = bundles.import_file(tiny_codellama_model, bundle_id="tiny-codellama")
    return BaseModel(manifest.sha256, manifest.ref, bundles.store.blob_path(manifest.sha256))


@pytest.fixture
def make_adapters(
    paths: MezzoPaths, bundles: BundleService, qwen_base: BaseModel
) -> Callable[[], AdapterService]:
    """A fresh service over the same files, as another process or a restart sees them."""

    def make() -> AdapterService:
        return AdapterService(
            paths, bundles, SettingsStore(paths.settings_file), lock_timeout_s=0.5
        )

    return make


@pytest.fixture
def adapters(make_adapters: Callable[[], AdapterService]) -> AdapterService:
    return make_adapters()
