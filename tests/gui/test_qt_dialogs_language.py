"""Qt's own dialogs speak the window's language: the file chooser and the message boxes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QMessageBox, QWidget

from tests.gui.shell_support import open_seeded_window, wait_until
from tests.gui.test_case_helpers import on_next_modal
from vpdesk.gui import i18n
from vpdesk.gui.main_window import MainWindow

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"

EXPECTED = {
    "nl": {
        "labels": {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"},
        "buttons": {"&Openen", "Annuleren"},
        "box": {"OK", "Annuleren"},
    },
    "en": {
        "labels": {"&Look in:", "File &name:", "Files of &type:"},
        "buttons": {"&Open", "Cancel"},
        "box": {"OK", "Cancel"},
    },
}


@pytest.fixture(params=["nl", "en"])
def window(request: pytest.FixtureRequest, qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    i18n.install_translators(request.param)
    w = open_seeded_window(qtbot, tmp_path)
    try:
        yield w
    finally:
        w.close()
        i18n.reset()


def _texts(dialog: QWidget, kind: type[QWidget]) -> set[str]:
    return {w.text() for w in dialog.findChildren(kind) if w.isVisibleTo(dialog) and w.text()}  # type: ignore[attr-defined]


def test_the_import_file_chooser_speaks_the_window_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lang = i18n.current_language()
    seen: dict[str, set[str]] = {}

    def read_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen["labels"] = _texts(dialog, QLabel)
        seen["buttons"] = _texts(dialog, QAbstractButton)
        if lang == "nl":
            ARTIFACTS.mkdir(exist_ok=True)
            dialog.grab().save(str(ARTIFACTS / "qt-file-chooser-nl.png"))
        dialog.reject()

    on_next_modal(read_and_cancel)
    window.import_action.trigger()  # Bestand › Meldingen importeren (CSV)…
    wait_until(qtbot, lambda: "labels" in seen)
    assert EXPECTED[lang]["labels"] <= seen["labels"], seen["labels"]
    assert EXPECTED[lang]["buttons"] <= seen["buttons"], seen["buttons"]
    if lang == "nl":  # nothing of the English dialog is left
        english = EXPECTED["en"]["labels"] | EXPECTED["en"]["buttons"]
        assert not (seen["labels"] | seen["buttons"]) & english


def test_a_message_box_has_buttons_in_the_window_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    lang = i18n.current_language()
    seen: dict[str, set[str]] = {}

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen["box"] = {b.text() for b in box.buttons()}
        box.button(QMessageBox.StandardButton.Cancel).click()

    window.go_to("cases")
    on_next_modal(read_and_cancel)
    window.export_list_action.trigger()  # the warning before the list is exported
    wait_until(qtbot, lambda: "box" in seen)
    assert seen["box"] == EXPECTED[lang]["box"]
