"""The annual report page, with real widgets (offscreen), a real vault and real PDFs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QFileDialog, QTableWidget

from tests.stats import dataset
from tests.support import files_mentioning
from vpdesk.gui.pages.annual_report import ReportView
from vpdesk.gui.tasks import wait_for_tasks
from vpdesk.vault import Vault


@pytest.fixture
def orgs(vault: Vault) -> dict[str, int]:
    return dataset.build(vault)


@pytest.fixture
def view(qtbot, vault: Vault, orgs: dict[str, int]):  # type: ignore[no-untyped-def]
    v = ReportView()
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    v.year.setValue(2026)
    v.language.setCurrentIndex(v.language.findData("en"))
    v.set_vault(vault)
    qtbot.waitUntil(lambda: v._figures is not None, timeout=10_000)
    _choose(qtbot, v, orgs[dataset.ORG_A])  # the organisation most tests look at
    yield v
    wait_for_tasks()
    v.set_vault(None)


def _choose(qtbot, view: ReportView, org_id: int | None) -> None:  # type: ignore[no-untyped-def]
    index = view.organisation.findData(-1 if org_id is None else org_id)
    if index == view.organisation.currentIndex():
        return
    view.organisation.setCurrentIndex(index)
    qtbot.waitUntil(
        lambda: view._figures is not None and view._figures.organisation_id == org_id, timeout=10_000
    )


def _switch_on(qtbot, view: ReportView, switch: QCheckBox, breakdown: str, press: Callable[[], None]) -> int:  # type: ignore[no-untyped-def]
    """Switch a breakdown on by ``press``; its tab (returned) shows once its figures are in."""
    tab = view.breakdown_tabs[breakdown]
    assert not switch.isChecked() and not view.tabs.isTabVisible(tab)
    press()
    qtbot.waitUntil(
        lambda: view._figures is not None and breakdown in view._figures.breakdowns, timeout=10_000
    )
    qtbot.waitUntil(lambda: view.tabs.isTabVisible(tab), timeout=5_000)
    return tab


def _column(table: QTableWidget, col: int) -> list[str]:
    return [item.text() if (item := table.item(r, col)) is not None else "" for r in range(table.rowCount())]


def test_figures_of_one_organisation(qtbot, view: ReportView) -> None:  # type: ignore[no-untyped-def]
    totals = view.totals_table
    # Cases carried over and still open are counts of people too: "<5".
    assert _column(totals, 1)[:6] == ["12", "11", "<5", "<5", "13", "13.1"]
    assert _column(totals, 0)[0] == "Cases opened"
    # Then the medians of the eleven cases closed (at least K, so they are shown).
    assert _column(totals, 0)[6:] == ["Days to closing (median)", "Conversations per case (median)"]
    assert all(value != "–" for value in _column(totals, 1)[6:])
    # Q1 5 ("x"), Q2 6 and Q3 1: with Q2 shown, Q1 + Q3 = 6 would give both away.
    assert _column(view.breakdown_tables["quarter"], 1) == ["x", "x", "<5", "0"]
    assert "Bullying" in _column(view.breakdown_tables["behaviour"], 0)
    # the chart beside each table shows the same cells, suppressed ones as their symbol
    assert [v for _, v in view.breakdown_charts["quarter"].bars()] == ["x", "x", "<5", 0]
    assert view.breakdown_charts["quarter"].bars()[0][0] == "1st quarter"
    assert view.signals_box.isEnabled()
    assert "werkdruk" in view.signals_edit.toPlainText()


def test_small_organisation_and_threshold(qtbot, view: ReportView, orgs: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    _choose(qtbot, view, orgs[dataset.ORG_B])
    assert view.totals_table.rowCount() == 1
    assert _column(view.totals_table, 1) == ["<5"]
    assert view.breakdown_tables["behaviour"].rowCount() == 0
    view._figures = None
    view.threshold.setValue(3)
    qtbot.waitUntil(lambda: view._figures is not None, timeout=10_000)
    # At threshold 3 its 3 cases count, protected as "x" (3 or more) with the other totals.
    assert _column(view.totals_table, 1)[0] == "x"


def test_all_organisations_have_no_signals_editor(qtbot, view: ReportView) -> None:  # type: ignore[no-untyped-def]
    _choose(qtbot, view, None)
    # The small organisation is left out of the sum, so that it cannot be subtracted back.
    assert _column(view.totals_table, 1)[0] == "12"
    assert not view.signals_box.isEnabled()


def test_live_leak_warning_names_the_field_not_the_value(
    qtbot, view: ReportView, vault: Vault, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    view.signals_edit.setPlainText("Veel zorgen over de werkdruk.")
    assert view.leak_warning.text() == ""
    view.signals_edit.setPlainText("Gesprek met Cornelis Wagenvoort over de werkdruk.")
    warning = view.leak_warning.text()
    assert "reporter's name" in warning
    assert "Wagenvoort" not in warning and "Cornelis" not in warning
    assert view.has_unsaved_changes()
    view.signals_edit.setPlainText("Meer aandacht voor omgangsvormen.")
    assert view.leak_warning.text() == ""
    view.save_signals()
    qtbot.waitUntil(lambda: not view.has_unsaved_changes(), timeout=10_000)
    assert vault.signals.get(orgs[dataset.ORG_A], 2026).text == "Meer aandacht voor omgangsvormen."


def test_save_pdf_in_the_background(
    qtbot, view: ReportView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "jaarverslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF files (*.pdf)"))
    view.save_pdf_button.click()
    qtbot.waitUntil(out.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "saved" in view.message.text(), timeout=10_000)
    assert out.read_bytes().startswith(b"%PDF")
    view.set_vault(None)  # as on lock: settings are written out
    # no settings file, cache or recent-files list remembers where the report went
    assert files_mentioning("jaarverslag") == []
    assert files_mentioning(str(tmp_path)) == []


def test_save_as_word_by_keyboard(
    qtbot, view: ReportView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import docx

    from tests.report.test_docx import docx_text

    out = tmp_path / "jaarverslag"  # the adviser typed no extension: the filter's is added
    asked: list[tuple[str, str]] = []

    def dialog(_parent, _title, suggestion, file_filter, *a, **k):  # type: ignore[no-untyped-def]
        asked.append((suggestion, file_filter))
        return str(out), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    # Tab from the PDF button reaches the Word button; Space presses it.
    view.save_pdf_button.setFocus()
    qtbot.keyClick(view.save_pdf_button, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.save_docx_button
    qtbot.keyClick(view.save_docx_button, Qt.Key.Key_Space)
    written = out.with_name("jaarverslag.docx")
    qtbot.waitUntil(written.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "saved" in view.message.text(), timeout=10_000)
    assert asked[0][0].endswith("annual-report-2026-gemeente-voorbeeld.docx")
    assert "*.docx" in asked[0][1]
    text = docx_text(written.read_bytes())
    assert "Annual report confidential adviser" in text and "Key figures" in text  # the page's language
    assert len(docx.Document(str(written)).inline_shapes) > 0
    # Alt+W, the button's mnemonic, does the same.
    asked.clear()
    written.unlink()
    qtbot.keyClick(view, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(written.exists, timeout=20_000)
    assert asked and "*.docx" in asked[0][1]
    wait_for_tasks()
    view.set_vault(None)
    assert files_mentioning("jaarverslag") == []


def test_a_leaking_report_is_refused_with_the_field(
    qtbot, view: ReportView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    view.signals_edit.setPlainText("Zie dossier GV-2026-005.")
    out = tmp_path / "lek.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.save_pdf_button.click()
    qtbot.waitUntil(lambda: "not saved" in view.message.text(), timeout=20_000)
    assert "case reference" in view.message.text()
    assert "GV-2026" not in view.message.text()
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if not p.name.startswith("test.vpdesk")] == []


def test_locking_clears_everything(qtbot, view: ReportView) -> None:  # type: ignore[no-untyped-def]
    view.set_vault(None)
    assert view.organisation.count() == 0
    assert view.totals_table.rowCount() == 0
    assert all(t.rowCount() == 0 for t in view.breakdown_tables.values())
    assert all(c.bars() == [] for c in view.breakdown_charts.values())
    assert view.signals_edit.toPlainText() == ""
    assert not view.save_pdf_button.isEnabled()
    assert not view.save_docx_button.isEnabled()
    assert not view.has_unsaved_changes()


def test_report_view_in_dutch(qtbot, vault: Vault, orgs: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.test_case_helpers import dutch, save_png

    with dutch():
        v = ReportView()
        qtbot.addWidget(v)
        v.resize(1200, 760)
        v.show()
        v.year.setValue(2026)
        v.set_vault(vault)
        qtbot.waitUntil(lambda: v._figures is not None, timeout=10_000)
        _choose(qtbot, v, orgs[dataset.ORG_A])
        assert v.tabs.tabText(0) == "Kerncijfers"
        assert v.save_pdf_button.text() == "&PDF opslaan…"
        assert v.save_docx_button.text() == "Als &Word opslaan…"
        assert _column(v.totals_table, 0)[0] == "Nieuwe meldingen"
        assert "Pesten" in _column(v.breakdown_tables["behaviour"], 0)
        v.signals_edit.setPlainText("Zorgen bij Grondzaken.")
        assert "een afdeling" in v.leak_warning.text()
        assert save_png(v, "report_view").stat().st_size > 10_000
        wait_for_tasks()
        v.set_vault(None)


def test_typing_survives_a_refresh_and_a_switch_saves_it(
    qtbot, view: ReportView, vault: Vault, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    view.signals_edit.setPlainText("Nog niet opgeslagen tekst.")
    view.threshold.setValue(4)  # same organisation and year: the editor keeps the text
    qtbot.waitUntil(lambda: view._figures is not None and view._figures.threshold == 4, timeout=10_000)
    assert view.signals_edit.toPlainText() == "Nog niet opgeslagen tekst."
    assert view.has_unsaved_changes()
    _choose(qtbot, view, orgs[dataset.ORG_B])  # another organisation: the text is stored first
    assert vault.signals.get(orgs[dataset.ORG_A], 2026).text == "Nog niet opgeslagen tekst."
    assert view.signals_edit.toPlainText() == ""


def test_gender_and_role_switch_is_kept_in_the_vault(qtbot, view: ReportView, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.stats import GENDER_AND_ROLE_SETTING

    gender_tab = _switch_on(qtbot, view, view.gender_role, "gender", view.gender_role.click)
    assert vault.settings.get(GENDER_AND_ROLE_SETTING) == "1"
    assert _column(view.breakdown_tables["gender"], 1) == ["<5", "x", "0", "0"]
    view.set_vault(None)
    assert not view.gender_role.isChecked() and not view.tabs.isTabVisible(gender_tab)


def test_age_group_switch_is_kept_in_the_vault_on_its_own(qtbot, view: ReportView, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.stats import AGE_GROUP_SETTING, GENDER_AND_ROLE_SETTING

    def press_space() -> None:
        view.age_group.setFocus()
        qtbot.keyClick(view.age_group, Qt.Key.Key_Space)

    _switch_on(qtbot, view, view.age_group, "age_group", press_space)
    assert vault.settings.get(AGE_GROUP_SETTING) == "1"
    assert vault.settings.get(GENDER_AND_ROLE_SETTING) != "1"
    assert not view.tabs.isTabVisible(view.breakdown_tabs["gender"])
    # The data set records no age group: every case is in "unknown", which may hold them all.
    assert _column(view.breakdown_tables["age_group"], 1) == ["0", "0", "0", "0", "0", "12"]


def test_hits_are_marked_as_the_adviser_types(
    qtbot, view: ReportView, vault: Vault, orgs: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    _choose(qtbot, view, orgs[dataset.ORG_B])  # the other client: the whole vault still counts
    qtbot.waitUntil(lambda: view._index is not None, timeout=10_000)
    view.signals_edit.setFocus()
    qtbot.keyClicks(view.signals_edit, "Veel zorgen over de werkdruk.")
    assert view.signals_edit.extraSelections() == []
    qtbot.keyClick(view.signals_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(view.signals_edit, "Gesprek met Wagenvoort. Samen met Mehmet Brouwersgracht opgepakt.")
    text = view.signals_edit.toPlainText()
    marked = [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.signals_edit.extraSelections()
    ]
    assert [text[a:b] for a, b in marked] == ["Wagenvoort", "Mehmet Brouwersgracht"]
    warning = view.leak_warning.text()
    assert "line 2, word 3: a reporter's name" in warning
    assert "line 2, word 6: a possible name" in warning
    assert "Wagenvoort" not in warning and "Mehmet" not in warning
    # Not a name: the cursor on the possible name, then the button.
    assert not view.not_a_name_button.isEnabled()
    for _ in range(12):
        qtbot.keyClick(view.signals_edit, Qt.Key.Key_Left)
    assert view.not_a_name_button.isEnabled()
    qtbot.mouseClick(view.not_a_name_button, Qt.MouseButton.LeftButton)
    assert [h.field for h in view.leaks] == ["reporter_name"]
    # The sentence with the reporter's name goes; the other keeps its mark, and is saved with it.
    cursor = view.signals_edit.textCursor()
    start = text.index("Gesprek met")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Gesprek met Wagenvoort. "), cursor.MoveMode.KeepAnchor)
    view.signals_edit.setTextCursor(cursor)
    qtbot.keyClick(view.signals_edit, Qt.Key.Key_Delete)
    assert view.leaks == [] and view.signals_edit.extraSelections() == []
    qtbot.mouseClick(view.save_signals_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.has_unsaved_changes(), timeout=10_000)
    stored = vault.signals.get(orgs[dataset.ORG_B], 2026)
    assert stored.text.endswith("\nSamen met Mehmet Brouwersgracht opgepakt.")
    assert len(stored.not_names) == 1
    # Another sentence typed: the mark holds; the passage itself changed: the mark is gone.
    view.signals_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(view.signals_edit, " Dat hielp.")
    assert view.leaks == []
    cursor = view.signals_edit.textCursor()
    cursor.setPosition(view.signals_edit.toPlainText().index("opgepakt"))
    view.signals_edit.setTextCursor(cursor)
    qtbot.keyClicks(view.signals_edit, "snel ")
    assert [h.field for h in view.leaks] == ["possible_name"]


def test_protection_panel_shows_what_a_reader_could_deduce(qtbot, view: ReportView) -> None:  # type: ignore[no-untyped-def]
    table = view.protection_table
    rows = [
        [(item.text() if (item := table.item(r, c)) is not None else "") for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    # Quarter 3 holds 1 case, shown "<5": a reader of every table still finds more than one
    # value possible, all of them from 1 to 4.
    q3 = [row for row in rows if row[1] == "Cases per quarter: 3rd quarter"]
    assert len(q3) == 1 and q3[0][0] == "2026"
    low, high = (int(n) for n in q3[0][2].split(" to "))
    assert 1 <= low < high <= 4
    assert not any(row[2].startswith("exactly") for row in rows)
    assert view.tabs.tabText(view.tabs.indexOf(table)) == "Protection"
