"""Translations: every .ts complete, every .qm compiled from its current .ts, Dutch by default."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from vpdesk.gui import i18n
from vpdesk.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "tools"))
import build_translations  # noqa: E402

TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
PLACEHOLDER = re.compile(r"%\d+|%n")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.findtext("source") or "", translation))
    return found


def _accelerators(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)", text))


def test_there_is_one_translation_source() -> None:
    assert [ts.name for ts in TS_FILES] == ["vpdesk_nl.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_is_complete(ts: Path) -> None:
    problems = []
    for context, source, translation in _messages(ts):
        text = translation.text or ""
        where = f"{ts.name}: {context}: {source!r}"
        if translation.get("type") == "unfinished" or (source.strip() and not text.strip()):
            problems.append(f"{where} is not translated")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        if _accelerators(source) != _accelerators(text):
            problems.append(f"{where}: keyboard accelerator (&) missing or extra in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_qm_is_compiled_from_the_current_ts(ts: Path, tmp_path: Path) -> None:
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run tools/build_translations.py"
    fresh = build_translations.compile_ts(ts, tmp_path / committed.name)
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is out of date: run tools/build_translations.py"
    )


def test_the_ts_holds_every_string_of_the_window_and_no_other(tmp_path: Path) -> None:
    copy = tmp_path / "vpdesk_nl.ts"
    shutil.copy(TRANSLATIONS / "vpdesk_nl.ts", copy)
    before = {(c, s) for c, s, _t in _messages(copy)}
    build_translations.update(copy)
    after = {(c, s) for c, s, _t in _messages(copy)}
    assert after - before == set(), "strings missing from vpdesk_nl.ts (run --update)"
    assert before - after == set(), "strings in vpdesk_nl.ts no longer in the code"


@pytest.fixture
def dutch(qtbot):  # type: ignore[no-untyped-def]
    i18n.install_translators("nl")
    yield
    i18n.reset()


def test_window_speaks_dutch_including_qts_own_buttons(qtbot, dutch) -> None:  # type: ignore[no-untyped-def]
    assert i18n.current_language() == "nl"
    window = MainWindow()
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&Bestand", "&Meldingen"]
    assert window.welcome.open_button.text() == "Een kluis &openen…"
    assert window.nav.item(0).text() == "Overzicht"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Annuleren", "Opslaan"}
    window.close()


def test_english_when_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.install_translators("en")
    try:
        assert i18n.current_language() == "en"
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.menuBar().actions()[0].text() == "&File"
        window.close()
    finally:
        i18n.reset()


def test_all_compiled_translations_are_loaded(qtbot, dutch) -> None:  # type: ignore[no-untyped-def]
    loaded = {p.name for p in i18n.qm_files("nl")}
    assert loaded == {p.with_suffix(".qm").name for p in TS_FILES}
