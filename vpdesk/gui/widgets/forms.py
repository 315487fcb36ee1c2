"""Small widgets and helpers shared by the cases, organisations and activities pages."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain.errors import ValidationError, VpdeskError
from vpdesk.domain.taxonomy import Vocabulary
from vpdesk.domain.validation import Problem, Problems
from vpdesk.gui.messages import user_message
from vpdesk.gui.widgets.date_field import (
    DateField,
    format_date,
    from_qdate,
    to_qdate,
    window_language,
)

__all__ = ["DateField", "from_qdate", "to_qdate"]


def current_lang() -> str:
    """The interface language ("nl" or "en"); Dutch until the shell says otherwise."""
    return window_language()


def language_combo(parent: QWidget | None = None, current: str | None = None) -> QComboBox:
    """A choice of Dutch or English (each named in its own language), set to ``current`` or
    else the window's language; its data is "nl" or "en"."""
    combo = QComboBox(parent)
    combo.addItem("Nederlands", "nl")
    combo.addItem("English", "en")
    combo.setCurrentIndex(max(combo.findData(current or current_lang()), 0))
    return combo


def fmt_date(value: date | None) -> str:
    """A date in the window's one format (24-11-2026 in Dutch, 24/11/2026 in English)."""
    return format_date(value)


def make_date_edit(parent: QWidget | None = None) -> DateField:
    """A date field that takes typed dates (6-10, vandaag) and has a calendar, set to today."""
    edit = DateField(parent)
    edit.set_value(date.today())
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
    """A date that may also be absent: a check box turns the date field on.

    Unchecked, the field is empty and disabled and ``value()`` is None.
    """

    changed = Signal()
    toggled_by_user = Signal(bool)

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text, self)
        self.edit = DateField(self)
        self.edit.setPlaceholderText("—")
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.check)
        self.check.clicked.connect(self._clicked)
        self._quiet = False
        self.edit.dateChanged.connect(lambda _d: None if self._quiet else self.changed.emit())

    def _clicked(self, checked: bool) -> None:
        self._apply(checked, self._default)
        self.toggled_by_user.emit(checked)
        self.changed.emit()
        if checked:
            self.edit.setFocus()
            self.edit.selectAll()

    _default: date | None = None

    def set_default(self, value: date | None) -> None:
        """The date offered when the box is ticked (today when None)."""
        self._default = value

    def _apply(self, checked: bool, value: date | None = None) -> None:
        self.check.setChecked(checked)
        self.edit.setEnabled(checked)
        self.edit.setPlaceholderText(self.edit.format_hint() if checked else "—")
        self._quiet = True
        try:
            self.edit.set_value((value or date.today()) if checked else None)
        finally:
            self._quiet = False

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return self.edit.value()

    def problem(self) -> str | None:
        """ "bad_date" when the box is ticked but the text is no date."""
        return self.edit.problem() if self.check.isChecked() else None

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
        self.field: QWidget | None = None  # the field it belongs to, for focus
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


def clear_when_changed(field: QWidget, error: FieldError) -> None:
    """Hide ``error`` as soon as the adviser changes ``field``: a fixed field looks fixed."""
    error.field = field
    signal = None
    if isinstance(field, OptionalDateEdit):
        signal = field.changed
    elif isinstance(field, (QLineEdit, QPlainTextEdit)):
        signal = field.textChanged
    elif isinstance(field, QComboBox):
        signal = field.currentIndexChanged
    elif isinstance(field, QAbstractSpinBox) and hasattr(field, "valueChanged"):
        signal = field.valueChanged
    elif isinstance(field, QAbstractItemView) and field.model() is not None:
        signal = field.model().dataChanged
    elif isinstance(field, QAbstractButton):
        signal = field.toggled
    if signal is not None:
        signal.connect(lambda *_args: error.clear_message())


def focus_first_problem(errors: dict[str, FieldError]) -> None:
    """Put the cursor in the first field (in form order) whose message shows."""
    for error in errors.values():
        field = getattr(error, "field", None)
        if error.text() and field is not None:
            if isinstance(field, OptionalDateEdit) and field.check.isChecked():
                field = field.edit
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()
            return


def show_field_problems(
    errors: dict[str, FieldError], general: FieldError, problems: dict[str, str], *, focus: bool = True
) -> None:
    """Show each message under its field, and those without a field in ``general``.

    With ``focus`` the cursor goes to the first field with a message.
    """
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
    if focus:
        focus_first_problem(errors)


def date_problems(fields: dict[str, DateField | OptionalDateEdit]) -> Problems:
    """The date fields whose text is not a date (or is missing where one is required)."""
    problems: Problems = {}
    for name, field in fields.items():
        code = field.problem()
        if code is not None:
            problems[name] = Problem(code)
    return problems


def ask_unsaved(parent: QWidget, message: str, detail: str = "") -> QMessageBox.StandardButton:
    """Ask what to do with unsaved changes: Save (the default), Discard or Cancel.

    ``message`` says what has unsaved changes, ``detail`` (if any) what the adviser may do.
    """
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Forms", "Unsaved changes"),
        message,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    if detail:
        box.setInformativeText(detail)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = QMessageBox.StandardButton(box.exec())
    box.deleteLater()
    return answer


def may_leave(parent: QWidget, dirty: bool, message: str, save: Callable[[], bool], detail: str = "") -> bool:
    """True when there is nothing unsaved, or the adviser saved or discarded it.

    ``message`` says what has unsaved changes; Cancel keeps the adviser where they are.
    """
    if not dirty:
        return True
    answer = ask_unsaved(parent, message, detail)
    if answer == QMessageBox.StandardButton.Save:
        return save()
    return answer == QMessageBox.StandardButton.Discard


def show_messages(errors: Mapping[str, FieldError], texts: Mapping[str, str]) -> None:
    """Put each message under its field (fields without a message place are left alone)."""
    for name, text in texts.items():
        if name in errors:
            errors[name].show_message(text)


def write_or_explain(
    parent: QWidget, write: Callable[[], object], show_problems: Callable[[dict[str, str]], None]
) -> bool:
    """Run ``write``, a write to the vault; True when it went through.

    What the vault's own validation refuses is shown at the fields (``show_problems`` is
    given ``{field: message}`` in the window's language); any other vault error as one
    translated line in a message box, never the error's own (English) text.
    """
    try:
        write()
    except ValidationError as exc:
        lang = current_lang()
        show_problems({name: exc.text(name, lang) for name in exc.problems})
        return False
    except VpdeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Forms", "Not saved"), user_message(exc))
        return False
    return True


def confirm_delete(parent: QWidget, title: str, question: str) -> bool:
    """Ask before deleting a record: True only for Yes (No is the default, as Enter gives)."""
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def delete_or_explain(parent: QWidget, title: str, question: str, delete: Callable[[], object]) -> bool:
    """Ask ``question`` (see :func:`confirm_delete`), then run ``delete``; True when it went through.

    A vault error is shown as one translated line in a message box.
    """
    if not confirm_delete(parent, title, question):
        return False
    try:
        delete()
    except VpdeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Forms", "Not deleted"), user_message(exc))
        return False
    return True


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
    clear_when_changed(field, error)
    # The label's &-shortcut must reach the field itself, not the box that holds its message:
    # Qt moves the focus only to a buddy that takes focus.
    form.addRow(buddy_label(label, field.focusProxy() or field), field_with_error(field, error))


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A form label whose &-shortcut moves the focus to ``field``."""
    label = QLabel(text)
    label.setBuddy(field)
    return label
