"""The case list: a table model over ``vault.cases.list_columns()`` with its own filtering and sorting.

The model keeps every row's display strings and sort keys precomputed, so ``data()`` is a
couple of list look-ups and a 10,000-case list scrolls, sorts and filters without delay.
Filtering and sorting are done here rather than in a ``QSortFilterProxyModel`` because a
proxy calls back into Python for every comparison, which is slow on a large list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
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
from vpdesk.vault.convert import split_codes

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


# The model keeps its cases as one list per field of CaseRow (``columns[field][case]``), with
# the values as ``vault.cases.list_columns()`` reads them: dates as ISO text, behaviour codes
# joined by "|". Nine lists instead of an object per case: nothing for Python's cycle
# collector to walk again and again, and nothing to make per case while loading.
Columns = list[list[Any]]
_ID, _REF, _ORG_ID, _ORG, _OPENED, _CLOSED, _BEHAVIOURS, _DUE, _DEPARTMENT = range(len(CaseRow._fields))
_NO_DUE = "~"  # the sort key of "no step due": after every ISO date


def _fields(r: CaseRow) -> tuple[Any, ...]:
    """A CaseRow's values as the model's columns keep them."""
    return (
        r.id,
        r.ref,
        r.organisation_id,
        r.organisation,
        r.opened.isoformat(),
        r.closed.isoformat() if r.closed else None,
        "|".join(r.behaviours) or None,
        r.next_due.isoformat() if r.next_due else None,
        r.department,
    )


def _case_row(fields: Sequence[Any]) -> CaseRow:
    """The CaseRow of one case's values in the model's columns."""

    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    opened = date.fromisoformat(fields[_OPENED])
    return CaseRow(
        fields[_ID],
        fields[_REF],
        fields[_ORG_ID],
        fields[_ORG],
        opened,
        day(fields[_CLOSED]),
        split_codes(fields[_BEHAVIOURS]),
        day(fields[_DUE]),
        fields[_DEPARTMENT],
    )


@dataclass
class PreparedRows:
    """The cases, with their display strings, sort keys and overdue flags, in the same order.

    ``columns`` holds the cases' values per field (see :data:`Columns`); ``display`` and
    ``keys`` hold one list per table column (``display[column][case]``).
    ``orders`` may hold, per table column, the ascending order of all cases (see
    :func:`row_order`), so the GUI thread need not sort a large list itself.
    """

    labels: _Labels
    today: date
    display: list[list[str]]
    keys: list[list[Any]]
    overdue: list[bool]
    orders: dict[int, list[int]] = field(default_factory=dict)
    columns: Columns = field(default_factory=lambda: [[] for _ in CaseRow._fields])


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


def _by_column(rows: Sequence[Sequence[Any]], width: int = COLUMNS) -> list[list[Any]]:
    """Per-row tuples as one list per column."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]


def _behaviour_text(codes: str | None, labels: _Labels) -> str:
    return ", ".join(labels.behaviour.get(b, b) for b in split_codes(codes))


def _prepare_row(r: CaseRow, labels: _Labels, today: date) -> tuple[tuple[str, ...], tuple[Any, ...], bool]:
    """The display strings, sort keys and overdue flag of one row."""
    fields = _fields(r)
    behaviour = _behaviour_text(fields[_BEHAVIOURS], labels)
    status = labels.closed if r.closed else labels.open
    display = (r.ref, r.organisation, labels.date(r.opened), status, behaviour, labels.date(r.next_due))
    keys = (
        r.ref.casefold(),
        r.organisation.casefold(),
        fields[_OPENED],
        status,
        behaviour.casefold(),
        fields[_DUE] or _NO_DUE,
    )
    overdue = is_overdue(r.next_due, today, case_closed=r.closed)
    return display, keys, overdue


def prepare_rows(rows: Sequence[CaseRow], *, orders: bool = True) -> PreparedRows:
    """:func:`prepare_columns` of a list of CaseRows."""
    with collector_paused():
        columns = _by_column([_fields(r) for r in rows], len(CaseRow._fields))
    return prepare_columns(columns, orders=orders)


