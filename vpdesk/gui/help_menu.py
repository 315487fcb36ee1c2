"""The Help menu: the first-run guide, the user manual and the About dialog with licences.

Nothing here reads a vault: the guide names folders and files of vpdesk itself, the About
dialog lists the bundled parts and shows their licence texts from ``resources/licenses/``.
The only thing remembered is that the first-run guide was shown (a flag in the
preferences file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
    QWidget,
)

from vpdesk.gui import ui_settings
from vpdesk.gui.dialogs.about import AboutDialog
from vpdesk.gui.dialogs.first_run_guide import FIRST_RUN_SHOWN, FirstRunGuide
from vpdesk.gui.dialogs.manual import ManualViewer, manual_path
from vpdesk.gui.i18n import current_language

# -- the first-run guide ---------------------------------------------------------------------


def first_run_guide_due() -> bool:
    """True until the guide has been shown once on this computer account."""
    value = ui_settings.ui_settings().value(FIRST_RUN_SHOWN)
    return str(value).strip().lower() not in ("1", "true", "yes", "on")


def show_guide(window: QWidget) -> FirstRunGuide:
    """Open the guide beside ``window`` (not modal: it may stay open while trying things)."""
    guide = window.findChild(FirstRunGuide)
    if guide is None:  # one guide per window, shown again when asked for again
        on_demo = getattr(window, "open_demo", None)
        guide = FirstRunGuide(window, on_demo if callable(on_demo) else None)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def show_first_run_guide_once(window: QWidget) -> FirstRunGuide | None:
    """Show the guide if this is the first start; remember that it was shown."""
    if not first_run_guide_due():
        return None
    screens = getattr(window, "screens", None)
    unlock = getattr(window, "unlock_screen", None)
    if screens is not None and unlock is not None and screens.currentWidget() is unlock:
        # The adviser is typing the passphrase: what they type must not go into the
        # guide. It comes once the vault is open.
        session = window.session  # type: ignore[attr-defined]

        def after_unlock(_vault: object) -> None:
            session.opened.disconnect(after_unlock)
            QTimer.singleShot(0, window, lambda: show_first_run_guide_once(window))

        session.opened.connect(after_unlock)
        return None
    settings = ui_settings.ui_settings()
    settings.setValue(FIRST_RUN_SHOWN, True)
    settings.sync()
    return show_guide(window)


def schedule_first_run_guide(window: QWidget) -> None:
    """Show the guide once the window is on screen (on the first start only)."""
    QTimer.singleShot(0, window, lambda: show_first_run_guide_once(window))


def show_manual(window: QWidget) -> ManualViewer | None:
    """Open the manual in the window's language; say so if this installation lacks it."""
    path = manual_path(current_language()) or manual_path("en")
    if path is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("Help", "User manual"),
            QCoreApplication.translate(
                "Help",
                "The user manual is not part of this installation. It is in the docs folder of vpdesk's source.",  # noqa: E501
            ),
        )
        return None
    viewer = window.findChild(ManualViewer)
    if viewer is None or viewer.path != path:
        viewer = ManualViewer(path, window)
    viewer.show()
    viewer.raise_()
    return viewer


# -- the menu --------------------------------------------------------------------------------


@dataclass
class HelpActions:
    """The Help menu's actions (tests and the window reach them here)."""

    guide: QAction
    manual: QAction
    about: QAction
    about_qt: QAction


def show_about(window: QWidget) -> AboutDialog:
    """Open the About dialog (window-modal)."""
    dialog = window.findChild(AboutDialog)
    if dialog is None:
        dialog = AboutDialog(window)
    dialog.open()
    return dialog


def install_help_menu(window: QWidget, menu: QMenu, about_text: str | None = None) -> HelpActions:
    """Fill ``menu`` with the guide, the manual and the About dialogs of ``window``.

    ``about_text`` is the About item's text where the window already has it translated.
    """

    def action(text: str, slot: Callable[[], Any], shortcut: str | None = None) -> QAction:
        made = QAction(text, window)
        if shortcut:
            made.setShortcut(QKeySequence(shortcut))
            made.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        made.triggered.connect(lambda _checked=False: slot())
        menu.addAction(made)
        return made

    guide = action(QCoreApplication.translate("Help", "&Getting started"), lambda: show_guide(window))
    manual = action(QCoreApplication.translate("Help", "User &manual"), lambda: show_manual(window), "F1")
    menu.addSeparator()
    about = action(
        about_text or QCoreApplication.translate("Help", "&About vpdesk"), lambda: show_about(window)
    )
    about_qt = action(QCoreApplication.translate("Help", "About &Qt"), lambda: QMessageBox.aboutQt(window))
    return HelpActions(guide, manual, about, about_qt)
