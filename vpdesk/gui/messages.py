"""One calm, translated sentence for every error the window shows.

Never anything read from the vault or a file: the sentence depends on the kind of error only.
Errors of the vault's own rules (:class:`~vpdesk.domain.errors.VpdeskError`) say what went wrong
in their own words, which never quote what a reporter said.

The importer and the domain speak English (the command line is the public contract); the
window shows their problems through one mapping here, so a Dutch window lists Dutch
problems with the Dutch labels the sheet may have used. Text that no pattern knows stays
as it is: a message is never lost for want of a translation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import ValidationError, VpdeskError
from vpdesk.gui import ui_settings
from vpdesk.gui.i18n import current_language
from vpdesk.importer import ImportFailed
from vpdesk.vault import (
    DiskFull,
    NotAVault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)

_VOCABULARIES: dict[str, tx.Vocabulary] = {
    "behaviours": tx.BEHAVIOUR,
    "referrals": tx.REFERRAL_TARGET,
    "outcome": tx.OUTCOME,
    "reporter_gender": tx.GENDER,
    "reporter_role": tx.REPORTER_ROLE,
    "accused_relation": tx.ACCUSED_RELATION,
    "channel": tx.CHANNEL,
}

_LINE = re.compile(r"^(?P<where>.*?:\d+): (?P<column>[^:]+): (?P<message>.*)$", re.S)


def _labels(column: str) -> str:
    vocab = _VOCABULARIES.get(column)
    if vocab is None:
        return ""
    return ", ".join(term.label("nl") for term in vocab)


# (pattern over the English message, Dutch text; {labels} = the column's Dutch labels)
_DUTCH: list[tuple[re.Pattern[str], str | Callable[[re.Match[str], str], str]]] = [
    (re.compile(r"^required, but empty$"), "verplicht, maar leeg"),
    (re.compile(r"^required: at least one behaviour code$"), "verplicht: minstens één soort gedrag"),
    (
        re.compile(r"^not a real date \(write YYYY-MM-DD or DD-MM-YYYY\)$"),
        "geen bestaande datum (schrijf DD-MM-JJJJ of JJJJ-MM-DD)",
    ),
    (re.compile(r"^is before opened$"), "ligt vóór de openingsdatum (opened)"),
    (
        re.compile(r"^must be empty while the case is open \(closed is empty\)$"),
        "moet leeg zijn zolang de melding open is (closed is leeg)",
    ),
    (re.compile(r"^not a valid e-mail address$"), "geen geldig e-mailadres"),
    (re.compile(r"^not a whole number of 0 or more$"), "geen geheel getal van 0 of meer"),
    (re.compile(r"^longer than (\d+) characters$"), lambda m, _c: f"langer dan {m.group(1)} tekens"),
    (
        re.compile(r"^(unknown .*) \(expected one of: [^()]*\)$", re.S),
        lambda m, c: f"{_unknown(m.group(1))} (verwacht een van: {_labels(c)})",
    ),
    (
        re.compile(r"^(unknown .*) \(expected codes separated by '\|': [^()]*\)$", re.S),
        lambda m, c: f"{_unknown(m.group(1))} (verwacht waarden gescheiden door '|': {_labels(c)})",
    ),
    (re.compile(r"^more than (\d+)$"), lambda m, _c: f"meer dan {m.group(1)}"),
    (
        re.compile(r"^unknown column, did you mean '(.*)'\? \(known columns: (.*)\)$"),
        lambda m, _c: f"onbekende kolom, bedoelt u '{m.group(1)}'? (bekende kolommen: {m.group(2)})",
    ),
    (
        re.compile(
            r"^unknown column, not shown as it is not close to any column name \(known columns: (.*)\)$"
        ),
        lambda m, _c: (
            "onbekende kolom, niet getoond omdat die op geen kolomnaam lijkt "
            f"(bekende kolommen: {m.group(1)})"
        ),
    ),
    (
        re.compile(r"^the first line is not a header: .*\(known columns: (.*)\)$", re.S),
        lambda m, _c: (
            "de eerste regel is geen kopregel: geen van de cellen noemt een kolom; zet bovenaan "
            f"een regel met de kolomnamen (bekende kolommen: {m.group(1)})"
        ),
    ),
    (
        re.compile(r"^needs at least one conversation \(conversations is 0\)$"),
        "vraagt minstens één gesprek (conversations is 0)",
    ),
    (
        re.compile(r"^unknown column \(known columns: (.*)\)$"),
        lambda m, _c: f"onbekende kolom (bekende kolommen: {m.group(1)})",
    ),
    (
        re.compile(r"^column appears twice \(positions (\d+) and (\d+)\)$"),
        lambda m, _c: f"kolom staat er twee keer in (posities {m.group(1)} en {m.group(2)})",
    ),
    (
        re.compile(r"^required column is missing from the header$"),
        "verplichte kolom ontbreekt in de kopregel",
    ),
    (
        re.compile(r"^the file has a header but no rows to import$"),
        "het bestand heeft een kopregel maar geen meldingen om te importeren",
    ),
    (
        re.compile(r"^has (\d+) fields, the header has (\d+)$"),
        lambda m, _c: f"heeft {m.group(1)} velden, de kopregel heeft er {m.group(2)}",
    ),
    (
        re.compile(r"^has a value but the header gives it no name$"),
        "heeft een waarde, maar de kopregel geeft deze kolom geen naam",
    ),
    (
        re.compile(r"^the same reference as on line (\d+)$"),
        lambda m, _c: f"hetzelfde kenmerk als op regel {m.group(1)}",
    ),
    (re.compile(r"^already in the vault$"), "staat al in de kluis"),
    (re.compile(r"^is a folder, not a file$"), "is een map, geen bestand"),
    (re.compile(r"^no such file$"), "dit bestand bestaat niet"),
    (re.compile(r"^cannot be read \((.*)\)$"), lambda m, _c: f"kan niet worden gelezen ({m.group(1)})"),
    (
        re.compile(r"^the file is larger than (\d+) MB$"),
        lambda m, _c: f"het bestand is groter dan {m.group(1)} MB",
    ),
]

_COLUMN_WORDS = {"file": "bestand", "row": "regel", "header": "kopregel"}

_UNKNOWN = [
    (re.compile(r"unknown value, not shown as it is not close to any code or label"),
     "onbekende waarde, niet getoond omdat die op geen code of omschrijving lijkt"),
    (re.compile(r"unknown (\d+) values, not shown as it is not close to any code or label"),
     r"\1 onbekende waarden, niet getoond omdat ze op geen code of omschrijving lijken"),
    (re.compile(r" and (\d+) more, not shown"), r" en nog \1, niet getoond"),
    (re.compile(r"\(did you mean "), "(bedoelt u "),
    (re.compile(r"^unknown value "), "onbekende waarde "),
]  # fmt: skip


def _unknown(text: str) -> str:
    """The importer's "unknown value ..." part (which never repeats a cell but a typo), in Dutch."""
    for pattern, dutch in _UNKNOWN:
        text = pattern.sub(dutch, text)
    return text


