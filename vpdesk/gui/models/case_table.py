"""The case list: a table model over ``vault.cases.rows()`` with its own filtering and sorting.

The model keeps every row's display strings and sort keys precomputed, so ``data()`` is a
couple of list look-ups and a 10,000-case list scrolls, sorts and filters without delay.
Filtering and sorting are done here rather than in a ``QSortFilterProxyModel`` because a
proxy calls back into Python for every comparison, which is slow on a large list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from vpdesk.collector import collector_paused
from vpdesk.domain.deadlines import is_overdue
from vpdesk.domain.models import CaseRow
from vpdesk.domain.taxonomy import BEHAVIOUR
from vpdesk.gui.formats import date_formatter
from vpdesk.gui.models.table_base import FlatTableModel, Index
from vpdesk.gui.widgets.forms import current_lang

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COL_REF, COL_ORGANISATION, COL_OPENED, COL_STATUS, COL_BEHAVIOUR, COL_NEXT_DUE = range(6)

_OVERDUE = QBrush(QColor("#b00020"))


class _Labels:
    """The words a row is shown with, in the current language."""

    def __init__(self) -> None:
        lang = current_lang()
        self.behaviour = {t.code: t.label(lang) for t in BEHAVIOUR}
        self.date = date_formatter(lang)
        self.open = QCoreApplication.translate("CaseTableModel", "Open")
        self.closed = QCoreApplication.translate("CaseTableModel", "Closed")


# A case list row as the model keeps it: the fields of a CaseRow, in order, in a plain tuple.
# Python's cycle collector stops following a plain tuple of dates, strings and numbers, so
# 50,000 of them do not lengthen the full collections that pause the window (with data
# class instances, or even named tuples, each such collection took tens of milliseconds more).
_Row = tuple[Any, ...]
_ID, _REF, _ORG_ID, _ORG, _OPENED, _CLOSED, _BEHAVIOURS = range(7)


def _compact(r: CaseRow) -> _Row:
    return (
        r.id,
        r.ref,
        r.organisation_id,
        r.organisation,
        r.opened,
        r.closed,
        tuple(r.behaviours),
        r.next_due,
        r.department,
    )


@dataclass
class PreparedRows:
    """Display strings, sort keys and overdue flags of a list of rows, in the same order.

    ``display`` and ``keys`` hold one list per column (``display[column][row]``): six lists
    of strings and numbers instead of two tuples per row (7 MB less for 100,000 rows, and
    the orders by column sort those lists as they are).
    ``orders`` may hold, per column, the ascending order of all rows (see :func:`row_order`),
    so the GUI thread need not sort a large list itself.
    """

    labels: _Labels
    today: date
    display: list[list[str]]
    keys: list[list[Any]]
    overdue: list[bool]
    orders: dict[int, list[int]] = field(default_factory=dict)
    rows: list[_Row] | None = None  # the rows in the model's own form (see _compact)


def row_order(keys: list[list[Any]], column: int, by_ref: list[int] | None = None) -> list[int]:
    """Indices of all rows ascending by ``column``, ties by reference, then by position
    (``keys``: the sort keys per column, as :class:`PreparedRows` keeps them).

    Two stable sorts on plain key lists: much faster than one sort on a Python key function,
    which matters for tens of thousands of rows.
    """
    if by_ref is None:
        refs = keys[COL_REF]
        by_ref = sorted(range(len(refs)), key=refs.__getitem__)
    if column == COL_REF:
        return by_ref
    return sorted(by_ref, key=keys[column].__getitem__)


COLUMNS = COL_NEXT_DUE + 1


def _by_column(rows: list[tuple[Any, ...]]) -> list[list[Any]]:
    """Per-row tuples as one list per column."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(COLUMNS)]


def _prepare_row(r: CaseRow, labels: _Labels, today: date) -> tuple[tuple[str, ...], tuple[Any, ...], bool]:
    """The display strings, sort keys and overdue flag of one row."""
    behaviour = ", ".join(labels.behaviour.get(b, b) for b in r.behaviours)
    status = labels.closed if r.closed else labels.open
    display = (r.ref, r.organisation, labels.date(r.opened), status, behaviour, labels.date(r.next_due))
    keys = (
        r.ref.casefold(),
        r.organisation.casefold(),
        r.opened.toordinal(),
        status,
        behaviour.casefold(),
        r.next_due.toordinal() if r.next_due else 10**7,
    )
    overdue = is_overdue(r.next_due, today, case_closed=r.closed)
    return display, keys, overdue


def prepare_rows(rows: list[CaseRow], *, orders: bool = True) -> PreparedRows:
    """Precompute what the table shows; pure Python, so it may run in the worker thread.

    With ``orders`` the rows are also put in order by every column, so that sorting the
    table later on the GUI thread is only a look-up.
    """
    # Hundreds of thousands of small tuples: the cycle collector would walk every one of them
    # again and again while they are made (none of them can form a cycle).
    with collector_paused():
        return _prepare(rows, orders=orders)


