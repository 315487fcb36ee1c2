"""The dashboard: what needs attention today, this year's cases per organisation, signals.

Everything is read in one background task (``vpdesk.vault.dashboard.load_dashboard`` and the
mediation tiles), so the window never waits for the vault. Signals are shown to the adviser
only; they are kept nowhere but inside the vault.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vpdesk.gui import ui_settings
from vpdesk.gui.dialogs.purge import ask_purge
from vpdesk.gui.formats import format_date
from vpdesk.gui.models.list_table import ListTableModel
from vpdesk.gui.pages.mediation_tiles import MediationTiles, TileValues, read_tiles
from vpdesk.gui.tasks import run_task
from vpdesk.gui.widgets.bar_chart import BarChart
from vpdesk.vault import Vault
from vpdesk.vault.dashboard import Dashboard, DueStep, load_dashboard
from vpdesk.vault.dashboard import Signal as VaultSignal
from vpdesk.vault.purge import purge_cases

ADVISER_NAME = "adviser_name"


class _Loaded(NamedTuple):
    """What one background load hands to the page."""

    board: Dashboard
    name: str  # the adviser's, for the greeting
    tiles: TileValues | None
    mediations_due: bool  # mediations past their retention period (the purge button)


class OrganisationChart(BarChart):
    """This year's cases per organisation as horizontal bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._empty_text = self.tr("No cases opened this year yet.")
        self.setAccessibleName(self.tr("Cases this year per organisation"))

    def set_counts(self, counts: Sequence[tuple[str, int]]) -> None:
        self.set_bars(counts)

    def counts(self) -> list[tuple[str, int]]:
        return [(label, int(value)) for label, value in self.bars()]


