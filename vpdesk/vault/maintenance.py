"""Backups, integrity checks and changing the passphrase."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vpdesk.vault import connection
from vpdesk.vault.connection import Database, DatabaseError, has_table, translate_error
from vpdesk.vault.convert import split_codes
from vpdesk.vault.errors import DiskFull, VaultDamaged, VaultError, VaultExists
from vpdesk.vault.filelock import hold, in_use
from vpdesk.vault.schema import CONVERSATION_TOTALS, CURRENT_VERSION, TALLY_COLUMNS, tally_of


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
    """Remove a half-written database and its journal companions, ignoring what is not there."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).unlink()


def partial_name(path: Path) -> Path:
    """A fresh temporary name beside ``path``, recognised (and cleaned up) as unfinished work."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")


def publish_new(tmp: Path, path: Path) -> None:
    """Give the finished file ``tmp`` the name ``path``, never replacing a file already there."""
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise VaultExists(f"a file already exists at {path}; choose another name") from None
    except OSError:  # a file system without hard links (FAT, some network shares)
        if path.exists():
            raise VaultExists(f"a file already exists at {path}; choose another name") from None
        os.replace(tmp, path)
    else:
        tmp.unlink()
    _fsync_dir(path.parent)


def _stem(name: str) -> str:
    return name[: -len(".vpdesk")] if name.endswith(".vpdesk") else name


def _backup_name(stem: str) -> str:
    return rf"{re.escape(stem)}-\d{{8}}-\d{{6}}(-\d+)?\.vpdesk"


def remove_stale_parts(vault_path: Path, folder: Path | None = None) -> None:
    """Remove what an interrupted creation, upgrade, passphrase change or backup left behind."""
    folder = vault_path.parent if folder is None else folder
    name = vault_path.name
    part = r"\.[0-9a-f]{8}\.part(-journal|-wal|-shm)?"
    pattern = re.compile(rf"^\.({re.escape(name)}(\.v\d+\.bak)?|{_backup_name(_stem(name))}){part}$")
    with contextlib.suppress(OSError):
        for leftover in folder.iterdir():
            if pattern.match(leftover.name):
                base = Path(re.sub(r"(-journal|-wal|-shm)$", "", str(leftover)))
                if not in_use(base):
                    remove_partial(base)


def protect_vault_files(vault_path: Path, out: Path) -> None:
    """Refuse an output path that is the vault, one of its companion files or its backups."""
    try:
        target = out.resolve()
        vault = vault_path.resolve()
    except OSError:
        return
    own = {Path(f"{vault}{suffix}") for suffix in ("", "-wal", "-shm", "-journal", ".lock")}
    same = target in own
    with contextlib.suppress(OSError):
        same = same or (target.exists() and vault.exists() and os.path.samefile(target, vault))
    name = vault.name
    backup = re.compile(
        rf"^({re.escape(name)}\.(v\d+\.bak|replaced-.*)|{_backup_name(_stem(name))})(-wal|-shm|-journal)?$"
    )
    if (
        same
        or (target.parent == vault.parent and backup.match(target.name))
        or (target.exists() and backup.match(target.name))
    ):
        raise VaultError(f"{out} is the vault or one of its own files or backups; choose another file name")


def backup_target(source: Path, dest: Path) -> Path:
    """``dest`` itself, or a dated file name inside it when ``dest`` is a folder."""
    if dest.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return dest / f"{_stem(source.name)}-{stamp}.vpdesk"
    return dest


def _publish_backup(tmp: Path, target: Path, numbered: bool) -> Path:
    """Rename the checked copy into place; a dated name already taken gets a number."""
    if not numbered:
        os.replace(tmp, target)
        return target
    for n in range(1, 1000):
        candidate = target if n == 1 else target.with_name(f"{target.stem}-{n}{target.suffix}")
        try:
            os.link(tmp, candidate)
        except FileExistsError:
            continue
        except OSError:  # no hard links on this file system
            if candidate.exists():
                continue
            os.replace(tmp, candidate)
            return candidate
        tmp.unlink()
        return candidate
    raise VaultError("too many backups with the same time in that folder; choose another folder")


def backup_database(db: Database, passphrase: str, dest: Path) -> Path:
    """Copy the open database to ``dest``, encrypted with the same passphrase.

    The copy is written under a temporary name beside ``dest``, opened and checked, and only
    then renamed into place. A failure leaves no partial file behind.
    """
    numbered = dest.is_dir()
    target = backup_target(db.path, dest)
    if target.resolve() == db.path.resolve():
        raise VaultError("a backup cannot replace the vault itself")
    if not target.parent.is_dir():
        raise VaultError(f"the folder {target.parent} does not exist; create it or choose another")
    remove_stale_parts(db.path, target.parent)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    held: int | None = None
    try:
        connection.create_private_file(tmp)
        held = hold(tmp)
        counts = _copy_file(db, tmp)
        if counts is None:
            counts = _copy_into(db, tmp, passphrase)
        if verify_copy(tmp, passphrase, counts):
            _refuse_damaged_source(db)
            raise VaultError("the backup copy failed its check; nothing was written")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        target = _publish_backup(tmp, target, numbered)
        _fsync_dir(target.parent)
    except (DatabaseError, OSError) as exc:
        remove_partial(tmp)
        raise translate_error(exc) from exc
    except BaseException:
        remove_partial(tmp)
        raise
    finally:
        if held is not None:
            os.close(held)
    return target


def _refuse_damaged_source(db: Database) -> None:
    """After a failed check of a copy: say so when the vault's own pages are damaged."""
    with db.lock:
        try:
            failures = len(db.conn.execute("PRAGMA cipher_integrity_check").fetchall())
        except DatabaseError:
            failures = 1
    if failures:
        raise VaultDamaged(
            f"the vault file is damaged ({failures} pages fail their check); no backup was written; "
            "restore the vault from an earlier backup"
        )


