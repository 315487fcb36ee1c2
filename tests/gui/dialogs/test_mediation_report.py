"""The window's Save PDF for the mediation report records what it releases, and keeps to the
year's threshold."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.gui.test_case_helpers import on_next_modal
from tests.stats.mediation_dataset import fill_mediations
from vpdesk.gui.dialogs.mediation_report import MediationReportDialog
from vpdesk.report.leaks import pdf_text


def _dialog_for_2025(qtbot, vault) -> MediationReportDialog:  # type: ignore[no-untyped-def]
    """The dialog on the mediation data set, with the year typed."""
    fill_mediations(vault)
    dialog = MediationReportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.year.setFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2025")
    return dialog


def test_save_pdf_records_the_release_and_keeps_its_threshold(qtbot, vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog_for_2025(qtbot, vault)
    dialog.threshold.selectAll()
    qtbot.keyClicks(dialog.threshold, "3")
    first = tmp_path / "meten.pdf"
    assert dialog.write_to(first)
    rows = vault.releases.releases((2025,), "mediation")
    assert [(r.kind, r.year, r.organisation_id, r.threshold) for r in rows] == [("mediation", 2025, None, 3)]
    assert "Gestarte mediations 8" in " ".join(pdf_text(first.read_bytes()).split())
    assert vault.releases.releases((2025,), "melding") == []
    # another threshold for the same year is refused with the reason, in the window's words
    dialog.threshold.selectAll()
    qtbot.keyClicks(dialog.threshold, "4")
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    on_next_modal(read)
    second = tmp_path / "meten-4.pdf"
    assert not dialog.write_to(second)
    assert not second.exists()
    assert seen and "released with 3 as the smallest count shown" in seen[0]
    assert dialog.threshold.value() == 3
    assert len(vault.releases.releases((2025,), "mediation")) == 1


def test_the_word_button_writes_the_same_report_as_a_word_document(  # type: ignore[no-untyped-def]
    qtbot, vault, tmp_path: Path, monkeypatch
) -> None:
    import docx
    from PySide6.QtWidgets import QFileDialog

    dialog = _dialog_for_2025(qtbot, vault)
    typed = tmp_path / "meten-word"  # typed without an extension: the button's format is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(typed), ""))
    dialog.word_button.setFocus()
    qtbot.keyClick(dialog.word_button, Qt.Key.Key_Space)
    out = typed.with_name("meten-word.docx")
    assert dialog.written == out and out.exists()
    text = " ".join(" ".join(p.text for p in docx.Document(str(out)).paragraphs).split())
    assert "Meten = weten" in text or "mediation" in text.lower()
    assert [r.kind for r in vault.releases.releases((2025,), "mediation")] == ["mediation"]
