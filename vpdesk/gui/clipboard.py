"""Clear text the application put on the clipboard: after 30 seconds, on lock and on quit.

Only text that is still ours is cleared: if the adviser has since copied something in
another program, that is left alone. What we copied is remembered as a digest, not as text.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Watches the clipboard and clears what this application copied."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._ours: dict[QClipboard.Mode, bytes] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        self._clipboard.changed.connect(self._on_changed)

    @property
    def clear_after_ms(self) -> int:
        return self._timer.interval()

    def set_clear_after_ms(self, msecs: int) -> None:
        self._timer.setInterval(msecs)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard; it is cleared again after the interval."""
        self._clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._remember(QClipboard.Mode.Clipboard)

    def is_armed(self) -> bool:
        """True while something we copied waits to be cleared."""
        return bool(self._ours)

    def _modes(self) -> list[QClipboard.Mode]:
        modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        return modes

    def _on_changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._modes():
            return
        if self._copied_here(mode):
            self._remember(mode)
        else:
            # someone else's text now: nothing of ours left to clear in this mode
            self._ours.pop(mode, None)
            if not self._ours:
                self._timer.stop()

    def _copied_here(self, mode: QClipboard.Mode) -> bool:
        if (
            self._clipboard.ownsClipboard()
            if mode == QClipboard.Mode.Clipboard
            else (self._clipboard.ownsSelection())
        ):
            return True
        # Platforms without clipboard ownership (offscreen, some Wayland set-ups) report
        # False for everything; there a change while one of our windows has focus is ours.
        return QGuiApplication.focusWindow() is not None

    def _remember(self, mode: QClipboard.Mode) -> None:
        text = self._clipboard.text(mode)
        if not text:
            self._ours.pop(mode, None)
            return
        self._ours[mode] = _digest(text)
        self._timer.start()

    def clear(self) -> None:
        """Clear the clipboard now, in each mode where it still holds our text."""
        self._timer.stop()
        ours, self._ours = self._ours, {}
        for mode, digest in ours.items():
            text = self._clipboard.text(mode)
            if text and _digest(text) == digest:
                self._clipboard.clear(mode)
