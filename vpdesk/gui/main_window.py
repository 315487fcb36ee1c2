"""The main window: welcome/unlock screens, navigation between the pages, menus, the lock.

The window is the controller around the pages: it opens, creates and closes vaults (in the
background), hands the open ``Vault`` to every page, and takes it away again on lock and
close. Pages never open or close the vault themselves.
"""

from __future__ import annotations

import contextlib
import importlib
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vpdesk import __version__
from vpdesk.gui import ui_settings
from vpdesk.gui.clipboard import ClipboardGuard
from vpdesk.gui.icons import app_icon
from vpdesk.gui.lock import IdleWatcher, close_dialogs, save_or_discard, settle_background_work
from vpdesk.gui.pages.dashboard import DashboardPage
from vpdesk.gui.pages.welcome import CreateVaultDialog, UnlockScreen, WelcomeScreen
from vpdesk.gui.tasks import run_task, wait_for_tasks
from vpdesk.vault import (
    DiskFull,
    NotAVault,
    Vault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)

DEMO_PASSPHRASE = "demo"  # noqa: S105 - the demo vault holds only invented data
DEMO_CASES = 300

# (key, module, class) of the pages besides the dashboard; a page whose module is missing
# is shown as a placeholder so the window always starts.
PAGE_MODULES = (
    ("cases", "vpdesk.gui.pages.cases", "CasesPage"),
    ("organisations", "vpdesk.gui.pages.organisations", "OrganisationsPage"),
    ("activities", "vpdesk.gui.pages.activities", "ActivitiesPage"),
    ("report", "vpdesk.gui.pages.annual_report", "ReportView"),
    ("mediations", "vpdesk.gui.pages.mediations", "MediationsPage"),
    ("register", "vpdesk.gui.pages.register", "RegisterPage"),
)


def backups_dir() -> Path:
    """Where the automatic daily backups go (encrypted copies, like the vault itself)."""
    from vpdesk.gui.dialogs.restore import backup_folder

    return backup_folder()


def demo_vault_path() -> Path:
    """Where the demo vault lives: the user's data folder, never beside real vaults."""
    return Path(platformdirs.user_data_dir("vpdesk", appauthor=False)) / "demo.vpdesk"


