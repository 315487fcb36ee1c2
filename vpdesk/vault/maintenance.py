"""Backups, integrity checks and changing the passphrase."""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from vpdesk.vault import connection
from vpdesk.vault.connection import Database, DatabaseError, translate_error
from vpdesk.vault.errors import VaultDamaged, VaultError, WrongPassphrase
from vpdesk.vault.schema import CURRENT_VERSION


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_partial(path: Path) -> None:
    """Remove a half-written database and its WAL companions, ignoring what is not there."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def backup_target(source: Path, dest: Path) -> Path:
    """``dest`` itself, or a dated file name inside it when ``dest`` is a folder."""
    if dest.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        stem = source.name[: -len(".vpdesk")] if source.name.endswith(".vpdesk") else source.name
        return dest / f"{stem}-{stamp}.vpdesk"
    return dest


def backup_database(db: Database, passphrase: str, dest: Path) -> Path:
    """Copy the open database to ``dest``, encrypted with the same passphrase.

    The copy is written under a temporary name beside ``dest``, opened and checked, and only
    then renamed into place. A failure leaves no partial file behind.
    """
    target = backup_target(db.path, dest)
    if target.resolve() == db.path.resolve():
        raise VaultError("a backup cannot replace the vault itself")
    if not target.parent.is_dir():
        raise VaultError(f"the folder {target.parent} does not exist")
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        connection.create_private_file(tmp)
        dst = connection.raw_connect(tmp, passphrase)
        try:
            dst.execute("SELECT count(*) FROM sqlite_master").fetchone()
            with db.lock:
                db.conn.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        problems = check_file(tmp, passphrase).problems
        if problems:
            raise VaultError("the backup copy failed its check; nothing was written")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except (DatabaseError, OSError) as exc:
        remove_partial(tmp)
        raise translate_error(exc) from exc
    except BaseException:
        remove_partial(tmp)
        raise
    return target


@dataclass
class CheckReport:
    version: int = 0
    pages: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_file(path: Path, passphrase: str) -> CheckReport:
    """Check page MACs, SQLite integrity, foreign keys and the schema version.

    Raises WrongPassphrase or VaultDamaged when the file cannot be opened at all.
    """
    report = CheckReport()
    try:
        db = connection.connect(path, passphrase)
    except VaultDamaged as exc:
        report.problems.append(str(exc))
        raw = connection.raw_connect(path, passphrase)
        try:
            rows = raw.execute("PRAGMA cipher_integrity_check").fetchall()
            report.problems += [f"encryption: {msg}" for (msg,) in rows]
        except DatabaseError:
            pass
        finally:
            raw.close()
        return report
    try:
        conn = db.conn
        conn.execute("PRAGMA query_only = ON")
        report.pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        for (msg,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
            report.problems.append(f"encryption: {msg}")
        for (msg,) in conn.execute("PRAGMA integrity_check").fetchall():
            if msg != "ok":
                report.problems.append(f"integrity: {msg}")
        for row in conn.execute("PRAGMA foreign_key_check").fetchall():
            report.problems.append(f"foreign key: table {row[0]} row {row[1]} refers to a missing {row[2]}")
        report.version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if report.version > CURRENT_VERSION:
            report.problems.append(
                f"schema: version {report.version} is newer than this vpdesk ({CURRENT_VERSION})"
            )
        elif report.version < 1:
            report.problems.append("schema: this database is not a vpdesk vault")
    except DatabaseError as exc:
        report.problems.append(f"the file could not be read completely ({translate_error(exc)})")
    finally:
        db.close()
    return report


def rekey(db: Database, new_passphrase: str) -> None:
    """Change the passphrase and verify the file opens with the new one."""
    quoted = connection._quote(new_passphrase)
    with db.lock:
        try:
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.conn.execute(f"PRAGMA rekey = {quoted}")
        except (DatabaseError, OSError) as exc:
            raise translate_error(exc) from exc
    try:
        probe = connection.connect(db.path, new_passphrase)
    except WrongPassphrase:
        raise VaultDamaged("the new passphrase could not be verified; the vault may be damaged") from None
    probe.close()
