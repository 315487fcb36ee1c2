"""Cases (meldingen), their behaviours, the case list and the full-text index."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from vpdesk.collector import collector_paused
from vpdesk.domain.errors import ValidationError
from vpdesk.domain.models import Case, CaseFacts, CaseRow, Conversation, Referral, Step
from vpdesk.domain.references import next_reference
from vpdesk.domain.validation import Problem, Problems, validate_case
from vpdesk.vault import columns as col
from vpdesk.vault.connection import DatabaseError, has_table, translate_error
from vpdesk.vault.convert import split_codes
from vpdesk.vault.organisations import OrganisationRepository
from vpdesk.vault.records import ConversationRepository, ReferralRepository, StepRepository
from vpdesk.vault.schema import tally_of
from vpdesk.vault.search import fts_term, tokenizer_of, values_current, write_index_rows

_CASES: col.Table[Case] = col.Table(
    "cases",
    Case,
    (
        col.text("ref"),
        col.Column("organisation_id"),
        col.text("department"),
        col.day("opened", required=True),
        col.day("closed"),
        col.text("reporter_name"),
        col.text("reporter_email"),
        col.text("reporter_phone"),
        col.Column("reporter_gender"),
        col.Column("reporter_role"),
        col.day("consent_date"),
        col.Column("accused_relation"),
        col.Column("accused"),
        col.Column("channel"),
        col.optional("outcome"),
        col.day("purged"),
        col.flag("anonymous"),
        col.code("reporter_age", "unknown"),
        col.optional("wish"),
    ),
)

_ROWS_SQL = """
SELECT c.id, c.ref, c.organisation_id, o.name, c.opened, c.closed,
       (SELECT group_concat(code, '|') FROM case_behaviours WHERE case_id = c.id),
       (SELECT min(due) FROM steps WHERE case_id = c.id AND done IS NULL),
       c.department
FROM cases c JOIN organisations o ON o.id = c.organisation_id
"""

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """An FTS5 query matching every word of ``text`` as a prefix; None if nothing to search."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)


RECORD_KINDS = ("conversations", "steps", "referrals")

# The free texts of a case's records, as the full-text index's ``text`` column holds them.
_CASE_TEXTS = (("conversations", "note"), ("referrals", "note"), ("steps", "what"))
_IN_CHUNK = 500  # ids per ``IN (...)`` list


@dataclass
class CaseRecords:
    """A case's records as an editor holds them, to be written with the case in one go.

    ``deleted`` lists, per kind, the ids of stored records that were removed; ``originals``
    holds the records as they were loaded (by kind and id), so that only changed ones are
    written again.
    """

    conversations: list[Conversation] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)
    deleted: dict[str, list[int]] = field(default_factory=lambda: {kind: [] for kind in RECORD_KINDS})
    originals: dict[tuple[str, int], Any] = field(default_factory=dict)

    @classmethod
    def loaded(
        cls, conversations: list[Conversation], steps: list[Step], referrals: list[Referral]
    ) -> CaseRecords:
        """The records of a stored case, remembered as loaded."""
        records = cls(conversations, steps, referrals)
        for kind in RECORD_KINDS:
            for record in records.of_kind(kind):
                assert record.id is not None
                records.originals[(kind, record.id)] = replace(record)
        return records

    def of_kind(self, kind: str) -> list[Any]:
        return list(getattr(self, kind))


