"""The words for each `AppState`: the tray tooltip, the menu's status line, the Home headline.

One place, so the tray and the window never describe the same state differently. Translated in
the "AppState" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.ui.app_state import AppState, AppStatus


def headline(state: AppState) -> str:
    translate = QCoreApplication.translate
    texts = {
        AppState.ON: translate("AppState", "Completions are on"),
        AppState.OFF: translate("AppState", "Completions are off"),
        AppState.PAUSED: translate("AppState", "Completions are paused"),
        AppState.THROTTLED: translate("AppState", "On battery: completions slowed down"),
        AppState.LOADING: translate("AppState", "Loading the model…"),
        AppState.DOWNLOADING: translate("AppState", "Downloading…"),
        AppState.ERROR: translate("AppState", "Mezzo needs your attention"),
    }
    return texts[state]


def explanation(status: AppStatus) -> str:
    """A second line: the core's reason or error, else a plain word on what happens now."""
    translate = QCoreApplication.translate
    if status.state is AppState.ERROR:
        return status.detail or translate("AppState", "See the Home page for what to do.")
    if status.state is AppState.OFF and not status.model:
        return translate("AppState", "No model is loaded. Choose one in Models.")
    if status.state is AppState.OFF:
        return translate("AppState", "Your editor gets no suggestions until you turn them on.")
    if status.state is AppState.PAUSED:
        return _capitalised(status.detail)
    if status.state is AppState.THROTTLED:
        return translate("AppState", "{reason}. Suggestions come less often to save power.").format(
            reason=_capitalised(status.detail)
        )
    if status.state is AppState.LOADING:
        return translate("AppState", "Suggestions start as soon as the model is ready.")
    if status.state is AppState.DOWNLOADING:
        return translate("AppState", "Suggestions keep working while the download runs.")
    return translate("AppState", "Your editor gets suggestions from {model}.").format(
        model=status.model or translate("AppState", "the local model")
    )


def tooltip(status: AppStatus) -> str:
    return QCoreApplication.translate("AppState", "Mezzo: {headline}\n{explanation}").format(
        headline=headline(status.state), explanation=explanation(status)
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
