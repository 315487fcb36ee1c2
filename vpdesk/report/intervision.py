"""The intervisie export: one melding or mediation as a case summary for peer consultation.

Identities are stripped before the adviser sees the draft: names, e-mail addresses, phone
numbers, departments and the organisation are replaced by roles ("melder", "partij 1
(leidinggevende)", "organisatie A"), every date by the days since the first contact ("dag
0", "dag 14"), and dates written inside notes likewise. The adviser then reviews and edits
the text; :func:`render_summary` writes the PDF only when the reviewed text passes the leak
check of the annual report against the whole vault, and the PDF itself carries no dates,
not even in its metadata.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from vpdesk.domain import mediation as mx
from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.validation import parse_date
from vpdesk.markup import escape
from vpdesk.normal import fold
from vpdesk.report.document import heading_style, simple_pdf
from vpdesk.report.fonts import REGULAR, register_fonts
from vpdesk.report.leaks import Hit, LeakIndex, describe_hits, pdf_text
from vpdesk.report.wordlists import PARTICLES, common_words
from vpdesk.vault.reader import VaultData

MELDING, MEDIATION = "melding", "mediation"
_WORDS = {
    "nl": {
        "title_melding": "Casus voor intervisie (melding)",
        "title_mediation": "Casus voor intervisie (mediation)",
        "reporter": "melder",
        "accused": "beklaagde",
        "party": "partij {n}",
        "organisation": "organisatie A",
        "department": "[afdeling]",
        "email": "[e-mailadres]",
        "phone": "[telefoonnummer]",
        "date": "[datum]",
        "day": "dag {n}",
        "minutes": "{n} minuten",
        "open": "nog lopend",
        "behaviour": "Gedrag",
        "relation": "Relatie tot de beklaagde",
        "channel": "Binnengekomen via",
        "outcome": "Uitkomst",
        "conversations": "Verloop",
        "steps": "Vervolgstappen",
        "referral": "doorverwezen naar {target}",
        "closed": "afgesloten",
        "parties": "Partijen",
        "party_relation": "Relatie tussen de partijen",
        "form": "Vorm",
        "referrer": "Verwijzer",
        "initiator": "Initiatief",
        "co": "Met co-mediator",
        "yes": "ja",
        "no": "nee",
        "sessions": "Gesprekken",
        "result": "Resultaat",
        "avoided": "Formele procedure voorkomen",
        "evaluations": "Evaluatie",
        "score": "tevredenheid {n} van 5",
        "no_score": "geen cijfer",
        "agreement": "schriftelijke overeenkomst",
        "notes": "Toelichting",
        "opened": "eerste contact",
    },
    "en": {
        "title_melding": "Case for peer review (melding)",
        "title_mediation": "Case for peer review (mediation)",
        "reporter": "reporter",
        "accused": "accused",
        "party": "party {n}",
        "organisation": "organisation A",
        "department": "[department]",
        "email": "[e-mail address]",
        "phone": "[phone number]",
        "date": "[date]",
        "day": "day {n}",
        "minutes": "{n} minutes",
        "open": "still open",
        "behaviour": "Behaviour",
        "relation": "Relation to the accused",
        "channel": "Came in by",
        "outcome": "Outcome",
        "conversations": "Course",
        "steps": "Follow-up steps",
        "referral": "referred to {target}",
        "closed": "closed",
        "parties": "Parties",
        "party_relation": "Relation between the parties",
        "form": "Form",
        "referrer": "Referred by",
        "initiator": "Initiative",
        "co": "With a co-mediator",
        "yes": "yes",
        "no": "no",
        "sessions": "Sessions",
        "result": "Result",
        "avoided": "Formal procedure avoided",
        "evaluations": "Evaluation",
        "score": "satisfaction {n} out of 5",
        "no_score": "no score",
        "agreement": "written agreement",
        "notes": "Notes",
        "opened": "first contact",
    },
}
D = TypeVar("D")  # a dossier: a case or a mediation

_EMAIL = re.compile(r"[^\s@<>()\[\],;:]+@[^\s@<>()\[\],;:]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<!\w)\+?\d[\d \-./()]{6,}\d(?!\w)")
_DATE = re.compile(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b")
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "january|february|march|may|june|july|august|october"
)
_WRITTEN_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


@dataclass
class Draft:
    """The stripped summary for review: its title, text and what the leak check finds in it."""

    kind: str
    title: str
    text: str
    leaks: list[Hit]
    leaky_lines: list[int]  # 0-based line numbers where something was found


class SummaryRefused(VpdeskError):
    """The reviewed summary still holds identifying data; it says where, never what."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        super().__init__(
            f"the case summary was not written: it still holds identifying data ({describe_hits(hits)})"
        )


