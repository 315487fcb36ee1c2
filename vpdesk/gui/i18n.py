"""Which language the window speaks, and loading the compiled translations for it.

English is the source language of every string (``self.tr("...")``); Dutch comes from the
Qt Linguist files ``resources/translations/*_nl.ts`` compiled to ``.qm``, plus Qt's own
``qtbase_nl.qm`` for the standard buttons and dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vpdesk.gui.ui_settings import language
from vpdesk.paths import resource

LANGUAGES = ("nl", "en")

# Qt's own file dialog asks for these, but Qt's Dutch translation still has them without
# their shortcut letter (it knows "Look in:", not "&Look in:"), so the dialog would show them
# in English. vpdesk's own translation carries them, in Qt's context, and Qt finds them there.
QT_STRINGS_MISSING_IN_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class _State:
    """The loaded language and its translators (module state, no globals rebinding)."""

    language: str | None = None
    installed: list[QTranslator] = []  # noqa: RUF012


_state = _State()


def current_language() -> str:
    """The language the window uses: "nl" (default) or "en"."""
    if _state.language is not None:
        return _state.language
    try:
        return language()
    except Exception:  # preferences unreadable: fall back to Dutch, the product default
        return "nl"


def translations_dir() -> Path:
    return resource("translations")


def qm_files(lang: str) -> list[Path]:
    """The compiled translations of the application for ``lang`` (none for English)."""
    if lang == "en":
        return []
    return sorted(translations_dir().glob(f"*_{lang}.qm"))


def install_translators(lang: str | None = None) -> str:
    """Load every translation for ``lang`` (default: the saved choice) into the application.

    Call after the QApplication exists and before widgets are built; returns the language.
    """
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else current_language()
    assert lang is not None
    _remove_translators()
    _state.language = lang
    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if app is None or lang == "en":
        return lang
    files = list(qm_files(lang))
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files.append(qt_dir / f"qtbase_{lang}.qm")
    for qm in files:
        translator = QTranslator(app)
        if qm.is_file() and translator.load(str(qm)):
            app.installTranslator(translator)
            _state.installed.append(translator)
    return lang


def reset() -> None:
    """Forget the loaded language (tests)."""
    _remove_translators()
    _state.language = None


def _remove_translators() -> None:
    app = QCoreApplication.instance()
    for old in _state.installed:
        if app is not None:
            app.removeTranslator(old)
    _state.installed.clear()