class CaseRepository(col.TableRepository[Case]):
    table = _CASES
    unique = "ref"

    # -- a case with its records, in one transaction -------------------------------------

    def save_with_records(self, case: Case, records: CaseRecords) -> int:
        """Write ``case``, its department and its changed records in one transaction; its id.

        Nothing is written when any of it is invalid (:class:`ValidationError`). Neither
        ``case`` nor the records are changed: a rolled-back save leaves no ids on them.
        """
        repos: dict[str, Any] = {
            "conversations": ConversationRepository(self._db, self.reindex),
            "steps": StepRepository(self._db, self.reindex),
            "referrals": ReferralRepository(self._db, self.reindex),
        }
        with self._db.transaction():
            stored = replace(case, behaviours=list(case.behaviours))
            if stored.id is None:
                self.add(stored)
            else:
                self.update(stored)
            assert stored.id is not None
            if stored.department:
                OrganisationRepository(self._db).add_department(stored.organisation_id, stored.department)
            for kind in RECORD_KINDS:
                repo = repos[kind]
                for item_id in records.deleted.get(kind, []):
                    repo.delete(item_id)
                for item in records.of_kind(kind):
                    record = replace(item, case_id=stored.id)
                    if record.id is None:
                        repo.add(record)
                    elif records.originals.get((kind, record.id)) != record:
                        repo.update(record)
        return stored.id

    def next_reference(self, year: int) -> str:
        """The next free ``YYYY-NNN`` reference of ``year`` after the highest one in use."""
        rows = self._db.query("SELECT ref FROM cases WHERE ref LIKE ?", (f"{year}-%",))
        return next_reference({str(r[0]) for r in rows}, year)

    # -- writing -------------------------------------------------------------------------

    def validate(self, case: Case) -> Problems:
        return validate_case(case)

    def add(self, case: Case, *, reindex: bool = True) -> int:
        self._check(case)
        with self._db.transaction():
            case.id = self._db.execute(_CASES.insert_sql(), _CASES.values(case))
            self._write_behaviours(case)
            if reindex:
                self.reindex(case.id)
        return case.id

    def _write_children(self, case: Case) -> None:
        """On update: the behaviours again, and the full-text row."""
        assert case.id is not None
        self._db.execute("DELETE FROM case_behaviours WHERE case_id = ?", (case.id,))
        self._write_behaviours(case)
        self.reindex(case.id)

    def _write_behaviours(self, case: Case) -> None:
        self._db.executemany(
            "INSERT INTO case_behaviours(case_id, code) VALUES (?, ?)",
            [(case.id, code) for code in sorted(set(case.behaviours))],
        )

    def delete(self, case_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
            self._db.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    def reindex(self, case_id: int) -> None:
        """Bring the case's full-text row up to date with the case and its records."""
        self._write_index("= ?", (case_id,))

    def rebuild_index(self) -> None:
        self._write_index(None, ())

    def _write_index(self, ids: str | None, params: Sequence[Any]) -> None:
        with self._db.transaction(), self._db.lock:
            write_index_rows(self._db.conn, ids, params)

    def add_many(self, cases: list[Case]) -> None:
        """Insert many new cases at once (for import); sets each ``case.id``.

        The same rules as :meth:`add`, but one statement per table instead of one per case,
        and no full-text indexing: call :meth:`reindex_range` once the records are written.
        """
        for case in cases:
            problems = validate_case(case)
            if problems:
                raise ValidationError(problems)
        if self.existing_refs(c.ref for c in cases) or len({c.ref.strip() for c in cases}) < len(cases):
            raise ValidationError({"ref": Problem("duplicate")})
        with self._db.transaction():
            # Inside the write transaction no one else can insert, so the ids are ours.
            first = int(self._db.query_one("SELECT coalesce(max(id), 0) FROM cases")[0]) + 1
            for offset, case in enumerate(cases):
                case.id = first + offset
            self._db.executemany(_CASES.insert_sql(with_id=True), [(c.id, *_CASES.values(c)) for c in cases])
            self._db.executemany(
                "INSERT INTO case_behaviours(case_id, code) VALUES (?, ?)",
                [(c.id, code) for c in cases for code in sorted(set(c.behaviours))],
            )

    def reindex_range(self, first_id: int, last_id: int) -> None:
        """Bring the full-text rows of the cases with ids in ``first_id..last_id`` up to date."""
        self._write_index("BETWEEN ? AND ?", (first_id, last_id))

    # -- reading -------------------------------------------------------------------------

    def by_ref(self, ref: str) -> Case | None:
        return self._one("ref = ?", ref.strip())

    def _load(self, r: Sequence[Any]) -> Case:
        behaviours = [
            b[0]
            for b in self._db.query(
                "SELECT code FROM case_behaviours WHERE case_id = ? ORDER BY code", (r[0],)
            )
        ]
        return _CASES.load(r, behaviours=behaviours)

    def existing_refs(self, refs: Iterable[str]) -> set[str]:
        wanted = {r.strip() for r in refs}
        return {r[0] for r in self._db.query("SELECT ref FROM cases")} & wanted

    def count(self) -> int:
        return int(self._db.query_one("SELECT count(*) FROM cases")[0])

    def rows(self, ids: Iterable[int] | None = None) -> list[CaseRow]:
        """The case list's rows (all cases, or those with the given ids), newest first."""
        if ids is None:
            raw = self._db.query(_ROWS_SQL + " ORDER BY c.opened DESC, c.id DESC")
        else:
            id_list = list(ids)
            raw = []
            for start in range(0, len(id_list), 500):
                chunk = id_list[start : start + 500]
                raw += self._db.query(_ROWS_SQL + f" WHERE c.id IN ({', '.join('?' * len(chunk))})", chunk)
        # A large vault has a few thousand distinct dates and a few dozen behaviour
        # combinations: each is converted once.
        days: dict[str | None, date | None] = {None: None, "": None}
        codes: dict[str | None, tuple[str, ...]] = {}

        def day(value: str | None) -> date | None:
            found = days.get(value, days)
            if found is days:
                found = days[value] = date.fromisoformat(value)  # type: ignore[arg-type]
            return found  # type: ignore[return-value]

        def split(value: str | None) -> tuple[str, ...]:
            found = codes.get(value)
            if found is None:
                found = codes[value] = split_codes(value)
            return found

        with collector_paused():
            return [
                CaseRow(r[0], r[1], r[2], r[3], day(r[4]), day(r[5]), split(r[6]), day(r[7]), r[8])  # type: ignore[arg-type]
                for r in raw
            ]

    def list_columns(self) -> list[list[Any]]:
        """Every case's line of the case list, as one list per field of :class:`CaseRow`
        (``columns[field][case]``, in no particular order), with the values as stored:
        dates as ISO text, the behaviour codes joined by "|" (None for none).

        What the case list of a large vault loads: three quick reads instead of two lookups
        per case, and no object per case (the window turns each distinct value into what it
        shows once, see ``vpdesk.gui.models.case_table``).
        """
        worked_out = tally_of("behaviours", "c.id")
        if has_table(self._db.conn, "case_tallies"):
            # a case without its tally (which only a damaged vault has) is still listed
            behaviours = f"CASE WHEN t.case_id IS NULL THEN {worked_out} ELSE t.behaviours END"
            tallies = " LEFT JOIN case_tallies t ON t.case_id = c.id"
        else:  # a vault not upgraded to V12 (opened read-only)
            behaviours, tallies = worked_out, ""
        raw = self._db.query(
            f"SELECT c.id, c.ref, c.organisation_id, c.opened, c.closed, {behaviours}, c.department "
            f"FROM cases c{tallies}"
        )
        # The few cases with open steps, by the index of open steps.
        due = dict(self._db.query("SELECT case_id, min(due) FROM steps WHERE done IS NULL GROUP BY case_id"))
        # "" for a case whose organisation is gone (only a damaged vault has one): still listed
        names: defaultdict[int, str] = defaultdict(str, self._db.query("SELECT id, name FROM organisations"))
        with collector_paused():
            if not raw:
                return [[] for _ in CaseRow._fields]
            ids, refs, organisation_ids, opened, closed, codes, departments = map(
                list, zip(*raw, strict=True)
            )
            del raw
            return [
                ids,
                refs,
                organisation_ids,
                list(map(names.__getitem__, organisation_ids)),
                opened,
                closed,
                codes,
                list(map(due.get, ids)),
                departments,
            ]

    def search(self, text: str, limit: int | None = None) -> list[int]:
        """Ids of cases whose reference, reporter, department, accused or notes match."""
        query = fts_query(text)
        if query is None:
            return []
        sql = "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rank"
        params: list[Any] = [query]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [r[0] for r in self._db.query(sql, params)]

    def facts(
        self,
        organisation_id: int | None = None,
        *,
        opened_until: date | None = None,
        open_on: date | None = None,
    ) -> list[CaseFacts]:
        """The non-identifying facts of every case (of one organisation, or all).

        ``opened_until`` keeps the cases opened on or before that day; ``open_on`` keeps the
        cases not closed before that day. Together they select exactly the cases that can
        count in the figures of the years in between, so a large vault loads only those.
        """

        # The behaviours, referrals and number of conversations from the tallies the triggers
        # keep (schema V12); worked out from their own tables for a case without a tally row.
        def tally(column: str) -> str:
            return f"CASE WHEN t.case_id IS NULL THEN {tally_of(column, 'c.id')} ELSE t.{column} END"

        sql = f"""
        SELECT c.id, c.organisation_id, c.opened, c.closed, {tally("behaviours")},
               c.accused_relation, c.channel, c.outcome, c.reporter_gender, c.reporter_role,
               {tally("referrals")}, c.anonymous, c.reporter_age, c.wish, {tally("conversations")}
        FROM cases c LEFT JOIN case_tallies t ON t.case_id = c.id
        """
        where, params = col.facts_filter("c.", organisation_id, opened_until, open_on)
        sql += where
        fromiso = date.fromisoformat
        # Most cases share a few dozen code combinations: split each one only once.
        codes: dict[str | None, tuple[str, ...]] = {}

        def split(value: str | None) -> tuple[str, ...]:
            found = codes.get(value)
            if found is None:
                found = codes[value] = split_codes(value)
            return found

        # Tens of thousands of tuples, none of which can form a cycle: no collection meanwhile.
        with collector_paused():
            return [
                CaseFacts(
                    r[0],
                    r[1],
                    fromiso(r[2]),
                    fromiso(r[3]) if r[3] else None,
                    split(r[4]),
                    r[5] or "unknown",
                    r[6] or "unknown",
                    r[7],
                    r[8] or "unknown",
                    r[9] or "unknown",
                    split(r[10]),
                    bool(r[11]),
                    r[12] or "unknown",
                    r[13],
                    r[14],
                )
                for r in self._db.query(sql, params)
            ]

    def opened_per_organisation(self, year: int) -> dict[int, int]:
        """How many cases each organisation opened in ``year`` (organisations with none left out)."""
        rows = self._db.query(
            "SELECT organisation_id, count(*) FROM cases WHERE opened BETWEEN ? AND ? "
            "GROUP BY organisation_id",
            (f"{year:04d}-01-01", f"{year:04d}-12-31"),
        )
        return {r[0]: r[1] for r in rows}

    def past_retention(self, today: date) -> list[int]:
        """Ids of closed, not yet purged cases whose retention period has ended."""
        rows = self._db.query(
            """
            SELECT c.id FROM cases c JOIN organisations o ON o.id = c.organisation_id
            WHERE c.closed IS NOT NULL AND c.purged IS NULL AND c.hold_reason IS NULL
              AND date(c.closed, '+' || o.retention_months || ' months') <= ?
            ORDER BY c.closed
            """,
            (today.isoformat(),),
        )
        return [r[0] for r in rows]

    def identifying_values(
        self, organisation_ids: Iterable[int] | None = None
    ) -> dict[str, list[tuple[Any, ...]]]:
        """The organisations' (None = all) departments and activity notes, for the leak check.

        ``departments``: (name,); ``activity_notes``: (activity id, note). The cases' values and
        texts are streamed: :meth:`identifying_rows`, :meth:`case_texts`.
        """
        org_where, params = col.in_organisations(organisation_ids, "organisation_id")
        q = self._db.query
        return {
            "departments": q("SELECT name FROM departments" + org_where, params),
            "activity_notes": q("SELECT id, note FROM activities" + org_where, params),
        }

    # -- the identifying values streamed, and the full-text index for the leak check --------

    def _stream(self, sql: str, params: Sequence[Any] = (), size: int = 2000) -> Iterator[Any]:
        """Rows of ``sql`` a few thousand at a time, never the whole result in memory."""
        db = self._db
        with db.lock:
            try:
                cursor = db.conn.execute(sql, params)
                try:
                    while rows := cursor.fetchmany(size):
                        yield from rows
                finally:
                    cursor.close()
            except (DatabaseError, OSError) as exc:
                raise translate_error(exc) from exc

    def identifying_rows(self, organisation_ids: Iterable[int] | None = None) -> Iterator[tuple[Any, ...]]:
        """(id, ref, reporter name, e-mail, phone, department, accused) of each case, streamed."""
        where, params = col.in_organisations(organisation_ids, "c.organisation_id", " AND ")
        return self._stream(
            "SELECT c.id, c.ref, c.reporter_name, c.reporter_email, c.reporter_phone, c.department, "
            "c.accused FROM cases c WHERE 1" + where,
            params,
        )

    def identifying_columns(
        self,
        organisation_ids: Iterable[int] | None = None,
        *,
        matching: str | None = None,
    ) -> list[set[str]]:
        """The distinct non-empty values of each column of :meth:`identifying_rows` (ids: empty).

        ``matching``: only of the cases whose identifying values match this FTS5 query in the
        index of those values (see :mod:`vpdesk.vault.search`; none of them: "").
        """
        where, params = col.in_organisations(organisation_ids, "c.organisation_id", " AND ")
        sql = (
            "SELECT c.id, c.ref, c.reporter_name, c.reporter_email, c.reporter_phone, "
            "c.department, c.accused FROM cases c WHERE 1" + where
        )
        if matching == "":
            sql += " AND 0"
        elif matching is not None:
            sql += " AND c.id IN (SELECT rowid FROM case_values WHERE case_values MATCH ?)"
            params = (*params, matching)
        columns: list[set[str]] = [set() for _ in range(7)]
        with self._db.lock:
            try:
                cursor = self._db.conn.execute(sql, params)
                while rows := cursor.fetchmany(5000):
                    for column, found in enumerate(zip(*rows, strict=True)):
                        if column:
                            columns[column].update(found)
                cursor.close()
            except (DatabaseError, OSError) as exc:
                raise translate_error(exc) from exc
        for distinct in columns:
            distinct.discard("")
            distinct.discard(None)  # type: ignore[arg-type]
        return columns

    def values_indexed(self) -> bool:
        """Whether the index of identifying values is there and in this normal form."""
        with self._db.lock:
            return values_current(self._db.conn)

    def reporter_phones(self, organisation_ids: Iterable[int] | None = None) -> list[str]:
        """The distinct non-empty phone numbers of the cases' reporters."""
        where, params = col.in_organisations(organisation_ids, "organisation_id", " AND ")
        sql = "SELECT DISTINCT reporter_phone FROM cases WHERE reporter_phone != ''" + where
        return [r[0] for r in self._db.query(sql, params)]

    def case_texts(
        self,
        organisation_ids: Iterable[int] | None = None,
        *,
        case_ids: Sequence[int] | None = None,
        non_ascii: bool = False,
    ) -> Iterator[tuple[int, str]]:
        """(case id, text) of conversation notes, referral notes and steps, streamed.

        ``case_ids``: only those cases; ``non_ascii``: only texts with a character beyond ASCII
        (or a NUL), chosen inside SQLite without handing the others to Python.
        """
        where, params = col.in_organisations(organisation_ids, "c.organisation_id", " AND ")
        chunks: Iterable[Sequence[int] | None] = (
            [None]
            if case_ids is None
            else (case_ids[i : i + _IN_CHUNK] for i in range(0, len(case_ids), _IN_CHUNK))
        )
        for chunk in chunks:
            for table, column in _CASE_TEXTS:
                sql = f"SELECT r.case_id, r.{column} FROM {table} r"
                args: tuple[Any, ...] = ()
                if where:
                    sql += " JOIN cases c ON c.id = r.case_id"
                sql += " WHERE 1" + where
                args += params
                if chunk is not None:
                    sql += f" AND r.case_id IN ({', '.join('?' * len(chunk))})"
                    args += tuple(chunk)
                if non_ascii:
                    sql += f" AND length(r.{column}) != octet_length(r.{column})"
                yield from self._stream(sql, args)

    def folded_otherwise(
        self, organisation_ids: Iterable[int] | None, digest: str
    ) -> tuple[set[int], list[int]] | None:
        """What ``search_folding`` keeps (see :mod:`vpdesk.vault.search`): the cases whose
        indexed texts hold a character the index folds otherwise, and the cases whose rows were
        made under another tokenizer (``digest``: this one's). None in a vault without it."""
        with self._db.lock:
            if not has_table(self._db.conn, "search_folding"):
                return None
        where, params = col.in_organisations(organisation_ids, "c.organisation_id", " AND ")
        sql = "SELECT f.case_id, f.otherwise, f.digest = ? FROM search_folding f"
        if where:
            sql += " JOIN cases c ON c.id = f.case_id"
        rows = self._db.query(
            sql + " WHERE (f.otherwise = 1 OR f.digest != ?)" + where, (digest, digest, *params)
        )
        return {r[0] for r in rows if r[2] and r[1]}, [r[0] for r in rows if not r[2]]

    def text_tokenizer(self) -> str | None:
        """The tokenizer of the full-text index (``None`` when the vault has no such index)."""
        with self._db.lock:
            return tokenizer_of(self._db.conn)

    def cases_with_terms(
        self,
        words: Iterable[str],
        organisation_ids: Iterable[int] | None = None,
        *,
        glob: str | None = None,
        batch: int = 500,
    ) -> Iterator[int]:
        """Ids of cases whose record texts hold one of the index terms ``words``, streamed.

        ``glob``: and whose indexed text matches this (case-sensitive) GLOB pattern.
        ``batch``: ids taken from SQLite at a time (few, where the first ones may be enough).
        """
        terms = sorted(set(words))
        if not terms:
            return iter(())
        where, params = col.in_organisations(organisation_ids, "c.organisation_id", " AND ")
        sql = "SELECT s.rowid FROM case_search s"
        if where:
            sql += " JOIN cases c ON c.id = s.rowid"
        sql += " WHERE case_search MATCH ?" + where
        args: tuple[Any, ...] = ("text : (" + " OR ".join(map(fts_term, terms)) + ")", *params)
        if glob is not None:
            sql += " AND s.text GLOB ?"
            args += (glob,)
        return (row[0] for row in self._stream(sql, args, batch))

    def text_terms(self) -> Iterator[tuple[str, int]]:
        """(term, number of cases) of every term in the record texts of the whole vault.

        Read through an ``fts5vocab`` table in the connection's in-memory temporary schema.
        """
        db = self._db
        with db.lock:
            conn = db.conn
            query_only = int(conn.execute("PRAGMA query_only").fetchone()[0])
            try:
                if query_only:  # a read-only vault: the main file stays read-only (mode=ro)
                    conn.execute("PRAGMA query_only = OFF")
                conn.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.case_search_terms "
                    "USING fts5vocab(main, case_search, col)"
                )
            except (DatabaseError, OSError) as exc:
                raise translate_error(exc) from exc
            finally:
                if query_only:
                    conn.execute("PRAGMA query_only = ON")
            yield from self._stream(
                "SELECT term, doc FROM temp.case_search_terms WHERE col = 'text'", (), 5000
            )
