"""Validation of domain objects. Returns problems per field; never raises on bad data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.models import Activity, Case, Conversation, Organisation, Referral, Step

_MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("Verplicht veld.", "This field is required."),
    "closed_before_opened": (
        "De sluitdatum ligt vóór de openingsdatum.",
        "closed is before opened",
    ),
    "outcome_while_open": (
        "Een uitkomst hoort alleen bij een gesloten melding.",
        "an outcome belongs to a closed case only",
    ),
    "unknown_code": ("Onbekende waarde.", "unknown value"),
    "wish_while_open": (
        "De wens van de melder wordt bij het afsluiten vastgelegd.",
        "the reporter's wish is recorded when the case is closed",
    ),
    "anonymous_with_name": (
        "Een anonieme melder heeft geen naam; maak het naamveld leeg of zet anoniem uit.",
        "an anonymous reporter has no name: empty the name or untick anonymous",
    ),
    "no_behaviour": ("Kies minstens één soort gedrag.", "choose at least one behaviour"),
    "negative": ("Mag niet negatief zijn.", "must not be negative"),
    "bad_email": ("Geen geldig e-mailadres.", "not a valid e-mail address"),
    "bad_retention": (
        "Bewaartermijn moet tussen 1 en 120 maanden liggen.",
        "retention must be between 1 and 120 months",
    ),
    "future": ("Datum ligt in de toekomst.", "date is in the future"),
    "too_long": ("Tekst is te lang.", "text is too long"),
    "duplicate": ("Bestaat al.", "already exists"),
    "no_organisation": ("Kies een organisatie.", "Choose an organisation."),
    "bad_date": (
        "Geen geldige datum; typ bijvoorbeeld 6-10-2026 of vandaag.",
        "Not a valid date; type for example 6/10/2026 or today.",
    ),
    "before_opened": (
        "Deze datum ligt vóór de openingsdatum van de melding.",
        "This date is before the case was opened.",
    ),
    "two_parties": ("Een mediation heeft minstens twee partijen.", "a mediation has at least two parties"),
    "bad_score": ("Tevredenheid is een cijfer van 1 tot 5.", "satisfaction is a score from 1 to 5"),
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_TEXT = 100_000


@dataclass(frozen=True)
class Problem:
    code: str
    detail: str = ""

    def message(self, lang: str = "nl") -> str:
        nl, en = _MESSAGES.get(self.code, (self.code, self.code))
        text = en if lang == "en" else nl
        return f"{text} ({self.detail})" if self.detail else text


Problems = dict[str, Problem]


def parse_date(text: str) -> date | None:
    """Parse ``YYYY-MM-DD`` or ``DD-MM-YYYY`` (also with ``/`` or ``.``); None if not a real date."""
    s = text.strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(s, fmt).date()
        except ValueError:
            continue
    return None


def check_code(problems: Problems, field: str, value: str | None, vocab: tx.Vocabulary) -> None:
    """An unknown code in ``field`` (None: nothing to check)."""
    if value is not None and value not in vocab:
        problems[field] = Problem("unknown_code", value)


def check_dossier(
    problems: Problems, ref: str, organisation_id: int | None, opened: object, closed: date | None
) -> None:
    """What every dossier (a melding, a mediation) needs: a reference, an organisation, the day
    it opened, and no close before that day."""
    if not ref.strip():
        problems["ref"] = Problem("required")
    if not organisation_id:
        problems["organisation"] = Problem("required")
    if not isinstance(opened, date):
        problems["opened"] = Problem("required")
    elif closed is not None and closed < opened:
        problems["closed"] = Problem("closed_before_opened")


def validate_case(case: Case, *, today: date | None = None) -> Problems:
    """Problems per field; with ``today`` (the form and the import pass it) also a close date
    in the future, which retention would otherwise trust."""
    problems: Problems = {}
    check_dossier(problems, case.ref, case.organisation_id, case.opened, case.closed)
    if "closed" not in problems and today is not None and case.closed is not None and case.closed > today:
        problems["closed"] = Problem("future")
    if case.outcome and case.closed is None:
        problems["outcome"] = Problem("outcome_while_open")
    check_code(problems, "outcome", case.outcome or None, tx.OUTCOME)
    if not case.behaviours:
        problems["behaviours"] = Problem("no_behaviour")
    for b in case.behaviours:
        if b not in tx.BEHAVIOUR:
            problems["behaviours"] = Problem("unknown_code", b)
    check_code(problems, "accused_relation", case.accused_relation, tx.ACCUSED_RELATION)
    check_code(problems, "channel", case.channel, tx.CHANNEL)
    check_code(problems, "reporter_gender", case.reporter_gender, tx.GENDER)
    check_code(problems, "reporter_role", case.reporter_role, tx.REPORTER_ROLE)
    check_code(problems, "reporter_age", case.reporter_age, tx.AGE_GROUP)
    if case.wish and case.closed is None:
        problems["wish"] = Problem("wish_while_open")
    check_code(problems, "wish", case.wish or None, tx.REPORTER_WISH)
    if case.anonymous and case.reporter_name.strip():
        problems["reporter_name"] = Problem("anonymous_with_name")
    if case.reporter_email and not _EMAIL.match(case.reporter_email.strip()):
        problems["reporter_email"] = Problem("bad_email")
    return problems


def validate_conversation(conv: Conversation) -> Problems:
    problems: Problems = {}
    if conv.minutes < 0:
        problems["minutes"] = Problem("negative")
    check_code(problems, "kind", conv.kind, tx.CONVERSATION_KIND)
    if len(conv.note) > MAX_TEXT:
        problems["note"] = Problem("too_long")
    return problems


def validate_step(step: Step, opened: date | None = None) -> Problems:
    """A step needs a text; given the case's opening date, it cannot be due before it."""
    problems: Problems = {}
    if not step.what.strip():
        problems["what"] = Problem("required")
    if opened is not None and step.due is not None and step.due < opened:
        problems["due"] = Problem("before_opened")
    return problems


def validate_referral(ref: Referral) -> Problems:
    problems: Problems = {}
    check_code(problems, "target", ref.target, tx.REFERRAL_TARGET)
    return problems


def validate_activity(act: Activity) -> Problems:
    problems: Problems = {}
    if not act.organisation_id:
        problems["organisation"] = Problem("no_organisation")
    if act.minutes < 0:
        problems["minutes"] = Problem("negative")
    check_code(problems, "kind", act.kind, tx.ACTIVITY_KIND)
    return problems


def validate_organisation(org: Organisation) -> Problems:
    problems: Problems = {}
    if not org.name.strip():
        problems["name"] = Problem("required")
    if not 1 <= org.retention_months <= 120:
        problems["retention_months"] = Problem("bad_retention")
    for c in org.contacts:
        check_code(problems, "contacts", c.target, tx.REFERRAL_TARGET)
    return problems
