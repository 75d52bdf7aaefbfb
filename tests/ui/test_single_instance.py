"""One Mezzo per person: a second launch finds the first and asks it to show its window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.ui.single_instance import SHOW, SingleInstance, instance_name
from tests.ui.conftest import WAIT_MS


@pytest.fixture
def name(mezzo_home: Path) -> str:
    return instance_name(mezzo_home)


@pytest.fixture
def first(qtbot: QtBot, name: str, tmp_path: Path) -> Iterator[SingleInstance]:
    instance = SingleInstance(name, tmp_path)
    assert instance.claim()
    yield instance
    instance.close()


class TestSingleInstance:
    def test_a_second_instance_finds_the_first_and_the_first_is_asked_to_show(
        self, qtbot: QtBot, first: SingleInstance, name: str, tmp_path: Path
    ) -> None:
        second = SingleInstance(name, tmp_path)
        assert not second.claim()
        assert not second.is_primary
        with qtbot.waitSignal(first.message_received, timeout=WAIT_MS) as received:
            assert second.send(SHOW)
        assert received.args == [SHOW]

    def test_after_the_first_quits_the_next_launch_becomes_the_instance(
        self, first: SingleInstance, name: str, tmp_path: Path
    ) -> None:
        first.close()
        again = SingleInstance(name, tmp_path)
        assert again.claim()
        again.close()

    def test_instances_with_other_homes_do_not_see_each_other(
        self, first: SingleInstance, tmp_path: Path
    ) -> None:
        other = SingleInstance(instance_name(tmp_path / "another-home"), tmp_path)
        assert other.claim()
        other.close()

    def test_the_name_is_per_home_and_stable(self, tmp_path: Path) -> None:
        assert instance_name(tmp_path / "a") == instance_name(tmp_path / "a")
        assert instance_name(tmp_path / "a") != instance_name(tmp_path / "b")
        assert len(instance_name(tmp_path / "a")) < 60  # Unix socket paths are short

    def test_sending_with_nobody_listening_says_so(self, name: str) -> None:
        assert not SingleInstance(name + "-nobody").send(SHOW)
