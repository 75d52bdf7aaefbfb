"""Mezzo as people install it: a built wheel in a fresh virtual environment, not this clone.

A non-editable install has only what the wheel carries and what `dependencies` pulls in, so the
shipped data (`resources/`) must be package data, and every third-party module the app imports
at run time must come from a declared dependency rather than from the test extras.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tomllib
import venv
from fnmatch import fnmatch
from pathlib import Path
from types import ModuleType

import httpx
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from setuptools import find_packages

from desktop_app.ui.autostart import BACKGROUND_FLAG, LinuxAutostart, launch_command
from tests.server.test_serve_cli import free_port, wait_for_health

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
RESOURCES = ROOT / "resources"
RESOURCE_PACKAGE = "desktop_app.resources"
INSTALL_TIMEOUT_S = 900  # a hang guard for pip, never a measurement


def owner_of(path: Path) -> tuple[str, str]:
    """The package a resource file ships in, and its name relative to that package: a folder
    whose name is no Python identifier (`roblox-studio`) is data of the package above it."""
    parts = path.relative_to(RESOURCES).parts
    folders = list(parts[:-1])
    package = [RESOURCE_PACKAGE]
    while folders and folders[0].isidentifier():
        package.append(folders.pop(0))
    return ".".join(package), "/".join([*folders, parts[-1]])


def resource_files() -> list[Path]:
    return [p for p in RESOURCES.rglob("*") if p.is_file() and not is_cache(p)]


def resource_packages() -> set[str]:
    """The data package and one package per folder of `resources/` that holds files."""
    return {owner_of(path)[0] for path in resource_files()}


def is_cache(path: Path) -> bool:
    return "__pycache__" in path.parts


def test_the_package_list_matches_the_tree() -> None:
    code = set(find_packages(str(ROOT), include=["desktop_app*"]))
    assert set(SETUPTOOLS["packages"]) == code | resource_packages()
    assert SETUPTOOLS["package-dir"] == {RESOURCE_PACKAGE: "resources"}


def test_every_resource_file_is_package_data() -> None:
    patterns = SETUPTOOLS["package-data"]
    missing = []
    for path in resource_files():
        if path.name == "__init__.py":
            continue
        package, name = owner_of(path)
        if not any(fnmatch(name, pattern) for pattern in patterns.get(package, [])):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def runtime_imports() -> set[str]:
    """Top-level names of the third-party modules desktop_app imports anywhere."""
    names: set[str] = set()
    for path in (ROOT / "desktop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != "desktop_app"}


def test_every_runtime_import_is_a_declared_dependency() -> None:
    declared = {
        canonicalize_name(Requirement(d).name) for d in PYPROJECT["project"]["dependencies"]
    }
    providers = importlib.metadata.packages_distributions()
    undeclared = {
        module: sorted(providers.get(module, ["(not installed)"]))
        for module in runtime_imports()
        if not declared & {canonicalize_name(d) for d in providers.get(module, [])}
    }
    assert undeclared == {}


@pytest.fixture(scope="module")
def installed_mezzo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from this tree, installed with its dependencies into a new venv."""
    scratch = tmp_path_factory.mktemp("wheel-install")
    run = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(scratch)]
    subprocess.run([*run, str(ROOT)], check=True, timeout=INSTALL_TIMEOUT_S)
    (wheel,) = scratch.glob("mezzo-*.whl")
    environment = scratch / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*install, str(wheel)], check=True, timeout=INSTALL_TIMEOUT_S)
    return environment


def test_an_installed_wheel_carries_its_resources(installed_mezzo: Path) -> None:
    script = (
        "from desktop_app.bundles.catalog import Catalog, resources_dir\n"
        "print(resources_dir()); print(len(Catalog.load().entries))"
    )
    python = installed_mezzo / "bin" / "python"
    lines = subprocess.run(
        [str(python), "-c", script], check=True, capture_output=True, text=True, cwd="/"
    ).stdout.split()
    assert Path(lines[0]).is_relative_to(installed_mezzo)  # not this clone's resources/
    assert int(lines[1]) > 0


