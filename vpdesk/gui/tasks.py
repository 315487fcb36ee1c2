"""Run slow vault work off the GUI thread and get the result back on it.

    run_task(parent, work, on_success=..., on_failure=..., progress_label=...)

``work(report)`` runs in a worker thread and may call ``report(done, total)`` to move the
progress bar; ``on_success(result)`` / ``on_failure(exception)`` run on the GUI thread.
Never touch a widget inside ``work``; never run SQL in a widget.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

Progress = Callable[[int, int], None]


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work(self._signals.progress.emit)
        except BaseException as exc:  # handed to on_failure on the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


_live: set[_Signals] = set()


@functools.cache
def pool() -> QThreadPool:
    """One worker thread: vault work is serialised, so two tasks never share the connection."""
    worker = QThreadPool()
    worker.setMaxThreadCount(1)
    return worker


def run_task(
    parent: QWidget | None,
    work: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    progress_label: str | None = None,
) -> _Signals:
    """Start ``work`` in the background; show a progress dialog when a label is given."""
    signals = _Signals()
    _live.add(signals)
    dialog: QProgressDialog | None = None
    if progress_label is not None:
        dialog = QProgressDialog(progress_label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def _progress(done: int, total: int) -> None:
            assert dialog is not None
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)

        signals.progress.connect(_progress)

    def _finish() -> bool:
        """Close the progress dialog; whether the widget that asked is still there."""
        if dialog is not None and isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        _live.discard(signals)
        # A page or dialog closed (and deleted) while its work ran: nothing left to show it in.
        return parent is None or isValid(parent)

    def _ok(result: Any) -> None:
        if _finish() and on_success is not None:
            on_success(result)

    def _fail(exc: BaseException) -> None:
        if _finish() and on_failure is not None:
            on_failure(exc)

    signals.succeeded.connect(_ok)
    signals.failed.connect(_fail)
    pool().start(_Runnable(work, signals))
    return signals


def wait_for_tasks(msecs: int = 30000) -> bool:
    """Block until background work is done (used on quit and by tests)."""
    return pool().waitForDone(msecs)
