"""Signals texts, the audit log and the vault's own settings."""

from __future__ import annotations

from datetime import datetime

from vpdesk.domain.models import AUDIT_KINDS, AuditEvent, Signals
from vpdesk.vault.connection import Database


class SignalsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, organisation_id: int, year: int) -> Signals:
        row = self._db.query_one(
            "SELECT text, not_names FROM signals WHERE organisation_id = ? AND year = ?",
            (organisation_id, year),
        )
        if not row:
            return Signals(organisation_id, year, "")
        return Signals(organisation_id, year, row[0], _marks(row[1]))

    def set(self, signals: Signals) -> None:
        self._db.execute(
            "INSERT INTO signals(organisation_id, year, text, not_names) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(organisation_id, year) DO UPDATE SET text = excluded.text, "
            "not_names = excluded.not_names",
            (signals.organisation_id, signals.year, signals.text, "\n".join(signals.not_names)),
        )

    def all(self) -> list[Signals]:
        return [
            Signals(r[0], r[1], r[2], _marks(r[3]))
            for r in self._db.query(
                "SELECT organisation_id, year, text, not_names FROM signals ORDER BY 1, 2"
            )
        ]


def _marks(stored: str) -> tuple[str, ...]:
    return tuple(m for m in stored.split("\n") if m)


class AuditLog:
    """Time and kind of each event and at most an internal case id: never names or text."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, kind: str, case_id: int | None = None) -> None:
        if kind not in AUDIT_KINDS:
            raise ValueError(f"unknown audit event kind {kind!r}")
        self._db.execute(
            "INSERT INTO audit_log(timestamp, kind, case_id) VALUES (?, ?, ?)",
            (datetime.now().isoformat(timespec="seconds"), kind, case_id),
        )

    def events(self, limit: int = 1000) -> list[AuditEvent]:
        rows = self._db.query(
            "SELECT id, timestamp, kind, case_id FROM audit_log ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [
            AuditEvent(id=r[0], timestamp=datetime.fromisoformat(r[1]), kind=r[2], case_id=r[3]) for r in rows
        ]


class Settings:
    """Domain settings kept inside the encrypted vault (the adviser's name, lock time, ...)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str = "") -> str:
        row = self._db.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def all(self) -> dict[str, str]:
        return dict(self._db.query("SELECT key, value FROM settings"))
