"""No two things in one window answer to the same Alt+letter, in Dutch or in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from tests.gui.shell_support import open_seeded_window, wait_until
from vpdesk.domain.models import Case, Conversation, Referral, Step
from vpdesk.gui import i18n
from vpdesk.gui.main_window import MainWindow

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def widget_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every labelled field, button, group and tab shown under ``root``."""
    found: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts: list[str] = []
        if isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        for text in texts:
            letter = mnemonic(text)
            if letter is not None:
                found.append((letter, text.replace("&", "")))
    return found


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in found:
        by_letter.setdefault(letter, []).append(text)
    return {k: v for k, v in by_letter.items() if len(v) > 1}


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install_translators(request.param)
    try:
        yield request.param
    finally:
        i18n.reset()


@pytest.fixture
def window(qtbot, tmp_path: Path, language: str):  # type: ignore[no-untyped-def]
    w = open_seeded_window(qtbot, tmp_path)  # built in ``language``
    yield w
    w.close()


def test_every_menu_has_distinct_letters(window: MainWindow) -> None:
    bar = window.menuBar()
    titles = [(mnemonic(a.text()) or "", a.text()) for a in bar.actions()]
    assert not clashes([t for t in titles if t[0]]), titles
    for menu_action in bar.actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        actions = [a for a in menu.actions() if not a.isSeparator()]
        # every entry is reachable by its letter, or has its own shortcut (Go › Ctrl+1…)
        assert all(mnemonic(a.text()) or not a.shortcut().isEmpty() for a in actions), menu.title()
        entries = [(mnemonic(a.text()), a.text()) for a in actions if mnemonic(a.text())]
        assert not clashes([(str(k), t) for k, t in entries]), (menu.title(), entries)


def menu_bar_letters(window: MainWindow) -> set[str]:
    """The letters of the menu-bar titles (Bestand, Meldingen, Ga naar, Help / File, Cases, ...)."""
    return {letter for a in window.menuBar().actions() if (letter := mnemonic(a.text()))}


def letter_problems(found: list[tuple[str, str]], taken: set[str]) -> dict[str, list[str]]:
    """Letters two things answer to, and letters a thing shares with a menu-bar title."""
    problems = clashes(found)
    for letter, text in found:
        if letter in taken:
            problems.setdefault(letter, [text])
            if "menu bar" not in problems[letter]:
                problems[letter].append("menu bar")
    return problems


def tab_states(root: QWidget) -> Iterator[str]:
    """Show each tab of every tab widget under ``root`` in turn (its fields are then visible)."""
    yield "first tab"
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if i != current:
                tabs.setCurrentIndex(i)
                yield tabs.tabText(i).replace("&", "")
        tabs.setCurrentIndex(current)


