"""Does a mapped adapter help its repository? The last check, and a button to run another.

A check runs `mezzo eval REPO --compare-adapter NAME` in a child process: the base model and
then the adapter on the repository's held-out files, the same rows for both. A child process
keeps the app's own engine, model and telemetry out of it, and the window never waits for it.
The evaluation store is the record: when a check ends, finished or cancelled (the command keeps
what it measured so far), the row reads the store again rather than the command's report.

`QtRepoChecks` owns the running checks, one per repository, because the Adapters page rebuilds
its rows whenever mappings change and a check must outlive any one row; `QtRepoEvaluation`
draws one repository's last check and the check in flight.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QProcess,
    QProcessEnvironment,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_app.quality.adapter_verdict import Verdict
from desktop_app.quality.eval_store import EvalStore, StoredRun
from desktop_app.ui.panels.adapter_check_text import check_verdict, evaluation_text
from desktop_app.ui.panels.adapter_rows import GOOD_COLOUR, PROBLEM_COLOUR

logger = logging.getLogger(__name__)

CHECK_ROWS = 200  # a few minutes on a laptop, and enough rows for a verdict on most projects
KILL_AFTER_MS = 20_000  # Cancel waits this long for the row in hand before it stops the check
QUIT_WAIT_MS = 5_000  # quitting Mezzo waits this long for a check to keep its rows so far
BAR_STEPS = 1000
STDERR_TAIL = 4096  # bytes of the child's stderr kept, for its last line


@dataclass(frozen=True, slots=True)
class CheckTarget:
    """What one check measures: a repository under its mapped adapter, on a model."""

    repo: str  # the repository's root folder
    adapter: str
    scale: float | None = None  # the mapping's strength; None: the adapter's own
    model: Path | None = None  # the model file in use; None: the one the child resolves


CheckCommand = Callable[[CheckTarget], Sequence[str]]


def check_command(target: CheckTarget, *, limit: int = CHECK_ROWS) -> list[str]:
    """`mezzo eval` through the interpreter running the app, so the child is the same install."""
    argv = [sys.executable, "-m", "desktop_app", "eval", target.repo]
    argv += ["--compare-adapter", target.adapter, "--progress-json", "--limit", str(limit)]
    if target.scale is not None:  # the strength the mapping applies, as completions get it
        argv += ["--scale", str(target.scale)]
    if target.model is not None:  # the model in use, not whatever the child would resolve
        argv += ["--model", str(target.model)]
    return argv


# --- the last check, read from the store --------------------------------------------------------


def last_check(store_path: Path, repo: str) -> list[StoredRun]:
    """The newest batch on `repo`, base first; [] when nothing was checked or the store is
    unreadable. When the adapter's run was cancelled part-way, the base run is cut to the rows
    the adapter reached, so both sides are figures on the same rows."""
    if not store_path.exists():  # reading would create the store; a page redraw should not
        return []
    try:
        return EvalStore(store_path).last_comparison(repo)
    except sqlite3.Error as exc:
        logger.warning("cannot read the evaluation store %s: %s", store_path, exc)
        return []


# --- checks in flight -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckState:
    running: bool = False
    cancelling: bool = False
    run: int = 0  # 0: the base model, 1: the adapter
    done: int = 0
    total: int = 0  # rows per run; 0 until the first row is measured (the model is loading)
    error: str = ""  # why the last check failed, for the row to show until the next one

    @property
    def fraction(self) -> float | None:
        """Both runs as one: the base model is the first half, the adapter the second."""
        if not self.total:
            return None
        return min((self.run * self.total + self.done) / (2 * self.total), 1.0)


class _Check(QObject):
    """One child process and what its output has said so far."""

    def __init__(self, owner: QtRepoChecks, repo: str) -> None:
        super().__init__(owner)
        self.repo = repo
        self.state = CheckState(running=True)
        self.first_adapter: str | None = None  # named by the first progress line: the base run
        self.stderr = b""
        self.process = QProcess(self)
        self.kill_timer = QTimer(self)
        self.kill_timer.setSingleShot(True)
        self.kill_timer.setInterval(KILL_AFTER_MS)
        self.kill_timer.timeout.connect(self.process.kill)


class QtRepoChecks(QObject):
    """Runs at most one check per repository; every change is announced with `changed(repo)`."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checks: dict[str, _Check] = {}
        self._errors: dict[str, str] = {}

    def state(self, repo: str) -> CheckState:
        check = self._checks.get(repo)
        return check.state if check is not None else CheckState(error=self._errors.get(repo, ""))

    def start(self, repo: str, argv: Sequence[str]) -> bool:
        """False, and nothing started, when a check of `repo` is already running."""
        if repo in self._checks:
            return False
        self._errors.pop(repo, None)
        check = _Check(self, repo)
        environment = QProcessEnvironment.systemEnvironment()  # MEZZO_HOME and all
        environment.insert("PYTHONUNBUFFERED", "1")  # progress lines as they happen
        check.process.setProcessEnvironment(environment)
        check.process.readyReadStandardOutput.connect(lambda: self._read_progress(check))
        check.process.readyReadStandardError.connect(lambda: self._read_stderr(check))
        check.process.finished.connect(lambda code, status: self._finished(check, code, status))
        check.process.errorOccurred.connect(lambda error: self._process_error(check, error))
        self._checks[repo] = check
        logger.info("checking %s: %s", repo, " ".join(argv))
        check.process.start(argv[0], list(argv[1:]))
        self.changed.emit(repo)
        return True

    def cancel(self, repo: str) -> None:
        """The child stops after the row in hand and keeps what it measured; one that does not
        stop in time (or cannot be asked, on Windows) is killed."""
        check = self._checks.get(repo)
        if check is None or check.state.cancelling:
            return
        check.state = replace(check.state, cancelling=True)
        check.process.terminate()
        check.kill_timer.start()
        self.changed.emit(repo)

    def running(self) -> list[str]:
        return list(self._checks)

    @Slot()
    def stop_all(self) -> None:
        """Mezzo is quitting: each check stops as Cancel stops it, keeping what it measured,
        rather than being killed with the window."""
        for check in list(self._checks.values()):
            check.state = replace(check.state, cancelling=True)
            check.process.terminate()
            if not check.process.waitForFinished(QUIT_WAIT_MS):
                check.process.kill()
                check.process.waitForFinished(QUIT_WAIT_MS)

    # --- the child's output ---------------------------------------------------------------------

    def _read_progress(self, check: _Check) -> None:
        if not _alive(self, check.process):
            return
        moved = False
        while check.process.canReadLine():
            line = bytes(check.process.readLine().data()).decode("utf-8", "replace")
            progress = _progress_of(line)
            if progress is None:
                continue  # the closing report, spread over many lines: the store has it all
            adapter, done, total = progress
            if check.first_adapter is None:
                check.first_adapter = adapter
            run = 0 if adapter == check.first_adapter else 1
            check.state = replace(check.state, run=run, done=done, total=total)
            moved = True
        if moved:
            self.changed.emit(check.repo)

    def _read_stderr(self, check: _Check) -> None:
        if not _alive(self, check.process):
            return
        check.stderr = (check.stderr + bytes(check.process.readAllStandardError().data()))[
            -STDERR_TAIL:
        ]

    def _finished(self, check: _Check, code: int, status: QProcess.ExitStatus) -> None:
        if not _alive(self, check.process):
            return
        self._read_stderr(check)
        crashed = status is not QProcess.ExitStatus.NormalExit
        if (code != 0 or crashed) and not check.state.cancelling:  # cancelled: may die going
            last = _last_line(check.stderr)
            if crashed:
                why = QCoreApplication.translate(
                    "AdapterEvaluation", "The check stopped unexpectedly."
                )
            else:
                why = QCoreApplication.translate(
                    "AdapterEvaluation", "The check ended with exit code {code}."
                ).format(code=code)
            self._errors[check.repo] = last or why
            logger.warning("check of %s failed (exit %s): %s", check.repo, code, last)
        self._end(check)

    def _process_error(self, check: _Check, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:  # no `finished` follows this one
            self._errors[check.repo] = QCoreApplication.translate(
                "AdapterEvaluation", "The check could not start: {why}"
            ).format(why=check.process.errorString())
            self._end(check)

    def _end(self, check: _Check) -> None:
        if not _alive(self) or self._checks.get(check.repo) is not check:
            return
        del self._checks[check.repo]
        check.kill_timer.stop()
        check.deleteLater()
        self.changed.emit(check.repo)


class QtRepoEvaluation(QWidget):
    """One mapped repository's last check, its verdict, and the check in flight.

    `command` builds the child's argv; tests swap it for a cheap program."""

    def __init__(
        self,
        repo: str,
        adapter: str,
        checks: QtRepoChecks,
        store_path: Path,
        model: Path | None = None,
        parent: QWidget | None = None,
        *,
        scale: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.adapter = adapter
        self.scale = scale
        self.command: CheckCommand = check_command
        self._checks = checks
        self._store_path = store_path
        self._model = model
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Last check of the adapter"))
        self.summary.setToolTip(
            self.tr(
                "The base model and the adapter, at the adapter's own strength, complete the "
                "same code from this project's held-out files (up to {rows} places), files "
                "Mezzo keeps out of any training set it builds."
            ).format(rows=CHECK_ROWS)
        )
        self.mark = QLabel(self)  # the theme's warning look: it should catch the eye
        self.mark.setProperty("role", "warning")
        self.mark.setWordWrap(True)
        self.mark.setAccessibleName(self.tr("The adapter makes this project worse"))
        self.helps = QLabel(self.tr("● Helps this project"), self)
        self.helps.setStyleSheet(f"color: {GOOD_COLOUR};")
        self.helps.setAccessibleName(self.tr("The adapter helps this project"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.error.setAccessibleName(self.tr("Why the check failed"))
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.check_button = QPushButton(self)
        self.check_button.setAccessibleName(
            self.tr("Check {adapter} on this project").format(adapter=adapter)
        )
        self.check_button.clicked.connect(self._on_check)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Check progress"))
        self.progress = QLabel(self)
        self.progress.setProperty("role", "note")
        self.progress.setAccessibleName(self.tr("Check status"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the check"))
        self.cancel_button.clicked.connect(self._on_cancel)

        first = QHBoxLayout()
        first.addWidget(self.summary, 1)
        first.addWidget(self.check_button)
        running = QHBoxLayout()
        bar_column = QVBoxLayout()
        bar_column.setSpacing(2)
        bar_column.addWidget(self.bar)
        bar_column.addWidget(self.progress)
        running.addLayout(bar_column, 1)
        running.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addWidget(self.mark)
        layout.addWidget(self.helps)
        layout.addWidget(self.error)
        layout.addLayout(running)
        checks.changed.connect(self._on_changed)
        self.runs: list[StoredRun] = []
        self.refresh()

    def refresh(self) -> None:
        """Re-read the last check from the store and redraw."""
        self.runs = last_check(self._store_path, self.repo)
        self.verdict = check_verdict(self.runs, self.adapter)
        self.summary.setText(evaluation_text(self.runs, self.adapter))
        self.check_button.setText(
            self.tr("Check again") if self.runs else self.tr("Check this adapter")
        )
        self.mark.setText(
            self.tr(
                "Makes this project worse: with {name}, its completions were right less "
                "often than with the model alone."
            ).format(name=self.adapter)
        )
        self.mark.setVisible(self.verdict is Verdict.WORSE)
        self.helps.setVisible(self.verdict is Verdict.BETTER)
        self._draw_check()

    def _draw_check(self) -> None:
        state = self._checks.state(self.repo)
        self.check_button.setVisible(not state.running)
        for widget in (self.bar, self.progress, self.cancel_button):
            widget.setVisible(state.running)
        self.cancel_button.setEnabled(not state.cancelling)
        self.error.setText(
            self.tr("The check failed: {why}").format(why=state.error) if state.error else ""
        )
        self.error.setVisible(bool(state.error))
        if not state.running:
            return
        fraction = state.fraction
        if fraction is None:
            self.bar.setRange(0, 0)  # busy until the model is loaded and the first row is in
        else:
            self.bar.setRange(0, BAR_STEPS)
            self.bar.setValue(round(fraction * BAR_STEPS))
        self.progress.setText(self._describe(state))

    def _describe(self, state: CheckState) -> str:
        if state.cancelling:
            return self.tr("Stopping after the row in hand…")
        if not state.total:
            return self.tr("Loading the model…")
        rows = {"done": state.done, "total": state.total}
        if state.run == 0:
            return self.tr("Without the adapter: {done} of {total} rows").format(**rows)
        return self.tr("With {name}: {done} of {total} rows").format(name=self.adapter, **rows)

    @Slot(str)
    def _on_changed(self, repo: str) -> None:
        if repo != self.repo:
            return
        if self._checks.state(repo).running:
            self._draw_check()
        else:
            self.refresh()  # ended: the store has what it measured, cancelled or not

    @Slot()
    def _on_check(self) -> None:
        target = CheckTarget(self.repo, self.adapter, self.scale, self._model)
        self._checks.start(self.repo, self.command(target))

    @Slot()
    def _on_cancel(self) -> None:
        self._checks.cancel(self.repo)


def _alive(*objects: QObject) -> bool:
    """False while Qt tears the page down: a dying QProcess still reports its end."""
    return all(shiboken6.isValid(item) for item in objects)


def _progress_of(line: str) -> tuple[str, int, int] | None:
    """(adapter, rows done, rows in all) from a `--progress-json` line; None for other lines."""
    if not line.startswith('{"progress"'):
        return None
    try:
        found = json.loads(line)["progress"]
        return str(found["adapter"]), int(found["done"]), int(found["total"])
    except (ValueError, KeyError, TypeError):
        return None


def _last_line(data: bytes) -> str:
    lines = [line.strip() for line in data.decode("utf-8", "replace").splitlines()]
    return next((line for line in reversed(lines) if line), "")