def test_an_installed_wheel_serves_a_completion(
    installed_mezzo: Path, tiny_qwen_model: Path, mezzo_home: Path
) -> None:
    mezzo_home.mkdir(parents=True, exist_ok=True)
    (mezzo_home / "settings.json").write_text(json.dumps({"server": {"ollama_port": 0}}))
    port = free_port()
    process = subprocess.Popen(
        [
            str(installed_mezzo / "bin" / "mezzo"),
            "serve",
            "--port",
            str(port),
            "--model",
            str(tiny_qwen_model),
        ],
        env={**os.environ, "MEZZO_HOME": str(mezzo_home)},
        cwd="/",  # so nothing is imported from this clone
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_for_health(process, url)
        body = {"input_prefix": "def add(a, b):\n    return ", "input_suffix": "\n", "n_predict": 4}
        answer = httpx.post(f"{url}/infill", json=body, timeout=60).json()
        assert isinstance(answer["content"], str)
        assert answer["tokens_evaluated"] > 0
    finally:
        process.terminate()
        process.wait(60)


def test_an_installed_wheel_passes_its_smoke_test(
    installed_mezzo: Path, tiny_qwen_model: Path
) -> None:
    done = subprocess.run(
        [str(installed_mezzo / "bin" / "mezzo"), "--smoke-test"],
        env={**os.environ, "MEZZO_STARTER_MODEL": str(tiny_qwen_model)},
        cwd="/",
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout


def deb_builder() -> ModuleType:
    """packaging/deb.py, which is a script (the folder is no Python package)."""
    spec = importlib.util.spec_from_file_location("mezzo_deb", ROOT / "packaging" / "deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_menu_entry_starts_the_installed_program() -> None:
    entry = deb_builder().menu_entry()
    assert entry.startswith("[Desktop Entry]\nType=Application\n")
    assert 'Exec="/usr/bin/mezzo"\n' in entry and "Icon=mezzo\n" in entry
    assert "Categories=Development;\n" in entry and "Terminal=false\n" in entry


def test_start_at_login_runs_the_installed_program(tmp_path: Path) -> None:
    """The installed program is a frozen one in /opt/mezzo: the autostart entry the app writes
    from there starts it, not a Python that may not exist."""
    deb = deb_builder()
    installed = f"{deb.INSTALL_DIR}/mezzo"
    command = launch_command(environ={}, executable=installed, frozen=True, platform="linux")
    entry = LinuxAutostart(command, tmp_path).content()
    assert f'Exec="{installed}" "{BACKGROUND_FLAG}"\n' in entry


def dpkg_deb(option: str, deb: Path) -> str:
    return subprocess.run(
        ["dpkg-deb", option, str(deb)], check=True, capture_output=True, text=True
    ).stdout


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (Debian's dpkg)")
def test_the_deb_installs_the_program_its_command_menu_entry_and_icon(tmp_path: Path) -> None:
    dist = tmp_path / "dist" / "mezzo"
    (dist / "_internal").mkdir(parents=True)
    (dist / "mezzo").write_text("#!/bin/sh\necho mezzo\n")
    (dist / "mezzo").chmod(0o755)
    (dist / "_internal" / "data.bin").write_bytes(b"x" * 5000)
    deb = deb_builder().build(dist, "1.2.3", tmp_path / "out")
    assert deb.name == "mezzo_1.2.3_amd64.deb"
    info = dpkg_deb("--field", deb)
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line)
    assert (fields["Package"], fields["Version"], fields["Architecture"]) == (
        "mezzo", "1.2.3", "amd64",
    )  # fmt: skip
    assert int(fields["Installed-Size"]) >= 5  # KiB, the program's files counted
    contents = dpkg_deb("--contents", deb)
    assert "./opt/mezzo/mezzo" in contents and "./opt/mezzo/_internal/data.bin" in contents
    assert "./usr/bin/mezzo -> /opt/mezzo/mezzo" in contents
    assert "./usr/share/applications/mezzo.desktop" in contents
    assert "./usr/share/icons/hicolor/scalable/apps/mezzo.svg" in contents
    assert "root/root" in contents  # owned by root once installed, whoever built it


def test_a_deb_needs_a_built_program(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="make package"):
        deb_builder().build(tmp_path / "empty", "1.0", tmp_path / "out")
