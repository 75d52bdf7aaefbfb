"""Where Mezzo finds the offline starter: the override, the packaged copy, the user cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.base.environment import Environment
from desktop_app.bundles import starter as starter_module
from desktop_app.bundles.starter import STARTER_FILENAME, starter_path


@pytest.fixture
def packaged_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Mezzo's data folder as a packaged build has it (the one seam: where that folder is)."""
    data = tmp_path / "resources"
    data.mkdir()
    monkeypatch.setattr(starter_module, "resources_dir", lambda: data)
    return data


def test_a_packaged_copy_is_used_when_there_is_one(packaged_data: Path) -> None:
    bundled = packaged_data / "starter" / STARTER_FILENAME
    bundled.parent.mkdir()
    bundled.write_bytes(b"GGUF")
    assert starter_path(Environment.read({})) == bundled


def test_without_one_the_user_cache_is_used(packaged_data: Path) -> None:
    path = starter_path(Environment.read({}))
    assert path.name == STARTER_FILENAME and not path.is_relative_to(packaged_data)
    assert path.parent.name == "starter" and "mezzo" in path.parts


def test_the_override_wins_over_a_packaged_copy(packaged_data: Path, tmp_path: Path) -> None:
    (packaged_data / "starter").mkdir()
    (packaged_data / "starter" / STARTER_FILENAME).write_bytes(b"GGUF")
    mine = tmp_path / "mine.gguf"
    assert starter_path(Environment.read({"MEZZO_STARTER_MODEL": str(mine)})) == mine
