"""Running core work off the GUI thread, with results delivered back on it.

Long work (a download, a model switch, statistics over 90 days) must never run on the GUI
thread. `TaskRunner.run` hands a callable to Qt's thread pool; its result, error and progress
come back as signals of a `Task`, which Qt delivers on the GUI thread because the `Task` lives
there. Connect them to slots (bound methods), not lambdas, so a closed widget never receives a
late result.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

logger = logging.getLogger(__name__)

ProgressFn = Callable[[object], None]


class Task(QObject):
    """Signals of one piece of background work: emitted in the pool, received on the GUI thread."""

    finished = Signal(object)  # the callable's return value
    failed = Signal(object)  # the exception it raised
    progress = Signal(object)  # whatever the work reports through its progress callback
    # Emitted after `finished` or `failed`, for the runner alone. Deleting the task from its own
    # `finished` slot raced the caller's slots: the pool thread posts one event per connection,
    # the GUI thread could delete the task between two posts, and Qt drops queued calls of a
    # deleted sender. Events from one thread arrive in order, so this one comes after them all.
    ended = Signal()


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self._task = task
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self._task.progress.emit)
        except Exception as exc:  # delivered to the GUI as a signal, never lost in the pool
            logger.info("background task failed: %s", exc)
            self._task.failed.emit(exc)
        else:
            self._task.finished.emit(result)
        self._task.ended.emit()


class TaskRunner(QObject):
    """Owns the tasks it started until they end, so their signals outlive the caller's frame."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()
        self._unstarted: list[_Runnable] = []

    def run(self, work: Callable[[ProgressFn], Any]) -> Task:
        """Start `work(progress)` in the pool. Connect to the returned task's signals at once.

        The work starts when control returns to the event loop, not inside this call: quick
        work (an empty statistics query) could otherwise finish and emit before the caller's
        `connect` line ran, and a signal with no connection yet is lost.
        """
        task = Task(self)
        self._running.add(task)
        task.ended.connect(self._forget)
        self._unstarted.append(_Runnable(task, work))
        QTimer.singleShot(0, self._start_unstarted)
        return task

    def _start_unstarted(self) -> None:
        unstarted, self._unstarted = self._unstarted, []
        for runnable in unstarted:
            self._pool.start(runnable)

    def _forget(self) -> None:
        task = self.sender()
        if isinstance(task, Task):
            self._running.discard(task)
            task.deleteLater()

    def wait_for_all(self, timeout_ms: int = 30_000) -> bool:
        self._start_unstarted()
        return self._pool.waitForDone(timeout_ms)
