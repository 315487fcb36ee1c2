"""Opening, creating and closing the encrypted vault file (SQLCipher 4, default settings)."""

from __future__ import annotations

import contextlib
import errno
import os
import struct
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


def raw_connect(path: Path | str, passphrase: str, *, read_only: bool = False) -> Any:
    """A keyed connection with vpdesk's pragmas; does not touch the data yet.

    ``read_only`` opens the file for reading only: nothing beside it is created, so it works
    on a full disk, and on a read-only disk the file is also declared immutable.
    """
    if read_only:
        target = Path(path).resolve().as_uri() + "?mode=ro"
        journal = Path(f"{path}-journal")
        # Immutable (no locks, no -shm) only where nobody can change the file and no
        # interrupted transaction waits to be rolled back.
        if _on_read_only_disk(Path(path)) and not (journal.exists() and journal.stat().st_size):
            target += "&immutable=1"
        conn = sqlcipher3.connect(target, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    if KDF_ITER is not None:
        conn.execute(f"PRAGMA kdf_iter = {int(KDF_ITER)}")
    return conn


def _on_read_only_disk(path: Path) -> bool:
    """True when the file's file system is mounted read-only: then nobody can change it."""
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # pragma: no cover - statvfs is not on Windows
        return False


def _configure(conn: Any, *, read_only: bool = False) -> None:
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA cache_size = -32000")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
        return
    # A rollback journal with synchronous=FULL: after every commit the vault file alone holds
    # every committed change (a copy taken in the file manager is whole, and no -wal can be
    # lost), and a committed transaction survives a crash or power loss. Measured against WAL
    # with a checkpoint after every write in bench/RESULTS.md.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_FRAME_HEADER = 24


def _wal_checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_loses_commits(path: Path) -> bool:
    """True when the vault's ``-wal`` holds committed transactions SQLite could not replay.

    SQLite replays a write-ahead log up to its first frame whose checksum fails and silently
    ignores the rest; a commit frame of the same log after that point is committed work that
    would be dropped. (The file-format fields read here are not encrypted.)
    """
    wal = Path(f"{path}-wal")
    try:
        data = wal.read_bytes()
    except OSError:
        return False
    if len(data) < _WAL_HEADER:
        return False
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:_WAL_HEADER])
    frame = _FRAME_HEADER + page_size
    has_frames = len(data) >= _WAL_HEADER + _FRAME_HEADER
    if magic not in _WAL_MAGIC or not 512 <= page_size <= 65536:
        return has_frames and any(data)
    big = bool(magic & 1)
    sums = _wal_checksum(data[:24], big, 0, 0)
    if sums != (c1, c2):
        return has_frames
    broken = False
    for start in range(_WAL_HEADER, len(data) - frame + 1, frame):
        page_no, commit, f1, f2, k1, k2 = struct.unpack(">6I", data[start : start + _FRAME_HEADER])
        if (f1, f2) != (salt1, salt2):
            break  # frames of an older, already checkpointed log
        if broken:
            if commit:
                return True
            continue
        body = data[start : start + 8] + data[start + _FRAME_HEADER : start + frame]
        new = _wal_checksum(body, big, *sums)
        if new != (k1, k2) or page_no == 0:
            broken = True
            continue
        sums = new
    return False


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
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return DiskFull("the disk is full; nothing was changed")
        if exc.errno == errno.EROFS:
            return VaultError("the disk is read-only; copy the vault to a folder you can write to")
        if exc.errno in (errno.EACCES, errno.EPERM):
            return VaultError("permission denied; make sure you may read and write the file and its folder")
        if exc.errno == errno.ENOENT:
            return VaultNotFound("a file or folder does not exist; check the path")
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
        return VaultError(
            "the vault file cannot be written; make the file and its folder writable and try again"
        )
    if primary == 5 or "locked" in text:  # SQLITE_BUSY
        return VaultError("the vault is busy in another process; try again")
    if primary == 14 or "unable to open" in text:  # SQLITE_CANTOPEN
        return VaultError(
            "the vault file cannot be opened; make sure it exists and that you may read and "
            "write it and its folder"
        )
    if primary == 3:  # SQLITE_PERM
        return VaultError("permission denied; make sure you may read and write the file and its folder")
    # The SQLite error name (never the message, which can quote data) helps support.
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return VaultError(f"the vault could not complete the operation ({name})")


