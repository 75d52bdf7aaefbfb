"""The environment variables, read in one place with one rule: empty means unset."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.base.environment import (
    DEFAULT_HUB,
    ENVIRONMENT,
    Environment,
    environment_overview,
)
from desktop_app.base.errors import InvalidSettingError
from desktop_app.base.paths import MezzoPaths


class TestReadingTheEnvironment:
    def test_nothing_set_gives_the_defaults(self) -> None:
        assert Environment.read({}) == Environment(None, None, None, DEFAULT_HUB)

    def test_every_variable_is_read(self, tmp_path: Path) -> None:
        environment = Environment.read(
            {
                "MEZZO_HOME": str(tmp_path / "home"),
                "MEZZO_PORT": "9123",
                "MEZZO_STARTER_MODEL": str(tmp_path / "starter.gguf"),
                "HF_ENDPOINT": "http://127.0.0.1:5555",
            }
        )
        assert environment == Environment(
            tmp_path / "home", 9123, tmp_path / "starter.gguf", "http://127.0.0.1:5555"
        )

    @pytest.mark.parametrize("name", [var.name for var in ENVIRONMENT])
    def test_an_empty_value_counts_as_unset(self, name: str) -> None:
        assert Environment.read({name: ""}) == Environment.read({})
        assert Environment.read({name: "  "}) == Environment.read({})

    @pytest.mark.parametrize("port", ["0", "65536", "http", "-1", "80.5"])
    def test_a_port_that_is_not_a_port_is_refused_by_name(self, port: str) -> None:
        with pytest.raises(InvalidSettingError) as caught:
            Environment.read({"MEZZO_PORT": port})
        assert caught.value.name == "MEZZO_PORT"
        assert repr(port) in str(caught.value)

    def test_paths_follow_mezzo_home(self, tmp_path: Path) -> None:
        paths = MezzoPaths.from_environment(Environment.read({"MEZZO_HOME": str(tmp_path)}))
        assert paths.home == tmp_path.resolve()

    def test_the_overview_names_every_variable_with_its_value_or_default(self) -> None:
        overview = environment_overview({"MEZZO_PORT": "9000", "HF_ENDPOINT": ""})
        assert list(overview) == [var.name for var in ENVIRONMENT]
        assert overview["MEZZO_PORT"] == "9000"
        assert overview["HF_ENDPOINT"] == DEFAULT_HUB
