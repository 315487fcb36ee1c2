"""A table whose columns map one to one onto a record's fields, both ways, and its repository.

Each :class:`Column` names the column (and the field of the same name) with how a value is
stored and how it is read back; :class:`Table` builds the SQL and the conversions of a whole
row from them, so a repository lists its columns once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, Protocol, TypeVar

from vpdesk.domain.errors import ValidationError
from vpdesk.domain.validation import Problem, Problems
from vpdesk.vault.connection import Database
from vpdesk.vault.convert import d2s, s2d, s2d_req

R = TypeVar("R")


def _same(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class Column:
    name: str  # the column, and the record's field of the same name
    store: Callable[[Any], Any] = _same
    load: Callable[[Any], Any] = _same


def text(name: str) -> Column:
    """A text stored without surrounding white space."""
    return Column(name, store=str.strip)


def day(name: str, *, required: bool = False) -> Column:
    """A date stored as ``YYYY-MM-DD`` (NULL for none unless ``required``)."""
    return Column(name, store=d2s, load=s2d_req if required else s2d)


def flag(name: str) -> Column:
    """A yes/no stored as 1 or 0."""
    return Column(name, store=lambda v: int(bool(v)), load=bool)


def optional(name: str) -> Column:
    """A code that is NULL while it is empty."""
    return Column(name, store=lambda v: v or None)


def code(name: str, default: str) -> Column:
    """A code that is ``default`` while it is empty, both ways."""
    return Column(name, store=lambda v: v or default, load=lambda v: v or default)


class Table(Generic[R]):
    """The SQL and the row conversions of one table of records with an ``id`` column."""

    def __init__(self, name: str, record: Callable[..., R], columns: Sequence[Column]) -> None:
        self.name = name
        self._record = record
        self.columns = tuple(columns)
        self.names = ", ".join(c.name for c in self.columns)

    def insert_sql(self, *, with_id: bool = False) -> str:
        names = f"id, {self.names}" if with_id else self.names
        marks = ", ".join("?" * (len(self.columns) + with_id))
        return f"INSERT INTO {self.name}({names}) VALUES ({marks})"

    def update_sql(self) -> str:
        sets = ", ".join(f"{c.name} = ?" for c in self.columns)
        return f"UPDATE {self.name} SET {sets} WHERE id = ?"

    def select_sql(self, where: str) -> str:
        return f"SELECT id, {self.names} FROM {self.name} WHERE {where}"

    def values(self, record: R) -> tuple[Any, ...]:
        """The stored values of ``record``, in column order (without its id)."""
        return tuple(c.store(getattr(record, c.name)) for c in self.columns)

    def load(self, row: Sequence[Any], **more: Any) -> R:
        """The record of a row ``(id, *columns)``; ``more`` gives the fields not in the table."""
        fields = {c.name: c.load(value) for c, value in zip(self.columns, row[1:], strict=False)}
        return self._record(id=row[0], **fields, **more)

    def taken(
        self, db: Database, column: str, value: str, own_id: int | None, *, nocase: bool = False
    ) -> bool:
        """Whether another row than ``own_id`` already holds ``value`` in ``column``."""
        collate = " COLLATE NOCASE" if nocase else ""
        row = db.query_one(f"SELECT id FROM {self.name} WHERE {column} = ?{collate}", (value,))
        return bool(row) and row[0] != own_id


def facts_filter(
    prefix: str, organisation_id: int | None, opened_until: date | None, open_on: date | None
) -> tuple[str, list[Any]]:
    """The ``WHERE`` clause (or "") that selects the dossiers the figures of a range of years read.

    ``opened_until`` keeps those opened on or before that day; ``open_on`` those not closed
    before that day. ``prefix`` is the table's alias with its dot (or "").
    """
    where: list[str] = []
    params: list[Any] = []
    if organisation_id is not None:
        where.append(f"{prefix}organisation_id = ?")
        params.append(organisation_id)
    if opened_until is not None:
        where.append(f"{prefix}opened <= ?")
        params.append(opened_until.isoformat())
    if open_on is not None:
        where.append(f"({prefix}closed IS NULL OR {prefix}closed >= ?)")
        params.append(open_on.isoformat())
    return (" WHERE " + " AND ".join(where) if where else ""), params


def in_organisations(
    organisation_ids: Iterable[int] | None, column: str, joiner: str = " WHERE "
) -> tuple[str, tuple[Any, ...]]:
    """The clause (or "") keeping the rows whose ``column`` is one of the organisations (None = all)."""
    if organisation_ids is None:
        return "", ()
    ids = tuple(sorted(set(organisation_ids)))
    return f"{joiner}{column} IN ({', '.join('?' * len(ids))})", ids


class _Record(Protocol):
    id: int | None


T = TypeVar("T", bound=_Record)


class TableRepository(Generic[T]):
    """Checking, adding, updating and reading the records of one :class:`Table`.

    A subclass names its ``table``, its ``validate`` rule and the column no two records may
    share (``unique``), and writes what belongs to a record in ``_write_children``.
    """

    table: Table[T]
    unique: str | None = None
    nocase = False  # whether ``unique`` ignores case

    def __init__(self, db: Database) -> None:
        self._db = db

    def validate(self, record: T) -> Problems:
        raise NotImplementedError

    def _write_children(self, record: T) -> None:
        """Write the rows that belong to ``record`` (inside the transaction of its write)."""

    def _load(self, row: Sequence[Any]) -> T:
        return self.table.load(row)

    def _check(self, record: T) -> None:
        problems = self.validate(record)
        if self.unique is not None and self.unique not in problems:
            value = str(getattr(record, self.unique)).strip()
            if self.table.taken(self._db, self.unique, value, record.id, nocase=self.nocase):
                problems[self.unique] = Problem("duplicate")
        if problems:
            raise ValidationError(problems)

    def add(self, record: T) -> int:
        self._check(record)
        with self._db.transaction():
            record.id = self._db.execute(self.table.insert_sql(), self.table.values(record))
            self._write_children(record)
        return record.id

    def update(self, record: T) -> None:
        assert record.id is not None
        self._check(record)
        with self._db.transaction():
            self._db.execute(self.table.update_sql(), (*self.table.values(record), record.id))
            self._write_children(record)

    def get(self, record_id: int) -> T | None:
        return self._one("id = ?", record_id)

    def _one(self, where: str, value: Any) -> T | None:
        row = self._db.query_one(self.table.select_sql(where), (value,))
        return self._load(row) if row else None