class PlaceholderPage(QWidget):
    """Stands in for a page that is not part of this build; same contract, no data."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("This part of vpdesk is not available in this version."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)

    def set_vault(self, vault: Any) -> None:
        """Nothing to show."""

    def has_unsaved_changes(self) -> bool:
        return False

    def state(self) -> dict:
        return {}

    def restore_state(self, state: dict) -> None:
        """Nothing to restore."""


def open_error_message(exc: BaseException) -> str:
    """One calm sentence for why a vault did not open; never anything read from the file."""
    if isinstance(exc, NotAVault):
        return QCoreApplication.translate("MainWindow", "This file is not a vpdesk vault.")
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate("MainWindow", "That passphrase does not open this vault. Check the spelling and try again.")
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate(
            "MainWindow",
            "This vault file is damaged and cannot be read. Open your most recent backup "
            "instead: vpdesk makes one in %1 when you lock or close a vault, at most once a day "
            "(and you may have your own copies).",
        ).replace("%1", str(backups_dir()))
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate("MainWindow", "This vault is already open in another vpdesk window. Close it there first.")
    if isinstance(exc, VaultTooNew):
        return QCoreApplication.translate("MainWindow", "This vault was made by a newer version of vpdesk. Update vpdesk to open it.")
    if isinstance(exc, VaultNotFound):
        return QCoreApplication.translate("MainWindow", "There is no vault at this location.")
    if isinstance(exc, VaultExists):
        return QCoreApplication.translate("MainWindow", "A file with this name already exists; choose another name.")
    if isinstance(exc, DiskFull):
        return QCoreApplication.translate("MainWindow", "The disk is full or could not be written. Nothing was changed.")
    return QCoreApplication.translate("MainWindow", "The vault could not be opened.")


class MainWindow(QMainWindow):
    """vpdesk's one window."""

    vault_changed = Signal(object)  # the open Vault, or None when locked or closed
    locked = Signal()
    unlocked = Signal()

    SCREEN_WELCOME, SCREEN_UNLOCK, SCREEN_WORK = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(900, 600))
        self.vault: Vault | None = None
        self.vault_path: Path | None = None
        self._is_demo = False
        self._locked_state: dict | None = None
        self._locking = False
        self._closing = False
        self.last_import_message = ""
        self._force_close = False
        self.backup_delay_ms = 20_000

        self.clipboard_guard = ClipboardGuard(self)
        self.idle = IdleWatcher(self, ui_settings.idle_minutes() * 60_000)
        self.idle.idle.connect(self._lock_on_idle)
        self._lock_on_minimise = ui_settings.lock_on_minimise()

        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        self.welcome = WelcomeScreen()
        self.unlock_screen = UnlockScreen()
        self.screens.addWidget(self.welcome)
        self.screens.addWidget(self.unlock_screen)
        self.screens.addWidget(self._build_workspace())

        self.welcome.open_requested.connect(self.request_unlock)
        self.welcome.create_requested.connect(self.create_vault)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.restore_requested.connect(self.restore_from_backup)
        self.unlock_screen.submitted.connect(self._unlock_submitted)
        self.unlock_screen.back_requested.connect(self._back_to_welcome)

        self._build_menus()
        geometry = ui_settings.ui_settings().value(ui_settings.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        self.show_welcome()
        from vpdesk.gui.help_menu import schedule_first_run_guide

        schedule_first_run_guide(self)  # once, on the very first start on this account

    # -- construction --------------------------------------------------------------------

    def _build_workspace(self) -> QWidget:
        work = QWidget()
        layout = QHBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
        layout.addWidget(self.nav)
        self.page_stack = QStackedWidget()
        layout.addWidget(self.page_stack, 1)

        titles = {
            "dashboard": self.tr("Dashboard"),
            "cases": self.tr("Cases"),
            "organisations": self.tr("Organisations"),
            "activities": self.tr("Activities"),
            "report": self.tr("Annual report"),
            "mediations": self.tr("Mediations"),
            "register": self.tr("Register"),
        }
        self.pages: dict[str, Any] = {}
        self.dashboard = DashboardPage()
        self._add_page("dashboard", titles["dashboard"], self.dashboard)
        self.dashboard.open_case_requested.connect(self.open_case)
        for key, module_name, class_name in PAGE_MODULES:
            page = self._load_page(module_name, class_name, optional=key == "report")
            if page is not None:
                self._add_page(key, titles[key], page)
        mediations: Any = self.pages.get("mediations")
        if hasattr(mediations, "open_mediation"):
            self.dashboard.mediation_tiles.open_mediation_requested.connect(self.open_mediation)
            mediations.changed.connect(self.dashboard.mediation_tiles.refresh)
        self.nav.currentRowChanged.connect(self.page_stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        return work

    def _open_case_id(self) -> int | None:
        cases = self._cases()
        editor = getattr(cases, "editor", None)
        case_id = getattr(editor, "case_id", None)
        return int(case_id) if self.vault is not None and case_id is not None else None

    def intervision_export(self) -> None:
        """The stripped summary of the open case for peer consultation (reviewed first)."""
        case_id = self._open_case_id()
        if case_id is None:
            self.show_status(self.tr("Open a saved case first."))
            return
        from vpdesk.gui.dialogs.intervision import IntervisionDialog

        IntervisionDialog(self.vault, "melding", case_id, self).exec()

    def hold_case(self) -> None:
        case_id = self._open_case_id()
        if case_id is None:
            self.show_status(self.tr("Open a saved case first."))
            return
        from vpdesk.gui.dialogs.case_hold import edit_case_hold

        if edit_case_hold(self, self.vault, case_id):
            self.show_status(self.tr("The hold of this case was changed."))

    def open_mediation(self, mediation_id: int) -> None:
        page: Any = self.pages.get("mediations")
        if self.vault is not None and hasattr(page, "open_mediation"):
            self.go_to("mediations")
            page.open_mediation(int(mediation_id))

    def _load_page(self, module_name: str, class_name: str, *, optional: bool) -> QWidget | None:
        try:
            module = importlib.import_module(module_name)
            page = getattr(module, class_name)(parent=None)
        except ImportError:
            return None if optional else PlaceholderPage()
        except Exception:  # a broken page must not keep the window (and the vault) closed
            return PlaceholderPage()
        return page

    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        if not page.accessibleName():
            page.setAccessibleName(title)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self.page_stack.addWidget(page)
        signal = getattr(page, "status_message", None)
        if signal is not None:
            signal.connect(self.show_status)

    def _action(self, text: str, slot: Any, shortcut: str | QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_vault_action = self._action(self.tr("&New vault…"), self.create_vault)
        self.open_vault_action = self._action(self.tr("&Open vault…"), self.choose_vault)
        self.close_vault_action = self._action(self.tr("&Close vault"), self.close_vault)
        self.import_action = self._action(self.tr("&Import cases (CSV)…"), self.import_cases)
        self.backup_action = self._action(self.tr("Make a &backup…"), self.make_backup)
        self.passphrase_action = self._action(self.tr("Change &passphrase…"), self.change_passphrase)
        self.lock_action = self._action(self.tr("&Lock"), self.lock_now, "Ctrl+L")
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        from vpdesk.gui.dialogs.restore import add_lifecycle_actions

        add_lifecycle_actions(self, file_menu)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        for action in (self.new_vault_action, self.open_vault_action, self.close_vault_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        case_menu = bar.addMenu(self.tr("&Cases"))
        self.new_case_action = self._action(self.tr("&New case"), self.new_case, "Ctrl+N")
        self.search_action = self._action(self.tr("&Search"), self.focus_search, "Ctrl+F")
        self.save_action = self._action(self.tr("&Save"), self.save, "Ctrl+S")
        for action in (self.new_case_action, self.search_action, self.save_action):
            case_menu.addAction(action)
        self.case_export_action = self._action(self.tr("&Intervisie export…"), self.intervision_export)
        self.case_hold_action = self._action(self.tr("&Hold from the purge…"), self.hold_case)
        case_menu.addSeparator()
        case_menu.addAction(self.case_export_action)
        case_menu.addAction(self.case_hold_action)

        go_menu = bar.addMenu(self.tr("&Go"))
        self.go_actions: list[QAction] = []
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            action = self._action(
                item.text(), lambda _checked=False, r=row: self.nav.setCurrentRow(r), f"Ctrl+{row + 1}"
            )
            go_menu.addAction(action)
            self.go_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        from vpdesk.gui.help_menu import install_help_menu

        self.help_actions = install_help_menu(self, help_menu, about_text=self.tr("&About vpdesk"))
        self._update_actions()

    def _update_actions(self) -> None:
        is_open = self.vault is not None
        for action in (
            self.close_vault_action,
            self.import_action,
            self.backup_action,
            self.passphrase_action,
            self.lock_action,
            self.new_case_action,
            self.search_action,
            self.save_action,
            self.case_export_action,
            self.case_hold_action,
            *self.go_actions,
        ):
            action.setEnabled(is_open)

    # -- screens -------------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _set_title(self) -> None:
        if self.vault_path is not None and (self.vault is not None or self._locked_state is not None):
            self.setWindowTitle(f"vpdesk — {self.vault_path.name}")
        else:
            self.setWindowTitle("vpdesk")

    def show_welcome(self, message: str = "") -> None:
        self.welcome.set_last_vault(ui_settings.last_vault())
        self.welcome.show_message(message)
        self.screens.setCurrentIndex(self.SCREEN_WELCOME)
        self._set_title()

    def request_unlock(self, path: Path) -> None:
        """Show the passphrase prompt for the vault at ``path``."""
        path = Path(path)
        if not path.is_file():
            self.show_welcome(self.tr("There is no vault at this location."))
            return
        self.vault_path = path
        self._is_demo = path == demo_vault_path()
        self._locked_state = None
        hint = self._demo_hint() if self._is_demo else ""
        self.unlock_screen.prepare(path, hint=hint)
        self.screens.setCurrentIndex(self.SCREEN_UNLOCK)
        self._set_title()
        self.unlock_screen.focus()

    def _demo_hint(self) -> str:
        return self.tr("The passphrase of the demo vault is: %1").replace("%1", DEMO_PASSPHRASE)

    def _back_to_welcome(self) -> None:
        if self._locked_state is not None:
            # leaving a locked vault: what it showed is gone for good
            self._locked_state = None
        self.vault_path = None
        self.show_welcome()

    def choose_vault(self) -> None:
        if not self._confirm_leave():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a vault"), str(Path.home()), self.tr("vpdesk vaults (*.vpdesk);;All files (*)")
        )
        if name:
            self._close_current()
            self.request_unlock(Path(name))

    # -- opening -------------------------------------------------------------------------

    def _unlock_submitted(self, passphrase: str) -> None:
        path = self.vault_path
        if path is None:
            self.show_welcome()
            return
        self.unlock_screen.set_busy(True)

        def work(_report: Any) -> Vault:
            vault = Vault.open(path, passphrase)
            try:
                vault.audit.record("vault_opened")
            except Exception:
                vault.close()
                raise
            return vault

        def failed(exc: BaseException) -> None:
            self.unlock_screen.set_busy(False)
            self.unlock_screen.clear_passphrase()
            self.unlock_screen.show_error(open_error_message(exc))
            if isinstance(exc, VaultDamaged):
                from vpdesk.gui.dialogs.restore import offer_restore

                offer_restore(self, path)

        run_task(self, work, on_success=self.attach, on_failure=failed)

    def create_vault(self) -> None:
        if not self._confirm_leave():
            return
        start = self.vault_path.parent if self.vault_path else Path.home()
        dialog = CreateVaultDialog(self, start)
        if dialog.exec() != CreateVaultDialog.DialogCode.Accepted:
            return
        path, passphrase = dialog.vault_path(), dialog.passphrase_text()
        dialog.deleteLater()
        self._close_current()

        def failed(exc: BaseException) -> None:
            self.show_welcome(open_error_message(exc))

        self.vault_path = path
        self._is_demo = False
        run_task(
            self,
            lambda _report: Vault.create(path, passphrase),
            on_success=self.attach,
            on_failure=failed,
            progress_label=self.tr("Creating the vault…"),
        )

    def open_demo(self) -> None:
        """Open the demo vault, making it first if there is none yet."""
        if not self._confirm_leave():
            return
        self._close_current()
        path = demo_vault_path()
        self.vault_path = path
        self._is_demo = True

        def work(report: Any) -> Vault:
            if path.exists():
                vault = Vault.open(path, DEMO_PASSPHRASE)
            else:
                from vpdesk.demo import generate_demo
                from vpdesk.vault.maintenance import remove_partial

                path.parent.mkdir(parents=True, exist_ok=True)
                vault = Vault.create(path, DEMO_PASSPHRASE)
                try:
                    generate_demo(vault, cases=DEMO_CASES, seed=1)
                except BaseException:
                    vault.close()
                    remove_partial(path)
                    raise
            vault.audit.record("vault_opened")
            return vault

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WrongPassphrase) and path.exists():
                self.request_unlock(path)  # its passphrase was changed: ask for it
            else:
                self.show_welcome(open_error_message(exc))

        run_task(
            self,
            work,
            on_success=self.attach,
            on_failure=failed,
            progress_label=self.tr("Opening the demo vault…"),
        )

    def attach(self, vault: Vault) -> None:
        """Show ``vault`` in every page (after opening, creating or unlocking)."""
        if self._closing:
            vault.close()
            return
        self.vault = vault
        self.vault_path = Path(vault.path)
        if not self._is_demo:
            ui_settings.set_last_vault(self.vault_path)
        state = self._locked_state
        self._locked_state = None
        # Pages that read synchronously go before those that start background loading: a
        # query on this thread would otherwise wait for the worker's and freeze the window.
        for page in sorted(self.pages.values(), key=lambda p: bool(getattr(p, "loads_in_background", False))):
            page.set_vault(vault)
        if state is not None:
            for key, page_state in state.get("pages", {}).items():
                if key in self.pages:
                    self.pages[key].restore_state(page_state)
            self.go_to(state.get("page", "dashboard"))
        else:
            self.go_to("dashboard")
        self.unlock_screen.set_busy(False)
        self.unlock_screen.clear_passphrase()
        self.screens.setCurrentIndex(self.SCREEN_WORK)
        self._set_title()
        self._update_actions()
        self.idle.set_timeout_ms(ui_settings.idle_minutes() * 60_000)
        self.idle.start()
        self.vault_changed.emit(vault)
        if state is not None:
            self.unlocked.emit()
        # the automatic backup is made when the vault is locked or closed (_release_vault)

    def _release_vault(self, vault: Vault) -> None:
        """Close ``vault`` (already detached), taking the day's encrypted backup first.

        Done here and now, not in the background, so that after a lock the key is gone at
        once; the copy is made at most once a day, so the pause is rare and short.
        """
        from vpdesk.gui.dialogs.restore import close_with_backup

        if not close_with_backup(vault, backup=not self._is_demo):
            self.show_status(self.tr("Today's automatic backup could not be written."))

    def restore_from_backup(self, path: Path | None = None) -> None:
        """Restore a vault from one of its backups, then open it."""
        from vpdesk.gui.dialogs.restore import restore_from_backup

        restore_from_backup(self, path)

    # -- navigation and page actions ----------------------------------------------------

    def current_page_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "dashboard"

    def go_to(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def _cases(self) -> Any:
        page = self.pages.get("cases")
        return None if isinstance(page, PlaceholderPage) else page

    def open_case(self, case_id: int) -> None:
        cases = self._cases()
        if cases is not None and self.vault is not None:
            self.go_to("cases")
            cases.open_case(int(case_id))

    def new_case(self) -> None:
        cases = self._cases()
        if cases is not None and self.vault is not None:
            self.go_to("cases")
            cases.new_case()

    def focus_search(self) -> None:
        cases = self._cases()
        if cases is not None and self.vault is not None:
            self.go_to("cases")
            cases.focus_search()

    def save(self) -> bool:
        """Save the current page if it can save, else the case being edited."""
        if self.vault is None:
            return False
        page = self.pages.get(self.current_page_key())
        saver = getattr(page, "save", None)
        if saver is None:
            cases = self._cases()
            saver = getattr(cases, "save", None)
        return bool(saver()) if saver is not None else False

    def unsaved_pages(self) -> list[str]:
        return [k for k, p in self.pages.items() if self.vault is not None and p.has_unsaved_changes()]

    def _confirm_leave(self) -> bool:
        """Ask about unsaved changes before the open vault is left; True to go on."""
        if not self.unsaved_pages():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("You have changes that are not saved yet. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            lost = save_or_discard({k: self.pages[k] for k in self.unsaved_pages()})
            if lost:
                self.show_status(self.tr("Some changes could not be saved; check the marked fields."))
                return False
        return True

    # -- lock ----------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Lock on the adviser's request (Ctrl+L): unsaved changes are asked about first."""
        if self.vault is None:
            return
        if not self._confirm_leave():
            return
        self.lock()

    def _lock_on_idle(self) -> None:
        if self.vault is not None:
            self.lock(unattended=True)

    def lock(self, *, unattended: bool = False) -> None:
        """Close the vault and empty the window; remember where the adviser was."""
        if self.vault is None or self._locking:
            return
        self._locking = True
        try:
            self.idle.stop()
            close_dialogs(keep=self)
            lost: list[str] = []
            if unattended:
                lost = save_or_discard(self.pages)
            settle_background_work()
            vault = self.vault
            if vault is None:  # a result delivered while settling closed it already
                return
            state = {
                "page": self.current_page_key(),
                "pages": {k: self._page_state(p) for k, p in self.pages.items()},
                "lost": lost,
            }
            self._detach_pages()
            self.clipboard_guard.clear()
            with contextlib.suppress(Exception):
                # the lock must happen even if the audit line cannot be written
                vault.audit.record("vault_locked")
            self._release_vault(vault)
            self.vault = None
            self._locked_state = state
            assert self.vault_path is not None
            hint = self._demo_hint() if self._is_demo else ""
            self.unlock_screen.prepare(self.vault_path, locked=True, hint=hint)
            if lost:
                self.unlock_screen.show_error(
                    self.tr("vpdesk locked itself; changes that were not valid could not be saved.")
                )
            self.screens.setCurrentIndex(self.SCREEN_UNLOCK)
            self._set_title()
            self._update_actions()
            self.statusBar().clearMessage()
            self.vault_changed.emit(None)
            self.locked.emit()
            self.unlock_screen.focus()
        finally:
            self._locking = False

    @staticmethod
    def _page_state(page: Any) -> dict:
        try:
            return dict(page.state())
        except Exception:  # a page that cannot say where it was starts fresh
            return {}

    def _detach_pages(self) -> None:
        for page in self.pages.values():
            # every page must still be emptied, even if one of them fails
            with contextlib.suppress(Exception):
                page.set_vault(None)

    def is_locked(self) -> bool:
        return self.vault is None and self._locked_state is not None

    # -- closing -------------------------------------------------------------------------

    def _close_current(self) -> None:
        """Close the open vault (no questions; callers asked already)."""
        self.idle.stop()
        if self.vault is not None:
            settle_background_work()
            self._detach_pages()
            self.clipboard_guard.clear()
            vault, self.vault = self.vault, None
            if vault is not None:
                self._release_vault(vault)
            self.vault_changed.emit(None)
        self._locked_state = None
        self._update_actions()

    def close_vault(self) -> None:
        if not self._confirm_leave():
            return
        self._close_current()
        self.vault_path = None
        self.show_welcome()

    def shutdown(self) -> None:
        """Close without questions (the system is ending the session): save what is valid."""
        if self.vault is not None:
            save_or_discard(self.pages)
        self._force_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._force_close and not self._confirm_leave():
            event.ignore()
            return
        self._closing = True
        ui_settings.ui_settings().setValue(ui_settings.GEOMETRY, self.saveGeometry())
        self._close_current()
        self.clipboard_guard.clear()
        self.idle.shutdown()
        wait_for_tasks()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.isMinimized()
            and self._lock_on_minimise
            and self.vault is not None
        ):
            self.lock(unattended=True)
        super().changeEvent(event)

    # -- other actions -------------------------------------------------------------------

    def apply_settings(self) -> None:
        """Take over changed preferences (idle time, lock on minimise)."""
        self.idle.set_timeout_ms(ui_settings.idle_minutes() * 60_000)
        self._lock_on_minimise = ui_settings.lock_on_minimise()

    def open_settings(self) -> None:
        from vpdesk.gui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self, self.vault)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings()
            if dialog.language_changed():
                self.show_status(self.tr("The new language is used from the next start of vpdesk."))
            if self.vault is not None:
                self.dashboard.refresh()
        dialog.deleteLater()

    def make_backup(self) -> None:
        vault = self.vault
        if vault is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backup"), str(Path.home()))
        if not folder:
            return

        def done(target: Path) -> None:
            self.show_status(self.tr("Backup written: %1").replace("%1", Path(target).name))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self,
                self.tr("Backup"),
                self.tr("The backup could not be written. Check that the folder exists and has space."),
            )

        run_task(
            self,
            lambda _report: vault.backup(Path(folder)),
            on_success=done,
            on_failure=failed,
            progress_label=self.tr("Making a backup…"),
        )

    def change_passphrase(self) -> None:
        """Re-encrypt the vault under a new passphrase (in the background: it rewrites the file)."""
        vault = self.vault
        if vault is None:
            return
        from vpdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self, vault.verify_passphrase)
        accepted = dialog.exec() == ChangePassphraseDialog.DialogCode.Accepted
        new = dialog.new_passphrase()
        dialog.deleteLater()
        if not accepted or self.vault is not vault:
            return

        def done(_result: Any) -> None:
            self.show_status(self.tr("The passphrase was changed."))

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(
                self,
                self.tr("Change passphrase"),
                self.tr("The passphrase could not be changed; the old one still opens the vault."),
            )

        run_task(
            self,
            lambda _report: vault.change_passphrase(new),
            on_success=done,
            on_failure=failed,
            progress_label=self.tr("Changing the passphrase…"),
        )

    def import_cases(self, path: Path | None = None) -> None:
        """Import cases from a CSV file in the background: all of them, or none."""
        vault = self.vault
        if vault is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import cases"),
                str(Path.home()),
                self.tr("CSV files (*.csv *.txt);;All files (*)"),
            )
            if not name:
                return
            path = Path(name)
        if not self._confirm_leave():
            return
        from vpdesk.importer import ImportFailed, import_file

        def done(summary: Any) -> None:
            if self.vault is not vault:
                return
            for page in self.pages.values():  # show the new cases everywhere
                page.set_vault(vault)
            self.last_import_message = self.tr("Imported %1 cases (%2 new organisations).")
            self.last_import_message = self.last_import_message.replace(
                "%1", str(summary.cases)
            ).replace("%2", str(summary.new_organisations))
            self.show_status(self.last_import_message)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ImportFailed):
                text = self.tr("The file has %1 problems; nothing was imported.").replace(
                    "%1", str(exc.count)
                )
                details = "\n".join(exc.lines)
            else:
                text = self.tr("The file could not be imported; nothing was changed.")
                details = ""
            self.last_import_message = text
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import cases"), text, parent=self)
            if details:
                box.setDetailedText(details)
            box.open()

        run_task(
            self,
            lambda report: import_file(vault, path, report),
            on_success=done,
            on_failure=failed,
            progress_label=self.tr("Importing cases…"),
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About vpdesk"),
            self.tr(
                "<b>vpdesk %1</b><p>An offline, encrypted dossier desk for confidential "
                "advisers. Everything stays in one encrypted file on this computer.</p>"
            ).replace("%1", __version__),
        )
