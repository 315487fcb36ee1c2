"""Retention per case kind: holds on single cases, what is due soon, and purging the copies.

A melding follows its organisation's ``retention_months``; a mediation its organisation's
``mediation_retention_months`` (default 60: five years after the end). A *hold* with a reason
keeps one case or mediation from the purge. The purge also reaches vpdesk's own copies of the
vault: automatic backups and the copies taken before a migration (``VAULT.vN.bak``) get the
same purge, so the data does not live on in them.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vpdesk.domain.errors import ValidationError
from vpdesk.domain.validation import Problem
from vpdesk.vault import connection
from vpdesk.vault.errors import VaultError
from vpdesk.vault.filelock import WriterLock

if TYPE_CHECKING:
    from vpdesk.vault.vault import Vault

MEDIATION_PURGE_SQL = (
    "UPDATE mediation_parties SET name = '', email = '', phone = '' WHERE mediation_id IN ({m})",
    "UPDATE mediation_sessions SET note = '' WHERE mediation_id IN ({m})",
    "UPDATE mediation_evaluations SET note = '' WHERE mediation_id IN ({m})",
    "UPDATE mediations SET note = '', purged = ? WHERE id IN ({m})",
)
CASE_PURGE_SQL = (
    "UPDATE cases SET reporter_name = '', reporter_email = '', reporter_phone = '', "
    "accused = '', department = '', purged = ? WHERE id IN ({m})",
    "UPDATE conversations SET note = '' WHERE case_id IN ({m})",
    "UPDATE steps SET what = '' WHERE case_id IN ({m})",
    "UPDATE referrals SET note = '' WHERE case_id IN ({m})",
)
_MIGRATION_COPY = re.compile(r"\.v\d+\.bak$")


def set_case_hold(vault: Vault, case_id: int, reason: str | None) -> None:
    """Keep a melding from the purge (with a reason) or release it (None)."""
    if reason is not None and not reason.strip():
        raise ValidationError({"hold_reason": Problem("required")})
    vault.db.execute(
        "UPDATE cases SET hold_reason = ? WHERE id = ?", (reason.strip() if reason else None, case_id)
    )
    vault.audit.record("hold_set" if reason else "hold_cleared", case_id)


def set_mediation_hold(vault: Vault, mediation_id: int, reason: str | None) -> None:
    vault.mediations.set_hold(mediation_id, reason)
    vault.audit.record("hold_set" if reason else "hold_cleared", mediation_id)


def case_hold(vault: Vault, case_id: int) -> str | None:
    row = vault.db.query_one("SELECT hold_reason FROM cases WHERE id = ?", (case_id,))
    return row[0] if row else None


@dataclass(frozen=True)
class DueSoon:
    """Cases and mediations the purge will reach within the coming days."""

    case_ids: tuple[int, ...]
    mediation_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.case_ids) + len(self.mediation_ids)


def due_soon(vault: Vault, today: date | None = None, days: int = 30) -> DueSoon:
    """What will be purged in the next ``days`` days and is not purged yet (for the dashboard)."""
    today = today or date.today()
    cases = vault.db.query(
        """
        SELECT c.id FROM cases c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.closed IS NOT NULL AND c.purged IS NULL AND c.hold_reason IS NULL
          AND date(c.closed, '+' || o.retention_months || ' months') <= date(?, '+' || ? || ' days')
        ORDER BY c.closed
        """,
        (today.isoformat(), days),
    )
    return DueSoon(
        tuple(r[0] for r in cases), tuple(vault.mediations.past_retention(today, within_days=days))
    )


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), 500):
        yield list(ids[start : start + 500])


def purge_mediation_rows(db: Any, ids: Sequence[int], stamp: str) -> None:
    """Blank the identifying values of these mediations (inside the caller's transaction)."""
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for sql in MEDIATION_PURGE_SQL:
            params = (stamp, *chunk) if "purged = ?" in sql else tuple(chunk)
            db.execute(sql.format(m=marks), params)


# -- the copies ------------------------------------------------------------------------------


def own_copies(vault_path: Path, backup_folders: Iterable[Path] = ()) -> list[Path]:
    """vpdesk's own copies of this vault: migration copies beside it and automatic backups."""
    from vpdesk.vault.autobackup import list_backups

    vault_path = Path(vault_path)
    found = [
        p
        for p in sorted(vault_path.parent.glob(vault_path.name + ".v*.bak"))
        if _MIGRATION_COPY.search(p.name) and p.is_file()
    ]
    for folder in backup_folders:
        found += [b.path for b in list_backups(vault_path, Path(folder))]
    return found


def default_backup_folder() -> Path:
    """Where automatic backups go unless the adviser chose another folder in the window."""
    from vpdesk.paths import default_backups_dir

    return default_backups_dir()


def backup_folders(configured: Path | None = None) -> list[Path]:
    """Every folder that may hold this computer's automatic backups: the one chosen in the
    window (``configured``) and the default one, where backups went before a folder was chosen."""
    out: list[Path] = []
    for folder in (configured, default_backup_folder()):
        if folder is not None and Path(folder) not in out:
            out.append(Path(folder))
    return out


def default_copies(vault_path: Path) -> list[Path]:
    """The migration copies beside the vault and its backups in the default backup folder."""
    return own_copies(Path(vault_path), [default_backup_folder()])


@dataclass
class CopiesResult:
    purged: list[Path] = field(default_factory=list)
    failed: list[Path] = field(default_factory=list)  # could not be opened (other passphrase, damaged)
    deleted: list[Path] = field(default_factory=list)  # held purged data: removed outright
    fresh: Path | None = None  # the verified backup made before the old copies were deleted

    def lines(self) -> list[str]:
        """What the purge confirmation says about the copies."""
        if self.fresh is not None:
            out = [
                f"made a fresh verified backup ({self.fresh}) and deleted {len(self.deleted)} of vpdesk's "
                "own copies that held purged data (automatic backups, migration copies)"
            ]
        else:
            out = [f"purged {len(self.purged)} of vpdesk's own copies (automatic backups, migration copies)"]
        for path in self.failed:
            out.append(f"could not purge {path} (another passphrase or damaged): remove it yourself")
        out.append("backups you made elsewhere still hold the purged data until you replace them")
        return out


@dataclass(frozen=True)
class Held:
    """Cases and mediations past their retention term that a hold keeps from the purge."""

    case_ids: tuple[int, ...]
    mediation_ids: tuple[int, ...]
    reasons: int  # how many different reasons were given (the reasons themselves stay inside)

    @property
    def count(self) -> int:
        return len(self.case_ids) + len(self.mediation_ids)

    def line(self) -> str:
        """What the purge says about them: counts only, never a reason's text."""
        return (
            f"kept {len(self.case_ids)} cases and {len(self.mediation_ids)} mediations past their "
            f"retention term on hold ({self.reasons} different reasons)"
        )


def _held(vault: Vault, table: str, months: str, day: str) -> list[tuple[Any, ...]]:
    """(id, hold reason) of the held dossiers of ``table`` whose term (the organisation's
    column ``months``) has ended by ``day``, earliest close first."""
    return vault.db.query(
        f"""
        SELECT d.id, d.hold_reason FROM {table} d JOIN organisations o ON o.id = d.organisation_id
        WHERE d.closed IS NOT NULL AND d.purged IS NULL AND d.hold_reason IS NOT NULL
          AND date(d.closed, '+' || o.{months} || ' months') <= ?
        ORDER BY d.closed
        """,
        (day,),
    )


def held_past_retention(vault: Vault, today: date | None = None) -> Held:
    """What the purge would reach today but for a hold."""
    day = (today or date.today()).isoformat()
    cases = _held(vault, "cases", "retention_months", day)
    mediations = _held(vault, "mediations", "mediation_retention_months", day)
    reasons = {str(r[1]).strip().casefold() for r in (*cases, *mediations)}
    return Held(tuple(r[0] for r in cases), tuple(r[0] for r in mediations), len(reasons))


def copy_holds_purged(path: Path, passphrase: str, case_ids: list[int], mediation_ids: list[int]) -> bool:
    """Whether a copy still holds, unpurged, a case or mediation the vault has purged."""
    db = connection.connect(Path(path), passphrase, read_only=True)
    try:
        tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table, ids in (("cases", case_ids), ("mediations", mediation_ids)):
            if table not in tables:
                continue
            for chunk in _chunks(ids):
                marks = ", ".join("?" * len(chunk))
                row = db.query_one(
                    f"SELECT count(*) FROM {table} WHERE purged IS NULL AND id IN ({marks})", chunk
                )
                if row and row[0]:
                    return True
        return False
    finally:
        db.close()


def delete_copies(vault: Vault, copies: Iterable[Path], fresh_folder: Path) -> CopiesResult:
    """Instead of purging them, delete the copies that still hold purged data, once a fresh
    verified backup of the purged vault exists in ``fresh_folder``.

    Nothing is deleted when the fresh backup cannot be made (the error is raised); a copy
    that cannot be opened with the vault's passphrase is listed as failed, not touched.
    """
    if not Path(fresh_folder).is_dir():
        raise VaultError("the backup folder does not exist; no copy was deleted")
    copies = [Path(p) for p in copies]
    case_ids = [r[0] for r in vault.db.query("SELECT id FROM cases WHERE purged IS NOT NULL")]
    mediation_ids = vault.mediations.purged_ids()
    doomed: list[Path] = []
    result = CopiesResult()
    for path in copies:
        try:
            if copy_holds_purged(path, vault._passphrase, case_ids, mediation_ids):
                doomed.append(path)
        except (VaultError, OSError):
            result.failed.append(path)
    result.fresh = vault.backup(Path(fresh_folder))
    for path in doomed:
        if path == result.fresh:
            continue
        lock = WriterLock(path)
        try:
            lock.acquire()
        except VaultError:  # open in a window: left alone
            result.failed.append(path)
            continue
        try:
            path.unlink()
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{path}{suffix}").unlink()
        except OSError:
            result.failed.append(path)
        else:
            result.deleted.append(path)
        finally:
            lock.release()
    return result


def purge_copies(vault: Vault, copies: Iterable[Path], *, today: date | None = None) -> CopiesResult:
    """Give every copy the purge the vault has had: each case and mediation purged in the vault
    is blanked in the copy too, the copy's index rebuilt and the file vacuumed.

    A copy that cannot be opened with the vault's passphrase is listed as failed, not touched.
    """
    stamp = (today or date.today()).isoformat()
    case_ids = [r[0] for r in vault.db.query("SELECT id FROM cases WHERE purged IS NOT NULL")]
    mediation_ids = vault.mediations.purged_ids()
    result = CopiesResult()
    for path in copies:
        try:
            _purge_one(Path(path), vault._passphrase, case_ids, mediation_ids, stamp)
        except (VaultError, OSError):
            result.failed.append(Path(path))
        else:
            result.purged.append(Path(path))
    return result


def _purge_one(
    path: Path, passphrase: str, case_ids: list[int], mediation_ids: list[int], stamp: str
) -> None:
    lock = WriterLock(path)
    lock.acquire()
    try:
        db = connection.connect(path, passphrase)
        try:
            tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
            with db.transaction():
                for chunk in _chunks(case_ids):
                    marks = ", ".join("?" * len(chunk))
                    for sql in CASE_PURGE_SQL:
                        params = (stamp, *chunk) if "purged = ?" in sql else tuple(chunk)
                        db.execute(sql.format(m=marks), params)
                if "mediations" in tables:
                    purge_mediation_rows(db, mediation_ids, stamp)
                if "case_search" in tables and case_ids:
                    from vpdesk.vault.search import write_index_rows

                    for chunk in _chunks(case_ids):
                        with db.lock:
                            write_index_rows(db.conn, f"IN ({', '.join('?' * len(chunk))})", chunk)
            with db.lock:
                conn = db.conn
                for index in ("case_search", "case_values"):
                    if index in tables:
                        conn.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("VACUUM")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
    finally:
        lock.release()
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                p = Path(f"{path}{suffix}")
                if p.exists() and p.stat().st_size == 0:
                    p.unlink()
