"""Conversations, follow-up steps, referrals and activities.

They share one small repository shape: a table, its columns, and the conversion of a row.
Writes to a case's records also refresh that case's full-text row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

from vpdesk.domain.errors import ValidationError
from vpdesk.domain.models import Activity, Conversation, Referral, Step
from vpdesk.domain.validation import (
    Problems,
    validate_activity,
    validate_conversation,
    validate_referral,
    validate_step,
)
from vpdesk.vault.connection import Database, has_table
from vpdesk.vault.convert import d2s, s2d, s2d_req

T = TypeVar("T", Conversation, Step, Referral, Activity)


class RecordRepository(Generic[T]):
    table: str
    columns: tuple[str, ...]
    parent: str  # case_id or organisation_id
    order: str

    def __init__(self, db: Database, on_change: Callable[[int], None] | None = None) -> None:
        self._db = db
        self._on_change = on_change

    # subclasses convert
    def to_row(self, item: T) -> Sequence[Any]:
        raise NotImplementedError

    def from_row(self, row: Sequence[Any]) -> T:
        raise NotImplementedError

    def validate(self, item: T) -> Problems:
        raise NotImplementedError

    def _parent_id(self, item: T) -> int:
        return int(getattr(item, self.parent))

    def _changed(self, parent_id: int) -> None:
        if self._on_change is not None:
            self._on_change(parent_id)

    def add(self, item: T) -> int:
        problems = self.validate(item)
        if problems:
            raise ValidationError(problems)
        cols = ", ".join(self.columns)
        with self._db.transaction():
            item.id = self._db.execute(
                f"INSERT INTO {self.table}({cols}) VALUES ({', '.join('?' * len(self.columns))})",
                self.to_row(item),
            )
            self._changed(self._parent_id(item))
        return item.id

    def update(self, item: T) -> None:
        assert item.id is not None
        problems = self.validate(item)
        if problems:
            raise ValidationError(problems)
        sets = ", ".join(f"{c} = ?" for c in self.columns)
        with self._db.transaction():
            self._db.execute(f"UPDATE {self.table} SET {sets} WHERE id = ?", (*self.to_row(item), item.id))
            self._changed(self._parent_id(item))

    def add_many(self, items: Sequence[T]) -> None:
        """Insert many new records in one statement (for import).

        The items' ids stay unset and the full-text index is not touched: the caller
        reindexes the affected cases once (``CaseRepository.reindex_range``).
        """
        for item in items:
            problems = self.validate(item)
            if problems:
                raise ValidationError(problems)
        cols = ", ".join(self.columns)
        self._db.executemany(
            f"INSERT INTO {self.table}({cols}) VALUES ({', '.join('?' * len(self.columns))})",
            [self.to_row(item) for item in items],
        )

    def delete(self, item_id: int) -> None:
        with self._db.transaction():
            row = self._db.query_one(f"SELECT {self.parent} FROM {self.table} WHERE id = ?", (item_id,))
            self._db.execute(f"DELETE FROM {self.table} WHERE id = ?", (item_id,))
            if row:
                self._changed(row[0])

    def get(self, item_id: int) -> T | None:
        row = self._db.query_one(
            f"SELECT id, {', '.join(self.columns)} FROM {self.table} WHERE id = ?", (item_id,)
        )
        return self.from_row(row) if row else None

    def for_parent(self, parent_id: int) -> list[T]:
        rows = self._db.query(
            f"SELECT id, {', '.join(self.columns)} FROM {self.table} "
            f"WHERE {self.parent} = ? ORDER BY {self.order}",
            (parent_id,),
        )
        return [self.from_row(r) for r in rows]


class ConversationRepository(RecordRepository[Conversation]):
    table = "conversations"
    columns = ("case_id", "date", "minutes", "kind", "note")
    parent = "case_id"
    order = "date, id"

    def to_row(self, c: Conversation) -> Sequence[Any]:
        return (c.case_id, d2s(c.date), int(c.minutes), c.kind, c.note)

    def from_row(self, r: Sequence[Any]) -> Conversation:
        return Conversation(id=r[0], case_id=r[1], date=s2d_req(r[2]), minutes=r[3], kind=r[4], note=r[5])

    def validate(self, item: Conversation) -> Problems:
        return validate_conversation(item)

    def year_totals(
        self, organisation_id: int | None = None, *, years: tuple[int, int] | None = None
    ) -> dict[int, tuple[int, int]]:
        """Per calendar year: (number of conversations, their minutes).

        ``years`` (first, last) limits the answer to those years, read through the date index.
        """
        sql = (
            "SELECT CAST(substr(v.date, 1, 4) AS INTEGER), count(*), coalesce(sum(v.minutes), 0) "
            "FROM conversations v"
        )
        where: list[str] = []
        params: list[Any] = []
        if organisation_id is not None:
            sql += " JOIN cases c ON c.id = v.case_id"
            where.append("c.organisation_id = ?")
            params.append(organisation_id)
        if years is not None:
            where.append("v.date BETWEEN ? AND ?")
            params += [f"{years[0]:04d}-01-01", f"{years[1]:04d}-12-31"]
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " GROUP BY 1"
        return {r[0]: (r[1], r[2]) for r in self._db.query(sql, params)}

    def year_totals_by_organisation(self, years: tuple[int, int]) -> dict[int, dict[int, tuple[int, int]]]:
        """Per organisation, per calendar year from ``years`` (first, last): (conversations, minutes)."""
        first, last = years
        if not has_table(self._db.conn, "conversation_totals"):  # a vault not upgraded to V13
            return self._joined_year_totals(years)
        out: dict[int, dict[int, tuple[int, int]]] = {}
        for org, year, count, minutes in self._db.query(
            "SELECT organisation_id, year, conversations, minutes FROM conversation_totals "
            "WHERE year BETWEEN ? AND ? AND conversations != 0",
            (int(first), int(last)),
        ):
            out.setdefault(org, {})[year] = (count, minutes)
        return out

    def _joined_year_totals(self, years: tuple[int, int]) -> dict[int, dict[int, tuple[int, int]]]:
        """:meth:`year_totals_by_organisation` worked out from every case and conversation."""
        # From the cases in the order of the organisation index to their conversations in the
        # years (the index by case and date): no row of either table is read, and no sort is
        # needed to group them. Each year but the last ends in a column of its own: what lies
        # before its end; the last one ends with the whole.
        first, last = years
        # The days are written out (made from whole numbers): SQLite compares with them quicker
        # than with bound parameters.
        ends = [f"'{int(y) + 1:04d}-01-01'" for y in range(first, last)]
        before = "".join(f", sum(v.date < {end}), sum(iif(v.date < {end}, v.minutes, 0))" for end in ends)
        rows = self._db.query(
            f"SELECT c.organisation_id{before}, count(*), sum(v.minutes) FROM cases c "
            "CROSS JOIN conversations v ON v.case_id = c.id "
            f"WHERE v.date BETWEEN '{int(first):04d}-01-01' AND '{int(last):04d}-12-31' GROUP BY 1"
        )
        out: dict[int, dict[int, tuple[int, int]]] = {}
        for org, *sums in rows:
            mine = out[org] = {}
            count = minutes = 0
            for i, year in enumerate(range(first, last + 1)):
                n, m = sums[2 * i] - count, sums[2 * i + 1] - minutes
                count, minutes = sums[2 * i], sums[2 * i + 1]
                if n:
                    mine[year] = (n, m)
        return out


class StepRepository(RecordRepository[Step]):
    table = "steps"
    columns = ("case_id", "what", "due", "done")
    parent = "case_id"
    order = "coalesce(due, '9999'), id"

    def to_row(self, s: Step) -> Sequence[Any]:
        return (s.case_id, s.what.strip(), d2s(s.due), d2s(s.done))

    def from_row(self, r: Sequence[Any]) -> Step:
        return Step(id=r[0], case_id=r[1], what=r[2], due=s2d(r[3]), done=s2d(r[4]))

    def validate(self, item: Step) -> Problems:
        return validate_step(item)

    def open_due_before(self, day: date) -> list[Step]:
        """Steps still to do whose due date is on or before ``day``, soonest first: not done and
        of a case still open, the rule of :func:`vpdesk.domain.deadlines.is_overdue`."""
        rows = self._db.query(
            "SELECT s.id, s.case_id, s.what, s.due, s.done FROM steps s JOIN cases c ON c.id = s.case_id "
            "WHERE s.done IS NULL AND s.due IS NOT NULL AND s.due <= ? AND c.closed IS NULL "
            "ORDER BY s.due, s.id",
            (day.isoformat(),),
        )
        return [self.from_row(r) for r in rows]


class ReferralRepository(RecordRepository[Referral]):
    table = "referrals"
    columns = ("case_id", "target", "date", "note", "consent")
    parent = "case_id"
    order = "date, id"

    def to_row(self, r: Referral) -> Sequence[Any]:
        return (r.case_id, r.target, d2s(r.date), r.note, int(bool(r.consent)))

    def from_row(self, r: Sequence[Any]) -> Referral:
        return Referral(id=r[0], case_id=r[1], target=r[2], date=s2d_req(r[3]), note=r[4], consent=bool(r[5]))

    def validate(self, item: Referral) -> Problems:
        return validate_referral(item)


class ActivityRepository(RecordRepository[Activity]):
    table = "activities"
    columns = ("organisation_id", "date", "kind", "minutes", "note")
    parent = "organisation_id"
    order = "date DESC, id DESC"

    def to_row(self, a: Activity) -> Sequence[Any]:
        return (a.organisation_id, d2s(a.date), a.kind, int(a.minutes), a.note)

    def from_row(self, r: Sequence[Any]) -> Activity:
        return Activity(id=r[0], organisation_id=r[1], date=s2d_req(r[2]), kind=r[3], minutes=r[4], note=r[5])

    def validate(self, item: Activity) -> Problems:
        return validate_activity(item)

    def all(self, organisation_id: int | None = None) -> list[Activity]:
        if organisation_id is not None:
            return self.for_parent(organisation_id)
        rows = self._db.query(f"SELECT id, {', '.join(self.columns)} FROM activities ORDER BY {self.order}")
        return [self.from_row(r) for r in rows]

    def year_totals(self, organisation_id: int | None = None) -> dict[tuple[int, str], tuple[int, int]]:
        """Per (year, kind): (number of activities, their minutes)."""
        sql = (
            "SELECT CAST(substr(date, 1, 4) AS INTEGER), kind, count(*), coalesce(sum(minutes), 0) "
            "FROM activities"
        )
        params: tuple[Any, ...] = ()
        if organisation_id is not None:
            sql += " WHERE organisation_id = ?"
            params = (organisation_id,)
        sql += " GROUP BY 1, 2"
        return {(r[0], r[1]): (r[2], r[3]) for r in self._db.query(sql, params)}