class _Stripper:
    """Replaces the identifying values of one case by roles, and dates by days since day 0."""

    def __init__(self, lang: str, day0: date) -> None:
        self.w = _WORDS["en" if lang == "en" else "nl"]
        self.day0 = day0
        self.words: dict[str, str] = {}  # folded word -> role
        self.phrases: list[tuple[str, str]] = []

    def add(self, value: str, role: str, *, min_len: int = 3, phrase: bool = True) -> None:
        value = value.strip()
        if not value:
            return
        if phrase:
            self.phrases.append((value, role))
        for word in _WORD.findall(value):
            folded = fold(word)
            ordinary = folded in PARTICLES or folded in common_words()
            if len(folded) >= min_len and not ordinary and folded not in self.words:
                self.words[folded] = role

    def add_email(self, email: str, role: str) -> None:
        """The address itself and the words before the ``@`` (the domain is no one's name)."""
        email = email.strip()
        if "@" in email:
            self.phrases.append((email, role))
            self.add(email.split("@", 1)[0].replace(".", " ").replace("_", " "), role, phrase=False)

    def day(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.w["day"].format(n=(value - self.day0).days)

    def indented(self, note: str) -> list[str]:
        """The non-empty lines of a note, stripped, each indented under its entry."""
        return [f"    {self(line)}" for line in note.splitlines() if line.strip()]

    def entry(self, day: date, what: str, note: str) -> list[str]:
        """One dated record: ``day N: what``, then its note."""
        return [f"{self.day(day)}: {what}", *self.indented(note)]

    def __call__(self, text: str) -> str:
        text = _EMAIL.sub(self.w["email"], text)
        for value, role in sorted(self.phrases, key=lambda p: -len(p[0])):
            text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", role, text, flags=re.IGNORECASE)

        def date_sub(m: re.Match[str]) -> str:
            parsed = parse_date(m.group(0))
            return self.day(parsed) if parsed else self.w["date"]

        text = _DATE.sub(date_sub, text)
        text = _WRITTEN_DATE.sub(self.w["date"], text)
        text = _PHONE.sub(self.w["phone"], text)
        text = _YEAR.sub(self.w["date"], text)

        def word_sub(m: re.Match[str]) -> str:
            return self.words.get(fold(m.group(0)), m.group(0))

        text = _WORD.sub(word_sub, text)
        # "melder melder" (first name and surname both replaced) reads as one role
        for role in set(self.words.values()):
            text = re.sub(rf"(?:{re.escape(role)})(?:[\s._\-]+{re.escape(role)})+", role, text)
        return text


def _found(dossier: D | None, what: str) -> D:
    if dossier is None:
        raise LookupError(f"no such {what}")
    return dossier


def _stripper(vault: VaultData, lang: str, day0: date, organisation_id: int) -> _Stripper:
    """The stripper of one dossier opened on ``day0``, knowing every name around it."""
    stripper = _Stripper(lang, day0)
    _common(stripper, vault, organisation_id)
    return stripper


def _common(stripper: _Stripper, vault: VaultData, organisation_id: int) -> None:
    # Organisation names are no leak in an annual report, so the check would let another
    # client's name through: every organisation becomes a letter, this one "A".
    others = sorted(
        (name for oid, name in vault.organisations.names().items() if oid != organisation_id),
        key=str.casefold,
    )
    for n, name in enumerate(others, start=1):
        label = stripper.w["organisation"][:-1] + (chr(ord("A") + n) if n < 26 else str(n))
        stripper.add(name, label, min_len=4)
    org = vault.organisations.get(organisation_id)
    if org is not None:
        stripper.add(org.name, stripper.w["organisation"], min_len=4)
        for dep in org.departments:
            stripper.add(dep, stripper.w["department"], min_len=4)
        for contact in org.contacts:
            stripper.add(contact.name, tx.REFERRAL_TARGET.label(contact.target, "nl").lower())


def draft_melding(vault: VaultData, case_id: int, lang: str = "nl") -> Draft:
    case = _found(vault.cases.get(case_id), "case")
    s = _stripper(vault, lang, case.opened, case.organisation_id)
    w = s.w
    s.add(case.reporter_name, w["reporter"])
    s.add_email(case.reporter_email, w["reporter"])
    s.add(case.department, w["department"], min_len=4)
    accused_role = tx.ACCUSED_RELATION.label(case.accused_relation, lang).lower()
    s.add(case.accused, w["accused"] if case.accused_relation == "unknown" else accused_role)
    lines = [
        f"{w['behaviour']}: " + ", ".join(tx.BEHAVIOUR.label(b, lang) for b in case.behaviours),
        f"{w['relation']}: {tx.ACCUSED_RELATION.label(case.accused_relation, lang)}",
        f"{w['channel']}: {tx.CHANNEL.label(case.channel, lang)}",
        f"{w['outcome']}: " + (tx.OUTCOME.label(case.outcome, lang) if case.outcome else w["open"]),
        "",
        f"{w['conversations']}:",
        f"{s.day(case.opened)}: {w['opened']}",
    ]
    for conv in vault.conversations.for_parent(case_id):
        kind = tx.CONVERSATION_KIND.label(conv.kind, lang)
        lines += s.entry(conv.date, f"{kind}, {w['minutes'].format(n=conv.minutes)}", conv.note)
    for ref in vault.referrals.for_parent(case_id):
        lines += s.entry(
            ref.date, w["referral"].format(target=tx.REFERRAL_TARGET.label(ref.target, lang)), ref.note
        )
    steps = vault.steps.for_parent(case_id)
    if steps:
        lines += ["", f"{w['steps']}:"]
        for step in steps:
            when = s.day(step.done or step.due) if (step.done or step.due) else ""
            lines.append(f"{when}: {s(step.what)}" if when else s(step.what))
    if case.closed:
        lines.append(f"{s.day(case.closed)}: {w['closed']}")
    return _finish(vault, MELDING, w["title_melding"], lines)


def draft_mediation(vault: VaultData, mediation_id: int, lang: str = "nl") -> Draft:
    m = _found(vault.mediations.get(mediation_id), "mediation")
    s = _stripper(vault, lang, m.opened, m.organisation_id)
    w = s.w
    roles = []
    for n, party in enumerate(m.parties, start=1):
        role = f"{w['party'].format(n=n)} ({mx.PARTY_ROLE.label(party.role, lang).lower()})"
        roles.append(role)
        s.add(party.name, w["party"].format(n=n))
        s.add_email(party.email, w["party"].format(n=n))
    yes_no = w["yes"] if m.co_mediator else w["no"]
    lines = [
        f"{w['parties']}: " + ", ".join(roles),
        f"{w['party_relation']}: {mx.MEDIATION_RELATION.label(m.relation, lang)}",
        f"{w['form']}: {mx.MEDIATION_FORM.label(m.form, lang)}",
        f"{w['referrer']}: {mx.REFERRER.label(m.referrer, lang)}",
        f"{w['initiator']}: {mx.INITIATOR.label(m.initiator, lang)}",
        f"{w['co']}: {yes_no}",
        f"{w['result']}: " + (mx.MEDIATION_RESULT.label(m.result, lang) if m.result else w["open"]),
        f"{w['avoided']}: {mx.PROCEDURE_AVOIDED.label(m.procedure_avoided, lang)}",
        "",
        f"{w['sessions']}:",
        f"{s.day(m.opened)}: {w['opened']}",
    ]
    for session in m.sessions:
        kind = mx.SESSION_KIND.label(session.kind, lang)
        lines += s.entry(session.date, f"{kind}, {w['minutes'].format(n=session.minutes)}", session.note)
    if m.written_agreement:
        lines.append(f"{s.day(m.written_agreement)}: {w['agreement']}")
    if m.closed:
        lines.append(f"{s.day(m.closed)}: {w['closed']}")
    if m.evaluations:
        lines += ["", f"{w['evaluations']}:"]
        for e in m.evaluations:
            score = w["score"].format(n=e.satisfaction) if e.satisfaction else w["no_score"]
            who = roles[e.party] if 0 <= e.party < len(roles) else ""
            lines += [f"{who}: {score}", *s.indented(e.note)]
    if m.note.strip():
        lines += ["", f"{w['notes']}:"] + [s(line) for line in m.note.splitlines()]
    return _finish(vault, MEDIATION, w["title_mediation"], lines)


# The notes are what the peers discuss, so a distinctive word of a note does not refuse the
# summary; every name (also one a note mentions, or one that only looks like a name), contact
# detail, reference, department and accused text in the vault still does.
NOTE_FIELDS = frozenset(("note", "mediation_note", "activity_note"))


def check_text(vault: VaultData, text: str) -> tuple[list[Hit], list[int]]:
    """What the leak check finds in ``text`` (whole vault), and on which lines (0-based)."""
    hits = [h for h in LeakIndex.build(vault, within=text).scan(text) if h.field not in NOTE_FIELDS]
    return hits, sorted({h.line - 1 for h in hits})


def _finish(vault: VaultData, kind: str, title: str, lines: list[str]) -> Draft:
    text = "\n".join(lines).strip() + "\n"
    leaks, leaky = check_text(vault, text)
    return Draft(kind, title, text, leaks, leaky)


def render_summary(vault: VaultData, title: str, text: str) -> bytes:
    """The reviewed summary as PDF; raises :class:`SummaryRefused` if the leak check finds anything."""
    leaks, _ = check_text(vault, f"{title}\n{text}")
    if leaks:
        raise SummaryRefused(leaks)
    register_fonts()
    body = ParagraphStyle("Body", fontName=REGULAR, fontSize=10, leading=14, spaceAfter=2)
    h1 = heading_style("H1", body, 16, 21, spaceAfter=10)
    story = [Paragraph(escape(title), h1)]
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        style = ParagraphStyle("Indented", parent=body, leftIndent=12) if indent else body
        story.append(Paragraph(escape(line.strip()) or "&nbsp;", style))
    pdf = _without_dates(simple_pdf(story, title=title, author="vpdesk", creator="vpdesk"))
    found, _ = check_text(vault, pdf_text(pdf))
    if found:
        raise SummaryRefused(found)
    return pdf


def _without_dates(pdf: bytes) -> bytes:
    """The PDF with document information that holds no creation or modification date."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, TextStringObject

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    info = writer._info.get_object() if writer._info is not None else None
    if isinstance(info, DictionaryObject):
        for key in list(info.keys()):
            if key not in ("/Title", "/Author", "/Creator"):
                del info[key]
        info[NameObject("/Producer")] = TextStringObject("vpdesk")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