def _prepare(rows: list[CaseRow], *, orders: bool) -> PreparedRows:
    labels = _Labels()
    today = date.today()
    display: list[tuple[str, ...]] = []
    keys: list[tuple[Any, ...]] = []
    overdue: list[bool] = []
    # What _prepare_row gives, with the strings that repeat over many rows made once: a
    # large vault has a few thousand dates, a few organisations and behaviour combinations.
    dates: dict[date | None, str] = {}
    behaviours: dict[tuple[str, ...], tuple[str, str]] = {}
    organisations: dict[str, str] = {}
    for r in rows:
        opened = dates.get(r.opened)
        if opened is None:
            opened = dates[r.opened] = labels.date(r.opened)
        due = dates.get(r.next_due)
        if due is None:
            due = dates[r.next_due] = labels.date(r.next_due)
        codes = tuple(r.behaviours)
        shown = behaviours.get(codes)
        if shown is None:
            text = ", ".join(labels.behaviour.get(b, b) for b in codes)
            shown = behaviours[codes] = (text, text.casefold())
        org_key = organisations.get(r.organisation)
        if org_key is None:
            org_key = organisations[r.organisation] = r.organisation.casefold()
        status = labels.closed if r.closed else labels.open
        display.append((r.ref, r.organisation, opened, status, shown[0], due))
        keys.append(
            (
                r.ref.casefold(),
                org_key,
                r.opened.toordinal(),
                status,
                shown[1],
                r.next_due.toordinal() if r.next_due else 10**7,
            )
        )
        overdue.append(is_overdue(r.next_due, today, case_closed=r.closed))
    display_columns, key_columns = _by_column(display), _by_column(keys)
    del display, keys
    by_column: dict[int, list[int]] = {}
    if orders:
        by_ref = by_column[COL_REF] = row_order(key_columns, COL_REF)
        for column in range(COL_REF + 1, COLUMNS):
            by_column[column] = row_order(key_columns, column, by_ref)
    return PreparedRows(
        labels, today, display_columns, key_columns, overdue, by_column, [_compact(r) for r in rows]
    )


@dataclass(frozen=True)
class CaseFilter:
    """What the case list shows; None means "any"."""

    organisation_id: int | None = None
    year: int | None = None
    status: str | None = None  # "open" or "closed"
    behaviour: str | None = None
    ids: frozenset[int] | None = None  # the hits of a full-text search

    def accepts(self, row: CaseRow) -> bool:
        if self.organisation_id is not None and row.organisation_id != self.organisation_id:
            return False
        if self.year is not None and row.opened.year != self.year:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.behaviour is not None and not _has_behaviour(row.behaviours, self.behaviour):
            return False
        return self.ids is None or row.id in self.ids

    def accepts_row(self, row: _Row) -> bool:
        """:meth:`accepts` for a row in the model's tuple form."""
        if self.organisation_id is not None and row[_ORG_ID] != self.organisation_id:
            return False
        if self.year is not None and row[_OPENED].year != self.year:
            return False
        if self.status is not None and ("closed" if row[_CLOSED] else "open") != self.status:
            return False
        if self.behaviour is not None and not _has_behaviour(row[_BEHAVIOURS], self.behaviour):
            return False
        return self.ids is None or row[_ID] in self.ids


def _has_behaviour(codes: Iterable[str], wanted: str) -> bool:
    """A broad kind also matches the finer kinds that roll up into it, as the figures count."""
    return any(code == wanted or BEHAVIOUR.roll_up(code) == wanted for code in codes)


