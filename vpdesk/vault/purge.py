"""Retention: remove the identifying values of cases whose retention period has ended.

The codes and dates the statistics need stay, so every past year's figures are unchanged;
names, contact details, the accused, the department and every free text go, from the
tables and from the full-text index. Afterwards the file is vacuumed so no deleted text
remains on any page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vpdesk.vault.retention import purge_mediation_rows
from vpdesk.vault.vault import Vault


@dataclass
class PurgeResult:
    case_ids: list[int] = field(default_factory=list)
    dry_run: bool = False
    mediation_ids: list[int] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.case_ids)

    def __str__(self) -> str:
        mediations = f" and {len(self.mediation_ids)} mediations" if self.mediation_ids else ""
        if self.dry_run:
            return (f"{self.count} cases{mediations} are past their retention period "
                    "(dry run: nothing was changed)")
        return f"purged the identifying data of {self.count} cases{mediations}"


def purge_cases(vault: Vault, *, dry_run: bool = False, today: date | None = None) -> PurgeResult:
    """Purge (or, with ``dry_run``, only list) every case past its organisation's retention."""
    today = today or date.today()
    ids = vault.cases.past_retention(today)
    mediation_ids = vault.mediations.past_retention(today)
    result = PurgeResult(ids, dry_run, mediation_ids)
    if dry_run or not (ids or mediation_ids):
        return result
    db = vault.db
    stamp = today.isoformat()
    with vault.transaction():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            db.execute(
                "UPDATE cases SET reporter_name = '', reporter_email = '', reporter_phone = '', "
                f"accused = '', department = '', purged = ? WHERE id IN ({marks})",
                (stamp, *chunk),
            )
            db.execute(f"UPDATE conversations SET note = '' WHERE case_id IN ({marks})", chunk)
            db.execute(f"UPDATE steps SET what = '' WHERE case_id IN ({marks})", chunk)
            db.execute(f"UPDATE referrals SET note = '' WHERE case_id IN ({marks})", chunk)
        purge_mediation_rows(db, mediation_ids, stamp)
        for case_id in ids:
            vault.cases.reindex(case_id)
            vault.audit.record("purge", case_id)
    compact(vault)
    return result


def compact(vault: Vault) -> None:
    """Rewrite the file so freed pages hold no old text, and empty the WAL."""
    with vault.db.lock:
        conn = vault.db.conn
        conn.execute("INSERT INTO case_search(case_search) VALUES ('optimize')")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
