"""No two things in one window answer to the same Alt+letter, in Dutch or in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget, QWidget

from tests.gui.shell_support import open_seeded_window, wait_until
from vpdesk.domain.models import Conversation, Referral, Step
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


def test_every_page_has_distinct_letters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for key, page in window.pages.items():
        window.go_to(key)
        if key == "cases":
            page.new_case()  # the editor is what has the fields
        elif key in ("organisations", "activities"):
            page.new_organisation() if key == "organisations" else page.new_activity()
        wait_until(qtbot, page.isVisible)
        found = widget_mnemonics(page)
        assert not clashes(found), (key, clashes(found))


def _dialogs(window: MainWindow) -> Iterator[QWidget]:
    from vpdesk.gui.dialogs.change_passphrase import ChangePassphraseDialog
    from vpdesk.gui.dialogs.close_case import CloseCaseDialog
    from vpdesk.gui.dialogs.conversation import ConversationDialog
    from vpdesk.gui.dialogs.create_vault import CreateVaultDialog
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


def test_every_dialog_has_distinct_letters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        found = widget_mnemonics(dialog)
        assert not clashes(found), (type(dialog).__name__, clashes(found))
        dialog.close()


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
        qtbot.keyClick(root.window(), key, Qt.KeyboardModifier.AltModifier)
        focused = root.window().focusWidget()
        assert focused is buddy or buddy.isAncestorOf(focused), (where, label.text(), focused)
        pressed += 1
    return pressed


def test_every_label_letter_moves_the_focus_to_its_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter on a form label lands in its field, also where a message sits under it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.go_to("cases")
    window.pages["cases"].new_case()
    editor = window.pages["cases"].editor
    qtbot.waitUntil(editor.isVisible)
    assert _press_every_label(qtbot, editor, "case editor") >= 8
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        _press_every_label(qtbot, dialog, type(dialog).__name__)
        dialog.close()
