"""The import columns and the turning of one CSV record into a case with its records.

Every problem is collected, never raised, so a person sees all that is wrong with a file
at once. Messages name the column and what is wrong; they repeat a cell's value only for
taxonomy codes, never names, references, dates or note text.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.models import Case
from vpdesk.domain.validation import MAX_TEXT, parse_date, validate_case

REQUIRED = ("case_ref", "organisation", "opened", "behaviours")
OPTIONAL = (
    "department",
    "closed",
    "reporter_name",
    "reporter_email",
    "reporter_phone",
    "reporter_gender",
    "reporter_role",
    "accused_relation",
    "channel",
    "outcome",
    "referrals",
    "conversations",
    "minutes",
    "notes",
    "anonymous",
    "reporter_age",
    "wish",
)
COLUMNS = REQUIRED + OPTIONAL

# Single-code columns whose empty cell means the vocabulary's default (``unknown``).
_SINGLE: dict[str, tx.Vocabulary] = {
    "reporter_gender": tx.GENDER,
    "reporter_role": tx.REPORTER_ROLE,
    "accused_relation": tx.ACCUSED_RELATION,
    "channel": tx.CHANNEL,
    "reporter_age": tx.AGE_GROUP,
}

# A yes/no cell, as spreadsheets in either language write it; empty means no.
_YES = frozenset({"yes", "y", "ja", "j", "1", "true", "waar", "x", "anonymous", "anoniem"})
_NO = frozenset({"no", "n", "nee", "0", "false", "onwaar", "named", "met naam"})

# validate_case names some fields differently from the import columns.
_CASE_FIELD_TO_COLUMN = {"ref": "case_ref"}

# More conversations than this on one row is a typing error, not a case history.
MAX_CONVERSATIONS = 1000
MAX_MINUTES = 100_000
MAX_FIELD = 1000  # for short text columns: references, names, departments


@dataclass
class ImportRow:
    """One valid record: the case (without ids yet) and what hangs from it."""

    line: int
    organisation: str
    case: Case
    conversations: int = 1
    minutes: int = 0
    notes: str = ""
    referrals: list[str] = field(default_factory=list)


Report = Callable[[int, str, str], None]


def _expected(vocab: tx.Vocabulary) -> str:
    return ", ".join(vocab.codes)


def close_to(value: str, known: list[str]) -> str | None:
    """The known code or label ``value`` is a typo of, if it is close to one."""
    folded = " ".join(value.casefold().split())
    if not folded or len(folded) > 40:
        return None
    by_fold: dict[str, str] = {}
    for k in known:
        by_fold.setdefault(" ".join(k.casefold().split()), k)
    match = difflib.get_close_matches(folded, list(by_fold), n=1, cutoff=0.75)
    return by_fold[match[0]] if match else None


def _terms(vocab: tx.Vocabulary) -> list[str]:
    found: list[str] = []
    for term in vocab.terms:
        found += [term.code, term.nl, term.en, *term.aliases]
    return found


def _unknown(values: list[str], vocab: tx.Vocabulary) -> str:
    """ "unknown value ...", repeating a cell only when it is a typo of a known code or label.

    Anything else may be what a reporter told the adviser (a name in the wrong column), so it
    is counted, never shown.
    """
    known = _terms(vocab)
    shown: list[str] = []
    hidden = 0
    for value in values:
        match = close_to(value, known)
        if match is None:
            hidden += 1
        else:
            shown.append(f"'{_short(value)}' (did you mean '{match}'?)")
    if not shown:
        what = "value" if hidden == 1 else f"{hidden} values"
        return f"unknown {what}, not shown as it is not close to any code or label"
    more = f" and {hidden} more, not shown" if hidden else ""
    return "unknown value " + ", ".join(shown) + more


def _short(value: str) -> str:
    # A code cell is repeated, when it is a typo, so a person can find it; a long one is cut. A line break
    # (Alt+Enter in Excel) or other invisible character becomes "?", so every problem stays
    # one visible line and no control sequence reaches the terminal.
    value = "".join(ch if ch.isprintable() else "?" for ch in value)
    return value if len(value) <= 40 else value[:37] + "..."


class RowParser:
    """Parses records given as column -> cell; reports problems through ``report``."""

    def __init__(self, report: Report) -> None:
        self._report = report

    def parse(self, line: int, cells: dict[str, str]) -> ImportRow | None:
        """The row's case and records, or None when the row has a problem (already reported)."""
        bad: set[str] = set()

        def problem(column: str, message: str) -> None:
            bad.add(column)
            self._report(line, column, message)

        def text(column: str, limit: int = MAX_FIELD) -> str:
            value = cells.get(column, "").strip()
            if len(value) > limit:
                problem(column, f"longer than {limit} characters")
            return value

        ref = text("case_ref")
        if not ref:
            problem("case_ref", "required, but empty")
        organisation = text("organisation")
        if not organisation:
            problem("organisation", "required, but empty")

        opened = self._date(cells, "opened", problem, required=True)
        closed = self._date(cells, "closed", problem, required=False)

        behaviours = self._codes(cells, "behaviours", tx.BEHAVIOUR, problem)
        if "behaviours" not in bad and not behaviours:
            problem("behaviours", "required: at least one behaviour code")
        referrals = self._codes(cells, "referrals", tx.REFERRAL_TARGET, problem)

        singles: dict[str, str] = {}
        for column, vocab in _SINGLE.items():
            singles[column] = self._code(cells, column, vocab, problem) or vocab.default or "unknown"
        outcome = self._code(cells, "outcome", tx.OUTCOME, problem)
        wish = self._code(cells, "wish", tx.REPORTER_WISH, problem)
        anonymous = self._yes_no(cells, "anonymous", problem)

        conversations = self._whole(cells, "conversations", 1, MAX_CONVERSATIONS, problem)
        minutes = self._whole(cells, "minutes", 0, MAX_MINUTES, problem)
        # Line breaks inside a note become plain newlines, whichever the file used.
        notes = text("notes", MAX_TEXT).replace("\r\n", "\n").replace("\r", "\n")
        if conversations == 0 and "conversations" not in bad:
            if minutes:
                problem("minutes", "needs at least one conversation (conversations is 0)")
            if notes:
                problem("notes", "needs at least one conversation (conversations is 0)")

        case = Case(
            ref=ref,
            organisation_id=1,  # a stand-in: the real id is known only when writing
            opened=opened if opened is not None else date.min,
            behaviours=behaviours,
            department=text("department"),
            closed=closed,
            reporter_name=text("reporter_name"),
            reporter_email=text("reporter_email"),
            reporter_phone=text("reporter_phone"),
            reporter_gender=singles["reporter_gender"],
            reporter_role=singles["reporter_role"],
            accused_relation=singles["accused_relation"],
            channel=singles["channel"],
            outcome=outcome,
            anonymous=anonymous,
            reporter_age=singles["reporter_age"],
            wish=wish,
        )
        # The same rules as the case form, for what the cells above did not already catch.
        for case_field, found in validate_case(case, today=date.today()).items():
            column = _CASE_FIELD_TO_COLUMN.get(case_field, case_field)
            if column in bad:
                continue
            if column == "outcome" and found.code == "outcome_while_open" and "closed" in bad:
                continue  # the closed date is unreadable, not empty
            if column in ("outcome", "wish") and found.code.endswith("_while_open") and "closed" in bad:
                continue
            if column in ("outcome", "wish") and found.code.endswith("_while_open"):
                problem(column, "must be empty while the case is open (closed is empty)")
            elif column == "reporter_name" and found.code == "anonymous_with_name":
                problem(column, "must be empty for an anonymous reporter (anonymous is yes)")
            elif column == "closed" and found.code == "closed_before_opened":
                problem(column, "is before opened")
            elif column == "reporter_email" and found.code == "bad_email":
                problem(column, "not a valid e-mail address")
            else:
                problem(column, type(found)(found.code).message("en"))  # never the cell itself
        if bad:
            return None
        return ImportRow(
            line=line,
            organisation=organisation,
            case=case,
            conversations=conversations,
            minutes=minutes,
            notes=notes,
            referrals=referrals,
        )

    # -- cells -------------------------------------------------------------------------

    @staticmethod
    def _date(
        cells: dict[str, str], column: str, problem: Callable[[str, str], None], *, required: bool
    ) -> date | None:
        value = cells.get(column, "").strip()
        if not value:
            if required:
                problem(column, "required, but empty")
            return None
        parsed = parse_date(value)
        if parsed is None:
            problem(column, "not a real date (write YYYY-MM-DD or DD-MM-YYYY)")
        return parsed

    @staticmethod
    def _code(
        cells: dict[str, str], column: str, vocab: tx.Vocabulary, problem: Callable[[str, str], None]
    ) -> str | None:
        value = cells.get(column, "").strip()
        if not value:
            return None
        code = vocab.parse(value)
        if code is None:
            problem(column, f"{_unknown([value], vocab)} (expected one of: {_expected(vocab)})")
        return code

    @staticmethod
    def _yes_no(cells: dict[str, str], column: str, problem: Callable[[str, str], None]) -> bool:
        value = " ".join(cells.get(column, "").casefold().split())
        if not value or value in _NO:
            return False
        if value in _YES:
            return True
        problem(column, "not yes or no (write ja/nee, yes/no or 1/0; empty means no)")
        return False

    @staticmethod
    def _codes(
        cells: dict[str, str], column: str, vocab: tx.Vocabulary, problem: Callable[[str, str], None]
    ) -> list[str]:
        codes: list[str] = []
        unknown: list[str] = []
        for part in cells.get(column, "").split("|"):
            if not part.strip():
                continue
            code = vocab.parse(part)
            if code is None:
                unknown.append(part.strip())
            elif code not in codes:
                codes.append(code)
        if unknown:
            problem(
                column, f"{_unknown(unknown, vocab)} (expected codes separated by '|': {_expected(vocab)})"
            )
        return codes

    @staticmethod
    def _whole(
        cells: dict[str, str],
        column: str,
        default: int,
        limit: int,
        problem: Callable[[str, str], None],
    ) -> int:
        value = cells.get(column, "").strip()
        if not value:
            return default
        if not value.isascii() or not value.isdigit():
            problem(column, "not a whole number of 0 or more")
            return default
        number = int(value)
        if number > limit:
            problem(column, f"more than {limit}")
            return default
        return number
