"""'Install the Studio plugin' under Roblox Studio's setup: one click puts the plugin where Studio
looks and says what to do next in Studio; where Studio is missing or cannot run, it says so."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.studio_plugin import PLUGIN_FILE
from desktop_app.ui.connect_editors import ConnectEditorsView
from desktop_app.ui.studio_plugin_view import StudioPluginInstaller
from tests.core.test_studio_plugin import write_sources

RESTART = "Installed. Restart Roblox Studio, open a script, and allow the plugin"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    return write_sources(tmp_path / "roblox-studio")


def windows_installer(qtbot: QtBot, tmp_path: Path, sources: Path) -> StudioPluginInstaller:
    """The installer on a fake Windows computer whose local app data is under tmp_path."""
    local = tmp_path / "AppData" / "Local"
    local.mkdir(parents=True, exist_ok=True)
    installer = StudioPluginInstaller(
        system="Windows", environ={"LOCALAPPDATA": str(local)}, home=tmp_path, sources=sources
    )
    qtbot.addWidget(installer)
    installer.show()
    return installer


class TestStudioInstalled:
    def test_a_click_installs_the_plugin_and_says_to_restart_studio(
        self, qtbot: QtBot, tmp_path: Path, sources: Path
    ) -> None:
        (tmp_path / "AppData" / "Local" / "Roblox").mkdir(parents=True)
        installer = windows_installer(qtbot, tmp_path, sources)
        assert installer.button.isEnabled()
        qtbot.mouseClick(installer.button, Qt.MouseButton.LeftButton)
        plugin = tmp_path / "AppData" / "Local" / "Roblox" / "Plugins" / PLUGIN_FILE
        assert plugin.is_file()
        assert installer.said().startswith(RESTART)
        assert installer.problem.isHidden()

    def test_a_second_click_updates_the_plugin(
        self, qtbot: QtBot, tmp_path: Path, sources: Path
    ) -> None:
        (tmp_path / "AppData" / "Local" / "Roblox").mkdir(parents=True)
        installer = windows_installer(qtbot, tmp_path, sources)
        installer.button.click()
        (sources / "Plugin.server.lua").write_text("print('newer')\n", encoding="utf-8")
        installer.button.click()
        plugin = tmp_path / "AppData" / "Local" / "Roblox" / "Plugins" / PLUGIN_FILE
        assert "newer" in plugin.read_text("utf-8")
        assert installer.said().startswith(RESTART)

    def test_a_mac_with_studio_installs_into_documents(
        self, qtbot: QtBot, tmp_path: Path, sources: Path
    ) -> None:
        (tmp_path / "Documents" / "Roblox").mkdir(parents=True)
        installer = StudioPluginInstaller(
            system="Darwin", environ={}, home=tmp_path, sources=sources
        )
        qtbot.addWidget(installer)
        installer.button.click()
        assert (tmp_path / "Documents" / "Roblox" / "Plugins" / PLUGIN_FILE).is_file()

    def test_a_failure_is_told_in_the_section(
        self, qtbot: QtBot, tmp_path: Path, sources: Path
    ) -> None:
        (tmp_path / "AppData" / "Local" / "Roblox" / "Plugins").mkdir(parents=True)
        (sources / "Plugin.server.lua").unlink()  # a Mezzo whose plugin files went missing
        installer = windows_installer(qtbot, tmp_path, sources)
        installer.button.click()
        assert installer.problem.isVisible()
        assert "could not read or write" in installer.said()
        assert not list((tmp_path / "AppData" / "Local" / "Roblox" / "Plugins").iterdir())


class TestStudioMissing:
    def test_it_says_studio_is_not_installed_and_writes_nothing(
        self, qtbot: QtBot, tmp_path: Path, sources: Path
    ) -> None:
        installer = windows_installer(qtbot, tmp_path, sources)
        assert installer.said().startswith("Roblox Studio is not installed on this computer")
        installer.button.click()  # still pressable: Studio may be installed meanwhile
        assert installer.said().startswith("Roblox Studio is not installed on this computer")
        assert not (tmp_path / "AppData" / "Local" / "Roblox").exists()


class TestOnLinux:
    @pytest.mark.skipif(platform.system() != "Linux", reason="reads this computer's system")
    def test_the_connect_view_on_this_computer_says_studio_cannot_run_here(
        self, qtbot: QtBot
    ) -> None:
        view = ConnectEditorsView()
        qtbot.addWidget(view)
        view.show()
        installer = view.roblox_install
        assert not installer.button.isEnabled()
        assert installer.said().startswith("Roblox Studio runs on Windows and macOS.")
        assert installer.problem.isVisible()
