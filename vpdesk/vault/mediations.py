"""Mediations (parties, sessions, evaluations) and the adviser's professional record."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from vpdesk.domain.errors import ValidationError
from vpdesk.domain.mediation import (
    Evaluation,
    Mediation,
    MediationFacts,
    MediationParty,
    MediationRow,
    MediationSession,
    ProfessionalActivity,
    validate_mediation,
    validate_professional,
)
from vpdesk.domain.validation import Problem, Problems
from vpdesk.vault import columns as col
from vpdesk.vault.convert import d2s, s2d, s2d_req

_MEDIATIONS: col.Table[Mediation] = col.Table(
    "mediations",
    Mediation,
    (
        col.text("ref"),
        col.Column("organisation_id"),
        col.day("opened", required=True),
        col.day("closed"),
        col.Column("relation"),
        col.Column("channel"),
        col.Column("referrer"),
        col.Column("initiator"),
        col.Column("form"),
        col.day("agreement_signed"),
        col.flag("co_mediator"),
        col.optional("result"),
        col.day("written_agreement"),
        col.Column("procedure_avoided"),
        col.Column("note"),
        col.Column("hold_reason"),
        col.day("purged"),
    ),
)


class MediationRepository(col.TableRepository[Mediation]):
    table = _MEDIATIONS
    unique = "ref"

    # -- writing -------------------------------------------------------------------------

    def validate(self, m: Mediation) -> Problems:
        return validate_mediation(m)

    def _write_children(self, m: Mediation) -> None:
        for table in ("mediation_parties", "mediation_sessions", "mediation_evaluations"):
            self._db.execute(f"DELETE FROM {table} WHERE mediation_id = ?", (m.id,))
        for pos, p in enumerate(m.parties):
            p.id = self._db.execute(
                "INSERT INTO mediation_parties(mediation_id, position, name, role, email, phone) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (m.id, pos, p.name.strip(), p.role, p.email.strip(), p.phone.strip()),
            )
        for s in sorted(m.sessions, key=lambda s: s.date):
            s.id = self._db.execute(
                "INSERT INTO mediation_sessions(mediation_id, date, kind, minutes, note) "
                "VALUES (?, ?, ?, ?, ?)",
                (m.id, d2s(s.date), s.kind, s.minutes, s.note),
            )
        for e in m.evaluations:
            e.id = self._db.execute(
                "INSERT INTO mediation_evaluations(mediation_id, party, satisfaction, note) "
                "VALUES (?, ?, ?, ?)",
                (m.id, e.party, e.satisfaction, e.note),
            )

    def delete(self, mediation_id: int) -> None:
        self._db.execute("DELETE FROM mediations WHERE id = ?", (mediation_id,))

    def set_hold(self, mediation_id: int, reason: str | None) -> None:
        """Keep the mediation from the purge (``reason`` set) or release it (None)."""
        if reason is not None and not reason.strip():
            raise ValidationError({"hold_reason": Problem("required")})
        self._db.execute(
            "UPDATE mediations SET hold_reason = ? WHERE id = ?",
            (reason.strip() if reason else None, mediation_id),
        )

    # -- reading -------------------------------------------------------------------------

    def by_ref(self, ref: str) -> Mediation | None:
        return self._one("ref = ?", ref.strip())

    def _load(self, r: Sequence[Any]) -> Mediation:
        q = self._db.query
        parties = [
            MediationParty(id=p[0], name=p[1], role=p[2], email=p[3], phone=p[4])
            for p in q(
                "SELECT id, name, role, email, phone FROM mediation_parties "
                "WHERE mediation_id = ? ORDER BY position",
                (r[0],),
            )
        ]
        sessions = [
            MediationSession(id=s[0], date=s2d_req(s[1]), kind=s[2], minutes=s[3], note=s[4])
            for s in q(
                "SELECT id, date, kind, minutes, note FROM mediation_sessions "
                "WHERE mediation_id = ? ORDER BY date, id",
                (r[0],),
            )
        ]
        evaluations = [
            Evaluation(id=e[0], party=e[1], satisfaction=e[2], note=e[3])
            for e in q(
                "SELECT id, party, satisfaction, note FROM mediation_evaluations "
                "WHERE mediation_id = ? ORDER BY party, id",
                (r[0],),
            )
        ]
        return _MEDIATIONS.load(r, parties=parties, sessions=sessions, evaluations=evaluations)

    def count(self) -> int:
        return int(self._db.query_one("SELECT count(*) FROM mediations")[0])

    def rows(self, *, today: date | None = None) -> list[MediationRow]:
        """The mediation list, newest first; ``next_session`` is the first session from today."""
        day = (today or date.today()).isoformat()
        raw = self._db.query(
            """
            SELECT m.id, m.ref, m.organisation_id, o.name, m.opened, m.closed, m.form, m.result,
                   (SELECT min(date) FROM mediation_sessions s
                     WHERE s.mediation_id = m.id AND s.date >= ?),
                   (SELECT count(*) FROM mediation_sessions s WHERE s.mediation_id = m.id)
            FROM mediations m JOIN organisations o ON o.id = m.organisation_id
            ORDER BY m.opened DESC, m.id DESC
            """,
            (day,),
        )
        return [
            MediationRow(r[0], r[1], r[2], r[3], s2d_req(r[4]), s2d(r[5]), r[6], r[7], s2d(r[8]), r[9])
            for r in raw
        ]

    def search(self, text: str) -> list[int]:
        """Ids of mediations whose reference, parties or texts contain ``text`` (any case)."""
        needle = text.strip()
        if not needle:
            return []
        like = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._db.query(
            """
            SELECT id FROM mediations WHERE ref LIKE ?1 ESCAPE '\\' OR note LIKE ?1 ESCAPE '\\'
            UNION SELECT mediation_id FROM mediation_parties
              WHERE name LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\' OR phone LIKE ?1 ESCAPE '\\'
            UNION SELECT mediation_id FROM mediation_sessions WHERE note LIKE ?1 ESCAPE '\\'
            UNION SELECT mediation_id FROM mediation_evaluations WHERE note LIKE ?1 ESCAPE '\\'
            """,
            (like,),
        )
        return sorted(r[0] for r in rows)

    def facts(
        self,
        organisation_id: int | None = None,
        *,
        opened_until: date | None = None,
        open_on: date | None = None,
    ) -> list[MediationFacts]:
        """The non-identifying facts of every mediation (of one organisation, or all)."""
        where, params = col.facts_filter("", organisation_id, opened_until, open_on)
        sql = (
            "SELECT id, organisation_id, opened, closed, relation, referrer, initiator, form, "
            "co_mediator, result, written_agreement, procedure_avoided FROM mediations"
        )
        rows = self._db.query(sql + where + " ORDER BY id", params)
        sessions: dict[int, list[tuple[date, int]]] = {}
        for mid, day, minutes in self._db.query(
            "SELECT mediation_id, date, minutes FROM mediation_sessions ORDER BY date, id"
        ):
            sessions.setdefault(mid, []).append((date.fromisoformat(day), minutes))
        scores: dict[int, list[int]] = {}
        for mid, score in self._db.query(
            "SELECT mediation_id, satisfaction FROM mediation_evaluations "
            "WHERE satisfaction IS NOT NULL ORDER BY id"
        ):
            scores.setdefault(mid, []).append(score)
        return [
            MediationFacts(
                r[0],
                r[1],
                date.fromisoformat(r[2]),
                s2d(r[3]),
                r[4] or "unknown",
                r[5] or "unknown",
                r[6] or "unknown",
                r[7] or "informal",
                bool(r[8]),
                r[9],
                s2d(r[10]),
                r[11] or "unknown",
                tuple(sessions.get(r[0], ())),
                tuple(scores.get(r[0], ())),
            )
            for r in rows
        ]

    def upcoming_sessions(self, today: date, limit: int = 20) -> list[tuple[int, str, date]]:
        """(mediation id, reference, date) of the next session of each open mediation."""
        rows = self._db.query(
            """
            SELECT m.id, m.ref, min(s.date) FROM mediations m
            JOIN mediation_sessions s ON s.mediation_id = m.id
            WHERE m.closed IS NULL AND s.date >= ?
            GROUP BY m.id ORDER BY min(s.date), m.id LIMIT ?
            """,
            (today.isoformat(), limit),
        )
        return [(r[0], r[1], date.fromisoformat(r[2])) for r in rows]

    def open_count(self) -> int:
        return int(self._db.query_one("SELECT count(*) FROM mediations WHERE closed IS NULL")[0])

    # -- retention -------------------------------------------------------------------------

    def retention_months(self, organisation_id: int) -> int:
        row = self._db.query_one(
            "SELECT mediation_retention_months FROM organisations WHERE id = ?", (organisation_id,)
        )
        if row is None:
            raise ValidationError({"organisation": Problem("required")})
        return int(row[0])

    def set_retention_months(self, organisation_id: int, months: int) -> None:
        """The mediation retention term of one organisation (12 .. 240 months after the end)."""
        if not 12 <= months <= 240:
            raise ValidationError({"mediation_retention_months": Problem("bad_retention")})
        self._db.execute(
            "UPDATE organisations SET mediation_retention_months = ? WHERE id = ?",
            (months, organisation_id),
        )

    def past_retention(self, today: date, *, within_days: int = 0) -> list[int]:
        """Ids of ended, unpurged mediations without a hold whose term ends by today (+ days)."""
        rows = self._db.query(
            """
            SELECT m.id FROM mediations m JOIN organisations o ON o.id = m.organisation_id
            WHERE m.closed IS NOT NULL AND m.purged IS NULL AND m.hold_reason IS NULL
              AND date(m.closed, '+' || o.mediation_retention_months || ' months')
                  <= date(?, '+' || ? || ' days')
            ORDER BY m.closed
            """,
            (today.isoformat(), within_days),
        )
        return [r[0] for r in rows]

    def purged_ids(self) -> list[int]:
        return [r[0] for r in self._db.query("SELECT id FROM mediations WHERE purged IS NOT NULL")]

    def identifying_values(
        self, organisation_ids: Iterable[int] | None = None
    ) -> dict[str, list[tuple[Any, ...]]]:
        """Every identifying value of the organisations' mediations (None = all).

        ``mediations``: (id, ref); ``parties``: (mediation id, name, e-mail, phone);
        ``texts``: (mediation id, text) of the mediation note, session minutes and
        evaluation notes.
        """
        where, params = col.in_organisations(organisation_ids, "m.organisation_id")
        q = self._db.query
        return {
            "mediations": q("SELECT m.id, m.ref FROM mediations m" + where, params),
            "parties": q(
                "SELECT p.mediation_id, p.name, p.email, p.phone FROM mediation_parties p "
                "JOIN mediations m ON m.id = p.mediation_id" + where,
                params,
            ),
            "texts": q(
                "SELECT m.id, m.note FROM mediations m"
                + where
                + " UNION ALL SELECT s.mediation_id, s.note FROM mediation_sessions s"
                " JOIN mediations m ON m.id = s.mediation_id"
                + where
                + " UNION ALL SELECT e.mediation_id, e.note FROM mediation_evaluations e"
                " JOIN mediations m ON m.id = e.mediation_id" + where,
                params * 3,
            ),
        }


_PROFESSIONAL: col.Table[ProfessionalActivity] = col.Table(
    "professional_activities",
    ProfessionalActivity,
    (
        col.day("date", required=True),
        col.Column("kind"),
        col.Column("hours", store=float),
        col.Column("pe_points", store=float),
        col.Column("with_whom"),
    ),
)


class ProfessionalRepository(col.TableRepository[ProfessionalActivity]):
    """The adviser's own intervisie, supervisie, training and PE activities."""

    table = _PROFESSIONAL

    def validate(self, a: ProfessionalActivity) -> Problems:
        return validate_professional(a)

    def delete(self, activity_id: int) -> None:
        self._db.execute("DELETE FROM professional_activities WHERE id = ?", (activity_id,))

    def all(self) -> list[ProfessionalActivity]:
        rows = self._db.query(_PROFESSIONAL.select_sql("1 ORDER BY date, id"))
        return [_PROFESSIONAL.load(r) for r in rows]

    def texts(self) -> list[tuple[Any, ...]]:
        """(id, with whom) of every activity, for the leak check."""
        return self._db.query("SELECT id, with_whom FROM professional_activities")
