"""The stable codes of the taxonomy with their Dutch and English labels.

Codes are what the vault stores; labels are what people see. Parsing accepts a code or
either label, case-insensitively, so spreadsheets in either language import cleanly.
"""

from __future__ import annotations

from dataclasses import dataclass

from vpdesk.domain.text import fold

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Term:
    code: str
    nl: str
    en: str

    def label(self, lang: str = "nl") -> str:
        return self.en if lang == "en" else self.nl


class Vocabulary:
    """An ordered set of terms with lookup by code or by label."""

    def __init__(self, name: str, terms: tuple[Term, ...], default: str | None = None) -> None:
        self.name = name
        self.terms = terms
        self.default = default
        self._by_code = {t.code: t for t in terms}
        self._lookup: dict[str, str] = {}
        for t in terms:
            for key in (t.code, t.nl, t.en, t.code.replace("_", " ")):
                self._lookup.setdefault(fold(key, keep_accents=True), t.code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.terms)

    def label(self, code: str, lang: str = "nl") -> str:
        term = self._by_code.get(code)
        return term.label(lang) if term else code

    def parse(self, text: str) -> str | None:
        """Return the code for a code or a Dutch or English label, or None if unknown."""
        return self._lookup.get(fold(text, keep_accents=True))


BEHAVIOUR = Vocabulary(
    "behaviour",
    (
        Term("bullying", "Pesten", "Bullying"),
        Term("sexual_harassment", "Seksuele intimidatie", "Sexual harassment"),
        Term("intimidation", "Intimidatie", "Intimidation"),
        Term("aggression_violence", "Agressie en geweld", "Aggression and violence"),
        Term("discrimination", "Discriminatie", "Discrimination"),
        Term("integrity", "Integriteit", "Integrity"),
        Term("other", "Overig", "Other"),
    ),
)

ACCUSED_RELATION = Vocabulary(
    "accused_relation",
    (
        Term("manager", "Leidinggevende", "Manager"),
        Term("colleague", "Collega", "Colleague"),
        Term("subordinate", "Ondergeschikte", "Subordinate"),
        Term("external", "Extern (klant, leverancier)", "External (client, supplier)"),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

CHANNEL = Vocabulary(
    "channel",
    (
        Term("phone", "Telefoon", "Phone"),
        Term("email", "E-mail", "E-mail"),
        Term("in_person", "Persoonlijk", "In person"),
        Term("video", "Video", "Video"),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

OUTCOME = Vocabulary(
    "outcome",
    (
        Term("listening", "Opvang en advies", "Support and advice"),
        Term("informal_solution", "Informele oplossing", "Informal solution"),
        Term("mediation", "Bemiddeling", "Mediation"),
        Term("referral", "Doorverwijzing", "Referral"),
        Term("formal_complaint", "Formele klacht", "Formal complaint"),
        Term("withdrawn", "Ingetrokken", "Withdrawn"),
        Term("other", "Overig", "Other"),
    ),
)

REFERRAL_TARGET = Vocabulary(
    "referral_target",
    (
        Term("occupational_physician", "Bedrijfsarts", "Occupational physician"),
        Term("hr", "HR / P&O", "HR"),
        Term("manager", "Leidinggevende", "Manager"),
        Term("complaints_committee", "Klachtencommissie", "Complaints committee"),
        Term("mediator", "Mediator", "Mediator"),
        Term("police", "Politie", "Police"),
        Term("social_work", "Maatschappelijk werk", "Social work"),
        Term("gp_psychologist", "Huisarts / psycholoog", "GP / psychologist"),
        Term("legal", "Juridisch adviseur", "Legal adviser"),
        Term("integrity_office", "Integriteitsmeldpunt", "Integrity office"),
        Term("other", "Overig", "Other"),
    ),
)

GENDER = Vocabulary(
    "gender",
    (
        Term("man", "Man", "Man"),
        Term("woman", "Vrouw", "Woman"),
        Term("other", "Anders", "Other"),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

REPORTER_ROLE = Vocabulary(
    "reporter_role",
    (
        Term("employee", "Medewerker", "Employee"),
        Term("manager", "Leidinggevende", "Manager"),
        Term("intern", "Stagiair", "Intern"),
        Term("volunteer", "Vrijwilliger", "Volunteer"),
        Term("external", "Extern", "External"),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

CONVERSATION_KIND = Vocabulary(
    "conversation_kind",
    (
        Term("intake", "Intake", "Intake"),
        Term("follow_up", "Vervolggesprek", "Follow-up"),
        Term("phone", "Telefonisch", "Phone call"),
        Term("email", "E-mail", "E-mail"),
    ),
    default="intake",
)

ACTIVITY_KIND = Vocabulary(
    "activity_kind",
    (
        Term("information", "Voorlichting", "Information session"),
        Term("management_meeting", "Overleg met management", "Management meeting"),
        Term("training", "Training", "Training"),
        Term("intervision", "Intervisie", "Peer review (intervisie)"),
        Term("other", "Overig", "Other"),
    ),
    default="other",
)

VOCABULARIES: dict[str, Vocabulary] = {
    v.name: v
    for v in (
        BEHAVIOUR,
        ACCUSED_RELATION,
        CHANNEL,
        OUTCOME,
        REFERRAL_TARGET,
        GENDER,
        REPORTER_ROLE,
        CONVERSATION_KIND,
        ACTIVITY_KIND,
    )
}
