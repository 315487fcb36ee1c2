"""One date field for every form: it takes a date the way an adviser types it.

``6-10``, ``6-10-26``, ``06-10-2026``, ``06102026``, ``2026-10-06`` and the words ``vandaag``
/ ``today`` (also gisteren/morgen, yesterday/tomorrow) all work; the field is a plain line of
text, so Ctrl+A, Backspace, Shift+Tab and pasting behave as everywhere else. Alt+Down or F4
opens a calendar. When the field is left, the date is written out in the window's format
(``06-10-2026`` in Dutch, ``06/10/2026`` in English); text that is no date stays as typed and
the form refuses it with a message, instead of guessing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from vpdesk.gui.formats import format_date

DATE_FORMATS = {"nl": "dd-MM-yyyy", "en": "dd/MM/yyyy"}
_WORDS = {
    "vandaag": 0, "today": 0, "nu": 0, "now": 0,
    "gisteren": -1, "yesterday": -1,
    "morgen": 1, "tomorrow": 1,
}  # fmt: skip
_PARTS = re.compile(r"\d+")
_ONLY_DATE_CHARACTERS = re.compile(r"^[\d\s./-]*$")


__all__ = ["DateField", "format_date", "from_qdate", "parse_typed_date", "to_qdate", "window_language"]


def window_language() -> str:
    """The interface language ("nl" or "en")."""
    try:
        from vpdesk.gui.i18n import current_language

        return current_language()
    except Exception:  # a settings problem must never break a form
        return "nl"


def _year(text: str) -> int | None:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        return 2000 + int(text)
    return None


def _make(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_typed_date(text: str, today: date | None = None) -> date | None:
    """The date meant by ``text`` as typed in a date field; None when it is not one."""
    today = today or date.today()
    s = text.strip().lower()
    if not s:
        return None
    if s in _WORDS:
        return today + timedelta(days=_WORDS[s])
    if not _ONLY_DATE_CHARACTERS.match(s):
        return None
    parts = _PARTS.findall(s)
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) == 8:  # 06102026
            return _make(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        if len(digits) == 6:  # 061026
            return _make(_year(digits[4:]), int(digits[2:4]), int(digits[:2]))
        if len(digits) == 4:  # 0610
            return _make(today.year, int(digits[2:]), int(digits[:2]))
        if len(digits) <= 2:  # 6: the 6th of this month
            return _make(today.year, today.month, int(digits))
        return None
    if len(parts) == 2:  # 6-10: this year
        day, month = parts
        if len(day) > 2 or len(month) > 2:
            return None
        return _make(today.year, int(month), int(day))
    if len(parts) == 3:
        first, second, third = parts
        if len(first) == 4:  # 2026-10-06
            return (
                _make(int(first), int(second), int(third)) if len(second) <= 2 and len(third) <= 2 else None
            )
        if len(first) > 2 or len(second) > 2:
            return None
        return _make(_year(third), int(second), int(first))
    return None


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _CalendarPopup(QCalendarWidget):
    """The calendar under a date field; Enter or a click picks, Escape closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, value: QDate) -> None:
        self.picked.emit(value)
        self.close()


class DateField(QLineEdit):
    """A date typed as text, with a calendar on Alt+Down, F4 or the button at its end.

    ``value()`` is the date typed (None when the field is empty or holds no date);
    ``problem()`` says whether the text is not a date. ``dateChanged`` is emitted whenever
    the date meant by the text changes, ``date()``/``setDate()`` speak ``QDate`` like
    ``QDateEdit`` did.
    """

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None, *, required: bool = True) -> None:
        super().__init__(parent)
        self._required = required
        self._last: date | None = None
        self._lang = window_language()
        self.setPlaceholderText(self.format_hint())
        self.setToolTip(self.tr("Type a date such as 6-10, 6-10-2026 or “today”; Alt+Down opens a calendar."))
        self.calendar_action = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("Calendar"), self
        )
        self.calendar_action.setToolTip(self.tr("Choose the date on a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(lambda _checked=False: self.show_calendar())
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00-00-00000") + 48)
        self._popup: _CalendarPopup | None = None
        self.textChanged.connect(self._text_changed)
        self.editingFinished.connect(self.tidy)

    def format_hint(self) -> str:
        """How a date looks in this window, as a placeholder ("dd-mm-jjjj")."""
        return self.tr("dd-mm-yyyy") if self._lang == "nl" else "dd/mm/yyyy"

    # -- value -----------------------------------------------------------------------------

    def value(self) -> date | None:
        return parse_typed_date(self.text())

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value, self._lang))

    def date(self) -> QDate:
        value = self.value()
        return to_qdate(value) if value is not None else QDate()

    def setDate(self, value: QDate) -> None:
        self.set_value(from_qdate(value) if value.isValid() else None)

    def problem(self) -> str | None:
        """The validation code for the text as it stands: "bad_date", "required" or None."""
        if not self.text().strip():
            return "required" if self._required else None
        return None if self.value() is not None else "bad_date"

    def tidy(self) -> None:
        """Write a valid date out in full (6-10 becomes 06-10-2026); leave other text alone."""
        value = self.value()
        if value is not None:
            tidy = format_date(value, self._lang)
            if tidy != self.text():
                self.setText(tidy)

    def _text_changed(self, _text: str) -> None:
        value = self.value()
        if value != self._last:
            self._last = value
            self.dateChanged.emit(to_qdate(value) if value is not None else QDate())

    # -- calendar ----------------------------------------------------------------------------

    def show_calendar(self) -> None:
        if not self.isEnabled():
            return
        popup = _CalendarPopup(self)
        self._popup = popup
        current = self.value() or date.today()
        popup.setSelectedDate(to_qdate(current))
        popup.picked.connect(self._picked)
        popup.adjustSize()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        popup.setFocus()

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        self.setFocus()
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.selectAll()  # tabbing in, typing replaces the date, as in any text field
