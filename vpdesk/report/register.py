"""The register statement as PDF: each MfN / LVV requirement, the figure, met or not.

Only counts and hours: no case, party, organisation or date finer than a year is printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from vpdesk.report.document import ACCENT_LIGHT, RULE, heading_style, simple_pdf
from vpdesk.report.fonts import BOLD, REGULAR, register_fonts
from vpdesk.report.render import format_number
from vpdesk.stats.register import LVV, MFN, RegisterCheck, Requirement

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Registerverklaring",
        "intro": "Overzicht van de herregistratie-eisen over de lopende periode, berekend uit "
        "de eigen registratie. Bevat alleen aantallen en uren, geen gegevens over zaken.",
        MFN: "MfN-register (registermediator), {first}–{last}",
        LVV: "LVV-register (vertrouwenspersoon), {first}–{last}",
        "requirement": "Eis",
        "required": "Vereist",
        "figure": "Behaald",
        "met": "Voldaan",
        "needed": "Nog nodig",
        "yes": "ja",
        "no": "nee",
        "all_met": "Aan alle eisen is voldaan.",
        "not_met": "Nog niet aan alle eisen voldaan.",
        "prepared_by": "Opgesteld door {name}",
        "co": "Co-mediations in de periode: {n} (hiervan tellen er hoogstens 3 mee).",
        "mediations": "Mediations (co-mediations tellen hoogstens 3 keer)",
        "contact_hours": "Contacturen",
        "year_mediations": "Mediations in {year}",
        "year_hours": "Contacturen in {year}",
        "written_agreements": "Mediations met een schriftelijke overeenkomst",
        "pe_points": "PE-punten",
        "pe_intervision": "PE-punten voor intervisie",
        "pe_hours": "Uren training en PE-activiteiten",
        "intervision_hours": "Uren intervisie",
    },
    "en": {
        "title": "Register statement",
        "intro": "The re-registration requirements over the running period, computed from the "
        "adviser's own record. Counts and hours only, no case data.",
        MFN: "MfN register (registered mediator), {first}–{last}",
        LVV: "LVV register (confidential adviser), {first}–{last}",
        "requirement": "Requirement",
        "required": "Required",
        "figure": "Achieved",
        "met": "Met",
        "needed": "Still needed",
        "yes": "yes",
        "no": "no",
        "all_met": "Every requirement is met.",
        "not_met": "Not every requirement is met yet.",
        "prepared_by": "Prepared by {name}",
        "co": "Co-mediations in the period: {n} (at most 3 of them count).",
        "mediations": "Mediations (co-mediations count at most 3 times)",
        "contact_hours": "Contact hours",
        "year_mediations": "Mediations in {year}",
        "year_hours": "Contact hours in {year}",
        "written_agreements": "Mediations with a written agreement",
        "pe_points": "PE points",
        "pe_intervision": "PE points for peer review (intervisie)",
        "pe_hours": "Hours of training and PE activities",
        "intervision_hours": "Hours of peer review (intervisie)",
    },
}


def requirement_label(req: Requirement, lang: str) -> str:
    return TEXTS["en" if lang == "en" else "nl"][req.key].format(year=req.year)


def check_title(check: RegisterCheck, lang: str) -> str:
    return TEXTS["en" if lang == "en" else "nl"][check.rule_set].format(
        first=check.first_year, last=check.last_year
    )


def _num(value: float, lang: str) -> str:
    return format_number(int(value) if float(value).is_integer() else round(value, 1), lang)


def render_register(
    checks: Sequence[RegisterCheck], *, lang: str = "nl", adviser: str = "", co_mediations: int | None = None
) -> bytes:
    """The statement as PDF bytes."""
    register_fonts()
    t = TEXTS["en" if lang == "en" else "nl"]
    body = ParagraphStyle("Body", fontName=REGULAR, fontSize=9.5, leading=13.5, spaceAfter=6)
    h1 = heading_style("H1", body, 17, 22)
    h2 = heading_style("H2", body, 12, 16, spaceBefore=12)
    cell = ParagraphStyle("Cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    story: list[Any] = [Paragraph(escape(t["title"]), h1), Paragraph(escape(t["intro"]), body)]
    if adviser:
        story.append(Paragraph(escape(t["prepared_by"].format(name=adviser)), body))
    for check in checks:
        story.append(Paragraph(escape(check_title(check, lang)), h2))
        rows: list[list[Any]] = [[t["requirement"], t["required"], t["figure"], t["met"], t["needed"]]]
        for req in check.requirements:
            rows.append(
                [
                    Paragraph(escape(requirement_label(req, lang)), cell),
                    _num(req.required, lang),
                    _num(req.figure, lang),
                    t["yes"] if req.met else t["no"],
                    "–" if req.met else _num(req.still_needed, lang),
                ]
            )
        table = Table(rows, colWidths=[7.6 * cm, 2.2 * cm, 2.2 * cm, 1.8 * cm, 2.4 * cm], repeatRows=1)
        style = [
            ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
            ("FONT", (0, 1), (-1, -1), REGULAR, 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        for i, req in enumerate(check.requirements, start=1):
            if not req.met:
                style.append(("TEXTCOLOR", (3, i), (4, i), colors.HexColor("#A02020")))
        table.setStyle(TableStyle(style))
        story += [table, Spacer(1, 4)]
        if check.rule_set == MFN and co_mediations is not None:
            story.append(Paragraph(escape(t["co"].format(n=co_mediations)), body))
        story.append(Paragraph(escape(t["all_met"] if check.met else t["not_met"]), body))
    return simple_pdf(story, title=t["title"], author=adviser or "vpdesk", creator="vpdesk")


def build_register_statement(vault: object, *, last_year: int | None = None, lang: str = "nl") -> bytes:
    """The register statement of the vault's record for the period ending in ``last_year``."""
    from vpdesk.stats.register import co_mediations, register_checks

    mfn, lvv = register_checks(vault, last_year)
    co = co_mediations(vault.mediations.facts(), mfn.last_year)  # type: ignore[attr-defined]
    adviser = vault.settings.get("adviser_name").strip()  # type: ignore[attr-defined]
    return render_register([mfn, lvv], lang=lang, adviser=adviser, co_mediations=co)


__all__ = ["LVV", "MFN", "build_register_statement", "render_register", "requirement_label"]
