"""Idle detection and the lock/unlock sequence.

Locked means: open dialogs closed, every page emptied (``set_vault(None)``), the clipboard
cleared if it holds our text, the vault's connection closed (so the key is gone from
SQLCipher), and the window showing only the unlock prompt. What the adviser was looking at
(page and the pages' ``state()``: ids and tabs only) is kept to return to after unlocking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from vpdesk.gui.tasks import wait_for_tasks

# Events that show a person is at the keyboard or mouse.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
        QEvent.Type.Shortcut,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after the given time without keyboard or mouse input in the application."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, timeout_ms: int = 5 * 60_000) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)
        self._active = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout_ms(self, msecs: int) -> None:
        self._timer.setInterval(max(int(msecs), 100))
        if self._active:
            self._timer.start()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def is_active(self) -> bool:
        return self._active

    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._active else -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in ACTIVITY_EVENTS:
            self._timer.start()  # restart the countdown
        return False

    def shutdown(self) -> None:
        self.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def close_dialogs(keep: QWidget | None = None) -> int:
    """Reject every open dialog and message box (they may show vault data); returns how many."""
    closed = 0
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible():
            continue
        if isinstance(widget, (QDialog, QMessageBox)):
            widget.reject()
            closed += 1
    return closed


def settle_background_work(msecs: int = 15_000) -> None:
    """Let running vault work finish and deliver its results before the vault goes away.

    Results delivered after the pages were emptied would put data back into them.
    """
    wait_for_tasks(msecs)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()


def save_or_discard(pages: dict[str, Any]) -> list[str]:
    """Before a lock nobody answered: save pages that can; returns keys that could not."""
    lost = []
    for key, page in pages.items():
        try:
            if not page.has_unsaved_changes():
                continue
            saver = getattr(page, "save", None)
            if saver is None or not saver():
                lost.append(key)
        except Exception:  # a page that fails to save must not keep the vault open
            lost.append(key)
    return lost