def _copy_into(db: Database, tmp: Path, passphrase: str) -> dict[str, int]:
    """Copy every page of the open database into the empty file ``tmp``, keyed with ``passphrase``.

    Returns the number of rows of every table as copied (see :func:`verify_copy`).
    """
    dst = connection.raw_connect(tmp, passphrase)
    try:
        dst.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with db.lock:
            db.conn.backup(dst)
            counts = table_counts(db.conn)
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
    return counts


def _copy_file(db: Database, tmp: Path) -> dict[str, int] | None:
    """Copy the vault's file as it is into ``tmp``, while a read transaction keeps every writer
    out; the number of rows of every table as copied. None where only SQLite can copy (the
    vault is not in rollback-journal mode, or this connection has changes not yet committed).

    The copy keeps the vault's salt and key, so the same passphrase opens it; no page is
    decrypted or encrypted again, which makes this several times quicker than SQLite's backup.
    """
    with db.lock:
        conn = db.conn
        if conn.in_transaction or str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "delete":
            return None
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the shared lock
            counts = table_counts(conn)
            with open(db.path, "rb") as src, open(tmp, "r+b") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.truncate()
        finally:
            conn.execute("ROLLBACK")
    return counts


def _tables(conn: Any) -> list[tuple[str, str]]:
    return [
        (str(name), str(kind))
        for name, kind in conn.execute("SELECT name, type FROM pragma_table_list WHERE schema = 'main'")
        if kind in ("table", "shadow") and not str(name).startswith("sqlite_")
    ]


def table_counts(conn: Any) -> dict[str, int]:
    """The number of rows of every table (not those inside the full-text index: its structure
    is checked, but counting its large pages would cost as much as reading them all)."""
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name, kind in _tables(conn)
        if kind == "table"
    }


