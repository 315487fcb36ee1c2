"""The Vault: one open, keyed vault file with its repositories."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

from vpdesk.vault import connection
from vpdesk.vault.cases import CaseRepository
from vpdesk.vault.connection import Database, DatabaseError, translate_error
from vpdesk.vault.errors import (
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from vpdesk.vault.filelock import WriterLock
from vpdesk.vault.ledger import ReleaseLedger
from vpdesk.vault.maintenance import (
    backup_database,
    compact_database,
    compaction_pending,
    partial_name,
    protect_vault_files,
    publish_new,
    rekey,
    remove_partial,
    remove_stale_parts,
)
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


class Vault:
    """An open vault. Close it (or use it as a context manager) to release the file."""

    def __init__(self, db: Database, passphrase: str, lock: WriterLock | None) -> None:
        self.db = db
        self.path = db.path
        self._passphrase = passphrase
        self._lock = lock
        # Why a vault asked for writing was opened read-only ("" = it was not).
        self.read_only_reason = ""
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
        self.releases = ReleaseLedger(db)
        self.mediations = MediationRepository(db)
        self.professional = ProfessionalRepository(db)

    # -- life cycle ----------------------------------------------------------------------

    # The command line switches this on for the commands that change the vault or copy from
    # it (see vpdesk.cli); the window does not, to keep unlocking fast.
    verify_on_open: bool = False

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        populate: Callable[[Vault], None] | None = None,
    ) -> Vault:
        """Create a new vault at ``path`` (which must not exist yet).

        The vault is built under a temporary name beside ``path`` (and filled by ``populate``,
        if given) and only then given its name, so an interrupted creation leaves no file
        at ``path``.
        """
        path = Path(path)
        connection.preflight(path, write=True, create=True)
        lock = WriterLock(path)
        try:
            lock.acquire()
        except OSError as exc:
            raise translate_error(exc) from None
        tmp = partial_name(path)
        db: Database | None = None
        try:
            db = connection.connect(tmp, passphrase, create=True)
            _migrate(db, 0, CURRENT_VERSION)
            building = cls(db, passphrase, lock)
            building.audit.record("vault_created")
            if populate is not None:
                populate(building)
            db.close()
            db = None
            publish_new(tmp, path)
            db = connection.connect(path, passphrase)
            remove_stale_parts(path)
        except BaseException:
            if db is not None:
                db.close()
            remove_partial(tmp)
            lock.release()
            raise
        return cls(db, passphrase, lock)

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        write: bool = True,
        migrate: bool = True,
        verify: bool | None = None,
        on_backup: Callable[[Path], None] | None = None,
        read_only_fallback: bool = False,
    ) -> Vault:
        """Open an existing vault; with ``write`` no other process may open it for writing.

        Without ``write`` the file is opened read-only and nothing is created beside it, so
        reading works on a full or read-only disk. An older schema is migrated (after a
        verified encrypted copy is taken beside the file) unless ``migrate`` is False.
        ``verify`` (default: :attr:`verify_on_open`) checks every page before use; without
        it SQLCipher checks each page as it is read. With
        ``read_only_fallback`` a vault that cannot be opened for writing (read-only or full
        disk, open in a window) is opened read-only instead, ``read_only_reason`` saying why.
        """
        path = Path(path)
        if write and read_only_fallback:
            try:
                return cls.open(path, passphrase, migrate=migrate, verify=verify, on_backup=on_backup)
            except (WrongPassphrase, VaultDamaged, VaultNotFound, VaultTooNew):
                raise
            except VaultError as exc:
                vault = cls.open(path, passphrase, write=False, migrate=migrate, verify=verify)
                vault.read_only_reason = str(exc)
                return vault
        verify = cls.verify_on_open if verify is None else verify
        lock = WriterLock(path) if write else None
        if lock is not None:
            connection.preflight(path, write=True)
            try:
                lock.acquire()
            except OSError as exc:
                raise translate_error(exc) from None
        try:
            db = connection.connect(path, passphrase, read_only=not write, verify=verify)
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
                if write:
                    _upgrade(db, passphrase, version, on_backup)
                else:
                    db.close()
                    with cls.open(path, passphrase, write=True, on_backup=on_backup):
                        pass
                    db = connection.connect(path, passphrase, read_only=True)
            if write:
                remove_stale_parts(path)
                if compaction_pending(db):
                    with contextlib.suppress(VaultError):
                        compact_database(db)
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
        if not Path(dest).is_dir():  # a dated name in a folder never replaces a file
            protect_vault_files(self.path, Path(dest))
        target = backup_database(self.db, self._passphrase, Path(dest))
        if self.writable:
            self.audit.record("backup")
        return target

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt into a verified copy and swap it in: one passphrase opens the vault.

        On failure the old passphrase still opens it (the error says so); once this returns
        only the new one does.
        """
        rekey(self.db, self._passphrase, new_passphrase)
        self._passphrase = new_passphrase
        # The change is done; the audit line is a record of it and must not undo the answer.
        with contextlib.suppress(VaultError):
            self.audit.record("passphrase_changed")


def _schema_version(db: Database) -> int:
    version = int(db.query_one("PRAGMA user_version")[0])
    if version == 0:
        tables = db.query_one("SELECT count(*) FROM sqlite_master")[0]
        if tables:
            raise NotAVault("this encrypted database is not a vpdesk vault")
    return version


def _upgrade(db: Database, passphrase: str, version: int, on_backup: Callable[[Path], None] | None) -> None:
    copy = db.path.with_name(f"{db.path.name}.v{version}.bak")
    backup_database(db, passphrase, copy)
    if on_backup is not None:
        on_backup(copy)
    _migrate(db, version, CURRENT_VERSION)


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
