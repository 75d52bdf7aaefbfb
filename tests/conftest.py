"""Shared fixtures: every test gets its own MEZZO_HOME and no test reaches the internet."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Shared by every room: tiny GGUF models, the fake hub (paths, hub, memory_keyring), adapters.
pytest_plugins = [
    "tests.fixtures.tiny_models",
    "tests.fixtures.starter",
    "tests.fixtures.fakes",
    "tests.fakehub.fixtures",
    "tests.adapters.support",
]

# huggingface_hub reads these at import time.
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


@pytest.fixture(autouse=True)
def mezzo_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "mezzo-home"
    monkeypatch.setenv("MEZZO_HOME", str(home))
    return home
