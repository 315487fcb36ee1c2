"""Helpers for the tests of the window's shell (welcome, lock, dashboard, settings, ...)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.support import PASSPHRASE
from vpdesk.domain.models import Case, Conversation, Organisation, Step
from vpdesk.gui.tasks import wait_for_tasks
from vpdesk.vault import Vault

# Values that only exist inside the test vault: none may be visible once it is locked.
SECRETS = ("Zwaluwstaart-Pietersen", "Oranjerie Kwekerij Secret", "Ontvangsthal", "xq-2025-901")


@dataclass
class Seeded:
    path: Path
    organisation_id: int
    case_ids: list[int]
    overdue_case_id: int


def seed_vault(path: Path, today: date | None = None) -> Seeded:
    """A small vault with an organisation, a few cases (some in one department) and steps."""
    today = today or date.today()
    with Vault.create(path, PASSPHRASE) as vault:
        org_id = vault.organisations.add(
            Organisation(name="Oranjerie Kwekerij Secret", departments=["Ontvangsthal"])
        )
        ids = []
        for n in range(3):
            case = Case(
                ref=f"xq-2025-90{n + 1}",
                organisation_id=org_id,
                opened=today - timedelta(days=30 * (n + 1)),
                behaviours=["bullying"],
                department="Ontvangsthal",
                reporter_name="Zwaluwstaart-Pietersen",
                accused="Jan Zwaluwstaart",
            )
            ids.append(vault.cases.add(case))
        vault.conversations.add(Conversation(case_id=ids[0], date=today, minutes=45, note="eerste gesprek"))
        vault.steps.add(Step(case_id=ids[0], what="HR bellen", due=today - timedelta(days=3)))
        vault.steps.add(Step(case_id=ids[1], what="Verslag sturen", due=today + timedelta(days=2)))
        vault.settings.set("adviser_name", "Dana Tester")
    return Seeded(path, org_id, ids, ids[0])


def add_expired_cases(vault: Vault, reporter_names: Sequence[str]) -> list[int]:
    """Bakkerij Verleden (12 months' retention) with a case closed in February 2023 for each
    reporter name, past its term (returned), and one opened today that stays."""
    org = vault.organisations.add(Organisation("Bakkerij Verleden", retention_months=12))
    old = [
        vault.cases.add(
            Case(
                f"oud-{n}",
                org,
                date(2023, 1, n + 1),
                ["bullying"],
                closed=date(2023, 2, n + 1),
                outcome="listening",
                reporter_name=name,
            )
        )
        for n, name in enumerate(reporter_names)
    ]
    vault.cases.add(Case("nieuw-1", org, date.today(), ["bullying"], reporter_name="Blijft"))
    return old


def wait_until(qtbot, condition: Callable[[], bool], timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(condition, timeout=timeout)


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent if parent is not None else QModelIndex()
    try:
        columns = max(model.columnCount(parent), 1)
    except TypeError:  # list models keep columnCount private
        columns = 1
    texts = []
    for row in range(model.rowCount(parent)):
        for col in range(columns):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None:
                    texts.append(str(value))
            if col == 0 and columns > 1 and model.rowCount(index) > 0:
                texts += model_texts(model, index)
    return texts


def visible_texts(root: QWidget) -> str:
    """Every text the widgets under ``root`` hold, models included (hidden ones too)."""
    parts: list[str] = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if isinstance(w, QLabel):
            parts.append(w.text())
            parts.append(w.toolTip())
        elif isinstance(w, QLineEdit):
            parts.append(w.text())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            parts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            parts += [w.itemText(i) for i in range(w.count())]
            parts.append(w.currentText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            parts += model_texts(w.model())
        parts.append(w.accessibleDescription())
    return "\n".join(p for p in parts if p)


def type_passphrase(qtbot, window, path: Path, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    """Ask ``window`` to open ``path`` and type the passphrase and Return, as the adviser does."""
    window.request_unlock(path)
    qtbot.keyClicks(window.unlock_screen.passphrase, passphrase)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)


def unlocked_window(qtbot, path: Path, size: tuple[int, int] | None = (1300, 850)):  # type: ignore[no-untyped-def]
    """A new window on the vault at ``path``, unlocked by the typed passphrase, its dashboard shown."""
    from vpdesk.gui.main_window import MainWindow  # the window is built after any translators

    window = MainWindow()
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    type_passphrase(qtbot, window, path)
    wait_until(qtbot, lambda: window.dashboard.board() is not None)
    return window


def new_window(qtbot):  # type: ignore[no-untyped-def]
    """A window with no vault open, closed after the test (as a fixture: ``pytest.fixture(new_window)``)."""
    from vpdesk.gui.main_window import MainWindow  # the window is built after any translators

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    wait_for_tasks()


def open_seeded_window(qtbot, folder: Path):  # type: ignore[no-untyped-def]
    """The window on a freshly seeded vault in ``folder``, unlocked by the typed passphrase."""
    return unlocked_window(qtbot, seed_vault(folder / "kantoor.vpdesk").path)
