"""The app in the person's language: Mezzo's own translations and Qt's, for the system locale.

Every string the app shows goes through `tr()`; `resources/translations/mezzo_<lang>.ts` holds
the translations (edited with Qt Linguist, refreshed with `make translations`) and the `.qm`
beside it is what Qt loads. A language without a file, or a string not yet translated, shows
the English text.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.bundles.catalog import resources_dir

logger = logging.getLogger(__name__)

CATALOG = "mezzo"
LANGUAGES = ("de", "es", "fr", "ja", "pt_BR")  # the shipped translations, by file suffix


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Mezzo's and Qt's translations for `locale` (the system's by default) into `app`.
    Returns the installed translators, which must outlive their use; empty for English."""
    locale = locale or QLocale.system()
    QLocale.setDefault(locale)  # the catalog's descriptions and number formats follow it
    installed: list[QTranslator] = []
    for catalog, folder in (
        (CATALOG, translations_dir()),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    ):
        translator = QTranslator(app)
        # Tries mezzo_pt_BR.qm, then mezzo_pt.qm, for each of the locale's UI languages.
        if translator.load(locale, catalog, "_", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    if installed:
        logger.info("translations for %s: %s", locale.name(), [t.filePath() for t in installed])
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to English and the system's locale."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
