"""Starting the window: ``vpdesk``, ``vpdesk gui [VAULT]`` and ``vpdesk VAULT``."""

from __future__ import annotations

import gc
import signal
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from vpdesk.gui.i18n import install_translators
from vpdesk.gui.icons import app_icon
from vpdesk.gui.ui_settings import forget_file_dialog_history, redirect_qt_settings

if TYPE_CHECKING:
    from vpdesk.gui.main_window import MainWindow


# How long a thread may hold the interpreter lock while another waits for it. Python's 5 ms
# is long for a window: while a worker runs Python, every event the GUI thread hands to a
# Python handler (the idle watcher sees them all) may wait that long, and a layout of a
# page is hundreds of events.
GIL_SWITCH_SECONDS = 0.001


def setup_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with vpdesk's name, icon and translations."""
    # Qt's own dialogs: native ones (GTK, portals) add files to the desktop's
    # recently-used list, which would name vaults and exports outside our control.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    redirect_qt_settings()
    assert isinstance(app, QApplication)
    app.setApplicationName("vpdesk")
    app.setOrganizationName("vpdesk")
    app.setApplicationDisplayName("vpdesk")
    app.setWindowIcon(app_icon())
    install_translators()
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    return app


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error: one calm message, no traceback (it could hold vault data)."""
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            "vpdesk",
            QCoreApplication.translate(
                "App",
                "Something unexpected went wrong. What you saved is safe in the vault; "
                "if this happens again, lock vpdesk and start it anew.",
            ),
        )


def create_window(vault_path: Path | None = None) -> MainWindow:
    """The main window, shown, at the unlock prompt for ``vault_path`` if one is given."""
    from vpdesk.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    # Move everything alive after start-up (Qt wrappers, modules) out of the collector's
    # reach, so a full collection during background work stays short and the window smooth.
    gc.collect()
    gc.freeze()
    if vault_path is None:
        # After a restart the last vault waits at its passphrase: no extra "Open" click.
        from vpdesk.gui import ui_settings

        last = ui_settings.last_vault()
        if last is not None and last.is_file():
            vault_path = last
    if vault_path is not None:
        window.request_unlock(Path(vault_path).expanduser())
    return window


def _close_on_signals(window: MainWindow) -> QTimer:
    """SIGTERM/SIGINT (logout, shutdown, Ctrl+C) close the vault properly instead of dying.

    Python runs signal handlers only when it gets control, so a timer lets it in now and then.
    """

    def handler(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.shutdown)

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)
    ticker = QTimer(window)
    ticker.start(250)
    ticker.timeout.connect(lambda: None)
    return ticker


def run(vault_path: Path | None = None) -> int:
    """Open the window (at the unlock prompt for ``vault_path`` if given); the exit code."""
    app = setup_application()
    sys.excepthook = _excepthook
    window = create_window(vault_path)
    _close_on_signals(window)
    forget_file_dialog_history()
    try:
        code = int(app.exec())
    finally:
        forget_file_dialog_history()
    del window
    return code