class CaseTableModel(FlatTableModel):
    """Reference, organisation, opened, status, behaviour and next step due per case."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._display: list[list[str]] = _by_column([])  # per column, per row
        self._keys: list[list[Any]] = _by_column([])
        self._overdue: list[bool] = []
        self._visible: list[int] = []  # indices into _rows, in display order
        self._orders: dict[int, list[int]] = {}  # per column: all indices ascending (a cache)
        self._accepted: list[bool] | None = None  # per row: passes the filter (None: all do)
        self._labels = _Labels()
        self._filter = CaseFilter()
        self._sort_column = COL_OPENED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading -------------------------------------------------------------------------

    def set_rows(self, rows: list[CaseRow], prepared: PreparedRows | None = None) -> None:
        """Show these cases (all of the vault's, loaded in one call off the GUI thread).

        ``prepared`` is ``prepare_rows(rows)``, best computed in the same background task.
        """
        if prepared is None:
            prepared = prepare_rows(rows)
        self.beginResetModel()
        self._today = prepared.today
        self._labels = prepared.labels
        self._rows = prepared.rows if prepared.rows is not None else [_compact(r) for r in rows]
        self._display, self._keys, self._overdue = prepared.display, prepared.keys, prepared.overdue
        self._rows_changed(dict(prepared.orders))
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock or close)."""
        self.beginResetModel()
        self._rows, self._overdue, self._visible = [], [], []
        self._display, self._keys = _by_column([]), _by_column([])
        self._orders, self._accepted = {}, None
        self._filter = CaseFilter()
        self.endResetModel()

    def _prepare_row(self, r: CaseRow) -> tuple[tuple[str, ...], tuple[Any, ...], bool]:
        return _prepare_row(r, self._labels, self._today)

    def upsert(self, row: CaseRow) -> None:
        """Add a new case's row or replace a changed one (after a save)."""
        self.beginResetModel()
        prepared = self._prepare_row(row)
        compact = _compact(row)
        shown, keys, overdue = prepared
        for i, r in enumerate(self._rows):
            if r[_ID] == row.id:
                self._rows[i] = compact
                self._overdue[i] = overdue
                for column in range(COLUMNS):
                    self._display[column][i] = shown[column]
                    self._keys[column][i] = keys[column]
                break
        else:
            self._rows.append(compact)
            self._overdue.append(overdue)
            for column in range(COLUMNS):
                self._display[column].append(shown[column])
                self._keys[column].append(keys[column])
        self._rows_changed()
        self.endResetModel()

    def remove(self, case_id: int) -> None:
        """Drop a deleted case's row."""
        for i, r in enumerate(self._rows):
            if r[_ID] == case_id:
                self.beginResetModel()
                del self._rows[i], self._overdue[i]
                for column in (*self._display, *self._keys):
                    del column[i]
                self._rows_changed()
                self.endResetModel()
                return

    def _rows_changed(self, orders: dict[int, list[int]] | None = None) -> None:
        """The rows changed: forget the cached orders and filter results, then reapply."""
        self._orders = orders or {}
        self._accepted = self._filter_rows(self._filter)
        self._apply()

    def _filter_rows(self, f: CaseFilter) -> list[bool] | None:
        if f == CaseFilter():
            return None
        return [f.accepts_row(r) for r in self._rows]

    def _order(self, column: int) -> list[int]:
        order = self._orders.get(column)
        if order is None:
            order = self._orders[column] = row_order(self._keys, column, self._orders.get(COL_REF))
        return order

    def _apply(self) -> None:
        """Recompute which rows are visible, in which order.

        Ascending by the sort column, ties by reference (a stable, predictable order); the
        whole order is reversed for descending. Orders are cached per column and the filter
        result per row, so re-sorting or re-filtering 50,000 rows stays quick.
        """
        order = self._order(self._sort_column)
        accepted = self._accepted
        visible = list(order) if accepted is None else [i for i in order if accepted[i]]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            visible.reverse()
        self._visible = visible

    # -- filtering and sorting -----------------------------------------------------------

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter) -> None:
        if case_filter == self._filter:
            return
        self.beginResetModel()
        self._filter = case_filter
        self._accepted = self._filter_rows(case_filter)
        self._apply()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        old_visible = self._visible
        persistent = self.persistentIndexList()
        self._sort_column, self._sort_order = column, order
        self._apply()
        # The rows themselves do not change, so a position in _rows names the same case
        # before and after. Only the few persistent indices (selection, current) are mapped,
        # each with a search in C, instead of building a map of every visible row.
        new_visible = self._visible
        moved: dict[int, int] = {}
        for index in persistent:
            old = index.row()
            if old not in moved:
                try:
                    moved[old] = new_visible.index(old_visible[old]) if 0 <= old < len(old_visible) else -1
                except ValueError:
                    moved[old] = -1
            row = moved[old]
            self.changePersistentIndex(index, self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.layoutChanged.emit()

    # -- questions -----------------------------------------------------------------------

    def total_count(self) -> int:
        return len(self._rows)

    def years(self) -> list[int]:
        """The years in which cases were opened, newest first."""
        return sorted({r[_OPENED].year for r in self._rows}, reverse=True)

    def case_id(self, row: int) -> int | None:
        if 0 <= row < len(self._visible):
            return int(self._rows[self._visible[row]][_ID])
        return None

    def row_of(self, case_id: int) -> int:
        """The visible row showing ``case_id``, or -1."""
        for n, i in enumerate(self._visible):
            if self._rows[i][_ID] == case_id:
                return n
        return -1

    def case_row(self, case_id: int) -> CaseRow | None:
        for r in self._rows:
            if r[_ID] == case_id:
                return CaseRow(*r)
        return None

    def refs(self) -> set[str]:
        return {r[_REF] for r in self._rows}

    # -- Qt model ------------------------------------------------------------------------

    _HEADERS = (
        QT_TRANSLATE_NOOP("CaseTableModel", "Reference"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Opened"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Behaviour"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Next step due"),
    )

    def _row_count(self) -> int:
        return len(self._visible)

    def _column_count(self) -> int:
        return len(self._HEADERS)

    def _header(self, section: int) -> str:
        return QCoreApplication.translate("CaseTableModel", str(self._HEADERS[section]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self._cell(index)
        if cell is None:
            return None
        row, col = cell
        i = self._visible[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and col == COL_NEXT_DUE and self._overdue[i]:
                return QCoreApplication.translate("CaseTableModel", "Overdue")
            return self._display[col][i] if role == Qt.ItemDataRole.DisplayRole else None
        if role == CASE_ID_ROLE:
            return self._rows[i][_ID]
        if col == COL_NEXT_DUE and self._overdue[i]:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _OVERDUE
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None