def prepare_columns(columns: Columns, *, orders: bool = True) -> PreparedRows:
    """Precompute what the table shows of ``vault.cases.list_columns()``; pure Python, so it
    may run in the worker thread.

    Column by column: a large vault has a few thousand dates, a few organisations and
    behaviour combinations, and each is turned into its string once. With ``orders`` the
    cases are also put in order by every column, so that sorting the table later on the GUI
    thread is only a look-up.
    """
    with collector_paused():
        return _prepare(columns, orders=orders)


def _prepare(columns: Columns, *, orders: bool) -> PreparedRows:
    labels = _Labels()
    today = date.today()
    refs, organisations, opened = columns[_REF], columns[_ORG], columns[_OPENED]
    closed, behaviours, due = columns[_CLOSED], columns[_BEHAVIOURS], columns[_DUE]
    dates = {day: labels.date(date.fromisoformat(day)) for day in {*opened, *due} if day}
    dates[None] = labels.date(None)
    shown_behaviour = {codes: _behaviour_text(codes, labels) for codes in set(behaviours)}
    behaviour_key = {codes: text.casefold() for codes, text in shown_behaviour.items()}
    organisation_key = {name: name.casefold() for name in set(organisations)}
    status = [labels.closed if c else labels.open for c in closed]
    display = [
        list(refs),
        list(organisations),
        list(map(dates.__getitem__, opened)),
        status,
        list(map(shown_behaviour.__getitem__, behaviours)),
        list(map(dates.__getitem__, due)),
    ]
    keys = [
        list(map(str.casefold, refs)),
        list(map(organisation_key.__getitem__, organisations)),
        list(opened),  # ISO dates sort as the dates do
        list(status),  # a list of its own: rows are removed from each list
        list(map(behaviour_key.__getitem__, behaviours)),
        [day or _NO_DUE for day in due],
    ]
    # is_overdue, on ISO text: a step due before today of a case still open
    before = today.isoformat()
    overdue = [d is not None and c is None and d < before for d, c in zip(due, closed, strict=True)]
    by_column: dict[int, list[int]] = {}
    if orders:
        by_ref = by_column[COL_REF] = row_order(keys, COL_REF)
        for column in range(COL_REF + 1, COLUMNS):
            by_column[column] = row_order(keys, column, by_ref)
    return PreparedRows(labels, today, display, keys, overdue, by_column, columns)


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

    def accepting(self, columns: Columns) -> list[bool] | None:
        """Per case in the model's columns: whether :meth:`accepts` it (None: all are)."""
        keep: list[bool] | None = None

        def narrow(values: list[Any], test: Callable[[Any], bool]) -> None:
            nonlocal keep
            keep = (
                list(map(test, values))
                if keep is None
                else [k and test(v) for k, v in zip(keep, values, strict=True)]
            )

        if self.organisation_id is not None:
            narrow(columns[_ORG_ID], self.organisation_id.__eq__)
        if self.year is not None:
            prefix = f"{self.year:04d}-"
            narrow(columns[_OPENED], lambda day: day.startswith(prefix))
        if self.status is not None:
            narrow(
                columns[_CLOSED],
                (lambda c: c is None) if self.status == "open" else (lambda c: c is not None),
            )
        if self.behaviour is not None:
            wanted = self.behaviour
            matches = {
                codes: _has_behaviour(split_codes(codes), wanted) for codes in set(columns[_BEHAVIOURS])
            }
            narrow(columns[_BEHAVIOURS], matches.__getitem__)
        if self.ids is not None:
            narrow(columns[_ID], self.ids.__contains__)
        return keep


def _has_behaviour(codes: Iterable[str], wanted: str) -> bool:
    """A broad kind also matches the finer kinds that roll up into it, as the figures count."""
    return any(code == wanted or BEHAVIOUR.roll_up(code) == wanted for code in codes)


