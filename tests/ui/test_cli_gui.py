"""`mezzo` with no command opens the desktop app, or serves headless where no display exists."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from desktop_app import cli


class TestNoDisplayReason:
    @pytest.mark.parametrize(
        ("environ", "platform", "has_display"),
        [
            ({}, "linux", False),
            ({"DISPLAY": ":0"}, "linux", True),
            ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
            ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
            ({}, "darwin", True),
            ({}, "win32", True),
        ],
        ids=["bare-linux", "x11", "wayland", "qt-platform-set", "macos", "windows"],
    )
    def test_only_linux_without_a_display_lacks_one(
        self, environ: dict[str, str], platform: str, has_display: bool
    ) -> None:
        assert (cli.no_display_reason(environ, platform) is None) is has_display


@click.command("serve")
def fake_serve() -> None:
    click.echo("serving headless")


class TestNoCommand:
    def test_without_a_display_it_explains_and_serves_headless(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(cli, "serve_command", fake_serve)
        monkeypatch.setattr(cli, "no_display_reason", lambda: "no display (test)")
        result = CliRunner().invoke(cli.main, [])
        assert result.exit_code == 0, result.output
        assert "Starting without a window: no display (test)." in result.output
        assert "serving headless" in result.output

    def test_with_a_display_it_runs_the_desktop_app(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from desktop_app.ui import app as app_module  # noqa: PLC0415

        calls: list[list[str]] = []

        def fake_run_app(argv: list[str]) -> int:
            calls.append(argv)
            return 0

        monkeypatch.setattr(app_module, "run_app", fake_run_app)
        monkeypatch.setattr(cli, "no_display_reason", lambda: None)
        result = CliRunner().invoke(cli.main, ["--minimized"])
        assert result.exit_code == 0, result.output
        assert len(calls) == 1 and calls[0][1:] == ["--minimized"]

    def test_the_command_line_does_not_load_qt_until_the_window_is_wanted(self) -> None:
        probe = "import sys, desktop_app.cli; print('PySide6' in sys.modules)"
        out = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "False"
