"""The subject access export (AVG art. 15): one case's data for its reporter, as a PDF.

The adviser may black out passages about other people first. A blacked-out passage is
replaced *before* rendering by the same number of block characters, so the hidden text never
reaches the PDF: not in its content streams, not in its metadata.

Redactions are keyed by a passage key (:func:`passage_key`) and hold half-open character
ranges ``(start, end)`` into that passage's text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.models import Case, Conversation, Referral, Step
from vpdesk.markup import escape
from vpdesk.report.canvas import numbered_canvas
from vpdesk.report.document import ACCENT, FRAME_W, MARGIN, MUTED, PAGE_W, RULE, designed_pdf, heading_style
from vpdesk.report.fonts import BOLD, REGULAR, register_fonts
from vpdesk.report.output import write_atomically
from vpdesk.vault.reader import VaultData

BLOCK = "\u2588"  # █, drawn on a black background so the bar is solid in any viewer
NO_VALUE = "–"

Ranges = Sequence[tuple[int, int]]
Redactions = Mapping[str, Ranges]


class CaseNotFound(VpdeskError):
    """The case asked for does not exist (any more)."""


_TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "nl": "Inzageverzoek — gegevens van de melder",
        "en": "Subject access request — the reporter's data",
    },
    "intro": {
        "nl": "Dit overzicht bevat de gegevens die de vertrouwenspersoon over uw melding heeft "
        "vastgelegd (artikel 15 AVG). Passages over andere personen zijn zwart gemaakt.",
        "en": "This overview holds the data the confidential adviser recorded about your report "
        "(article 15 GDPR). Passages about other people have been blacked out.",
    },
    "made": {"nl": "Opgesteld op", "en": "Prepared on"},
    "reporter": {"nl": "Uw gegevens", "en": "Your data"},
    "case": {"nl": "De melding", "en": "The report"},
    "conversations": {"nl": "Gesprekken", "en": "Conversations"},
    "steps": {"nl": "Vervolgstappen", "en": "Follow-up steps"},
    "referrals": {"nl": "Doorverwijzingen", "en": "Referrals"},
    "none": {"nl": "Geen.", "en": "None."},
    "name": {"nl": "Naam", "en": "Name"},
    "email": {"nl": "E-mail", "en": "E-mail"},
    "phone": {"nl": "Telefoon", "en": "Phone"},
    "gender": {"nl": "Geslacht", "en": "Gender"},
    "role": {"nl": "Functie", "en": "Role"},
    "consent": {"nl": "Toestemming vastgelegd", "en": "Consent recorded"},
    "anonymous": {"nl": "Anoniem (naam niet gegeven)", "en": "Anonymous (no name given)"},
    "age_group": {"nl": "Leeftijd", "en": "Age group"},
    "wish": {"nl": "Wens van de melder", "en": "What the reporter wanted"},
    "ref": {"nl": "Kenmerk", "en": "Reference"},
    "organisation": {"nl": "Organisatie", "en": "Organisation"},
    "department": {"nl": "Afdeling", "en": "Department"},
    "opened": {"nl": "Geopend", "en": "Opened"},
    "closed": {"nl": "Afgesloten", "en": "Closed"},
    "status": {"nl": "Status", "en": "Status"},
    "open": {"nl": "Open", "en": "Open"},
    "closed_status": {"nl": "Afgesloten", "en": "Closed"},
    "behaviours": {"nl": "Soort gedrag", "en": "Behaviour"},
    "relation": {"nl": "Relatie beschuldigde", "en": "Accused's relation"},
    "accused": {"nl": "Beschuldigde", "en": "Accused"},
    "channel": {"nl": "Binnengekomen via", "en": "Came in through"},
    "outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "date": {"nl": "Datum", "en": "Date"},
    "kind": {"nl": "Soort", "en": "Kind"},
    "minutes": {"nl": "Minuten", "en": "Minutes"},
    "note": {"nl": "Notitie", "en": "Note"},
    "what": {"nl": "Wat", "en": "What"},
    "due": {"nl": "Uiterlijk", "en": "Due"},
    "done": {"nl": "Gedaan", "en": "Done"},
    "target": {"nl": "Naar", "en": "To"},
    "yes": {"nl": "ja", "en": "yes"},
    "no": {"nl": "nee", "en": "no"},
    "page": {"nl": "Pagina {n} van {total}", "en": "Page {n} of {total}"},
}


def label(key: str, lang: str) -> str:
    """A fixed text of the export in ``lang`` ("nl" or "en")."""
    return _TEXTS[key]["en" if lang == "en" else "nl"]


def passage_key(kind: str, item_id: int | None = None) -> str:
    """The redaction key of a passage: ``accused``, ``conversation:7``, ``step:3``, ``referral:2``."""
    return kind if item_id is None else f"{kind}:{item_id}"


@dataclass(frozen=True)
class Passage:
    """One free-text passage the adviser can black out parts of."""

    key: str
    kind: str  # accused, conversation, step, referral
    text: str
    day: date | None = None


@dataclass
class AccessData:
    """Everything the export shows, loaded from the vault in one go."""

    case: Case
    organisation: str
    conversations: list[Conversation] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)

    def passages(self) -> list[Passage]:
        """The free texts, in the order the export shows them."""
        found = [Passage("accused", "accused", self.case.accused)]
        found += [
            Passage(passage_key("conversation", c.id), "conversation", c.note, c.date)
            for c in self.conversations
        ]
        found += [Passage(passage_key("step", s.id), "step", s.what, s.due) for s in self.steps]
        found += [Passage(passage_key("referral", r.id), "referral", r.note, r.date) for r in self.referrals]
        return [p for p in found if p.text]


def load_access_data(vault: VaultData, case_id: int) -> AccessData:
    """Read one case with its conversations, steps and referrals."""
    case = vault.cases.get(case_id)
    if case is None:
        raise CaseNotFound("this case no longer exists")
    org = vault.organisations.get(case.organisation_id)
    return AccessData(
        case=case,
        organisation=org.name if org is not None else "",
        conversations=vault.conversations.for_parent(case_id),
        steps=vault.steps.for_parent(case_id),
        referrals=vault.referrals.for_parent(case_id),
    )


# -- redaction --------------------------------------------------------------------------


def normalise_ranges(ranges: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Clip ranges to ``0..length``, drop empty ones and merge overlapping or touching ones."""
    clipped = sorted((max(0, int(a)), min(length, int(b))) for a, b in ranges if min(length, b) > max(0, a))
    merged: list[tuple[int, int]] = []
    for start, end in clipped:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def add_range(ranges: Iterable[tuple[int, int]], new: tuple[int, int], length: int) -> list[tuple[int, int]]:
    """``ranges`` with ``new`` blacked out as well."""
    return normalise_ranges([*ranges, new], length)


