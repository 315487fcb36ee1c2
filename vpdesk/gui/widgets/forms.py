"""Small widgets and helpers shared by the cases, organisations and activities pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.taxonomy import Vocabulary

DATE_FORMAT = "dd-MM-yyyy"
_NO_DATE = QDate(1900, 1, 1)


def current_lang() -> str:
    """The interface language ("nl" or "en"); Dutch until the shell says otherwise."""
    try:
        from vpdesk.gui.i18n import current_language
    except ImportError:
        return "nl"
    try:
        return current_language()
    except Exception:  # a settings problem must never break a page
        return "nl"


def fmt_date(value: date | None) -> str:
    """A date the Dutch way (24-11-2026); empty for no date."""
    # Plain formatting: strftime is several times slower, which shows on 10,000 rows.
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}" if value is not None else ""


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def make_date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date field with a calendar popup, Dutch day-month-year order, set to today."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate.currentDate())
    return edit


def fill_vocab_combo(combo: QComboBox, vocab: Vocabulary, *, empty: str | None = None) -> None:
    """Fill a combo box with a vocabulary's labels; the code is the item data."""
    lang = current_lang()
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for term in vocab:
        combo.addItem(term.label(lang), term.code)


def set_combo_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (the first item when there is none)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class OptionalDateEdit(QWidget):
    """A date that may also be absent: a check box turns the date on, with a calendar popup.

    Unchecked, the field shows a dash and ``value()`` is None.
    """

    changed = Signal()
    toggled_by_user = Signal(bool)

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setMinimumDate(_NO_DATE)
        self.edit.setSpecialValueText("—")
        self.edit.setDate(_NO_DATE)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.check.clicked.connect(self._clicked)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def _clicked(self, checked: bool) -> None:
        self._apply(checked)
        self.toggled_by_user.emit(checked)
        self.changed.emit()

    def _apply(self, checked: bool, value: date | None = None) -> None:
        self.check.setChecked(checked)
        self.edit.setEnabled(checked)
        self.edit.blockSignals(True)
        if checked:
            self.edit.setDate(to_qdate(value or date.today()))
        else:
            self.edit.setDate(_NO_DATE)
        self.edit.blockSignals(False)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return from_qdate(self.edit.date())

    def set_value(self, value: date | None) -> None:
        """Show ``value`` (None: no date) without reporting a change by the user."""
        self._apply(value is not None, value)


class FieldError(QLabel):
    """The validation message shown beside a field; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def field_with_error(field: QWidget, error: FieldError) -> QWidget:
    """Put a field with its validation message right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def show_field_problems(
    errors: dict[str, FieldError], general: FieldError, problems: dict[str, str]
) -> None:
    """Show each message under its field, and those without a field in ``general``."""
    general.clear_message()
    for error in errors.values():
        error.clear_message()
    other = []
    for name, text in problems.items():
        if name in errors:
            errors[name].show_message(text)
        else:
            other.append(text)
    if other:
        general.show_message(" ".join(other))


def may_leave(parent: QWidget, dirty: bool, message: str, save: Callable[[], bool]) -> bool:
    """True when there is nothing unsaved, or the adviser saved or discarded it.

    ``message`` says what has unsaved changes; Cancel keeps the adviser where they are.
    """
    if not dirty:
        return True
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Forms", "Unsaved changes"),
        message,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return answer == QMessageBox.StandardButton.Discard


def add_form_row(
    form: QFormLayout,
    label: str,
    field: QWidget,
    errors: dict[str, FieldError] | None = None,
    name: str | None = None,
) -> None:
    """Add a labelled field; with a ``name`` its validation message sits right under it."""
    field.setAccessibleName(label.replace("&", ""))
    if errors is None or name is None:
        form.addRow(label, field)
        return
    error = FieldError()
    errors[name] = error
    form.addRow(label, field_with_error(field, error))
