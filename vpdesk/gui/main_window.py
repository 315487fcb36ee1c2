"""The main window: welcome/unlock screens, navigation between the pages, menus, the lock.

The vault's life cycle belongs to :class:`~vpdesk.gui.session.VaultSession`: the window asks
it to open, lock or close, and follows its signals to switch screens. The pages subscribe to
the session too; they never open or close the vault themselves.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from vpdesk.gui import ui_settings
from vpdesk.gui.clipboard import ClipboardGuard
from vpdesk.gui.dialogs.audit_log import AuditDialog
from vpdesk.gui.dialogs.backup_settings import BackupSettingsDialog
from vpdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
from vpdesk.gui.dialogs.create_vault import CreateVaultDialog
from vpdesk.gui.dialogs.restore import RestoreDialog, offer_restore
from vpdesk.gui.dialogs.settings import SettingsDialog
from vpdesk.gui.help_menu import install_help_menu, schedule_first_run_guide
from vpdesk.gui.i18n import current_language
from vpdesk.gui.icons import app_icon
from vpdesk.gui.lock import IdleWatcher, close_dialogs, save_or_discard, settle_background_work
from vpdesk.gui.messages import import_problem_lines, user_message
from vpdesk.gui.pages.dashboard import DashboardPage
from vpdesk.gui.pages.welcome import UnlockScreen, WelcomeScreen
from vpdesk.gui.session import DEMO, UNLOCK, VaultSession
from vpdesk.gui.tasks import wait_for_tasks
from vpdesk.gui.widgets.forms import ask_unsaved
from vpdesk.importer import ImportFailed, ImportSummary
from vpdesk.vault import Vault, VaultDamaged, WrongPassphrase

# (key, module, class) of the pages besides the dashboard. A page that fails to build is a
# bug to see at once, not a gap to paper over; only the optional report may be absent.
PAGE_MODULES = (
    ("cases", "vpdesk.gui.pages.cases", "CasesPage"),
    ("organisations", "vpdesk.gui.pages.organisations", "OrganisationsPage"),
    ("activities", "vpdesk.gui.pages.activities", "ActivitiesPage"),
    ("report", "vpdesk.gui.pages.annual_report", "ReportView"),
    ("mediations", "vpdesk.gui.pages.mediations", "MediationsPage"),
    ("register", "vpdesk.gui.pages.register", "RegisterPage"),
)


class MainWindow(QMainWindow):
    """vpdesk's one window."""

    SCREEN_WELCOME, SCREEN_UNLOCK, SCREEN_WORK = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(900, 600))
        self.session = VaultSession(self)
        self._locked_state: dict[str, Any] | None = None
        self._locking = False
        self.last_import_message = ""
        self.restore_dialog: RestoreDialog | None = None
        self.damaged_box: QMessageBox | None = None
        self.audit_dialog: AuditDialog | None = None
        self.last_import_details = ""
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
        # Pages that read synchronously are given the vault before those that start loading
        # in the background: a query on this thread would otherwise wait for the worker's
        # and freeze the window.
        for page in sorted(self.pages.values(), key=lambda p: bool(getattr(p, "loads_in_background", False))):
            self.session.subscribe(page)
        self.session.opened.connect(self._on_opened)
        self.session.closing.connect(self.clipboard_guard.clear)
        self.session.locked.connect(self._on_locked)
        self.session.open_failed.connect(self._on_open_failed)
        self.session.backup_failed.connect(
            lambda: self.show_status(self.tr("Today's automatic backup could not be written."))
        )
        self.session.backup_made.connect(self._backup_made)
        self.session.backup_refused.connect(self._backup_refused)
        self.session.passphrase_changed.connect(
            lambda: self.show_status(self.tr("The passphrase was changed."))
        )
        self.session.passphrase_refused.connect(self._passphrase_refused)
        self.session.import_done.connect(self._import_done)
        self.session.import_refused.connect(self._import_refused)

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
        self.dashboard.open_case_steps_requested.connect(self.open_case_steps)
        self.dashboard.step_done.connect(self._step_done_elsewhere)
        for key, module_name, class_name in PAGE_MODULES:
            page = self._load_page(module_name, class_name, optional=key == "report")
            if page is not None:
                self._add_page(key, titles[key], page)
        for page in self.pages.values():
            changed = getattr(page, "organisations_changed", None)
            if changed is None:
                continue
            for other in self.pages.values():
                refresh = getattr(other, "refresh_organisations", None)
                if other is not page and refresh is not None:
                    changed.connect(refresh)
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
        case_id, vault = self._open_case_id(), self.vault
        if case_id is None or vault is None:
            self.show_status(self.tr("Open a saved case first."))
            return
        from vpdesk.gui.dialogs.intervision import IntervisionDialog

        IntervisionDialog(vault, "melding", case_id, self).exec()

    def hold_case(self) -> None:
        case_id, vault = self._open_case_id(), self.vault
        if case_id is None or vault is None:
            self.show_status(self.tr("Open a saved case first."))
            return
        from vpdesk.gui.dialogs.case_hold import edit_case_hold

        if edit_case_hold(self, vault, case_id):
            from vpdesk.vault.retention import case_hold

            self.pages["cases"].editor.show_stored_hold(case_hold(vault, case_id))
            self.show_status(self.tr("The hold of this case was changed."))

    def open_mediation(self, mediation_id: int) -> None:
        page: Any = self.pages.get("mediations")
        if self.vault is not None and hasattr(page, "open_mediation"):
            self.go_to("mediations")
            page.open_mediation(int(mediation_id))

    def _load_page(self, module_name: str, class_name: str, *, optional: bool) -> QWidget | None:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if optional and exc.name == module_name:
                return None
            raise
        page: QWidget = getattr(module, class_name)(parent=None)
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
        # ``triggered`` carries a ``checked`` flag; the slots take optional arguments of
        # their own (a path, say), so the flag must never reach them.
        action.triggered.connect(lambda _checked=False: slot())
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
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.restore_from_backup)
        self.backup_settings_action = self._action(self.tr("A&utomatic backups…"), self.open_backup_settings)
        self.audit_action = self._action(self.tr("Audi&t log…"), self.open_audit_log)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.share_figures_action = self._action(
            self.tr("Share &figures for a combined report…"), self.share_figures
        )
        self.combine_action = self._action(self.tr("Co&mbine advisers' figures…"), self.combine_figures)
        # As an adviser looks for them: the vault, the import, its backups, its safety, the
        # figures shared with other advisers, then the settings and quitting.
        groups = (
            (self.new_vault_action, self.open_vault_action, self.close_vault_action),
            (self.import_action,),
            (self.backup_action, self.backup_settings_action, self.restore_action),
            (self.passphrase_action, self.lock_action, self.audit_action),
            (self.share_figures_action, self.combine_action),
            (self.settings_action,),
            (self.quit_action,),
        )
        for n, group in enumerate(groups):
            if n:
                file_menu.addSeparator()
            for action in group:
                file_menu.addAction(action)

        case_menu = bar.addMenu(self.tr("&Cases"))
        self.new_case_action = self._action(self.tr("&New case"), self.new_case, "Ctrl+N")
        self.search_action = self._action(self.tr("&Search"), self.focus_search, "Ctrl+F")
        self.save_action = self._action(self.tr("S&ave"), self.save, "Ctrl+S")
        self.export_list_action = self._action(
            self.tr("E&xport the list (CSV, Excel)…"), self.export_case_list
        )
        for action in (self.new_case_action, self.search_action, self.save_action, self.export_list_action):
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
            self.audit_action,
            self.export_list_action,
            self.case_export_action,
            self.case_hold_action,
            self.share_figures_action,
            *self.go_actions,
        ):
            action.setEnabled(is_open)

    # -- screens -------------------------------------------------------------------------

    def take_focus_back(self) -> None:
        """After a file chooser closes, the keyboard belongs to this window again.

        Not every window manager gives it back by itself; without it, typing goes nowhere
        while shortcuts still work, which no adviser would understand.
        """
        self.activateWindow()
        self.raise_()

    def show_status(self, text: str, *, lasting: bool = False) -> None:
        """A line in the status bar for eight seconds; ``lasting``: until the next one (the
        outcome of work that ran in the background, which the adviser may not be watching)."""
        self.statusBar().showMessage(text, 0 if lasting else 8000)

    @property
    def vault(self) -> Vault | None:
        """The open vault (None when locked or closed)."""
        return self.session.vault

    @property
    def vault_path(self) -> Path | None:
        return self.session.path

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
        self.session.choose(path)
        self._locked_state = None
        self.unlock_screen.prepare(path, hint=self._demo_hint())
        self.screens.setCurrentIndex(self.SCREEN_UNLOCK)
        self._set_title()
        self.unlock_screen.focus()

    def _demo_hint(self) -> str:
        passphrase = self.session.demo_passphrase()
        if not passphrase:
            return ""
        return self.tr("The passphrase of the demo vault is: %1").replace("%1", passphrase)

    def _back_to_welcome(self) -> None:
        if self._locked_state is not None:
            # leaving a locked vault: what it showed is gone for good
            self._locked_state = None
        self.session.forget()
        self.show_welcome()

    def choose_vault(self) -> None:
        if not self.confirm_leave():
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a vault"),
            str(Path.home()),
            self.tr("vpdesk vaults (*.vpdesk);;All files (*)"),
        )
        self.take_focus_back()
        if name:
            self._leave_vault()
            self.request_unlock(Path(name))

    # -- opening -------------------------------------------------------------------------

    def _unlock_submitted(self, passphrase: str) -> None:
        if self.session.path is None:
            self.show_welcome()
            return
        self.unlock_screen.set_busy(True)
        self.session.unlock(passphrase)

    def _on_open_failed(self, action: str, exc: BaseException) -> None:
        path = self.session.path
        if action == UNLOCK:
            self.unlock_screen.set_busy(False)
            self.unlock_screen.clear_passphrase()
            self.unlock_screen.show_error(user_message(exc))
            if isinstance(exc, VaultDamaged) and path is not None:
                self.damaged_box = offer_restore(self, lambda: self.restore_from_backup(path))
        elif action == DEMO and isinstance(exc, WrongPassphrase) and path is not None and path.exists():
            self.request_unlock(path)  # its passphrase was changed: ask for it
        else:
            self.show_welcome(user_message(exc))

    def create_vault(self) -> None:
        if not self.confirm_leave():
            return
        start = self.vault_path.parent if self.vault_path else Path.home()
        dialog = CreateVaultDialog(self, start)
        if dialog.exec() != CreateVaultDialog.DialogCode.Accepted:
            return
        path, passphrase = dialog.vault_path(), dialog.passphrase_text()
        dialog.deleteLater()
        self._leave_vault()
        self.session.create(path, passphrase, self.tr("Creating the vault…"))

    def open_demo(self) -> None:
        """Open the demo vault, making it first if there is none yet."""
        if not self.confirm_leave():
            return
        self._leave_vault()
        self.session.open_demo(self.tr("Opening the demo vault…"))

    def _on_opened(self, vault: Vault) -> None:
        """Show the work screen once every page has ``vault`` (opened, created or unlocked)."""
        state = self._locked_state
        self._locked_state = None
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
        # the automatic backup is made when the vault is locked or closed (VaultSession)

    def restore_from_backup(self, path: Path | None = None) -> None:
        """Let the adviser restore a vault (closing it first if it is open here), then open it."""
        target = path or self.vault_path or ui_settings.last_vault()
        if self.vault is not None:
            if not self.confirm_leave():
                return
            self._leave_vault()
        dialog = RestoreDialog(self, target)
        self.restore_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.restored()
        dialog.deleteLater()
        self.restore_dialog = None
        if accepted and result is not None:
            restored, passphrase = result
            self.request_unlock(restored)
            self.unlock_screen.set_busy(True)
            self.session.restored(restored, passphrase)

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
        return self.pages.get("cases")

    def open_case(self, case_id: int) -> None:
        cases = self._cases()
        if cases is not None and self.vault is not None:
            self.go_to("cases")
            cases.open_case(int(case_id))

    def open_case_steps(self, case_id: int) -> None:
        """Open a case on its follow-up steps (a step chosen on the dashboard)."""
        from vpdesk.gui.pages.case_editor import TAB_STEPS

        cases = self._cases()
        if cases is not None and self.vault is not None:
            self.go_to("cases")
            cases.open_case(int(case_id))
            if cases.editor.case_id == int(case_id):
                cases.editor.set_current_tab(TAB_STEPS)

    def _step_done_elsewhere(self, case_id: int) -> None:
        """A step was marked done on the dashboard: the case editor shows it so, if it has the case."""
        editor = getattr(self._cases(), "editor", None)
        if editor is not None and editor.case_id == int(case_id) and not editor.is_dirty():
            editor.load_case(int(case_id))

    def new_case(self) -> None:
        cases = self._cases()
        if cases is not None and self.vault is not None:
            self.go_to("cases")
            cases.new_case()

    def export_case_list(self) -> None:
        """The case list as shown (filtered) to CSV, for the adviser's own use."""
        cases = self._cases()
        if cases is not None and self.vault is not None:
            self.go_to("cases")
            cases.export_list()

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

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes before the open vault is left; True to go on."""
        if not self.unsaved_pages():
            return True
        answer = ask_unsaved(self, self.tr("You have changes that are not saved yet. Save them first?"))
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
        if not self.confirm_leave():
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
            drafted = False
            if unattended:
                lost = save_or_discard(self.pages)
                cases = self._cases()
                if "cases" in lost and cases is not None and cases.keep_draft():
                    lost.remove("cases")
                    drafted = True
            settle_background_work()
            if self.vault is None:  # a result delivered while settling closed it already
                return
            self._locked_state = {
                "page": self.current_page_key(),
                "pages": {k: self._page_state(p) for k, p in self.pages.items()},
                "lost": lost,
                "drafted": drafted,
            }
            self.session.lock()
        finally:
            self._locking = False

    def _on_locked(self) -> None:
        assert self.vault_path is not None
        self.unlock_screen.prepare(self.vault_path, locked=True, hint=self._demo_hint())
        state = self._locked_state or {}
        if state.get("lost"):
            self.unlock_screen.show_error(
                self.tr("vpdesk locked itself; changes that were not valid could not be saved.")
            )
        elif state.get("drafted"):
            self.unlock_screen.show_error(
                self.tr(
                    "vpdesk locked itself; the new case you were typing is kept in the vault "
                    "and comes back when you unlock."
                )
            )
        self.screens.setCurrentIndex(self.SCREEN_UNLOCK)
        self._set_title()
        self._update_actions()
        self.statusBar().clearMessage()
        self.unlock_screen.focus()

    @staticmethod
    def _page_state(page: Any) -> dict[str, Any]:
        try:
            return dict(page.state())
        except Exception:  # a page that cannot say where it was starts fresh
            return {}

    def is_locked(self) -> bool:
        return self.session.is_locked() and self._locked_state is not None

    # -- closing -------------------------------------------------------------------------

    def _leave_vault(self, *, for_good: bool = False) -> None:
        """Close the open vault (no questions; callers asked already).

        ``for_good``: the window is closing; a vault still opening is closed when it arrives.
        """
        self.idle.stop()
        if self.vault is not None:
            settle_background_work()
        if for_good:
            self.session.shut_down()
        else:
            self.session.close()
        self._locked_state = None
        self._update_actions()

    def close_vault(self) -> None:
        if not self.confirm_leave():
            return
        self._leave_vault()
        self.session.forget()
        self.show_welcome()

    def shutdown(self) -> None:
        """Close without questions (the system is ending the session): save what is valid."""
        if self.vault is not None:
            save_or_discard(self.pages)
        self._force_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._force_close and not self.confirm_leave():
            event.ignore()
            return
        ui_settings.ui_settings().setValue(ui_settings.GEOMETRY, self.saveGeometry())
        self._leave_vault(for_good=True)
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
        dialog = SettingsDialog(self, self.vault)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings()
            if dialog.language_changed():
                self.show_status(self.tr("The new language is used from the next start of vpdesk."))
            if self.vault is not None:
                self.dashboard.refresh()
        dialog.deleteLater()

    def open_backup_settings(self) -> None:
        dialog = BackupSettingsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def share_figures(self) -> None:
        """One organisation's counts for a combined report of several advisers."""
        if self.vault is None:
            return
        from vpdesk.gui.dialogs.combine import ShareFiguresDialog

        ShareFiguresDialog(self.vault, self).exec()
        self.take_focus_back()

    def combine_figures(self) -> None:
        """Several advisers' figures files as one annual report; needs no open vault."""
        from vpdesk.gui.dialogs.combine import CombineDialog

        CombineDialog(self).exec()
        self.take_focus_back()

    def open_audit_log(self) -> None:
        if self.vault is None:
            return
        dialog = AuditDialog(self, self.vault)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.audit_dialog = dialog

    def make_backup(self) -> None:
        """Ask for a folder; the session writes the copy and says how it went."""
        if self.vault is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the backup"), str(Path.home()))
        self.take_focus_back()
        if folder:
            self.session.backup(Path(folder), self.tr("Making a backup…"))

    def _backup_made(self, target: Path) -> None:
        self.show_status(self.tr("Backup written: %1").replace("%1", Path(target).name))

    def _backup_refused(self, _exc: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Backup"),
            self.tr("The backup could not be written. Check that the folder exists and has space."),
        )

    def change_passphrase(self) -> None:
        """Ask for the new passphrase; the session re-encrypts the vault under it."""
        vault = self.vault
        if vault is None:
            return
        dialog = ChangePassphraseDialog(self, vault.verify_passphrase)
        accepted = dialog.exec() == ChangePassphraseDialog.DialogCode.Accepted
        new = dialog.new_passphrase()
        dialog.deleteLater()
        if accepted and self.vault is vault:
            self.session.change_passphrase(new, self.tr("Changing the passphrase…"))

    def _passphrase_refused(self, _exc: BaseException) -> None:
        QMessageBox.warning(
            self,
            self.tr("Change passphrase"),
            self.tr("The passphrase could not be changed; the old one still opens the vault."),
        )

    def import_cases(self, path: Path | None = None) -> None:
        """Ask for a CSV file (unless given); the session imports all its cases, or none."""
        if self.vault is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import cases"),
                str(Path.home()),
                self.tr("CSV files (*.csv *.txt);;All files (*)"),
            )
            self.take_focus_back()
            if not name:
                return
            path = Path(name)
        if self.confirm_leave():
            self.session.import_cases(path, self.tr("Importing cases…"))

    def _import_done(self, summary: ImportSummary) -> None:
        message = self.tr("Imported %1 cases (%2 new organisations).")
        self.last_import_message = message.replace("%1", str(summary.cases)).replace(
            "%2", str(summary.new_organisations)
        )
        self.show_status(self.last_import_message, lasting=True)

    def _import_refused(self, exc: BaseException) -> None:
        if isinstance(exc, ImportFailed):
            text = user_message(exc)
            details = "\n".join(import_problem_lines(exc.lines, current_language()))
        else:
            text = self.tr("The file could not be imported; nothing was changed.")
            details = ""
        self.last_import_message = text
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import cases"), text, parent=self)
        if details:
            box.setDetailedText(details)
        self.last_import_details = details
        box.open()
