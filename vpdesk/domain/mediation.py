"""Mediation dossiers and the adviser's own professional record: taxonomy, dataclasses, validation.

A mediation is a case kind beside the melding: same vault, same organisations, but its own
tables, its own figures ("Meten = weten") and its own retention term. Parties' names and
contact details and every free text are identifying, like a reporter's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from vpdesk.domain.taxonomy import Term, Vocabulary, by_name
from vpdesk.domain.validation import MAX_TEXT, Problem, Problems, check_code, check_dossier

DEFAULT_MEDIATION_RETENTION_MONTHS = 60  # at least 5 years after the end (art. 7:412 BW; MfN)
MIN_PARTIES = 2

MEDIATION_RELATION = Vocabulary(
    "mediation_relation",
    (
        Term("manager_employee", "Leidinggevende – medewerker", "Manager – employee"),
        Term("colleagues", "Collega's", "Colleagues"),
        Term("team", "Team", "Team"),
        Term("employee_organisation", "Medewerker – organisatie", "Employee – organisation"),
        Term("citizen_government", "Burger – overheid", "Citizen – government"),
        Term("other", "Overig", "Other"),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

REFERRER = Vocabulary(
    "mediation_referrer",
    (
        Term("occupational_physician", "Bedrijfsarts", "Occupational physician"),
        Term("hr", "HR / P&O", "HR"),
        Term("reintegration_adviser", "Re-integratieadviseur", "Re-integration adviser"),
        Term("manager", "Leidinggevende", "Manager"),
        Term("confidential_adviser", "Vertrouwenspersoon", "Confidential adviser"),
        Term("party", "Een van de partijen zelf", "One of the parties"),
        Term("other", "Overig", "Other"),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

INITIATOR = Vocabulary(
    "mediation_initiator",
    (
        Term("one_party", "Eén partij", "One party"),
        Term("both_parties", "Beide partijen", "Both parties"),
        Term("manager", "Leidinggevende", "Manager"),
        Term("hr", "HR / P&O", "HR"),
        Term("occupational_physician", "Bedrijfsarts", "Occupational physician"),
        Term("other", "Overig", "Other"),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

MEDIATION_FORM = Vocabulary(
    "mediation_form",
    (
        Term("formal", "Formeel (MfN-reglement)", "Formal (MfN rules)"),
        Term("informal", "Informeel", "Informal"),
    ),
    default="informal",
)

SESSION_KIND = Vocabulary(
    "mediation_session_kind",
    (
        Term("joint", "Gezamenlijk", "Joint"),
        Term("individual", "Individueel", "Individual"),
    ),
    default="joint",
)

MEDIATION_RESULT = Vocabulary(
    "mediation_result",
    (
        Term("full_agreement", "Volledige overeenstemming", "Full agreement"),
        Term("partial_agreement", "Gedeeltelijke overeenstemming", "Partial agreement"),
        Term("no_agreement", "Geen overeenstemming", "No agreement"),
        Term("stopped_by_party", "Gestopt door een partij", "Stopped by a party"),
        Term("stopped_by_mediator", "Gestopt door de mediator", "Stopped by the mediator"),
    ),
)

PROCEDURE_AVOIDED = Vocabulary(
    "procedure_avoided",
    (
        Term("yes", "Ja", "Yes"),
        Term("no", "Nee", "No"),
        Term("unknown", "Onbekend", "Unknown"),
    ),
    default="unknown",
)

PARTY_ROLE = Vocabulary(
    "mediation_party_role",
    (
        Term("employee", "Medewerker", "Employee"),
        Term("manager", "Leidinggevende", "Manager"),
        Term("colleague", "Collega", "Colleague"),
        Term("team_member", "Teamlid", "Team member"),
        Term("organisation", "Vertegenwoordiger organisatie", "Organisation's representative"),
        Term("citizen", "Burger", "Citizen"),
        Term("other", "Overig", "Other"),
    ),
    default="employee",
)

PROFESSIONAL_KIND = Vocabulary(
    "professional_kind",
    (
        Term("intervision", "Intervisie", "Peer review (intervisie)"),
        Term("supervision", "Supervisie", "Supervision"),
        Term("training", "Training / opleiding", "Training"),
        Term("pe_other", "Overige PE-activiteit", "Other PE activity"),
    ),
    default="intervision",
)

SATISFACTION_SCORES = (1, 2, 3, 4, 5)

MEDIATION_VOCABULARIES = by_name(
    MEDIATION_RELATION,
    REFERRER,
    INITIATOR,
    MEDIATION_FORM,
    SESSION_KIND,
    MEDIATION_RESULT,
    PROCEDURE_AVOIDED,
    PARTY_ROLE,
    PROFESSIONAL_KIND,
)


@dataclass
class MediationParty:
    """One party to a mediation; name and contact details are identifying."""

    name: str = ""
    role: str = "employee"
    email: str = ""
    phone: str = ""
    id: int | None = None


@dataclass
class MediationSession:
    date: date
    kind: str = "joint"
    minutes: int = 0
    note: str = ""  # the minutes (verslag) of the session
    id: int | None = None


@dataclass
class Evaluation:
    """A party's evaluation at the end (evaluatiemoment); the score is optional."""

    party: int  # index into Mediation.parties
    satisfaction: int | None = None
    note: str = ""
    id: int | None = None


