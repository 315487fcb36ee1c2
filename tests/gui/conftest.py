"""Fixtures shared by the window's tests: a page shown on a filled vault, an unlocked window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget

from tests.gui.shell_support import open_seeded_window
from tests.gui.test_case_helpers import fill_vault
from vpdesk.gui.main_window import MainWindow
from vpdesk.gui.tasks import wait_for_tasks
from vpdesk.vault import Vault

ShowPage = Callable[..., Any]


@pytest.fixture
def data(vault: Vault) -> dict[str, int]:
    """The test vault filled with organisations, cases, records and activities."""
    return fill_vault(vault)


@pytest.fixture
def show_page(show_on_vault: ShowPage, data: dict[str, int]) -> ShowPage:
    """``show_page(page, (width, height), *models)``: ``page`` shown on the filled vault."""
    return show_on_vault


@pytest.fixture
def show_on_vault(qtbot, vault: Vault) -> Iterator[ShowPage]:  # type: ignore[no-untyped-def]
    """``show_on_vault(page, (width, height), *models)``: ``page`` shown on the test vault.

    Its ``model`` and the other ``models`` are checked by QAbstractItemModelTester from the
    start; the page is emptied again after the test.
    """
    shown: list[QWidget] = []
    testers: list[QAbstractItemModelTester] = []

    def show(page: Any, size: tuple[int, int], *models: QAbstractItemModel) -> Any:
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        for model in (page.model, *models):
            testers.append(
                QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
            )
        page.set_vault(vault)
        shown.append(page)
        return page

    yield show
    for page in shown:
        page.set_vault(None)  # type: ignore[attr-defined]
    wait_for_tasks()


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window on a seeded vault, unlocked by typing the passphrase."""
    w = open_seeded_window(qtbot, tmp_path)
    yield w
    w.close()