def page_views(qtbot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Every page in each of its views: the case list, a new case and a closed one, ..."""
    assert window.vault is not None
    org_id = window.vault.organisations.list()[0].id
    assert org_id is not None
    closed_id = window.vault.cases.add(
        Case(
            ref="xq-closed",
            organisation_id=org_id,
            opened=date(2026, 1, 5),
            behaviours=["other"],
            closed=date(2026, 2, 1),
            outcome="listening",
        )
    )
    for key, page in window.pages.items():
        window.go_to(key)
        wait_until(qtbot, page.isVisible)
        if key == "cases":
            yield "cases: list", page
            page.new_case()  # the editor is what has the fields
            yield "cases: new case", page
            page.show_list()
            page.open_case(closed_id)  # "Reopen case" instead of "Close case…"
            assert page.editor.case_id == closed_id
            yield "cases: closed case", page
            page.show_list()
            continue
        if key == "organisations":
            page.new_organisation()
        elif key == "activities":
            page.new_activity()
        yield key, page


def test_every_page_has_distinct_letters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """On a page, Alt+letter of a field must not also be a menu-bar title's: Qt would cycle
    between the two, and the adviser lands in a menu or in the field by chance."""
    taken = menu_bar_letters(window)
    assert len(taken) == len(window.menuBar().actions())
    problems: dict[tuple[str, str], dict[str, list[str]]] = {}
    for view, page in page_views(qtbot, window):
        for state in tab_states(page):
            if found := letter_problems(widget_mnemonics(page), taken):
                problems[(view, state)] = found
    assert not problems, problems


def test_the_welcome_and_unlock_screens_avoid_the_menu_bar_letters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    taken = menu_bar_letters(window)
    problems: dict[str, dict[str, list[str]]] = {}
    for screen in (window.welcome, window.unlock_screen):
        window.screens.setCurrentWidget(screen)
        wait_until(qtbot, screen.isVisible)
        if found := letter_problems(widget_mnemonics(screen), taken):
            problems[type(screen).__name__] = found
    assert not problems, problems


def _dialogs(window: MainWindow) -> Iterator[QWidget]:
    from vpdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
    from vpdesk.gui.dialogs.close_case import CloseCaseDialog
    from vpdesk.gui.dialogs.conversation import ConversationDialog
    from vpdesk.gui.dialogs.create_vault import CreateVaultDialog
    from vpdesk.gui.dialogs.first_run_guide import FirstRunGuide
    from vpdesk.gui.dialogs.referral import ReferralDialog
    from vpdesk.gui.dialogs.settings import SettingsDialog
    from vpdesk.gui.dialogs.step import StepDialog

    yield SettingsDialog(window, window.vault)
    yield CreateVaultDialog(window)
    yield ChangePassphraseDialog(window, lambda _text: True)
    yield ConversationDialog(
        Conversation(case_id=1, date=date(2026, 3, 1)), window, last_date=date(2026, 2, 1)
    )
    yield StepDialog(Step(case_id=1, what=""), window)
    yield ReferralDialog(
        Referral(case_id=1, target="hr", date=date(2026, 3, 1)), [], window, last_date=date(2026, 2, 1)
    )
    yield CloseCaseDialog(date(2026, 3, 1), None, date(2026, 1, 1), window)
    yield FirstRunGuide(window, lambda: None)  # not modal: it stays open beside the window


def passes_keys_to_the_window(dialog: QWidget) -> bool:
    """Whether the main window's menu-bar letters still work while ``dialog`` is active.

    Qt binds a menu-bar title's Alt+letter to the window of the menu bar (a window shortcut).
    A dialog is a window of its own, so in a dialog the letters are the dialog's alone,
    whether it is modal or not; only a non-modal tool window hands them on to its parent
    (``test_menu_bar_letters_do_not_reach_a_dialog`` checks this in Qt).
    """
    return dialog.windowType() == Qt.WindowType.Tool and not dialog.isModal()


def test_every_dialog_has_distinct_letters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    taken = menu_bar_letters(window)
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        found = widget_mnemonics(dialog)
        problems = letter_problems(found, taken) if passes_keys_to_the_window(dialog) else clashes(found)
        assert not problems, (type(dialog).__name__, problems)
        dialog.close()


def test_menu_bar_letters_do_not_reach_a_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A menu-bar letter opens its menu from a page, but not from a dialog over the window."""
    from vpdesk.gui.dialogs.first_run_guide import FirstRunGuide

    letter = mnemonic(window.menuBar().actions()[0].text())  # Bestand / File
    assert letter is not None
    key = Qt.Key(ord(letter.upper()))
    window.activateWindow()
    wait_until(qtbot, window.isActiveWindow)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
    wait_until(qtbot, lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    wait_until(qtbot, lambda: QApplication.activePopupWidget() is None)

    window.help_actions.guide.trigger()  # Help › Getting started: not modal
    guide = window.findChild(FirstRunGuide)
    assert guide is not None and not guide.isModal()
    wait_until(qtbot, guide.isActiveWindow)
    assert not passes_keys_to_the_window(guide)
    qtbot.keyClick(guide, key, Qt.KeyboardModifier.AltModifier)
    assert QApplication.activePopupWidget() is None
    assert window.menuBar().activeAction() is None
    guide.close()


def _labelled_fields(root: QWidget) -> Iterator[tuple[str, QLabel]]:
    for label in root.findChildren(QLabel):
        letter = mnemonic(label.text())
        if letter is not None and label.buddy() is not None and label.isVisibleTo(root):
            if label.buddy().isEnabled():
                yield letter, label


def _press_every_label(qtbot, root: QWidget, where: str) -> int:  # type: ignore[no-untyped-def]
    pressed = 0
    for letter, label in list(_labelled_fields(root)):
        buddy = label.buddy()
        root.setFocus()
        key = Qt.Key(ord(letter.upper())) if letter.isascii() and letter.isalpha() else None
        if key is None:
            continue
        # twice: where a menu-bar title shares the letter, Qt lands in the field first and
        # opens the menu the second time
        for _ in range(2):
            qtbot.keyClick(root.window(), key, Qt.KeyboardModifier.AltModifier)
            assert QApplication.activePopupWidget() is None, (where, label.text(), "opened a menu")
            focused = root.window().focusWidget()
            assert focused is buddy or buddy.isAncestorOf(focused), (where, label.text(), focused)
        pressed += 1
    return pressed


def test_every_label_letter_moves_the_focus_to_its_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter on a form label lands in its field, also where a message sits under it, and
    again when pressed again (it opens no menu)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.go_to("cases")
    window.pages["cases"].new_case()
    editor = window.pages["cases"].editor
    qtbot.waitUntil(editor.isVisible)
    assert _press_every_label(qtbot, editor, "case editor") >= 8
    # a label's letter clicks a tick box it names (Anoniem), as in every Qt form: drop that
    editor.clear()
    assert not window.pages["cases"].has_unsaved_changes()
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        _press_every_label(qtbot, dialog, type(dialog).__name__)
        dialog.close()
