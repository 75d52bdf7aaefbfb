"""The app in five more languages: every string translated, placeholders kept, the compiled
files current, the system's language loaded at start, and the translated pages still fitting
the window without scrolling sideways."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop_app.ui.app import MezzoApp
from desktop_app.ui.app_state import AppState
from desktop_app.ui.translations import (
    LANGUAGES,
    install_translators,
    remove_translators,
    translations_dir,
)
from tests.ui.conftest import WAIT_MS, MakeCore

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
UI_SOURCES = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
PLACEHOLDER = re.compile(r"\{\w*\}")
LOCALES = {"de": "de_DE", "es": "es_ES", "fr": "fr_FR", "ja": "ja_JP", "pt_BR": "pt_BR"}
SMALL_SCREEN = (1280, 800)  # a laptop's usable area: the welcome dialog must fit on it


def ts_file(language: str) -> Path:
    return translations_dir() / f"mezzo_{language}.ts"


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source text, translation element) for each message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            yield name, message.findtext("source", ""), translation


def translated(translation: ET.Element) -> str:
    return "" if translation.get("type") == "unfinished" else (translation.text or "")


def test_the_translations_are_the_languages_shipped() -> None:
    assert set(LOCALES) == set(LANGUAGES)
    shipped = {p.stem for p in translations_dir().glob("*.ts")}
    assert shipped == {f"mezzo_{lang}" for lang in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_ui_is_translated(language: str, tmp_path: Path) -> None:
    """The committed file, refreshed from today's sources, has nothing left to translate."""
    fresh = tmp_path / ts_file(language).name
    shutil.copy(ts_file(language), fresh)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         "-target-language", language, *UI_SOURCES, "-ts", str(fresh)],
        check=True,
    )  # fmt: skip
    missing = [(ctx, src) for ctx, src, tr in messages(fresh) if not translated(tr).strip()]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language: str) -> None:
    changed = [
        (src, translated(tr))
        for _ctx, src, tr in messages(ts_file(language))
        if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(translated(tr)))
    ]
    assert changed == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_file_is_built_from_the_translations(language: str, tmp_path: Path) -> None:
    built = tmp_path / "fresh.qm"
    lrelease = [str(BIN / "pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm"]
    subprocess.run([*lrelease, str(built)], check=True)
    assert built.read_bytes() == ts_file(language).with_suffix(".qm").read_bytes()


@pytest.fixture
def translated_app(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """`use(locale_name)`: Mezzo's translations for that locale, removed afterwards."""
    installed = []

    def use(name: str) -> None:
        installed.extend(install_translators(qapp, QLocale(name)))

    yield use
    remove_translators(qapp, installed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_locale_loads_its_translation(
    language: str, translated_app: Callable[[str], None]
) -> None:
    context, source, translation = next(
        (c, s, t) for c, s, t in messages(ts_file(language)) if c == "Panels" and s == "Home"
    )
    assert QCoreApplication.translate(context, source) == source
    translated_app(LOCALES[language])
    assert QCoreApplication.translate(context, source) == translated(translation) != source


def test_english_needs_no_translation(translated_app: Callable[[str], None]) -> None:
    translated_app("en_US")
    assert QCoreApplication.translate("Panels", "Home") == "Home"


@pytest.mark.parametrize("language", ["de", "ja"])  # the longest and the widest text
def test_a_translated_window_fits(
    language: str,
    qtbot: QtBot,
    translated_app: Callable[[str], None],
    make_shell_core: MakeCore,
    tiny_qwen_model: Path,
) -> None:
    translated_app(LOCALES[language])
    app = MezzoApp(make_shell_core(), use_tray=False)
    window = app.window
    try:
        app.start(model=tiny_qwen_model)
        qtbot.waitUntil(lambda: app.bridge.state is AppState.ON, timeout=WAIT_MS)
        window.show()
        sidebar = window.sidebar
        metrics = sidebar.fontMetrics()
        for row in range(sidebar.count()):
            text = sidebar.item(row).text()
            assert metrics.horizontalAdvance(text) < sidebar.viewport().width(), text
        too_wide = []
        for panel in window.panels:
            window.show_panel(panel.key)
            scroll = window.stack.currentWidget()
            assert isinstance(scroll, QScrollArea)
            QApplication.processEvents()
            if scroll.widget().minimumSizeHint().width() > scroll.viewport().width():
                too_wide.append(panel.key)
        assert too_wide == []
        dialog = app.show_onboarding()
        hint = dialog.sizeHint()
        assert hint.width() <= SMALL_SCREEN[0] and hint.height() <= SMALL_SCREEN[1]
        dialog.close()
    finally:
        app.shutdown()
        window.deleteLater()
        if app.control_window is not None:
            app.control_window.deleteLater()
