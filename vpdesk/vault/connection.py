"""Opening, creating and closing the encrypted vault file (SQLCipher 4, default settings)."""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from vpdesk.vault.errors import (
    DiskFull,
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from vpdesk.vault.filelock import WriterLock

# None means SQLCipher's own default (256,000 PBKDF2-HMAC-SHA512 iterations). Only the
# test-suite lowers it, to keep thousands of opens fast; the product never does.
KDF_ITER: int | None = None

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096

DatabaseError = sqlcipher3.DatabaseError


def _quote(passphrase: str) -> str:
    if not passphrase:
        raise WrongPassphrase("the passphrase is empty")
    if "\x00" in passphrase:
        raise WrongPassphrase("the passphrase contains a NUL character")
    return "'" + passphrase.replace("'", "''") + "'"


def create_private_file(path: Path) -> None:
    """Create an empty file only the owner can read; SQLite gives its -wal/-shm the same mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def raw_connect(path: Path | str, passphrase: str) -> Any:
    """A keyed connection with vpdesk's pragmas; does not touch the data yet."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    if KDF_ITER is not None:
        conn.execute(f"PRAGMA kdf_iter = {int(KDF_ITER)}")
    return conn


def _configure(conn: Any) -> None:
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA cache_size = -32000")
    # WAL with synchronous=FULL: a committed transaction survives a crash or power loss.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def diagnose_unreadable(path: Path, passphrase: str) -> VaultError:
    """Tell a wrong passphrase from a damaged file after the first read failed.

    With the right key only the damaged pages fail their MAC check; with a wrong key every
    page does.
    """
    try:
        head = _head(path)
        size = path.stat().st_size
    except OSError as exc:
        return VaultError(f"cannot read the vault file: {exc.strerror}")
    if head.startswith(SQLITE_HEADER):
        return NotAVault("this is a plain, unencrypted SQLite file, not a vpdesk vault")
    if size < PAGE_SIZE:
        return NotAVault("this file is too small to be a vpdesk vault")
    conn = None
    try:
        conn = raw_connect(path, passphrase)
        failures = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    except DatabaseError:
        failures = -1
    finally:
        if conn is not None:
            conn.close()
    pages = size // PAGE_SIZE
    if 0 <= failures < pages and pages > 1:
        return VaultDamaged(
            f"the vault file is damaged ({failures} of {pages} pages fail their check); "
            "restore it from a backup"
        )
    return WrongPassphrase("wrong passphrase, or this file is not a vpdesk vault")


def _head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(16)


def translate_error(exc: BaseException) -> VaultError:
    """A clear vault error for a low-level failure, without data in the message."""
    if isinstance(exc, VaultError):
        return exc
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull("the disk is full; nothing was changed")
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower()
    if primary == 13 or "disk is full" in text:  # SQLITE_FULL
        return DiskFull("the disk is full; nothing was changed")
    if primary == 10 or "disk i/o error" in text:  # SQLITE_IOERR
        return DiskFull("a write to the disk failed; nothing was changed")
    if primary in (11, 26) or any(  # SQLITE_CORRUPT, SQLITE_NOTADB
        word in text for word in ("malformed", "not a database", "hmac", "vtable constructor failed")
    ):
        return VaultDamaged("the vault file is damaged; restore it from a backup")
    if primary == 8 or "readonly" in text:  # SQLITE_READONLY
        return VaultError("the vault file cannot be written (read-only)")
    if primary == 5 or "locked" in text:  # SQLITE_BUSY
        return VaultError("the vault is busy in another process; try again")
    # The SQLite error name (never the message, which can quote data) helps support.
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return VaultError(f"the vault could not complete the operation ({name})")


class Database:
    """One keyed connection plus a lock so a worker thread and the GUI never interleave."""

    def __init__(self, path: Path, conn: Any) -> None:
        self.path = path
        self.conn = conn
        self.lock = threading.RLock()
        self._depth = 0

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self.lock:
            try:
                return self.conn.execute(sql, params).fetchall()
            except (DatabaseError, OSError) as exc:
                raise translate_error(exc) from exc

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement inside a transaction; returns lastrowid."""
        with self.transaction():
            cur = self.conn.execute(sql, params)
            return int(cur.lastrowid or 0)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]] | Iterator[Any]) -> None:
        with self.transaction():
            self.conn.executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Commit at the outermost level; a failure anywhere rolls everything back."""
        with self.lock:
            outer = self._depth == 0
            if outer:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                except (DatabaseError, OSError) as exc:
                    raise translate_error(exc) from exc
            self._depth += 1
            try:
                yield
            except BaseException as exc:
                self._depth -= 1
                if outer:
                    with contextlib.suppress(Exception):
                        self.conn.execute("ROLLBACK")
                if isinstance(exc, (DatabaseError, OSError)) and not isinstance(exc, VaultError):
                    raise translate_error(exc) from exc
                raise
            self._depth -= 1
            if outer:
                try:
                    self.conn.execute("COMMIT")
                except (DatabaseError, OSError) as exc:
                    with contextlib.suppress(Exception):
                        self.conn.execute("ROLLBACK")
                    raise translate_error(exc) from exc

    def close(self) -> None:
        with self.lock:
            if self.conn is None:
                return
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None


def connect(path: Path, passphrase: str, *, create: bool = False) -> Database:
    """Open (or create) the SQLCipher file and verify the key by reading it."""
    if create:
        if path.exists():
            raise VaultExists(f"a file already exists at {path}")
        if not path.parent.is_dir():
            raise VaultNotFound(f"the folder {path.parent} does not exist")
    elif not path.is_file():
        raise VaultNotFound(f"no vault at {path}")
    try:
        if create:
            create_private_file(path)
        conn = raw_connect(path, passphrase)
    except (DatabaseError, OSError) as exc:
        raise translate_error(exc) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise diagnose_unreadable(path, passphrase) from None
        raise translate_error(exc) from None
    try:
        _configure(conn)
    except (DatabaseError, OSError) as exc:
        conn.close()
        raise translate_error(exc) from None
    return Database(path, conn)


__all__ = ["Database", "WriterLock", "connect", "raw_connect", "translate_error"]
