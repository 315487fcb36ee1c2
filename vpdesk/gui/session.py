"""The open vault's life cycle: open, create, demo, unlock, lock, close and restore.

One :class:`VaultSession` owns the open :class:`~vpdesk.vault.Vault`. Opening runs in the
background; the session announces what happened by signals, and the window, its pages and
its dialogs subscribe instead of reaching into each other:

- ``opened(vault)`` after a vault was opened, created, unlocked or restored;
- ``closing()`` just before the vault goes away (lock or close): empty what shows it;
- ``locked()`` after a lock: the vault is closed, its location kept for the unlock prompt;
- ``closed()`` after a close: nothing is open any more;
- ``open_failed(action, exc)`` when opening did not work (``action``: ``"unlock"``,
  ``"create"`` or ``"demo"``);
- ``backup_failed()`` when the day's automatic backup could not be written on the way out;
- ``refreshed(vault)`` after an import changed the open vault wholesale: show it again;
- ``backup_made(path)`` / ``backup_refused(exc)``, ``passphrase_changed()`` /
  ``passphrase_refused(exc)``, ``import_done(summary)`` / ``import_refused(exc)``: how the
  backup, the passphrase change and the import the window asked for ended.

The window asks (a folder, a file, the new passphrase) and shows the outcome; the work on
the vault, in the background, is the session's.

Closing takes the day's encrypted backup first, here and now rather than in the background,
so that after a lock the key is gone at once; the copy is made at most once a day.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from vpdesk.demo import DEMO_PASSPHRASE, open_demo_vault
from vpdesk.gui import ui_settings
from vpdesk.gui.tasks import Progress, run_task
from vpdesk.importer import ImportSummary, import_file
from vpdesk.paths import demo_vault_path
from vpdesk.vault import Vault
from vpdesk.vault.autobackup import auto_backup

UNLOCK, CREATE, DEMO = "unlock", "create", "demo"


class VaultPage(Protocol):
    """What the session asks of a page that shows the vault."""

    def set_vault(self, vault: Vault | None) -> None: ...


def close_with_backup(vault: Vault, *, backup: bool = True) -> bool:
    """Take the day's automatic backup of ``vault`` (unless made already), then close it.

    The vault is closed even when the backup fails; returns False when it failed.
    """
    ok = True
    try:
        if backup and vault.writable:
            folder = ui_settings.backup_folder()
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                auto_backup(vault, folder, keep=ui_settings.backup_keep())
            finally:
                QApplication.restoreOverrideCursor()
    except Exception:  # a failed copy must never keep the vault open
        ok = False
    finally:
        vault.close()
    return ok


def _open_and_record(path: Path, passphrase: str) -> Vault:
    vault = Vault.open(path, passphrase)
    try:
        vault.audit.record("vault_opened")
    except Exception:
        vault.close()
        raise
    return vault


def _open_demo(path: Path) -> Vault:
    vault = open_demo_vault(path)
    vault.audit.record("vault_opened")
    return vault


class VaultSession(QObject):
    """Owns the open vault (at most one) and announces its life cycle by signals."""

    opened = Signal(object)  # the Vault
    closing = Signal()
    locked = Signal()
    closed = Signal()
    open_failed = Signal(str, object)  # UNLOCK/CREATE/DEMO, the exception
    backup_failed = Signal()
    refreshed = Signal(object)  # the Vault, after an import changed it
    backup_made = Signal(object)  # the Path of the copy
    backup_refused = Signal(object)  # the exception
    passphrase_changed = Signal()
    passphrase_refused = Signal(object)  # the exception
    import_done = Signal(object)  # the ImportSummary
    import_refused = Signal(object)  # the exception (ImportFailed lists the problems)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window  # the parent of progress dialogs
        self.vault: Vault | None = None
        self.path: Path | None = None
        self.is_demo = False
        self._locked = False
        self._shutting_down = False

    # -- state ---------------------------------------------------------------------------

    def is_open(self) -> bool:
        return self.vault is not None

    def is_locked(self) -> bool:
        return self.vault is None and self._locked

    def demo_passphrase(self) -> str:
        """The passphrase shown on the demo vault's unlock prompt ("" for a real vault)."""
        return DEMO_PASSPHRASE if self.is_demo else ""

    def subscribe(self, page: VaultPage) -> None:
        """Let ``page`` follow the session: given the vault when it opens, emptied before it goes.

        Pages subscribed first are given the vault first.
        """
        self.opened.connect(page.set_vault)
        self.refreshed.connect(page.set_vault)
        self.closing.connect(lambda: _empty(page))

    # -- opening -------------------------------------------------------------------------

    def choose(self, path: Path) -> None:
        """Make ``path`` the vault to unlock next (nothing is opened yet)."""
        self.path = Path(path)
        self.is_demo = self.path == demo_vault_path()
        self._locked = False

    def forget(self) -> None:
        """Back to no vault at all: the locked one, if any, is left for good."""
        self.path = None
        self._locked = False

    def unlock(self, passphrase: str) -> None:
        """Open the chosen vault with ``passphrase`` in the background."""
        path = self.path
        if path is None:
            return
        run_task(
            self._window,
            lambda _report: _open_and_record(path, passphrase),
            on_success=self._attach,
            on_failure=lambda exc: self.open_failed.emit(UNLOCK, exc),
        )

    def create(self, path: Path, passphrase: str, progress_label: str) -> None:
        """Close what is open and create a new vault at ``path``."""
        self.close()
        self.path, self.is_demo = Path(path), False
        run_task(
            self._window,
            lambda _report: Vault.create(path, passphrase),
            on_success=self._attach,
            on_failure=lambda exc: self.open_failed.emit(CREATE, exc),
            progress_label=progress_label,
        )

    def open_demo(self, progress_label: str) -> None:
        """Close what is open and open the demo vault, making it first if there is none."""
        self.close()
        path = demo_vault_path()
        self.path, self.is_demo = path, True

        def work(_report: Progress) -> Vault:
            return _open_demo(path)

        run_task(
            self._window,
            work,
            on_success=self._attach,
            on_failure=lambda exc: self.open_failed.emit(DEMO, exc),
            progress_label=progress_label,
        )

    def restored(self, path: Path, passphrase: str) -> None:
        """Open a vault just restored from a backup, with the passphrase that opened the backup."""
        self.choose(path)
        self.unlock(passphrase)

    def _attach(self, vault: Vault) -> None:
        if self._shutting_down:
            vault.close()
            return
        self.vault = vault
        self.path = Path(vault.path)
        self._locked = False
        if not self.is_demo:
            ui_settings.set_last_vault(self.path)
        self.opened.emit(vault)

    # -- work on the open vault ---------------------------------------------------------

    def _in_background(
        self,
        work: Callable[[Vault], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
        progress_label: str,
    ) -> None:
        """Run ``work`` on the open vault in the background, with a progress dialog."""
        vault = self.vault
        if vault is None:
            return
        run_task(
            self._window,
            lambda _report: work(vault),
            on_success=done,
            on_failure=failed,
            progress_label=progress_label,
        )

    def backup(self, folder: Path, progress_label: str) -> None:
        """Write an encrypted, verified copy of the open vault into ``folder``."""
        self._in_background(
            lambda vault: vault.backup(Path(folder)),
            lambda target: self.backup_made.emit(Path(target)),
            self.backup_refused.emit,
            progress_label,
        )

    def change_passphrase(self, new: str, progress_label: str) -> None:
        """Re-encrypt the open vault under ``new`` (it rewrites the file: in the background)."""
        self._in_background(
            lambda vault: vault.change_passphrase(new),
            lambda _result: self.passphrase_changed.emit(),
            self.passphrase_refused.emit,
            progress_label,
        )

    def import_cases(self, path: Path, progress_label: str) -> None:
        """Import the cases of the CSV file at ``path``: all of them, or none."""
        vault = self.vault
        if vault is None:
            return

        def done(summary: ImportSummary) -> None:
            if self.vault is not vault:  # locked or closed meanwhile: nothing to show
                return
            self.refreshed.emit(vault)
            self.import_done.emit(summary)

        run_task(
            self._window,
            lambda report: import_file(vault, Path(path), report),
            on_success=done,
            on_failure=lambda exc: self.import_refused.emit(exc) if self.vault is vault else None,
            progress_label=progress_label,
        )

    # -- leaving -------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the vault but keep its location, for the unlock prompt."""
        vault = self.vault
        if vault is None:
            return
        self.closing.emit()
        with contextlib.suppress(Exception):
            # the lock must happen even if the audit line cannot be written
            vault.audit.record("vault_locked")
        self._release(vault)
        self._locked = True
        self.locked.emit()

    def close(self) -> None:
        """Close the open vault (no questions: the window asked already)."""
        self._locked = False
        vault = self.vault
        if vault is None:
            return
        self.closing.emit()
        self._release(vault)
        self.closed.emit()

    def shut_down(self) -> None:
        """Close for good: a vault still opening in the background is closed when it arrives."""
        self._shutting_down = True
        self.close()

    def _release(self, vault: Vault) -> None:
        self.vault = None
        if not close_with_backup(vault, backup=not self.is_demo):
            self.backup_failed.emit()


def _empty(page: VaultPage) -> None:
    # every page must still be emptied, even if one of them fails
    with contextlib.suppress(Exception):
        page.set_vault(None)
