"""The register statement as PDF: each MfN / LVV requirement, the figure, met or not.

Only counts and hours: no case, party, organisation or date finer than a year is printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from vpdesk.markup import escape
from vpdesk.report.document import ACCENT_LIGHT, RULE, heading_style, simple_pdf
from vpdesk.report.fonts import BOLD, REGULAR, register_fonts
from vpdesk.report.register_texts import TEXTS, check_title, requirement_label
from vpdesk.report.render import format_number
from vpdesk.stats.register import LVV, MFN, RegisterCheck


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
