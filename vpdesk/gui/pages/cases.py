"""The cases page (Meldingen): the filterable, searchable case list and the case editor."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import VpdeskError
from vpdesk.gui.list_export import CSV, FORMATS, XLSX, write_list
from vpdesk.gui.messages import user_message
from vpdesk.gui.models.case_table import (
    CASE_ID_ROLE,
    COL_BEHAVIOUR,
    COL_OPENED,
    CaseFilter,
    CaseTableModel,
    PreparedRows,
    prepare_columns,
)
from vpdesk.gui.pages.case_editor import CaseEditor
from vpdesk.gui.tasks import run_task
from vpdesk.gui.widgets.forms import current_lang, may_leave, set_combo_data
from vpdesk.gui.widgets.organisation_combo import OrganisationFilter
from vpdesk.vault import Vault

SEARCH_DELAY_MS = 250
VIEW_LIST, VIEW_EDITOR = 0, 1
DRAFT_KEY = "draft_new_case"  # a settings key inside the vault: encrypted like the rest


class CasesPage(QWidget):
    """The case list with its filters and search, and the editor for one case."""

    loads_in_background = True  # set_vault starts its loading on the worker thread
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._generation = 0  # bumped on every vault change, so stale results are dropped
        self._search_generation = 0
        self._pending_year: int | None = None
        self._select_after_load: int | None = None
        self.loaded = False
        self.model = CaseTableModel(self)
        self._build()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search reference, name, department, accused, notes…"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.organisation_filter = OrganisationFilter(self, min_length=16)
        self.organisation_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.year_filter = QComboBox(self)
        self.year_filter.setAccessibleName(self.tr("Filter by year"))
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.behaviour_filter = QComboBox(self)
        self.behaviour_filter.setAccessibleName(self.tr("Filter by behaviour"))
        self.new_button = QPushButton(self.tr("&New case"), self)
        self.new_button.setToolTip(self.tr("New case (Ctrl+N)"))
        self._fill_fixed_filters()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.organisation_filter, 2)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.behaviour_filter, 1)
        filters.addWidget(self.new_button)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(COL_OPENED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed row heights and no content-based column sizing keep 10,000 rows smooth.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for col, chars in enumerate((11, 34, 11, 9, 34, 14)):
            header.resizeSection(col, self.fontMetrics().averageCharWidth() * chars + 16)
        header.setSectionResizeMode(COL_BEHAVIOUR, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.count_label = QLabel(self)

        list_view = QWidget(self)
        layout = QVBoxLayout(list_view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.editor = CaseEditor(self)
        self.back_button = QPushButton(self.tr("← Case &list"), self.editor)
        self.back_button.setToolTip(self.tr("Back to the case list"))
        self.editor.header.insertWidget(0, self.back_button)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(list_view)
        self.stack.addWidget(self.editor)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (
            self.organisation_filter,
            self.year_filter,
            self.status_filter,
            self.behaviour_filter,
        ):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.new_button.clicked.connect(self.new_case)
        self.table.activated.connect(self._row_activated)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.back_button.clicked.connect(self.show_list)
        self.editor.saved.connect(self._case_saved)
        self.editor.deleted.connect(self._case_deleted)
        self.editor.status_message.connect(self.status_message)
        self.model.modelReset.connect(self._update_count)
        self._update_count()

    def _fill_fixed_filters(self) -> None:
        self.status_filter.addItem(self.tr("Open and closed"), None)
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Closed"), "closed")
        self.behaviour_filter.addItem(self.tr("All behaviour"), None)
        lang = current_lang()
        for term in tx.BEHAVIOUR:
            self.behaviour_filter.addItem(term.label(lang), term.code)
        self.year_filter.addItem(self.tr("All years"), None)
        self.organisation_filter.set_organisations({})

    # -- the page contract ---------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """Show ``vault``'s cases; None empties every model and widget."""
        self._generation += 1
        self._search_generation += 1
        self._search_timer.stop()
        self._vault = vault
        self.loaded = False
        if vault is None:
            self.model.clear()
            self.editor.set_vault(None)
            self.stack.setCurrentIndex(VIEW_LIST)
            for widget in (self.search,):
                widget.blockSignals(True)
                widget.clear()
                widget.blockSignals(False)
            self._reset_combo(self.organisation_filter)
            self._reset_combo(self.year_filter)
            self.status_filter.setCurrentIndex(0)
            self.behaviour_filter.setCurrentIndex(0)
            self._pending_year = None
            self._select_after_load = None
            self._update_count()
            return
        self.editor.set_vault(vault)
        self._refresh_organisations()
        # read before the rows start loading: a read on this thread would wait for the worker
        self._restore_draft(vault)
        self.reload()

    def has_unsaved_changes(self) -> bool:
        return self.editor.is_dirty()

    def keep_draft(self) -> bool:
        """Keep a new case that could not be saved as a draft inside the (encrypted) vault.

        For a lock nobody asked for: what the adviser was typing comes back at the unlock.
        """
        editor = self.editor
        if self._vault is None or editor.case_id is not None or not editor.is_dirty():
            return False
        self._vault.settings.set(DRAFT_KEY, json.dumps(editor.draft()))
        editor.clear()
        self.stack.setCurrentIndex(VIEW_LIST)
        return True

    def _restore_draft(self, vault: Vault) -> None:
        text = vault.settings.get(DRAFT_KEY)
        if not text:
            return
        try:
            draft = json.loads(text)
        except ValueError:
            draft = None
        vault.settings.set(DRAFT_KEY, "")  # shown once; from now on the form holds it
        if not isinstance(draft, dict):
            return
        self.editor.restore_draft(draft)
        self.stack.setCurrentIndex(VIEW_EDITOR)
        self.status_message.emit(
            self.tr("The new case you were typing is back; save it when it is complete.")
        )

    def state(self) -> dict[str, Any]:
        """Where the adviser was: which view, which case, which tab and filters (ids only)."""
        return {
            "view": "editor" if self.stack.currentIndex() == VIEW_EDITOR else "list",
            "case_id": self.editor.case_id,
            "tab": self.editor.current_tab(),
            "organisation_id": self.organisation_filter.currentData(),
            "year": self.year_filter.currentData(),
            "status": self.status_filter.currentData(),
            "behaviour": self.behaviour_filter.currentData(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        """Come back to what ``state()`` described (after unlocking)."""
        for combo, key in (
            (self.organisation_filter, "organisation_id"),
            (self.status_filter, "status"),
            (self.behaviour_filter, "behaviour"),
        ):
            if state.get(key) is not None:
                set_combo_data(combo, state[key])
        year = state.get("year")
        if year is not None:
            if self.year_filter.findData(year) >= 0:
                set_combo_data(self.year_filter, year)
            else:
                self._pending_year = year  # the years appear when the rows have loaded
        case_id = state.get("case_id")
        if self.editor.case_id is None and self.editor.is_dirty():
            return  # a draft of a new case is back in the editor; it stays in front
        if state.get("view") == "editor" and isinstance(case_id, int):
            self.open_case(case_id)
            self.editor.set_current_tab(int(state.get("tab") or 0))
        elif isinstance(case_id, int):
            self._select_after_load = case_id

    def new_case(self) -> None:
        """Open an empty editor with the next free reference of this year and today's date."""
        if self._vault is None or not self._may_leave_editor():
            return
        today = date.today()
        try:
            ref = self._vault.cases.next_reference(today.year)
        except VpdeskError as exc:
            self.status_message.emit(user_message(exc))
            return
        self.editor.refresh_organisations()
        self.editor.new_case(ref, today, self.organisation_filter.currentData())
        self.stack.setCurrentIndex(VIEW_EDITOR)
        self.editor.ref.setFocus()

    def export_visible(self, path: Path) -> int:
        """Write the list as it is shown (filter and order) to ``path``; the row count.

        An ``.xlsx`` name gives an Excel workbook, any other a CSV file with semicolons and a
        byte-order mark, so Excel opens it as it is; the columns and text are exactly those
        of the list.
        """
        model = self.model
        columns = range(model.columnCount())
        header = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
        rows = [[model.index(row, c).data() or "" for c in columns] for row in range(model.rowCount())]
        write_list(path, header, rows)
        return model.rowCount()

    def export_list(self) -> None:
        """Export the shown list to CSV or XLSX after a clear warning: the file is not encrypted."""
        if self._vault is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Export the case list"),
            self.tr(
                "The file will hold the %1 cases of the list as shown, with their references and "
                "organisations, and it is NOT encrypted. It is for your own use: keep it on this "
                "computer, never send it on, and delete it when you are done."
            ).replace("%1", str(self.model.rowCount())),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        csv_filter = self.tr("CSV files (*.csv)")
        xlsx_filter = self.tr("Excel workbooks (*.xlsx)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the case list"),
            str(Path.home() / self.tr("cases.csv")),
            ";;".join((csv_filter, xlsx_filter)),
        )
        window = self.window()
        if window is not None:
            window.activateWindow()
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in FORMATS:  # the type chosen under the name decides
            path = Path(name + (XLSX if chosen == xlsx_filter else CSV))
        try:
            count = self.export_visible(path)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Export the case list"),
                self.tr("The file could not be written. Check the folder and the free space."),
            )
            return
        self.status_message.emit(
            self.tr("%1 cases exported to %2.").replace("%1", str(count)).replace("%2", path.name)
        )

    def focus_search(self) -> None:
        """Show the list and put the cursor in the search box."""
        if self.stack.currentIndex() == VIEW_EDITOR and not self.show_list():
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def save(self) -> bool:
        """Save the case in the editor; False when nothing was saved."""
        if self.stack.currentIndex() != VIEW_EDITOR or not self.editor.is_open():
            return False
        return self.editor.save()

    def open_case(self, case_id: int) -> None:
        """Show one case in the editor (asks first when the current one has unsaved changes)."""
        if self._vault is None:
            return
        if self.editor.case_id != case_id and not self._may_leave_editor():
            return
        if self.editor.case_id == case_id and self.editor.is_dirty():
            self.stack.setCurrentIndex(VIEW_EDITOR)
            return
        try:
            found = self.editor.load_case(case_id)
        except VpdeskError as exc:
            self.status_message.emit(user_message(exc))
            return
        if not found:
            self.status_message.emit(self.tr("This case no longer exists."))
            return
        self.stack.setCurrentIndex(VIEW_EDITOR)

    def show_list(self) -> bool:
        """Go back to the list; False if the adviser chose to stay with unsaved changes."""
        if not self._may_leave_editor():
            return False
        case_id = self.editor.case_id
        self.editor.clear()
        self.stack.setCurrentIndex(VIEW_LIST)
        if case_id is not None:
            self.select_case(case_id)
        self.table.setFocus()
        return True

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Load every case row off the GUI thread (one query) and show it."""
        vault = self._vault
        if vault is None:
            return
        generation = self._generation
        self.count_label.setText(self.tr("Loading cases…"))

        def work(_report: Any) -> PreparedRows:
            # Sorted by every column here, so sorting the table never makes the window wait.
            return prepare_columns(vault.cases.list_columns())

        run_task(
            self,
            work,
            on_success=lambda prepared: self._rows_loaded(generation, prepared),
            on_failure=lambda exc: self._failed(generation, exc),
        )

    def _rows_loaded(self, generation: int, prepared: PreparedRows) -> None:
        if generation != self._generation:
            return  # locked or switched vault meanwhile
        selected = self.selected_case_id()
        self.model.set_prepared(prepared)
        self.loaded = True
        self._refresh_years()
        target = self._select_after_load or selected
        self._select_after_load = None
        if target is not None:
            self.select_case(target)
        if self.search.text().strip():
            self._run_search()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, VpdeskError):
            self.status_message.emit(user_message(exc))
        else:
            self.status_message.emit(self.tr("The cases could not be loaded."))
        self._update_count()

    def _refresh_organisations(self) -> None:
        if self._vault is None:
            return
        self.organisation_filter.set_organisations(self._vault.organisations.names())
        self._filters_changed()

    def _refresh_years(self) -> None:
        combo = self.year_filter
        current = self._pending_year if self._pending_year is not None else combo.currentData()
        self._pending_year = None
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All years"), None)
        for year in self.model.years():
            combo.addItem(str(year), year)
        set_combo_data(combo, current)
        combo.blockSignals(False)
        self._filters_changed()

    @staticmethod
    def _reset_combo(combo: QComboBox) -> None:
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(combo.count() - 1)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)

    def refresh_organisations(self) -> None:
        """Take over organisations added, renamed or deleted on their page."""
        if self._vault is not None:
            self._refresh_organisations()
            self.editor.refresh_organisations()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_organisations()
        super().showEvent(event)

    # -- filtering and search ------------------------------------------------------------

    def _filters_changed(self, *_args: object) -> None:
        current = self.model.case_filter
        self.model.set_filter(
            CaseFilter(
                organisation_id=self.organisation_filter.currentData(),
                year=self.year_filter.currentData(),
                status=self.status_filter.currentData(),
                behaviour=self.behaviour_filter.currentData(),
                ids=current.ids,
            )
        )

    def _set_search_ids(self, ids: frozenset[int] | None) -> None:
        f = self.model.case_filter
        self.model.set_filter(CaseFilter(f.organisation_id, f.year, f.status, f.behaviour, ids))

    def _run_search(self) -> None:
        """Ask the full-text index for the search text (debounced, off the GUI thread)."""
        text = self.search.text().strip()
        self._search_generation += 1
        vault = self._vault
        if not text or vault is None:
            self._set_search_ids(None)
            return
        generation = (self._generation, self._search_generation)

        def work(_report: Any) -> list[int]:
            return vault.cases.search(text)

        def done(ids: list[int]) -> None:
            if generation == (self._generation, self._search_generation):
                self._set_search_ids(frozenset(ids))

        run_task(self, work, on_success=done, on_failure=lambda exc: self._failed(generation[0], exc))

    def _update_count(self) -> None:
        if self._vault is None:
            self.count_label.setText("")
            return
        self.count_label.setText(
            self.tr("%1 of %2 cases")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.model.total_count()))
        )

    # -- the table -----------------------------------------------------------------------

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _row_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_case(int(case_id))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        ref = self.model.index(index.row(), 0).data()
        menu = QMenu(self)
        open_action = menu.addAction(self.tr("&Open"))
        copy_action = menu.addAction(self.tr("&Copy reference"))
        chosen = menu.exec(self.table.viewport().mapToGlobal(pos))
        if chosen is open_action:
            self._row_activated(index)
        elif chosen is copy_action:
            self.copy_reference(str(ref))

    def copy_reference(self, ref: str) -> None:
        """Put a case reference on the clipboard (the window clears it again later)."""
        QApplication.clipboard().setText(ref)
        self.status_message.emit(self.tr("Reference copied."))

    # -- editor events -------------------------------------------------------------------

    def _may_leave_editor(self) -> bool:
        """True when the editor holds no unsaved changes, or the adviser saved or discarded them."""
        return may_leave(
            self,
            self.editor.is_dirty(),
            self.tr("This case has changes that are not saved yet."),
            self.editor.save,
            self.tr("Save them, or discard them?"),
        )

    def _case_saved(self, case_id: int) -> None:
        if self._vault is None:
            return
        rows = self._vault.cases.rows([case_id])
        if rows:
            self.model.upsert(rows[0])
            if rows[0].opened.year not in {
                self.year_filter.itemData(i) for i in range(self.year_filter.count())
            }:
                self._refresh_years()
            self.select_case(case_id)

    def _case_deleted(self, case_id: int) -> None:
        self.model.remove(case_id)
        self.stack.setCurrentIndex(VIEW_LIST)