def _domain_dutch() -> dict[str, str]:
    """The domain's own messages, English to Dutch (the importer passes those on in English)."""
    from vpdesk.domain.validation import Problem

    codes = (
        "required",
        "closed_before_opened",
        "outcome_while_open",
        "unknown_code",
        "no_behaviour",
        "negative",
        "bad_email",
        "bad_retention",
        "future",
        "too_long",
        "duplicate",
        "bad_date",
        "before_opened",
    )
    return {Problem(c).message("en"): Problem(c).message("nl") for c in codes}


def dutch_problem(message: str, column: str = "") -> str:
    """One English problem message of the importer or the domain, in Dutch."""
    for pattern, dutch in _DUTCH:
        found = pattern.match(message)
        if found is not None:
            return dutch if isinstance(dutch, str) else dutch(found, column)
    return _domain_dutch().get(message, message)


def import_problem_line(line: str, lang: str) -> str:
    """``FILE:LINE: column: what is wrong`` as the window shows it in ``lang``."""
    if lang != "nl":
        return line
    found = _LINE.match(line)
    if found is None:
        return line
    column = found.group("column")
    shown = _COLUMN_WORDS.get(column, column.replace("column ", "kolom "))
    return f"{found.group('where')}: {shown}: {dutch_problem(found.group('message'), column)}"


def import_problem_lines(lines: Iterable[str], lang: str) -> list[str]:
    return [import_problem_line(line, lang) for line in lines]