class _Tile(QFrame):
    """A number with a caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.number = QLabel("–")
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_number(self, value: int | None) -> None:
        self.number.setText("–" if value is None else str(value))


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    # one line per row: long texts are elided and shown whole in the tooltip
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    # Sized to the contents once per load (see _fit_columns), not on every layout pass,
    # which on a big vault would measure hundreds of rows again and again.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setResizeContentsPrecision(50)
    header.setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setMinimumHeight(120)
    view.setToolTip(name)
    return view


class DashboardPage(QWidget):
    """Open cases, steps overdue and due this week, cases due for purge, chart and signals."""

    loads_in_background = True  # set_vault starts its loading on the worker thread
    status_message = Signal(str)
    open_case_requested = Signal(int)
    open_case_steps_requested = Signal(int)  # a step was chosen: the case, on its Steps tab
    step_done = Signal(int)  # a step was marked done here: its case
    loaded = Signal()  # the figures on screen are up to date (used by tests and the shell)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Dashboard"))
        self._vault: Vault | None = None
        self._generation = 0
        self._board: Dashboard | None = None
        self._requested_at = 0.0

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)

        top = QHBoxLayout()
        self.greeting = QLabel()
        font = QFont(self.greeting.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.greeting.setFont(font)
        top.addWidget(self.greeting, 1)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        tiles = QHBoxLayout()
        self.open_tile = _Tile(self.tr("open cases"))
        self.overdue_tile = _Tile(self.tr("steps overdue"))
        self.soon_tile = _Tile(self.tr("steps due this week"))
        self.purge_tile = _Tile(self.tr("cases past their retention period"))
        for tile in (self.open_tile, self.overdue_tile, self.soon_tile, self.purge_tile):
            tiles.addWidget(tile)
        layout.addLayout(tiles)
        self.mediation_tiles = MediationTiles(self)
        layout.addWidget(self.mediation_tiles)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.overdue_model = self._steps_model()
        self.soon_model = self._steps_model()
        self.signals_model: ListTableModel[VaultSignal] = ListTableModel(
            (self.tr("Signal"), self.tr("Organisation"), self.tr("Cases")),
            lambda signal: (self.describe(signal), signal.organisation, ", ".join(signal.case_refs)),
            self,
            tooltip=lambda signal, _column: self.describe(signal) + "\n" + ", ".join(signal.case_refs),
            user_data=lambda signal, _column: signal.case_ids[-1],
        )
        self.overdue_view = _table(self.overdue_model, self.tr("Steps overdue"))
        self.soon_view = _table(self.soon_model, self.tr("Steps due this week"))
        self.signals_view = _table(self.signals_model, self.tr("Signals"))
        signals_header = self.signals_view.horizontalHeader()
        signals_header.setStretchLastSection(False)
        signals_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        signals_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # activated: a double click or Enter, as the platform's style defines it
        self.signals_view.activated.connect(self._activated)
        self.mark_done_actions: list[QAction] = []
        for view, model in ((self.overdue_view, self.overdue_model), (self.soon_view, self.soon_model)):
            view.activated.connect(self._step_activated)
            self.mark_done_actions.append(self._mark_done_action(view, model))

        grid.addWidget(self._group(self.tr("Steps overdue"), self.overdue_view), 0, 0)
        grid.addWidget(self._group(self.tr("Due this week"), self.soon_view), 0, 1)

        chart_box = QGroupBox(self.tr("Cases opened this year per organisation"))
        chart_layout = QVBoxLayout(chart_box)
        self.chart = OrganisationChart()
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        grid.addWidget(chart_box, 1, 0)

        purge_box = QGroupBox(self.tr("Retention"))
        purge_layout = QVBoxLayout(purge_box)
        self.purge_label = QLabel()
        self.purge_label.setWordWrap(True)
        purge_layout.addWidget(self.purge_label)
        self.purge_button = QPushButton(self.tr("&Purge identifying data…"))
        self.purge_button.setAccessibleName(self.tr("Purge cases past their retention period"))
        self.purge_button.clicked.connect(self._purge)
        purge_layout.addWidget(self.purge_button, 0, Qt.AlignmentFlag.AlignLeft)
        purge_layout.addStretch(1)
        grid.addWidget(purge_box, 1, 1)

        signals_box = self._group(self.tr("Signals (only for you; never in a report)"), self.signals_view)
        grid.addWidget(signals_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self._clear()

    def _steps_model(self) -> ListTableModel[DueStep]:
        """Steps with their due date and case reference; the case id is in ``Qt.UserRole``."""
        return ListTableModel(
            (self.tr("Due"), self.tr("Case"), self.tr("Step")),
            lambda step: (format_date(step.due), step.case_ref, step.what),
            self,
            tooltip=lambda step, column: step.what if column == 2 else None,
            user_data=lambda step, _column: step.case_id,
        )

    def _mark_done_action(self, view: QTableView, model: ListTableModel[DueStep]) -> QAction:
        """Ctrl+D (or the list's context menu) marks the selected step done today."""
        action = QAction(self.tr("Mark the step &done"), view)
        action.setShortcut(QKeySequence("Ctrl+D"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(self.tr("Mark the selected step done today (Ctrl+D)"))
        action.triggered.connect(lambda _checked=False: self.mark_done(view, model))
        view.addAction(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return action

    def mark_done(self, view: QTableView, model: ListTableModel[DueStep]) -> bool:
        """Record the step selected in ``view`` as done today, then show the lists again."""
        vault = self._vault
        due = model.item(view.currentIndex().row()) if view.currentIndex().isValid() else None
        if vault is None or due is None:
            return False
        step = vault.steps.get(due.step_id)
        if step is None or step.done is not None:
            self.refresh()
            return False
        step.done = date.today()
        try:
            vault.steps.update(step)
        except Exception:  # one clear line, never the step's text
            self.status_message.emit(self.tr("The step could not be marked done."))
            return False
        self.status_message.emit(self.tr("Step of case %1 marked done.").replace("%1", due.case_ref))
        self.step_done.emit(due.case_id)
        row = view.currentIndex().row()
        model.set_items([s for s in model.items() if s.step_id != due.step_id])
        if model.rowCount():
            view.setCurrentIndex(model.index(min(row, model.rowCount() - 1), 0))
        self.refresh()
        return True

    def describe(self, signal: VaultSignal) -> str:
        """What a signal says, in a sentence without names."""
        if signal.kind == "department":
            text = self.tr("%1 cases in department %2 in the last 12 months (%3 – %4)")
            return (
                text.replace("%1", str(len(signal.case_ids)))
                .replace("%2", signal.department)
                .replace("%3", format_date(signal.first))
                .replace("%4", format_date(signal.last))
            )
        return self.tr("%1 cases name the same accused").replace("%1", str(len(signal.case_ids)))

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    # -- page contract -------------------------------------------------------------------

    def set_vault(self, vault: Vault | None) -> None:
        """Show ``vault``'s dashboard; ``None`` empties every model and label."""
        self._generation += 1  # results of loads started before this are dropped
        self._vault = vault
        self._clear()
        self.mediation_tiles.set_vault(vault, load=False)  # read with the rest, in the background
        if vault is not None:
            # Started once the other pages have done their quick reads, so none of them
            # waits on this thread for the worker's long read.
            generation = self._generation
            self._requested_at = time.monotonic()  # showing the page now loads nothing more
            QTimer.singleShot(0, lambda: self.refresh() if generation == self._generation else None)

    def has_unsaved_changes(self) -> bool:
        return False

    def state(self) -> dict[str, Any]:
        return {}

    def restore_state(self, state: dict[str, Any]) -> None:
        """Nothing to restore: the dashboard is recomputed on every unlock."""

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the figures in the background."""
        vault = self._vault
        if vault is None:
            return
        generation = self._generation
        self.refresh_button.setEnabled(False)

        def done(loaded: _Loaded) -> None:
            if generation == self._generation and self._vault is vault:
                self._show(loaded)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.refresh_button.setEnabled(True)
                self.status_message.emit(self.tr("The dashboard could not be loaded."))

        def work(_report: Any) -> _Loaded:
            today = date.today()
            return _Loaded(
                load_dashboard(vault, today),
                vault.settings.get(ADVISER_NAME, ""),
                read_tiles(vault, today),
                bool(vault.mediations.past_retention(today)),
            )

        self._requested_at = time.monotonic()
        run_task(self, work, on_success=done, on_failure=failed)

    def board(self) -> Dashboard | None:
        return self._board

    def _clear(self) -> None:
        self._board = None
        self.greeting.setText(self.tr("Overview"))
        for tile in (self.open_tile, self.overdue_tile, self.soon_tile, self.purge_tile):
            tile.set_number(None)
        self.overdue_model.set_items([])
        self.soon_model.set_items([])
        self.signals_model.set_items([])
        self.chart.set_counts([])
        self.purge_label.setText("")
        self.purge_button.setEnabled(False)
        self.refresh_button.setEnabled(self._vault is not None)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the dashboard shows what changed on the other pages meanwhile."""
        super().showEvent(event)
        if self._vault is not None and time.monotonic() - self._requested_at > 1.0:
            self.refresh()

    def _show(self, loaded: _Loaded) -> None:
        board, name = loaded.board, loaded.name
        self._board = board
        title = self.tr("Overview for %1").replace("%1", name) if name else self.tr("Overview")
        self.greeting.setText(title + " · " + format_date(board.today))
        self.open_tile.set_number(board.open_cases)
        self.overdue_tile.set_number(len(board.overdue))
        self.soon_tile.set_number(len(board.due_soon))
        self.purge_tile.set_number(len(board.purge_due))
        self.mediation_tiles.show_tiles(loaded.tiles)
        self.overdue_model.set_items(board.overdue)
        self.soon_model.set_items(board.due_soon)
        self.signals_model.set_items(board.signals)
        for view, columns in (
            (self.overdue_view, (0, 1)),
            (self.soon_view, (0, 1)),
            (self.signals_view, (1,)),
        ):
            for column in columns:
                view.resizeColumnToContents(column)
        self.chart.set_counts(board.year_counts)
        if board.purge_due:
            self.purge_label.setText(
                self.tr(
                    "%1 closed cases are past their organisation's retention period. Purging "
                    "removes names, contact details, the accused, the department and all notes; "
                    "the figures for the annual reports stay."
                ).replace("%1", str(len(board.purge_due)))
            )
        else:
            self.purge_label.setText(self.tr("No cases are past their retention period."))
        self.purge_button.setEnabled(bool(board.purge_due) or loaded.mediations_due)
        self.refresh_button.setEnabled(True)
        self.loaded.emit()

    # -- actions -------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_case_requested.emit(int(case_id))

    def _step_activated(self, index: QModelIndex) -> None:
        case_id = index.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_case_steps_requested.emit(int(case_id))

    def _purge(self) -> None:
        vault = self._vault
        if vault is None or self._board is None:
            return
        from vpdesk.vault.retention import (
            backup_folders,
            default_backup_folder,
            delete_copies,
            held_past_retention,
            own_copies,
            purge_copies,
        )

        mediations = len(vault.mediations.past_retention(date.today()))
        if not self._board.purge_due and not mediations:
            return
        # the confirmation lists each case (reference, organisation, closed), those kept on
        # hold, and asks whether vpdesk's own copies are purged too or deleted
        folder = ui_settings.backup_folder()
        answer = ask_purge(
            self,
            vault,
            self._board.purge_due,
            mediations=mediations,
            copies_folder=str(folder),
            held=held_past_retention(vault),
        )
        if answer is None:
            return
        if answer.delete_copies:
            if folder == default_backup_folder():
                folder.mkdir(parents=True, exist_ok=True)
            if not folder.is_dir():  # the fresh backup needs it: nothing is purged without it
                self.status_message.emit(
                    self.tr("The backup folder is not there; nothing was purged or deleted.")
                )
                return

        def purge(_report: Any) -> Any:
            result = purge_cases(vault)
            copies = own_copies(vault.path, backup_folders(folder))
            if answer.delete_copies:
                delete_copies(vault, copies, folder)
            else:
                purge_copies(vault, copies)
            return result

        def done(result: Any) -> None:
            self.status_message.emit(
                self.tr("Purged the identifying data of %1 cases.").replace("%1", str(result.count))
            )
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.status_message.emit(self.tr("Purging failed; nothing was changed."))

        self.purge_button.setEnabled(False)
        run_task(
            self,
            purge,
            on_success=done,
            on_failure=failed,
            progress_label=self.tr("Purging…"),
        )
