"""The words for each `AppState`: the tray tooltip, the menu's status line, the Home headline.

One place, so the tray and the window never describe the same state differently. Translated in
the "AppState" context. Times are shown as HH:MM, as the core's own pause reason is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime

from desktop_app.ui.app_state import AppState, AppStatus, Switch


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


def status_line(status: AppStatus) -> str:
    """The first line of the tray menu and the control window: which of on, paused and off is
    in force (a model loading or a download does not hide a pause), unless something is wrong."""
    translate = QCoreApplication.translate
    if status.state is AppState.ERROR:
        return headline(status.state)
    if status.switch is Switch.OFF:
        return translate("AppState", "Completions are off")
    if status.switch is Switch.PAUSED and status.paused_until is not None:
        return translate("AppState", "Completions are paused until {time}").format(
            time=clock_time(status.paused_until)
        )
    if status.state is AppState.OFF:  # switched on, but there is no model to serve them
        return translate("AppState", "Completions are waiting for a model")
    return headline(status.state)


def toggle_text(switch: Switch) -> str:
    """The on/off command, named after what it will do."""
    if switch is Switch.OFF:
        return QCoreApplication.translate("AppState", "Turn completions on")
    return QCoreApplication.translate("AppState", "Turn completions off")


def pause_text(switch: Switch) -> str:
    """The pause command, named after what it will do (it does nothing while off)."""
    if switch is Switch.PAUSED:
        return QCoreApplication.translate("AppState", "Resume now")
    return QCoreApplication.translate("AppState", "Pause for 1 hour")


def explanation(status: AppStatus) -> str:
    """A second line: the core's reason or error, else a plain word on what happens now."""
    translate = QCoreApplication.translate
    if status.state is AppState.ERROR:
        return status.detail or translate("AppState", "See the Home page for what to do.")
    if status.state is AppState.OFF and not status.model:
        return translate("AppState", "No model is loaded. Choose one in Models.")
    if status.state is AppState.OFF:
        return translate("AppState", "Your editor gets no suggestions until you turn them on.")
    if status.state is AppState.PAUSED and status.paused_until is not None:
        return translate("AppState", "Suggestions come back by themselves at {time}.").format(
            time=clock_time(status.paused_until)
        )
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


def clock_time(epoch_seconds: float) -> str:
    """ "15:40": the local time of day, to the minute."""
    return QDateTime.fromSecsSinceEpoch(int(epoch_seconds)).toString("HH:mm")


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
