"""What the pages with a list of records beside a form for one share.

The activities, organisations and mediations pages each show the records of the vault in a
view and the one chosen in a form below or beside it. The rules of such a form live here once:
it is dirty only after the adviser changed a field (not while the page fills it), the adviser
is asked before unsaved changes are left, the selection goes back when they stay, and a record
is deleted only after Yes, with any vault error as one translated line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QItemSelection, Signal, SignalInstance
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from vpdesk.gui.models.list_table import ListTableModel
from vpdesk.gui.widgets.forms import FieldError, add_form_row, delete_or_explain, may_leave
from vpdesk.gui.widgets.layouts import Item, hbox
from vpdesk.gui.widgets.organisation_combo import OrganisationCombo, OrganisationFilter
from vpdesk.vault import Vault


class Record(Protocol):
    @property
    def id(self) -> int | None: ...


R = TypeVar("R", bound=Record)


class RecordPage(QWidget, Generic[R]):
    """A page with a view of records (``R``) and a form for the one chosen.

    A page builds ``form_box`` (the form, enabled while a record is edited), the buttons
    ``new_button``, ``save_button`` and ``delete_button``, calls ``_wire`` with its view, and
    gives ``_record_id`` (the id of the record in the form, None for a new one), ``_open``
    (load a record chosen in the view), ``_leave_question``, ``save``, ``delete_current``,
    ``reload`` and ``_clear_form``.
    """

    status_message = Signal(str)

    form_box: QWidget
    new_button: QPushButton
    save_button: QPushButton
    delete_button: QPushButton
    organisation_filter: OrganisationFilter  # on a page with a filter bar
    _view: QAbstractItemView
    _records: ListTableModel[R]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._active = False  # the form edits a record (a new one or one of the view's)
        self._dirty = False
        self._loading = False  # the page fills the form or the view: no changes by the adviser
        self.errors: dict[str, FieldError] = {}

    # -- what each page gives --------------------------------------------------------------

    def _record_id(self) -> int | None:
        raise NotImplementedError

    def _leave_question(self) -> str:
        raise NotImplementedError

    def _open(self, record: R) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def delete_current(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def _clear_form(self) -> None:
        raise NotImplementedError

    def _may_start(self) -> bool:
        """Whether a new record can be started (a page may explain why not)."""
        return True

    def _wire(self, view: QAbstractItemView, model: ListTableModel[R], new: Callable[[], None]) -> None:
        """Connect the view of ``model``'s records and the buttons; ``new`` starts a new record."""
        self._view, self._records = view, model
        self.new_button.clicked.connect(new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        view.selectionModel().selectionChanged.connect(self._selection_changed)

    def _filter_bar(self, label: str, own_filter: QWidget, *rest: Item) -> QHBoxLayout:
        """The bar above the view: ``organisation_filter``, the page's own filter after its
        ``label``, then ``rest`` (see :func:`hbox`)."""
        return hbox(
            QLabel(QCoreApplication.translate("RecordPage", "Organisation:"), self),
            (self.organisation_filter, 2),
            QLabel(label, self),
            own_filter,
            *rest,
        )

    # -- the form ----------------------------------------------------------------------------

    def _row(
        self, form: QFormLayout, label: str, field: QWidget, name: str, changed: SignalInstance | None = None
    ) -> None:
        """Add a labelled field with its message place; ``changed`` (its signal) marks the form dirty."""
        add_form_row(form, label, field, self.errors, name)
        if changed is not None:
            changed.connect(self._mark_dirty)

    def _mark_dirty_on(self, *signals: SignalInstance) -> None:
        for signal in signals:
            signal.connect(self._mark_dirty)

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading and self._active:
            self._dirty = True

    def _cleared(self) -> None:
        """The end of ``_clear_form``: no messages, nothing changed."""
        for error in self.errors.values():
            error.clear_message()
        self._dirty = False

    def _loaded(self) -> None:
        """The end of loading a record into the form: the adviser edits it from here."""
        self._loading = False
        self._dirty = False
        self._set_active(True)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _set_active(self, active: bool) -> None:
        self._active = active
        self.form_box.setEnabled(active and self._vault is not None)
        self.delete_button.setEnabled(active and self._record_id() is not None)

    def _may_leave(self) -> bool:
        """True unless the form has unsaved changes the adviser wants to keep editing."""
        return may_leave(self, self._dirty, self._leave_question(), self.save)

    def _start_new(self, organisation: OrganisationCombo | None = None, org_id: int | None = None) -> bool:
        """An empty form, after the adviser dealt with unsaved changes; False if they stay.

        ``organisation``, the form's organisation field, is set to ``org_id`` (the filter's).
        """
        if self._vault is None or not self._may_leave() or not self._may_start():
            return False
        self._loading = True
        self._view.clearSelection()
        self._loading = False
        self._clear_form()
        if organisation is not None:
            self._loading = True
            organisation.choose(org_id)
            self._loading = False
        return True

    # -- the view ----------------------------------------------------------------------------

    def _select_record(self, record_id: int, *, quietly: bool = False) -> None:
        """Select the record in the view; ``quietly``: without loading it into the form."""
        for row, record in enumerate(self._records.items()):
            if record.id == record_id:
                was, self._loading = self._loading, self._loading or quietly
                self._view.setCurrentIndex(self._records.index(row, 0))
                self._loading = was
                return

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        """Open the record the adviser selected, unless they keep editing unsaved changes.

        Nothing happens for a selection made by the page or of the record already in the
        form; when the adviser stays, the selection goes back.
        """
        if self._loading or not selected.indexes():
            return
        record = self._records.item(selected.indexes()[0].row())
        if record is None or (record.id is not None and record.id == self._record_id()):
            return
        if not self._may_leave():
            self._loading = True
            previous = deselected.indexes()
            if previous:
                self._view.setCurrentIndex(previous[0])
            else:
                self._view.clearSelection()
            self._loading = False
            return
        self._open(record)

    # -- deleting ----------------------------------------------------------------------------

    def _delete(self, title: str, question: str, delete: Callable[[Vault, int], object], done: str) -> bool:
        """Ask ``question``, run ``delete(vault, id)`` for the record in the form and empty the
        form; True when it was deleted (nothing happens without a stored record)."""
        vault, record_id = self._vault, self._record_id()
        if vault is None or record_id is None:
            return False
        if not delete_or_explain(self, title, question, lambda: delete(vault, record_id)):
            return False
        self._clear_form()
        self._set_active(False)
        self.reload()
        self.status_message.emit(done)
        return True