def remove_range(
    ranges: Iterable[tuple[int, int]], gone: tuple[int, int], length: int
) -> list[tuple[int, int]]:
    """``ranges`` with the characters of ``gone`` shown again."""
    result: list[tuple[int, int]] = []
    g_start, g_end = gone
    for start, end in normalise_ranges(ranges, length):
        if end <= g_start or start >= g_end:
            result.append((start, end))
            continue
        if start < g_start:
            result.append((start, g_start))
        if end > g_end:
            result.append((g_end, end))
    return result


def segments(text: str, ranges: Ranges) -> list[tuple[str, bool]]:
    """Split ``text`` into ``(piece, hidden)``; a hidden piece is already made of blocks.

    Line breaks inside a hidden range are kept, so the layout of the passage stays.
    """
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in normalise_ranges(ranges, len(text)):
        if start > pos:
            out.append((text[pos:start], False))
        hidden = "".join(ch if ch == "\n" else BLOCK for ch in text[start:end])
        out.append((hidden, True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def redact(text: str, ranges: Ranges) -> str:
    """``text`` with every hidden character replaced by a block (line breaks stay)."""
    return "".join(piece for piece, _hidden in segments(text, ranges))


def _markup(text: str, ranges: Ranges) -> str:
    parts = []
    for piece, hidden in segments(text, ranges):
        body = escape(piece).replace("\n", "<br/>")
        if hidden:
            body = f'<font color="black" backColor="black">{body}</font>'
        parts.append(body)
    return "".join(parts) or NO_VALUE


# -- rendering --------------------------------------------------------------------------


def format_day(day: date | None, lang: str) -> str:
    if day is None:
        return NO_VALUE
    return day.isoformat() if lang == "en" else day.strftime("%d-%m-%Y")


class AccessExportRenderer:
    """Lays out one case's data; fonts, styles, pages and the story as separate steps."""

    def __init__(self, data: AccessData, lang: str, redactions: Redactions, today: date) -> None:
        register_fonts()
        self.data = data
        self.lang = "en" if lang == "en" else "nl"
        self.redactions = redactions
        self.today = today
        base = ParagraphStyle("Body", fontName=REGULAR, fontSize=10, leading=14)
        self.styles = {
            "body": base,
            "title": heading_style("Title", base, 18, 23, spaceAfter=8),
            "h2": heading_style("H2", base, 12.5, 17, spaceBefore=12, spaceAfter=4),
            "cell": ParagraphStyle("Cell", parent=base, fontSize=9, leading=12.5),
            "head": ParagraphStyle("Head", parent=base, fontName=BOLD, fontSize=9, leading=12.5),
            "muted": ParagraphStyle("Muted", parent=base, fontSize=9, leading=13, textColor=MUTED),
        }

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def p(self, markup: str, style: str = "cell") -> Paragraph:
        return Paragraph(markup, self.styles[style])

    def plain(self, value: str) -> Paragraph:
        return self.p(escape(value) if value else NO_VALUE)

    def free(self, key: str, value: str) -> Paragraph:
        return self.p(_markup(value, self.redactions.get(key, ())))

    def day(self, value: date | None) -> str:
        return format_day(value, self.lang)

    def pairs(self, rows: list[tuple[str, Paragraph]]) -> Table:
        table = Table(
            [[self.p(escape(k), "head"), v] for k, v in rows], colWidths=[5.2 * cm, FRAME_W - 5.2 * cm]
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def grid(self, heads: list[str], rows: list[list[Paragraph]], widths: list[float]) -> Flowable:
        if not rows:
            return self.p(escape(self.t("none")), "body")
        table = Table(
            [[self.p(escape(self.t(h)), "head") for h in heads], *rows], colWidths=widths, repeatRows=1
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table

    def story(self) -> list[Flowable]:
        case, lang = self.data.case, self.lang
        story: list[Flowable] = [
            self.p(escape(self.t("title")), "title"),
            self.p(f"{escape(self.t('made'))} {self.day(self.today)}", "muted"),
            Spacer(1, 4),
            self.p(escape(self.t("intro")), "body"),
            self.p(escape(self.t("reporter")), "h2"),
            self.pairs(
                [
                    (self.t("name"), self.plain(case.reporter_name)),
                    (self.t("email"), self.plain(case.reporter_email)),
                    (self.t("phone"), self.plain(case.reporter_phone)),
                    (self.t("gender"), self.plain(tx.GENDER.label(case.reporter_gender, lang))),
                    (self.t("role"), self.plain(tx.REPORTER_ROLE.label(case.reporter_role, lang))),
                    (self.t("age_group"), self.plain(tx.AGE_GROUP.label(case.reporter_age, lang))),
                    (self.t("anonymous"), self.plain(self.t("yes" if case.anonymous else "no"))),
                    (self.t("consent"), self.plain(self.day(case.consent_date) if case.consent_date else "")),
                ]
            ),
            self.p(escape(self.t("case")), "h2"),
            self.pairs(
                [
                    (self.t("ref"), self.plain(case.ref)),
                    (self.t("organisation"), self.plain(self.data.organisation)),
                    (self.t("department"), self.plain(case.department)),
                    (self.t("opened"), self.plain(self.day(case.opened))),
                    (self.t("closed"), self.plain(self.day(case.closed) if case.closed else "")),
                    (self.t("status"), self.plain(self.t("closed_status" if case.closed else "open"))),
                    (
                        self.t("behaviours"),
                        self.plain(", ".join(tx.BEHAVIOUR.label(b, lang) for b in case.behaviours)),
                    ),
                    (self.t("relation"), self.plain(tx.ACCUSED_RELATION.label(case.accused_relation, lang))),
                    (self.t("accused"), self.free("accused", case.accused)),
                    (self.t("channel"), self.plain(tx.CHANNEL.label(case.channel, lang))),
                    (
                        self.t("outcome"),
                        self.plain(tx.OUTCOME.label(case.outcome, lang) if case.outcome else ""),
                    ),
                    (
                        self.t("wish"),
                        self.plain(tx.REPORTER_WISH.label(case.wish, lang) if case.wish else ""),
                    ),
                ]
            ),
            self.p(escape(self.t("conversations")), "h2"),
            self.grid(
                ["date", "kind", "minutes", "note"],
                [
                    [
                        self.plain(self.day(c.date)),
                        self.plain(tx.CONVERSATION_KIND.label(c.kind, lang)),
                        self.plain(str(c.minutes)),
                        self.free(passage_key("conversation", c.id), c.note),
                    ]
                    for c in self.data.conversations
                ],
                [2.4 * cm, 3.0 * cm, 2.2 * cm, FRAME_W - 7.6 * cm],
            ),
            self.p(escape(self.t("steps")), "h2"),
            self.grid(
                ["what", "due", "done"],
                [
                    [
                        self.free(passage_key("step", s.id), s.what),
                        self.plain(self.day(s.due)),
                        self.plain(self.day(s.done)),
                    ]
                    for s in self.data.steps
                ],
                [FRAME_W - 4.8 * cm, 2.4 * cm, 2.4 * cm],
            ),
            self.p(escape(self.t("referrals")), "h2"),
            self.grid(
                ["target", "date", "consent", "note"],
                [
                    [
                        self.plain(tx.REFERRAL_TARGET.label(r.target, lang)),
                        self.plain(self.day(r.date)),
                        self.plain(self.t("yes" if r.consent else "no")),
                        self.free(passage_key("referral", r.id), r.note),
                    ]
                    for r in self.data.referrals
                ],
                [3.6 * cm, 2.4 * cm, 2.2 * cm, FRAME_W - 8.2 * cm],
            ),
        ]
        return story

    def page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, MARGIN - 16, PAGE_W - MARGIN, MARGIN - 16)
        canvas.restoreState()

    def render(self) -> bytes:
        """The PDF, built in memory."""
        # generic metadata only: the file may travel, its properties must not name anyone
        metadata = {
            "title": self.t("title"),
            "author": "",
            "subject": "",
            "creator": "vpdesk",
            "keywords": "",
        }
        return designed_pdf(
            self.story(),
            lang=self.lang,
            metadata=metadata,
            pages=[("body", self.page)],
            canvasmaker=self._canvas_class(),
        )

    def _canvas_class(self) -> type[Canvas]:
        return numbered_canvas(self._page_number)

    def _page_number(self, canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_W - MARGIN, MARGIN - 28, self.t("page").format(n=number, total=total))
        canvas.restoreState()


def render_access_export(
    data: AccessData,
    *,
    lang: str = "nl",
    redactions: Redactions | None = None,
    today: date | None = None,
) -> bytes:
    """The export of already loaded ``data`` as PDF bytes."""
    return AccessExportRenderer(data, lang, redactions or {}, today or date.today()).render()


def build_access_export(
    vault: VaultData, case_id: int, *, lang: str = "nl", redactions: Redactions | None = None
) -> bytes:
    """The access export of one case as PDF bytes, with ``redactions`` blacked out."""
    return render_access_export(load_access_data(vault, case_id), lang=lang, redactions=redactions)


def write_access_export(
    vault: VaultData,
    case_id: int,
    *,
    lang: str = "nl",
    redactions: Redactions | None = None,
    out: Path,
) -> Path:
    """Build the export and write it atomically to ``out``; the audit log records it."""
    data = build_access_export(vault, case_id, lang=lang, redactions=redactions)
    write_atomically(data, Path(out))
    vault.audit.record("export", case_id)
    return Path(out)
