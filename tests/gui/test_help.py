"""The Help menu: About with the licences, the first-run guide (once), and the user manual."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox

from tests.gui.test_case_helpers import in_language
from vpdesk import __version__
from vpdesk.demo import DEMO_PASSPHRASE
from vpdesk.gui import help_menu, i18n, ui_settings
from vpdesk.gui.dialogs.about import AboutDialog, components, licence_text, licences_dir
from vpdesk.gui.dialogs.first_run_guide import FIRST_RUN_SHOWN, FirstRunGuide
from vpdesk.gui.dialogs.manual import IMAGE_WIDTH, ManualViewer, manual_path
from vpdesk.gui.help_menu import first_run_guide_due, install_help_menu, show_first_run_guide_once
from vpdesk.gui.main_window import MainWindow
from vpdesk.gui.pages.case_editor import CaseEditor
from vpdesk.gui.ui_settings import backup_folder as backups_dir
from vpdesk.gui.ui_settings import backup_keep, set_backup_folder, set_backup_keep
from vpdesk.vault.autobackup import DEFAULT_KEEP


def _visible(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _close_all(kind: type) -> None:
    for widget in _visible(kind):
        widget.close()


@pytest.fixture
def first_start() -> None:
    """Forget that the guide was shown (the shared fixture marks it as seen)."""
    settings = ui_settings.ui_settings()
    settings.remove(FIRST_RUN_SHOWN)
    settings.sync()


# -- licences ------------------------------------------------------------------------------


def test_every_bundled_part_has_its_licence_text() -> None:
    names = [c.name for c in components()]
    for wanted in (
        "vpdesk",
        "Qt / PySide6",
        "SQLCipher",
        "ReportLab",
        "DejaVu",
        "Faker",
        "platformdirs",
        "pypdf",
        "zxcvbn",
        "openpyxl",
    ):
        assert any(n.startswith(wanted) for n in names), wanted
    for component in components():
        for name in component.files:
            path = licences_dir() / name
            assert path.is_file(), path
            assert path.stat().st_size > 500, path
        assert "missing from this installation" not in licence_text(component)


def test_licence_texts_are_the_right_ones() -> None:
    by_name = {c.name.split()[0]: c for c in components()}
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in licence_text(by_name["Qt"])
    assert "Version 3" in licence_text(by_name["Qt"])
    assert "ZETETIC LLC" in licence_text(by_name["SQLCipher"])
    assert "ReportLab" in licence_text(by_name["ReportLab"])
    assert "Bitstream Vera" in licence_text(by_name["DejaVu"])
    assert "GNU GENERAL PUBLIC LICENSE" in licence_text(by_name["vpdesk"])
    # the vendored font licence and the one shown in About are the same text
    fonts = licences_dir().parent / "fonts" / "dejavu-license.txt"
    assert fonts.read_text(encoding="utf-8") == (licences_dir() / "dejavu-fonts.txt").read_text(
        encoding="utf-8"
    )


def test_versions_come_from_the_real_parts() -> None:
    by_name = {c.name.split()[0]: c for c in components()}
    assert by_name["vpdesk"].version == __version__
    assert by_name["SQLCipher"].version.startswith("4.")  # asked of the real SQLCipher library
    assert "6." in by_name["Qt"].version


def test_about_dialog_shows_version_and_licence_of_the_selected_part(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert f"vpdesk {__version__}" in dialog.summary.text()
    assert dialog.parts.count() == len(components())
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()  # vpdesk itself first
    row = next(i for i, c in enumerate(dialog.components) if c.name.startswith("Qt"))
    dialog.parts.setCurrentRow(row)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()
    row = next(i for i, c in enumerate(dialog.components) if c.name.startswith("SQLCipher"))
    qtbot.mouseClick(
        dialog.parts.viewport(),
        __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton,
        pos=dialog.parts.visualItemRect(dialog.parts.item(row)).center(),
    )
    assert "ZETETIC LLC" in dialog.licence.toPlainText()


# -- the menu in the window ------------------------------------------------------------------


def test_help_menu_in_the_main_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    actions = window.help_actions
    assert actions.manual.shortcut().toString() == "F1"
    menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    help_menu_widget = next(m for m in menus if actions.about in m.actions())
    assert actions.guide in help_menu_widget.actions()
    assert actions.manual in help_menu_widget.actions()
    actions.about.trigger()
    qtbot.waitUntil(lambda: bool(_visible(AboutDialog)), timeout=5000)
    _close_all(AboutDialog)
    actions.guide.trigger()
    qtbot.waitUntil(lambda: bool(_visible(FirstRunGuide)), timeout=5000)
    _close_all(FirstRunGuide)
    window.close()


def test_help_menu_works_without_the_main_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = QMenu("Help", window)
    actions = install_help_menu(window, menu)
    assert [a for a in menu.actions() if not a.isSeparator()] == [
        actions.guide,
        actions.manual,
        actions.about,
        actions.about_qt,
    ]
    actions.manual.trigger()
    viewers = _visible(ManualViewer)
    assert viewers, "the manual did not open"
    _close_all(ManualViewer)


# -- the first-run guide -----------------------------------------------------------------------


def test_guide_is_shown_on_the_first_start_only(qtbot, first_start: None) -> None:  # type: ignore[no-untyped-def]
    assert first_run_guide_due()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(_visible(FirstRunGuide)), timeout=5000)
    assert not first_run_guide_due()
    stored = ui_settings.settings_file().read_text(encoding="utf-8")
    assert "first_run_guide_shown=true" in stored
    _close_all(FirstRunGuide)
    window.close()

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    for _ in range(3):
        QApplication.processEvents()  # the guide would be scheduled at once
    assert not _visible(FirstRunGuide)
    again.close()


def test_guide_says_what_matters(qtbot, first_start: None) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    guide = show_first_run_guide_once(window)
    assert guide is not None
    assert show_first_run_guide_once(window) is None  # once
    text = guide.text.toPlainText()
    assert "cannot be recovered" in text  # why the passphrase matters
    assert str(backups_dir()) in text  # where the backups are
    assert "lock or close" in text and "at most one a day" in text  # when they are made
    assert f"keeps the last {backup_keep()}" in text
    assert "Import cases (CSV)" in text  # how to bring in a spreadsheet
    assert DEMO_PASSPHRASE in text and "demo vault" in text
    assert "AVG article 15" in text and "never names or text" in text
    assert "after opening" not in text and "20 s" not in text  # the old backup timing is gone
    assert guide.demo_button is None  # a window without a demo has no demo button
    guide.close()


def test_guide_follows_the_chosen_backup_folder_and_count(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_backup_folder(tmp_path)
    set_backup_keep(3)
    try:
        guide = FirstRunGuide()
        qtbot.addWidget(guide)
        text = guide.text.toPlainText()
        assert str(tmp_path.resolve()) in text
        assert "keeps the last 3" in text
    finally:
        set_backup_folder(None)
        set_backup_keep(DEFAULT_KEEP)


def _window_labels(window: MainWindow) -> dict[str, str]:
    """The texts the guide names, as the window really shows them (without the &)."""
    editor = CaseEditor()
    editor.deleteLater()
    found = {
        "automatic backups": window.backup_settings_action.text(),
        "restore": window.restore_action.text(),
        "audit log": window.audit_action.text(),
        "purge": window.dashboard.purge_button.text(),
        "access export": editor.export_button.text(),
        "import": window.import_action.text(),
    }
    return {key: text.replace("&", "") for key, text in found.items()}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_guide_names_the_menus_and_buttons_as_the_window_shows_them(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    with in_language(lang):
        window = MainWindow()
        qtbot.addWidget(window)
        labels = _window_labels(window)
        guide = FirstRunGuide()
        qtbot.addWidget(guide)
        text = guide.text.toPlainText()
        for key in ("automatic backups", "restore", "audit log", "purge", "access export", "import"):
            assert labels[key] in text, (key, labels[key])
        black_out = QCoreApplication.translate("AccessExportDialog", "&Black out").replace("&", "")
        assert black_out in text
        window.close()


def test_guide_demo_button_asks_the_window_for_the_demo(qtbot) -> None:  # type: ignore[no-untyped-def]
    class DemoWindow(QMainWindow):
        opened = 0

        def open_demo(self) -> None:
            self.opened += 1

    window = DemoWindow()
    qtbot.addWidget(window)
    guide = help_menu.show_guide(window)
    assert guide.demo_button is not None
    guide.demo_button.click()
    assert window.opened == 1
    assert not guide.isVisible()


def test_guide_speaks_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    i18n.install_translators("nl")
    try:
        guide = FirstRunGuide()
        qtbot.addWidget(guide)
        assert guide.windowTitle() == "Aan de slag met vpdesk"
        text = guide.text.toPlainText()
        assert "Welkom bij vpdesk" in text
        assert "niet te herstellen" in text
        assert str(backups_dir()) in text
        assert "vergrendelt of sluit" in text and "hooguit één per dag" in text
        assert "Inzageverzoeken, bewaartermijn en logboek" in text
        assert "artikel 15 AVG" in text and "nooit namen of tekst" in text
        assert "Herstellen uit reservekopie…" in text
        about = AboutDialog()
        qtbot.addWidget(about)
        assert about.windowTitle() == "Over vpdesk"
    finally:
        i18n.reset()


# -- the manual --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_manual_opens_with_its_screenshots(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    path = manual_path(lang)
    assert path is not None
    viewer = ManualViewer(path)
    qtbot.addWidget(viewer)
    document = viewer.text.document()
    text = document.toPlainText()
    assert ("Handleiding vpdesk" if lang == "nl" else "vpdesk user manual") in text
    images = [
        line.split("](", 1)[1].split(")", 1)[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("![")
    ]
    assert len(images) >= 10
    for name in images:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
    # the full-screen pictures are scaled to fit the viewer
    widths = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isImageFormat():
                widths.append(char_format.toImageFormat().width())
            iterator += 1
        block = block.next()
    assert len(widths) == len(images)
    assert all(0 < w <= IMAGE_WIDTH for w in widths), widths


def test_manual_missing_is_said_calmly(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(help_menu, "manual_path", lambda _lang: None)
    window = QMainWindow()
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    assert help_menu.show_manual(window) is None
    assert shown and "not part of this installation" in shown[0]


def test_manual_path_prefers_the_language() -> None:
    nl, en = manual_path("nl"), manual_path("en")
    assert nl is not None and nl.name == "handleiding.md"
    assert en is not None and en.name == "manual.md"
    assert nl.parent == en.parent
    assert isinstance(nl, Path)
