"""Background work whose widget is gone by the time it finishes is dropped quietly."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget

from vpdesk.gui.tasks import run_task, wait_for_tasks


def test_work_finishing_after_its_dialog_was_deleted_calls_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    release = threading.Event()
    got: list[object] = []

    def work(_report: object) -> str:
        release.wait(5)
        return "klaar"

    def shown(result: object) -> None:
        widget.setWindowTitle(str(result))  # would raise: the widget is gone
        got.append(result)

    run_task(widget, work, on_success=shown, on_failure=got.append, progress_label="Bezig…")
    shiboken6.delete(widget)  # closed and deleted while the work runs
    release.set()
    assert wait_for_tasks()
    qtbot.wait(50)  # the result arrives on the GUI thread: no exception, no call
    assert got == []


def test_work_whose_widget_is_still_there_gets_its_answer(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    got: list[object] = []
    run_task(widget, lambda _report: 41 + 1, on_success=got.append, progress_label="Bezig…")
    qtbot.waitUntil(lambda: got == [42])
