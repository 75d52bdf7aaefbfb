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
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from desktop_app.base.settings import ServerSettings
from desktop_app.bundles.catalog import Catalog
from desktop_app.ui.app import MezzoApp
from desktop_app.ui.app_state import AppState
from desktop_app.ui.model_text import model_description
from desktop_app.ui.theme import apply_theme
from desktop_app.ui.translations import (
    LANGUAGES,
    install_translators,
    remove_translators,
    translations_dir,
)
from tests.ui.conftest import WAIT_MS, MakeCore, shell_settings
from tests.ui.test_app import free_port

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
def themed(qapp: QApplication) -> Iterator[None]:
    """The app's own look (its larger font), as `mezzo` starts with; put back afterwards."""
    font, style_sheet, style = qapp.font(), qapp.styleSheet(), qapp.style().name()
    apply_theme(qapp)
    yield
    qapp.setStyle(style)
    qapp.setStyleSheet(style_sheet)
    qapp.setFont(font)


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


@pytest.mark.usefixtures("themed")
@pytest.mark.parametrize("language", ["de", "ja"])  # the longest and the widest text
def test_a_translated_window_fits(
    language: str,
    qtbot: QtBot,
    translated_app: Callable[[str], None],
    make_shell_core: MakeCore,
    tiny_qwen_model: Path,
) -> None:
    translated_app(LOCALES[language])
    # Both ports on, as people have them: Home then names two addresses.
    server = ServerSettings(port=free_port(), ollama_port=free_port())
    app = MezzoApp(make_shell_core(shell_settings(server=server)), use_tray=False)
    window = app.window
    try:
        app.start(model=tiny_qwen_model)
        qtbot.waitUntil(lambda: app.bridge.state is AppState.ON, timeout=WAIT_MS)
        window.show()
        sidebar = window.sidebar  # its longest title, padding included, is not cut off
        assert sidebar.sizeHintForColumn(0) <= sidebar.viewport().width()
        too_wide: list[str] = []
        clipped: list[tuple[str, str]] = []
        for panel in window.panels:
            window.show_panel(panel.key)
            scroll = window.stack.currentWidget()
            assert isinstance(scroll, QScrollArea)
            QApplication.processEvents()
            if scroll.horizontalScrollBar().maximum() > 0:  # the page scrolls sideways
                too_wide.append(panel.key)
            clipped += [
                (panel.key, label.text()[:40])
                for label in scroll.widget().findChildren(QLabel)
                if label.isVisible()
                and label.wordWrap()
                and label.height() < label.heightForWidth(label.width())
            ]
        assert too_wide == []
        assert clipped == []  # a wrapped label shorter than its lines cuts the last ones off
        dialog = app.show_onboarding()
        hint = dialog.sizeHint()
        assert hint.width() <= SMALL_SCREEN[0] and hint.height() <= SMALL_SCREEN[1]
        dialog.close()
    finally:
        app.shutdown()
        window.deleteLater()
        if app.control_window is not None:
            app.control_window.deleteLater()


def test_a_models_description_follows_the_language(translated_app: Callable[[str], None]) -> None:
    entry = Catalog.load().find("qwen2.5-coder-1.5b-q8")
    assert model_description(entry) == entry.description
    translated_app("de_DE")
    assert model_description(entry) == entry.description_in("de") != entry.description