def _page_macs(path: Path, passphrase: str) -> list[str]:
    conn = connection.raw_connect(path, passphrase, read_only=True)
    try:
        return [f"encryption: {msg}" for (msg,) in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()


def verify_copy(path: Path, passphrase: str, counts: dict[str, int]) -> list[str]:
    """The checks a fresh copy gets before it takes its name: what is wrong with it, if anything.

    Every page's MAC (a byte changed on the way to the disk fails it), SQLite's quick check
    of every table and index holding records (their structure) and the number of rows of
    every table, compared with ``counts`` of the vault it was copied from. The MACs are
    checked on a second connection at the same time. Cheaper than :func:`check_file`
    (``vpdesk check``), which also checks the full-text index's own tables (an index made
    from the notes, which a copy of unchanged pages cannot break and which can be made
    again), compares every index and the full-text index with its table, counts pages that
    belong nowhere and checks the foreign keys.
    """
    macs: list[str] = []
    failed: list[BaseException] = []

    def check_macs() -> None:
        try:
            macs.extend(_page_macs(path, passphrase))
        except (DatabaseError, OSError) as exc:
            failed.append(exc)

    worker = threading.Thread(target=check_macs, name="backup-check", daemon=True)
    problems: list[str] = []
    try:
        conn = connection.raw_connect(path, passphrase, read_only=True)
    except (DatabaseError, OSError) as exc:
        return [f"the copy could not be opened ({translate_error(exc)})"]
    worker.start()
    try:
        for name, kind in _tables(conn):
            if kind == "shadow":
                continue  # the full-text index's own tables: see above
            problems += [
                f"integrity: {msg}" for (msg,) in conn.execute(f'PRAGMA quick_check("{name}")') if msg != "ok"
            ]
        if not problems and table_counts(conn) != counts:
            problems.append("rows: the copy's tables do not hold the vault's rows")
    except DatabaseError as exc:
        problems.append(f"the copy could not be read completely ({translate_error(exc)})")
    finally:
        conn.close()
        worker.join()
    problems += macs
    problems += [f"the copy could not be read completely ({translate_error(exc)})" for exc in failed]
    return problems


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
        db = connection.connect(path, passphrase, read_only=True)
    except VaultDamaged as exc:
        report.problems.append(str(exc))
        raw = connection.raw_connect(path, passphrase, read_only=True)
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
        report.problems += tally_problems(conn)
        report.problems += conversation_total_problems(conn)
    except DatabaseError as exc:
        report.problems.append(f"the file could not be read completely ({translate_error(exc)})")
    finally:
        db.close()
    return report


# Each case's tallies (schema V12) beside what they are made from.
_TALLIES = (
    f"SELECT {', '.join('t.' + column for column in TALLY_COLUMNS)}, "
    + ", ".join(tally_of(column, "c.id") for column in TALLY_COLUMNS)
    + " FROM cases c JOIN case_tallies t ON t.case_id = c.id"
)


def tally_problems(conn: Any) -> list[str]:
    """The cases whose tallies for the year figures differ from their records (none, normally:
    triggers keep them)."""
    if not has_table(conn, "case_tallies"):
        return []
    differ = sum(
        1
        for kept_b, kept_r, kept_n, b, r, n in conn.execute(_TALLIES)
        if kept_n != n or split_codes(kept_b) != split_codes(b) or split_codes(kept_r) != split_codes(r)
    )
    return [f"tallies: the figures' tallies differ from the records for {differ} case(s)"] if differ else []


def conversation_total_problems(conn: Any) -> list[str]:
    """The organisations' conversation totals per year (schema V13) that differ from the
    conversations themselves (none, normally: triggers keep them)."""
    if not has_table(conn, "conversation_totals"):
        return []
    kept = {tuple(r[:2]): tuple(r[2:]) for r in conn.execute(_KEPT_TOTALS)}
    made = {tuple(r[:2]): tuple(r[2:]) for r in conn.execute(CONVERSATION_TOTALS)}
    differ = sum(1 for key in kept.keys() | made.keys() if kept.get(key) != made.get(key))
    if not differ:
        return []
    return [f"totals: the conversation totals differ from the conversations in {differ} year(s)"]


_KEPT_TOTALS = "SELECT * FROM conversation_totals WHERE conversations != 0"


COMPACTION_PENDING = "maintenance.compaction_pending"


def compaction_pending(db: Database) -> bool:
    """True when a purge committed but could not yet rewrite the file."""
    return db.query_one("SELECT 1 FROM settings WHERE key = ?", (COMPACTION_PENDING,)) is not None


def compact_database(db: Database) -> None:
    """Rewrite the file so freed pages hold no old text; clears the pending mark."""
    with db.lock:
        conn = db.conn
        try:
            conn.execute("INSERT INTO case_search(case_search) VALUES ('optimize')")
            if has_table(conn, "case_values"):
                conn.execute("INSERT INTO case_values(case_values) VALUES ('optimize')")
            conn.execute("VACUUM")
            conn.execute("DELETE FROM settings WHERE key = ?", (COMPACTION_PENDING,))
        except (DatabaseError, OSError) as exc:
            raise translate_error(exc) from exc


def rekey(db: Database, old_passphrase: str, new_passphrase: str) -> None:
    """Change the passphrase: re-encrypt into a checked copy, then swap it in atomically.

    Until the rename exactly the old passphrase opens the vault, after it exactly the new one.
    """
    connection._quote(new_passphrase)
    kept = "the passphrase was not changed and the old one still opens the vault"
    tmp = partial_name(db.path)
    try:
        connection.create_private_file(tmp)
        _copy_into(db, tmp, new_passphrase)
        if check_file(tmp, new_passphrase).problems:
            raise VaultError(f"the re-encrypted copy failed its check; {kept}")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException as exc:
        remove_partial(tmp)
        error = translate_error(exc) if isinstance(exc, (DatabaseError, OSError)) else exc
        if isinstance(error, DiskFull):
            raise DiskFull(f"the disk is full: {kept}; free some space and try again") from None
        if isinstance(error, VaultError) and kept not in str(error):
            raise type(error)(f"{error}; {kept}") from None
        raise
    with db.lock:
        db.conn.close()
        try:
            os.replace(tmp, db.path)
        except OSError as exc:
            remove_partial(tmp)
            db.conn = connection.connect(db.path, old_passphrase).conn
            raise VaultError(f"{translate_error(exc)}; {kept}") from None
        _fsync_dir(db.path.parent)
        try:
            db.conn = connection.connect(db.path, new_passphrase).conn
        except VaultError:
            raise VaultError(
                "the passphrase was changed, but the vault could not be opened again; "
                "open it with the new passphrase"
            ) from None
