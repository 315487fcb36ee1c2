"""Helpers for the page tests: a small vault with known data, dialog driving, widget texts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from vpdesk.domain.models import Activity, Case, Contact, Conversation, Organisation, Referral, Step
from vpdesk.vault import Vault

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

# Distinctive values that must vanish from every widget when the vault is locked.
SECRET_NAME = "Zwaantje Kwakkelstein"
SECRET_NOTE = "Vertrouwelijk gesprek over Quirijn"
SECRET_ACCUSED = "Barend Vlasbloem"
SECRET_DEPARTMENT = "Afdeling Zeepbellen"
SECRET_ORG = "Stichting Kraaiennest"
SECRET_CONTACT = "dokter Wilhelmina Pannekoek"
SECRET_ACTIVITY = "Voorlichting over Zwavelzuur"
SECRET_REF = "2025-901"
SECRETS = (
    SECRET_NAME,
    SECRET_NOTE,
    SECRET_ACCUSED,
    SECRET_DEPARTMENT,
    SECRET_ORG,
    SECRET_CONTACT,
    SECRET_ACTIVITY,
    SECRET_REF,
)


def fill_vault(vault: Vault) -> dict[str, int]:
    """Two organisations, three cases with records, two activities; returns their ids."""
    org = Organisation(
        name=SECRET_ORG,
        sector="Zorg",
        departments=[SECRET_DEPARTMENT, "Keuken"],
        contacts=[
            Contact(target="occupational_physician", name=SECRET_CONTACT, phone="0612345678"),
            Contact(target="hr", name="Henk de Vries"),
        ],
    )
    other = Organisation(name="Gemeente Bolsward", sector="Overheid", departments=["Burgerzaken"])
    vault.organisations.add(org)
    vault.organisations.add(other)
    assert org.id is not None and other.id is not None
    first = Case(
        ref=SECRET_REF,
        organisation_id=org.id,
        opened=date(2025, 3, 4),
        behaviours=["bullying", "intimidation"],
        department=SECRET_DEPARTMENT,
        reporter_name=SECRET_NAME,
        reporter_email="zk@example.nl",
        accused=SECRET_ACCUSED,
        accused_relation="manager",
        channel="phone",
    )
    vault.cases.add(first)
    assert first.id is not None
    vault.conversations.add(
        Conversation(case_id=first.id, date=date(2025, 3, 4), minutes=45, note=SECRET_NOTE)
    )
    vault.steps.add(Step(case_id=first.id, what="Terugbellen", due=date(2025, 3, 11)))
    vault.referrals.add(Referral(case_id=first.id, target="occupational_physician", date=date(2025, 3, 5)))
    closed = Case(
        ref="2026-001",
        organisation_id=other.id,
        opened=date(2026, 1, 10),
        closed=date(2026, 2, 1),
        outcome="listening",
        behaviours=["discrimination"],
        reporter_name="Piet Paulusma",
    )
    vault.cases.add(closed)
    third = Case(
        ref="2026-002",
        organisation_id=org.id,
        opened=date(2026, 2, 20),
        behaviours=["sexual_harassment"],
        reporter_name="Anna Smit",
    )
    vault.cases.add(third)
    vault.activities.add(
        Activity(
            organisation_id=org.id,
            date=date(2026, 5, 1),
            kind="information",
            minutes=90,
            note=SECRET_ACTIVITY,
        )
    )
    vault.activities.add(
        Activity(organisation_id=other.id, date=date(2025, 6, 1), kind="training", minutes=120)
    )
    assert closed.id is not None and third.id is not None
    return {"org": org.id, "other": other.id, "first": first.id, "closed": closed.id, "third": third.id}


def on_next_modal(handler: Callable[[Any], None], timeout_ms: int = 5000) -> None:
    """Run ``handler`` on the next modal dialog as soon as it is shown (tests drive dialogs)."""
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            waited[0] += 20
            if waited[0] < timeout_ms:
                QTimer.singleShot(20, poll)
            return
        handler(widget)

    QTimer.singleShot(0, poll)


def accept_dialog(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.accept()


def widget_texts(root: QWidget) -> str:
    """Every piece of text a widget tree shows (fields, labels, lists, tables, combos)."""
    parts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        parts.append(w.windowTitle())
        if isinstance(w, QLineEdit | QLabel | QAbstractButton):
            parts.append(w.text())
        if isinstance(w, QPlainTextEdit):
            parts.append(w.toPlainText())
        if isinstance(w, QTextEdit):
            parts.append(w.toPlainText())
        if isinstance(w, QComboBox):
            parts.append(w.currentText())
            parts.extend(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            root_index = QModelIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # list models hide columnCount from Python
                columns = 1
            for r in range(model.rowCount(root_index)):
                for c in range(columns):
                    value = model.index(r, c).data()
                    if value is not None:
                        parts.append(str(value))
    return "\n".join(parts)


def click(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Click ``button`` with the left mouse button, as the adviser does."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def assert_no_secrets(root: QWidget) -> None:
    """No value of the test vault is left in any text ``root`` shows."""
    texts = widget_texts(root)
    for secret in SECRETS:
        assert secret not in texts, secret


def save_png(widget: QWidget, name: str) -> Path:
    """Render a widget to tests/artifacts/NAME.png (looked at by people, ignored by git)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    for _ in range(3):  # let layouts (scroll bars, reflowed forms) settle first
        QApplication.processEvents()
    assert widget.grab().save(str(path))
    return path


@contextmanager
def dutch() -> Iterator[None]:
    """Load the Dutch translations for a block (the product's default language)."""
    with in_language("nl"):
        yield


@contextmanager
def in_language(lang: str) -> Iterator[None]:
    """Load the translations of ``lang`` for a block."""
    from vpdesk.gui import i18n

    i18n.install_translators(lang)
    try:
        yield
    finally:
        i18n.reset()
