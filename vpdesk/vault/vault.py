"""The Vault: one open, keyed vault file with its repositories."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from vpdesk.vault import connection
from vpdesk.vault.cases import CaseRepository
from vpdesk.vault.connection import Database, DatabaseError, translate_error
from vpdesk.vault.errors import NotAVault, VaultExists, VaultTooNew
from vpdesk.vault.filelock import WriterLock
from vpdesk.vault.maintenance import backup_database, rekey, remove_partial
from vpdesk.vault.mediations import MediationRepository, ProfessionalRepository
from vpdesk.vault.meta import AuditLog, Settings, SignalsRepository
from vpdesk.vault.organisations import OrganisationRepository
from vpdesk.vault.records import (
    ActivityRepository,
    ConversationRepository,
    ReferralRepository,
    StepRepository,
)
from vpdesk.vault.schema import CURRENT_VERSION, MIGRATIONS

VAULT_SUFFIX = ".vpdesk"


class Vault:
    """An open vault. Close it (or use it as a context manager) to release the file."""

    def __init__(self, db: Database, passphrase: str, lock: WriterLock | None) -> None:
        self.db = db
        self.path = db.path
        self._passphrase = passphrase
        self._lock = lock
        self.organisations = OrganisationRepository(db)
        self.cases = CaseRepository(db)
        reindex = self.cases.reindex
        self.conversations = ConversationRepository(db, reindex)
        self.steps = StepRepository(db, reindex)
        self.referrals = ReferralRepository(db, reindex)
        self.activities = ActivityRepository(db)
        self.signals = SignalsRepository(db)
        self.audit = AuditLog(db)
        self.settings = Settings(db)
        self.mediations = MediationRepository(db)
        self.professional = ProfessionalRepository(db)

    # -- life cycle ----------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, passphrase: str) -> Vault:
        """Create a new, empty vault at ``path`` (which must not exist yet)."""
        path = Path(path)
        if path.exists():
            raise VaultExists(f"a file already exists at {path}")
        lock = WriterLock(path)
        lock.acquire()
        db: Database | None = None
        try:
            db = connection.connect(path, passphrase, create=True)
            _migrate(db, 0, CURRENT_VERSION)
        except BaseException as exc:
            if db is not None:
                db.close()
            lock.release()
            if not isinstance(exc, VaultExists):
                remove_partial(path)
            raise
        vault = cls(db, passphrase, lock)
        vault.audit.record("vault_created")
        return vault

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        write: bool = True,
        migrate: bool = True,
        on_backup: Callable[[Path], None] | None = None,
    ) -> Vault:
        """Open an existing vault; with ``write`` no other process may open it for writing.

        An older schema is migrated (after a verified encrypted copy is taken beside the file)
        unless ``migrate`` is False.
        """
        path = Path(path)
        lock = WriterLock(path) if write else None
        if lock is not None:
            lock.acquire()
        try:
            db = connection.connect(path, passphrase)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        try:
            version = _schema_version(db)
            if version > CURRENT_VERSION:
                raise VaultTooNew(
                    "this vault was written by a newer version of vpdesk; update vpdesk to open it"
                )
            if version < CURRENT_VERSION and migrate:
                temp_lock = None
                if lock is None:
                    temp_lock = WriterLock(path)
                    temp_lock.acquire()
                try:
                    copy = path.with_name(f"{path.name}.v{version}.bak")
                    backup_database(db, passphrase, copy)
                    if on_backup is not None:
                        on_backup(copy)
                    _migrate(db, version, CURRENT_VERSION)
                finally:
                    if temp_lock is not None:
                        temp_lock.release()
            if not write:
                db.conn.execute("PRAGMA query_only = ON")
        except BaseException:
            db.close()
            if lock is not None:
                lock.release()
            raise
        vault = cls(db, passphrase, lock)
        if write and version < CURRENT_VERSION and migrate:
            vault.audit.record("vault_migrated")
        return vault

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def writable(self) -> bool:
        return self._lock is not None

    @property
    def schema_version(self) -> int:
        return _schema_version(self.db)

    def transaction(self) -> contextlib.AbstractContextManager[None]:
        return self.db.transaction()

    def verify_passphrase(self, passphrase: str) -> bool:
        """True if ``passphrase`` is this vault's (used by the lock screen and passwd)."""
        return passphrase == self._passphrase

    # -- maintenance ---------------------------------------------------------------------

    def backup(self, dest: Path | str) -> Path:
        """Write a verified, encrypted copy to ``dest`` (a file, or a folder to put one in)."""
        target = backup_database(self.db, self._passphrase, Path(dest))
        if self.writable:
            self.audit.record("backup")
        return target

    def change_passphrase(self, new_passphrase: str) -> None:
        rekey(self.db, new_passphrase)
        self._passphrase = new_passphrase
        self.audit.record("passphrase_changed")


def _schema_version(db: Database) -> int:
    version = int(db.query_one("PRAGMA user_version")[0])
    if version == 0:
        tables = db.query_one("SELECT count(*) FROM sqlite_master")[0]
        if tables:
            raise NotAVault("this encrypted database is not a vpdesk vault")
    return version


def _migrate(db: Database, current: int, target: int) -> None:
    for step in MIGRATIONS:
        if current < step.version <= target:
            with db.lock:
                conn = db.conn
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    for statement in _statements(step.sql):
                        conn.execute(statement)
                    if step.after is not None:
                        step.after(conn)
                    conn.execute(f"PRAGMA user_version = {step.version}")
                    conn.execute("COMMIT")
                except (DatabaseError, OSError) as exc:
                    with contextlib.suppress(Exception):
                        conn.execute("ROLLBACK")
                    raise translate_error(exc) from exc


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into complete statements (semicolons inside strings stay)."""
    import sqlcipher3

    buf = ""
    for part in script.split(";"):
        buf += part + ";"
        if sqlcipher3.complete_statement(buf):
            if buf.strip(" \n\t;"):
                yield buf.strip()
            buf = ""