class CaseTableModel(FlatTableModel):
    """Reference, organisation, opened, status, behaviour and next step due per case."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: Columns = [[] for _ in CaseRow._fields]  # per field, per case
        self._display: list[list[str]] = _by_column([])  # per column, per row
        self._keys: list[list[Any]] = _by_column([])
        self._overdue: list[bool] = []
        self._visible: list[int] = []  # indices of cases, in display order
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

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        """Show these cases."""
        self.set_prepared(prepare_rows(rows))

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Show the cases of ``prepare_columns(vault.cases.list_columns())``, best computed
        in the background task that read them (all of the vault's cases)."""
        self.beginResetModel()
        self._today = prepared.today
        self._labels = prepared.labels
        self._columns = prepared.columns
        self._display, self._keys, self._overdue = prepared.display, prepared.keys, prepared.overdue
        self._rows_changed(dict(prepared.orders))
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock or close)."""
        self.beginResetModel()
        self._columns = [[] for _ in CaseRow._fields]
        self._overdue, self._visible = [], []
        self._display, self._keys = _by_column([]), _by_column([])
        self._orders, self._accepted = {}, None
        self._filter = CaseFilter()
        self.endResetModel()

    def _prepare_row(self, r: CaseRow) -> tuple[tuple[str, ...], tuple[Any, ...], bool]:
        return _prepare_row(r, self._labels, self._today)

    def upsert(self, row: CaseRow) -> None:
        """Add a new case's row or replace a changed one (after a save)."""
        self.beginResetModel()
        shown, keys, overdue = self._prepare_row(row)
        fields = _fields(row)
        i = self._position(row.id)
        if i >= 0:
            for values, value in zip(self._columns, fields, strict=True):
                values[i] = value
            self._overdue[i] = overdue
            for column in range(COLUMNS):
                self._display[column][i] = shown[column]
                self._keys[column][i] = keys[column]
        else:
            for values, value in zip(self._columns, fields, strict=True):
                values.append(value)
            self._overdue.append(overdue)
            for column in range(COLUMNS):
                self._display[column].append(shown[column])
                self._keys[column].append(keys[column])
        self._rows_changed()
        self.endResetModel()

    def remove(self, case_id: int) -> None:
        """Drop a deleted case's row."""
        i = self._position(case_id)
        if i < 0:
            return
        self.beginResetModel()
        del self._overdue[i]
        for values in (*self._columns, *self._display, *self._keys):
            del values[i]
        self._rows_changed()
        self.endResetModel()

    def _position(self, case_id: int) -> int:
        """Where ``case_id`` is in the columns, or -1 (one search in C)."""
        try:
            return self._columns[_ID].index(case_id)
        except ValueError:
            return -1

    def _rows_changed(self, orders: dict[int, list[int]] | None = None) -> None:
        """The rows changed: forget the cached orders and filter results, then reapply."""
        self._orders = orders or {}
        self._accepted = self._filter_rows(self._filter)
        self._apply()

    def _filter_rows(self, f: CaseFilter) -> list[bool] | None:
        return None if f == CaseFilter() else f.accepting(self._columns)

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
        # The cases themselves do not change, so a position in the columns names the same case
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
        return len(self._columns[_ID])

    def years(self) -> list[int]:
        """The years in which cases were opened, newest first."""
        return sorted({int(day[:4]) for day in set(self._columns[_OPENED])}, reverse=True)

    def case_id(self, row: int) -> int | None:
        if 0 <= row < len(self._visible):
            return int(self._columns[_ID][self._visible[row]])
        return None

    def row_of(self, case_id: int) -> int:
        """The visible row showing ``case_id``, or -1."""
        i = self._position(case_id)
        if i < 0:
            return -1
        try:
            return self._visible.index(i)
        except ValueError:  # filtered out
            return -1

    def case_row(self, case_id: int) -> CaseRow | None:
        i = self._position(case_id)
        return _case_row([values[i] for values in self._columns]) if i >= 0 else None

    def refs(self) -> set[str]:
        return set(self._columns[_REF])

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
            return self._columns[_ID][i]
        if col == COL_NEXT_DUE and self._overdue[i]:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _OVERDUE
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None
