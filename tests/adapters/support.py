"""Fixtures shared by the adapter tests: base models installed as bundles, and the adapter service.

The root conftest registers them for every test, with the fake hub's fixtures (`paths`, `hub`,
`memory_keyring`).
The bases are the tiny fixture models: `tiny_qwen_model` is the one in use, and
`tiny_codellama_model` has the same architecture and layer shapes but other weights, which is
exactly the case only the sha256 pin can tell apart.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.adapters import AdapterService, BaseModel
from desktop_app.base.paths import MezzoPaths
from desktop_app.base.settings import SettingsStore
from desktop_app.bundles import BundleService
from tests.fakehub.fixtures import bundle_service

MakeAdapters = Callable[..., AdapterService]


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
    """The model store the bases are installed in; no catalog, no hub."""
    return bundle_service(paths)


def install_base(
    bundles: BundleService, model: Path, bundle_id: str, activate: bool = False
) -> BaseModel:
    """Install a model file as a bundle and return it as the base adapters are checked against."""
    manifest = bundles.import_file(model, bundle_id=bundle_id, activate=activate)
    return BaseModel(manifest.sha256, manifest.ref, bundles.store.blob_path(manifest.sha256))


@pytest.fixture
def qwen_base(bundles: BundleService, tiny_qwen_model: Path) -> BaseModel:
    """The tiny Qwen model, installed and in use."""
    return install_base(bundles, tiny_qwen_model, "tiny-qwen", activate=True)


@pytest.fixture
def codellama_base(bundles: BundleService, tiny_codellama_model: Path) -> BaseModel:
    """Same architecture and layer shapes as `qwen_base`, other weights; installed, not in use."""
    return install_base(bundles, tiny_codellama_model, "tiny-codellama")


@pytest.fixture
def make_adapters(paths: MezzoPaths, bundles: BundleService, qwen_base: BaseModel) -> MakeAdapters:
    """`make_adapters(on=None)`: a fresh service over the same files, as another process or a
    restart sees them; on another bundle service (one wired to a hub, say) when given."""

    def make(on: BundleService | None = None) -> AdapterService:
        return AdapterService(
            paths, on or bundles, SettingsStore(paths.settings_file), lock_timeout_s=0.5
        )

    return make


@pytest.fixture
def adapters(make_adapters: MakeAdapters) -> AdapterService:
    return make_adapters()