def preflight(path: Path, *, write: bool, create: bool = False) -> None:
    """Refuse, with one sentence saying what to do, a vault that cannot be used as asked."""
    folder = path.parent
    if create:
        if path.exists():
            raise VaultExists(f"a file already exists at {path}; choose another name")
        if not folder.is_dir():
            raise VaultNotFound(f"the folder {folder} does not exist; create it first or choose another")
    else:
        if path.is_dir():
            raise VaultNotFound(f"{path} is a folder, not a vault file; choose the .vpdesk file")
        if not path.exists():
            raise VaultNotFound(f"no vault at {path}; check the path")
        try:
            with path.open("rb") as fh:
                fh.read(1)
        except PermissionError:
            raise VaultError(
                f"you may not read {path}; ask its owner for access or fix its permissions"
            ) from None
        except OSError as exc:
            raise translate_error(exc) from None
    if not write:
        return
    target = folder if create else path
    if _on_read_only_disk(target):
        raise VaultError(
            "the vault is on a read-only disk; copy it to a folder you can write to and open the copy"
        )
    if not create and not os.access(path, os.W_OK):
        raise VaultError(
            f"the vault file {path.name} is read-only; make it writable (file properties) and try again"
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise VaultError(
            f"you may not write in the folder {folder}; move the vault to a folder you can write to"
        )


def has_table(conn: Any, name: str) -> bool:
    """Whether the database holds a table (or index, view, trigger) of that name."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone() is not None


def _is_vpdesk(conn: Any) -> bool:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return version >= 1 and {"cases", "organisations", "audit_log"} <= tables


def pages_damaged(failures: int) -> VaultDamaged:
    """The error for a vault whose pages fail their MAC check (``failures`` of them)."""
    return VaultDamaged(
        f"the vault file is damaged ({failures} pages fail their check); restore it from a backup"
    )


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
            self.conn.close()
            self.conn = None


def connect(
    path: Path,
    passphrase: str,
    *,
    create: bool = False,
    read_only: bool = False,
    verify: bool = False,
) -> Database:
    """Open (or create) the SQLCipher file and verify the key by reading it.

    An existing file must be a vpdesk vault (it is not changed otherwise); ``read_only``
    creates nothing beside it; ``verify`` checks every page's MAC before anything is read.
    """
    preflight(path, write=not read_only, create=create)
    if not create:
        if path.stat().st_size == 0:
            raise NotAVault("not a vault (empty file); restore the vault from a backup")
        if wal_loses_commits(path):
            raise VaultDamaged(
                f"the vault's change log ({path.name}-wal) is damaged and committed changes "
                "would be lost; keep both files and restore the vault from a backup"
            )
        if read_only:
            _recover(path, passphrase)
    try:
        if create:
            create_private_file(path)
        conn = raw_connect(path, passphrase, read_only=read_only and not create)
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
        if not create and not _is_vpdesk(conn):
            conn.close()
            raise NotAVault("this encrypted database is not a vpdesk vault; it was not changed")
        if verify:
            failures = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
            if failures:
                conn.close()
                raise pages_damaged(failures)
        _configure(conn, read_only=read_only and not create)
    except (DatabaseError, OSError) as exc:
        conn.close()
        raise translate_error(exc) from None
    return Database(path, conn)


def _recover(path: Path, passphrase: str) -> None:
    """Before a read-only open: let a writable connection finish what a crash left behind.

    A hot rollback journal must be rolled back and an old vault's write-ahead log replayed,
    which a read-only connection cannot do. Best effort: a read-only disk simply reads on.
    """
    leftovers = [Path(f"{path}{suffix}") for suffix in ("-journal", "-wal")]
    if not any(p.is_file() and p.stat().st_size > 0 for p in leftovers):
        return
    with contextlib.suppress(VaultError, DatabaseError, OSError):
        connect(path, passphrase).close()


__all__ = ["Database", "WriterLock", "connect", "has_table", "raw_connect", "translate_error"]
