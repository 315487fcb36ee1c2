"""Retention: remove the identifying values of cases whose retention period has ended.

The codes and dates the statistics need stay, so every past year's figures are unchanged;
names, contact details, the accused, the department and every free text go, from the
tables and from the full-text index. Afterwards the file is vacuumed so no deleted text
remains on any page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from vpdesk.vault.errors import DiskFull, VaultError
from vpdesk.vault.maintenance import COMPACTION_PENDING, compact_database, compaction_pending
from vpdesk.vault.retention import Held, held_past_retention, purge_mediation_rows
from vpdesk.vault.vault import Vault


@dataclass
class PurgeResult:
    case_ids: list[int] = field(default_factory=list)
    dry_run: bool = False
    # Why the file could not be rewritten after the purge committed ("" = it was, or no need).
    compact_error: str = ""
    mediation_ids: list[int] = field(default_factory=list)
    # Past their term but kept by a hold (counts only ever leave the vault, never the reasons).
    held: Held = field(default_factory=lambda: Held((), (), 0))

    @property
    def count(self) -> int:
        return len(self.case_ids)

    def __str__(self) -> str:
        mediations = f" and {len(self.mediation_ids)} mediations" if self.mediation_ids else ""
        if self.dry_run:
            return (
                f"{self.count} cases{mediations} are past their retention period "
                "(dry run: nothing was changed)"
            )
        return f"purged the identifying data of {self.count} cases{mediations}"

    @property
    def compact_message(self) -> str:
        """What to tell the adviser when the purge is done but the file is not compacted yet."""
        if not self.compact_error:
            return ""
        return (
            f"the purge is done, but the file could not be compacted ({self.compact_error}), so "
            "removed text can remain on free pages; free some space and run purge again"
        )


def purge_cases(vault: Vault, *, dry_run: bool = False, today: date | None = None) -> PurgeResult:
    """Purge (or, with ``dry_run``, only list) every case past its organisation's retention."""
    today = today or date.today()
    ids = vault.cases.past_retention(today)
    mediation_ids = vault.mediations.past_retention(today)
    result = PurgeResult(ids, dry_run, mediation_ids=mediation_ids, held=held_past_retention(vault, today))
    if dry_run:
        return result
    if not (ids or mediation_ids):
        if compaction_pending(vault.db):
            _compact(vault, result)
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
        # Committed with the purge, cleared by the compaction: a compaction the disk did not
        # allow now is done at the next purge or the next time the vault is opened.
        vault.settings.set(COMPACTION_PENDING, stamp)
    _compact(vault, result)
    return result


# A clock this far beyond the newest date recorded in the vault is more likely wrong than right.
CLOCK_AHEAD = timedelta(days=366)


def clock_ahead(vault: Vault, today: date | None = None) -> date | None:
    """Today's date when it lies far beyond every date in the vault (so ask first), else None.

    Every date counts: those the adviser entered and the audit log's, which record the
    clock of each import, backup and report.
    """
    today = today or date.today()
    row = vault.db.query_one(
        "SELECT max(d) FROM (SELECT max(opened) AS d FROM cases UNION ALL SELECT max(closed) FROM cases "
        "UNION ALL SELECT max(date) FROM conversations UNION ALL SELECT max(date) FROM activities "
        "UNION ALL SELECT max(substr(timestamp, 1, 10)) FROM audit_log "
        # the window logs every unlock and lock with the clock as it is now
        "WHERE kind NOT IN ('vault_opened', 'vault_locked'))"
    )
    if row is None or row[0] is None:
        return None
    try:
        newest = date.fromisoformat(str(row[0])[:10])
    except ValueError:
        return None
    return today if today - newest > CLOCK_AHEAD else None


def _compact(vault: Vault, result: PurgeResult) -> None:
    try:
        compact(vault)
    except VaultError as exc:
        result.compact_error = "the disk is full" if isinstance(exc, DiskFull) else str(exc)


def compact(vault: Vault) -> None:
    """Rewrite the file so freed pages hold no old text."""
    compact_database(vault.db)
