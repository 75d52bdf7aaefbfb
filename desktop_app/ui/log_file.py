"""'Open the log folder': Home's button and the tray's menu item both call `open_log_folder`.

The log itself is written by `base.log_file`, for the desktop app and `mezzo serve` alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.base.paths import MezzoPaths

UrlOpener = Callable[[QUrl], bool]


def log_folder_url(paths: MezzoPaths) -> QUrl:
    return QUrl.fromLocalFile(str(paths.logs_dir))


def open_log_folder(paths: MezzoPaths, opener: UrlOpener | None = None) -> bool:
    """Show the logs folder in the file manager (made first, so there is one to show); False
    when the system has nothing to open it with. `opener` defaults to QDesktopServices.openUrl,
    looked up at each call so that tests can replace it there."""
    paths.logs_dir.mkdir(parents=True, exist_ok=True)
    return (opener or QDesktopServices.openUrl)(log_folder_url(paths))