@dataclass
class Mediation:
    ref: str
    organisation_id: int
    opened: date
    closed: date | None = None
    parties: list[MediationParty] = field(default_factory=list)
    relation: str = "unknown"
    channel: str = "unknown"  # a CHANNEL code: how it came in
    referrer: str = "unknown"
    initiator: str = "unknown"
    form: str = "informal"
    agreement_signed: date | None = None  # the mediation agreement (formal mediations)
    co_mediator: bool = False
    result: str | None = None
    written_agreement: date | None = None  # the written settlement (vaststellingsovereenkomst)
    procedure_avoided: str = "unknown"
    note: str = ""
    sessions: list[MediationSession] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)
    hold_reason: str | None = None  # kept from the purge while set
    purged: date | None = None
    id: int | None = None

    @property
    def status(self) -> str:
        return "closed" if self.closed else "open"

    @property
    def contact_minutes(self) -> int:
        return sum(s.minutes for s in self.sessions)


@dataclass(frozen=True)
class MediationFacts:
    """The non-identifying facts of a mediation that figures and the register check use."""

    id: int
    organisation_id: int
    opened: date
    closed: date | None
    relation: str
    referrer: str
    initiator: str
    form: str
    co_mediator: bool
    result: str | None
    written_agreement: date | None
    procedure_avoided: str
    sessions: tuple[tuple[date, int], ...]  # (date, minutes)
    satisfaction: tuple[int, ...]  # the scores given (parties without a score left out)


@dataclass(frozen=True)
class MediationRow:
    """One line of the mediation list."""

    id: int
    ref: str
    organisation_id: int
    organisation: str
    opened: date
    closed: date | None
    form: str
    result: str | None
    next_session: date | None
    sessions: int

    @property
    def status(self) -> str:
        return "closed" if self.closed else "open"


@dataclass
class ProfessionalActivity:
    """Intervisie, supervisie, training or another PE activity of the adviser themself."""

    date: date
    kind: str = "intervision"
    hours: float = 0.0
    pe_points: float = 0.0
    with_whom: str = ""  # free text, kept in the vault only
    id: int | None = None


def validate_mediation(m: Mediation) -> Problems:
    from vpdesk.domain.taxonomy import CHANNEL

    problems: Problems = {}
    check_dossier(problems, m.ref, m.organisation_id, m.opened, m.closed)
    if m.result and m.closed is None:
        problems["result"] = Problem("outcome_while_open")
    check_code(problems, "result", m.result or None, MEDIATION_RESULT)
    check_code(problems, "relation", m.relation, MEDIATION_RELATION)
    check_code(problems, "channel", m.channel, CHANNEL)
    check_code(problems, "referrer", m.referrer, REFERRER)
    check_code(problems, "initiator", m.initiator, INITIATOR)
    check_code(problems, "form", m.form, MEDIATION_FORM)
    check_code(problems, "procedure_avoided", m.procedure_avoided, PROCEDURE_AVOIDED)
    if len(m.parties) < MIN_PARTIES:
        problems["parties"] = Problem("two_parties")
    for p in m.parties:
        check_code(problems, "parties", p.role, PARTY_ROLE)
    for s in m.sessions:
        if not isinstance(s.date, date):
            problems["sessions"] = Problem("required")
        elif s.minutes < 0:
            problems["sessions"] = Problem("negative")
        check_code(problems, "sessions", s.kind, SESSION_KIND)
        if len(s.note) > MAX_TEXT:
            problems["sessions"] = Problem("too_long")
    for e in m.evaluations:
        if not 0 <= e.party < len(m.parties):
            problems["evaluations"] = Problem("unknown_code", str(e.party))
        if e.satisfaction is not None and e.satisfaction not in SATISFACTION_SCORES:
            problems["evaluations"] = Problem("bad_score")
    if len(m.note) > MAX_TEXT:
        problems["note"] = Problem("too_long")
    return problems


def validate_professional(a: ProfessionalActivity) -> Problems:
    problems: Problems = {}
    if not isinstance(a.date, date):
        problems["date"] = Problem("required")
    if a.hours < 0:
        problems["hours"] = Problem("negative")
    if a.pe_points < 0:
        problems["pe_points"] = Problem("negative")
    check_code(problems, "kind", a.kind, PROFESSIONAL_KIND)
    return problems