# What went wrong opening, creating or writing a vault, in the window's words (first match).
_OPENING: tuple[tuple[type[BaseException], object], ...] = (
    (NotAVault, QT_TRANSLATE_NOOP("MainWindow", "This file is not a vpdesk vault.")),
    (
        WrongPassphrase,
        QT_TRANSLATE_NOOP(
            "MainWindow", "That passphrase does not open this vault. Check the spelling and try again."
        ),
    ),
    (
        VaultDamaged,
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "This vault file is damaged and cannot be read. Open your most recent backup "
            "instead: vpdesk makes one in %1 when you lock or close a vault, at most once a day "
            "(and you may have your own copies).",
        ),
    ),
    (
        VaultInUse,
        QT_TRANSLATE_NOOP(
            "MainWindow", "This vault is already open in another vpdesk window. Close it there first."
        ),
    ),
    (
        VaultTooNew,
        QT_TRANSLATE_NOOP(
            "MainWindow", "This vault was made by a newer version of vpdesk. Update vpdesk to open it."
        ),
    ),
    (VaultNotFound, QT_TRANSLATE_NOOP("MainWindow", "There is no vault at this location.")),
    (
        VaultExists,
        QT_TRANSLATE_NOOP("MainWindow", "A file with this name already exists; choose another name."),
    ),
    (
        DiskFull,
        QT_TRANSLATE_NOOP("MainWindow", "The disk is full or could not be written. Nothing was changed."),
    ),
)

# What went wrong restoring a backup (first match; anything else: the last line).
_RESTORING: tuple[tuple[type[BaseException], object], ...] = (
    (
        WrongPassphrase,
        QT_TRANSLATE_NOOP(
            "RestoreDialog",
            "This passphrase does not open the backup, or it is not a vpdesk backup. Nothing was changed.",
        ),
    ),
    (
        NotAVault,
        QT_TRANSLATE_NOOP(
            "RestoreDialog",
            "This passphrase does not open the backup, or it is not a vpdesk backup. Nothing was changed.",
        ),
    ),
    (
        VaultDamaged,
        QT_TRANSLATE_NOOP(
            "RestoreDialog", "This backup is damaged too; choose another one. Nothing was changed."
        ),
    ),
    (
        VaultInUse,
        QT_TRANSLATE_NOOP(
            "RestoreDialog", "The vault is open in another vpdesk window. Close it there first."
        ),
    ),
    (
        BaseException,
        QT_TRANSLATE_NOOP("RestoreDialog", "The backup could not be restored. Nothing was changed."),
    ),
)


def _first_match(
    table: tuple[tuple[type[BaseException], object], ...], context: str, exc: BaseException
) -> str | None:
    for kind, text in table:
        if isinstance(exc, kind):
            return QCoreApplication.translate(context, str(text))
    return None


def _opening(exc: BaseException) -> str | None:
    text = _first_match(_OPENING, "MainWindow", exc)
    return None if text is None else text.replace("%1", str(ui_settings.backup_folder()))


def _restoring(exc: BaseException) -> str:
    return _first_match(_RESTORING, "RestoreDialog", exc) or ""


def user_message(exc: BaseException, *, restoring: bool = False) -> str:
    """The sentence the window shows for ``exc``.

    Import problems read as a summary (:func:`import_problem_lines` gives the lines);
    ``restoring``: the error came from restoring a backup (the passphrase is the backup's).
    Anything unforeseen reads as "the vault could not be opened": no traceback, no details.
    """
    if restoring:
        return _restoring(exc)
    opening = _opening(exc)
    if opening is not None:
        return opening
    lang = current_language()
    if isinstance(exc, ImportFailed):
        return import_summary(exc)
    if isinstance(exc, ValidationError):
        return "; ".join(exc.text(field, lang) for field in exc.problems)
    if isinstance(exc, VpdeskError):
        return dutch_problem(str(exc)) if lang == "nl" else str(exc)
    return QCoreApplication.translate("MainWindow", "The vault could not be opened.")


def import_summary(exc: ImportFailed) -> str:
    """ "The file has N problems; nothing was imported." in the window's language."""
    if exc.count == 1:
        return QCoreApplication.translate("MainWindow", "The file has 1 problem; nothing was imported.")
    return QCoreApplication.translate(
        "MainWindow", "The file has %1 problems; nothing was imported."
    ).replace("%1", str(exc.count))
