"""The stable codes of the taxonomy with their Dutch and English labels.

Codes are what the vault stores; labels are what people see. Parsing accepts a code or
either label, case-insensitively, so spreadsheets in either language import cleanly.

A term may have a parent: a finer kind (e.g. corruption) that rolls up into a broader one
(integrity). The figures count a finer kind under its parent as well, so the broader codes
keep counting what they always counted.
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
    parent: str | None = None  # the broader code this finer one rolls up into
    aliases: tuple[str, ...] = ()  # further spellings the import accepts

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
            for key in (t.code, t.nl, t.en, t.code.replace("_", " "), *t.aliases):
                self._lookup.setdefault(fold(key, keep_accents=True), t.code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    @property
    def top_codes(self) -> tuple[str, ...]:
        """The codes without a parent: the cells of the broad breakdown."""
        return tuple(t.code for t in self.terms if t.parent is None)

    @property
    def sub_codes(self) -> tuple[str, ...]:
        """The finer codes, each rolling up into its parent."""
        return tuple(t.code for t in self.terms if t.parent is not None)

    def roll_up(self, code: str) -> str:
        """The broad code a code counts under (itself when it has no parent)."""
        term = self._by_code.get(code)
        return term.parent if term is not None and term.parent else code

    def children(self, code: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.parent == code)

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


def by_name(*vocabularies: Vocabulary) -> dict[str, Vocabulary]:
    """The vocabularies by their names."""
    return {v.name: v for v in vocabularies}


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
        # Finer kinds: the integrity typology of BIOS (used in the reports of BZK and
        # Defensie) and three kinds that guides and annual reports name on their own.
        Term("integrity_corruption", "Corruptie", "Corruption", "integrity"),
        Term("integrity_fraud", "Fraude en diefstal", "Fraud and theft", "integrity", ("fraude/diefstal",)),
        Term(
            "integrity_abuse_of_power",
            "Misbruik van bevoegdheden",
            "Abuse of authority",
            "integrity",
            ("abuse of power",),
        ),
        Term("integrity_conflict_of_interest", "Belangenverstrengeling", "Conflict of interest", "integrity"),
        Term("integrity_information", "Misbruik van informatie", "Misuse of information", "integrity"),
        Term(
            "integrity_private_conduct",
            "Wangedrag in de vrije tijd",
            "Misconduct in private time",
            "integrity",
        ),
        Term(
            "integrity_company_assets",
            "Misbruik van bedrijfsmiddelen",
            "Misuse of company resources",
            "integrity",
        ),
        Term("threat", "Bedreiging", "Threat", "aggression_violence", ("threats",)),
        Term("stalking", "Stalking", "Stalking", "intimidation"),
        Term(
            "online",
            "Online / sociale media",
            "Online / social media",
            "other",
            ("online", "sociale media", "social media", "online/sociale media", "online/social media"),
        ),
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
        Term("student", "Student / leerling", "Student / pupil", aliases=("student", "leerling", "pupil")),
        Term(
            "patient_client",
            "Patiënt / cliënt",
            "Patient / client",
            aliases=("patient", "patiënt", "client", "cliënt", "patient/client", "patiënt/cliënt"),
        ),
        Term("external", "Extern", "External"),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

# Optional, like gender: the figures show it only where the adviser switches it on.
AGE_GROUP = Vocabulary(
    "age_group",
    (
        Term("under_18", "Jonger dan 18", "Under 18", aliases=("<18", "0-17", "onder 18")),
        Term(
            "age_18_27", "18–27 jaar", "18–27 years", aliases=("18-27", "18–27", "18-27 jaar", "18-27 years")
        ),
        Term(
            "age_28_44", "28–44 jaar", "28–44 years", aliases=("28-44", "28–44", "28-44 jaar", "28-44 years")
        ),
        Term(
            "age_45_64", "45–64 jaar", "45–64 years", aliases=("45-64", "45–64", "45-64 jaar", "45-64 years")
        ),
        Term("age_65_plus", "65 jaar of ouder", "65 or older", aliases=("65+", "65 plus", "65 en ouder")),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

# The closing question: what the reporter wanted, which is also why a melding went no
# further than it did.
REPORTER_WISH = Vocabulary(
    "reporter_wish",
    (
        Term("listening", "Alleen gehoord worden", "Only to be heard", aliases=("listening only",)),
        Term("advice", "Advies", "Advice"),
        Term("mediation", "Bemiddeling", "Mediation"),
        Term("investigation", "Onderzoek", "Investigation"),
        Term("formal_complaint", "Formele klacht", "Formal complaint"),
        Term(
            "no_action",
            "Geen actie gewenst",
            "No action wanted",
            aliases=("no action", "geen actie"),
        ),
        Term("unknown", "Onbekend", "Unknown"),
    ),
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

VOCABULARIES = by_name(
    BEHAVIOUR,
    ACCUSED_RELATION,
    CHANNEL,
    OUTCOME,
    REFERRAL_TARGET,
    GENDER,
    REPORTER_ROLE,
    AGE_GROUP,
    REPORTER_WISH,
    CONVERSATION_KIND,
    ACTIVITY_KIND,
)
