"""Saving a form: what the vault refuses is shown at the fields or as one translated line."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from tests.gui.test_case_helpers import on_next_modal
from vpdesk.domain.errors import ValidationError
from vpdesk.domain.validation import Problem
from vpdesk.gui import i18n
from vpdesk.gui.messages import user_message
from vpdesk.gui.widgets.forms import write_or_explain
from vpdesk.vault.errors import VaultInUse


def test_a_refused_field_is_shown_in_the_window_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[dict[str, str]] = []

    def write() -> None:
        raise ValidationError({"name": Problem("required")})

    i18n.install_translators("nl")
    try:
        assert write_or_explain(parent, write, shown.append) is False
    finally:
        i18n.reset()
    assert shown == [{"name": Problem("required").message("nl")}]
    assert shown[0]["name"] != Problem("required").message("en")


def test_a_vault_error_is_one_translated_line_not_its_own_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}
    error = VaultInUse("database is locked by pid 4711 at /home/adviseur/kantoor.vpdesk")

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        box.accept()

    def write() -> None:
        raise error

    on_next_modal(read)
    assert write_or_explain(parent, write, lambda _texts: None) is False
    assert seen["text"] == user_message(error)
    assert "4711" not in seen["text"] and "adviseur" not in seen["text"]


def test_a_write_that_goes_through_is_true(qtbot) -> None:  # type: ignore[no-untyped-def]
    done: list[int] = []
    assert write_or_explain(QWidget(), lambda: done.append(1), lambda _texts: None) is True
    assert done == [1]
