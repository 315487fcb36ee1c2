"""The mediation year report ("Meten = weten") as PDF or, from the same story, Word document.

Everything printed comes from the published :class:`~vpdesk.stats.mediation.MediationFigures`,
the fixed texts below, taxonomy labels, the organisations' names and the adviser's name: no
free text, so there is nothing for the leak check to read (the annual report checks its
signals text).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, Unpack

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from vpdesk.markup import escape
from vpdesk.report.document import ACCENT_LIGHT, MUTED, RULE, heading_style, simple_pdf
from vpdesk.report.fonts import BOLD, ITALIC, REGULAR, register_fonts
from vpdesk.report.output import DOCX, PDF
from vpdesk.report.render import format_number
from vpdesk.stats import SECONDARY, Scope
from vpdesk.stats.mediation import (
    BREAKDOWNS,
    LEFT_OUT_GROUP,
    LEFT_OUT_PROTECTED,
    TOTAL_KEYS,
    VOCABULARY,
    MediationFigures,
    mediation_figures,
    prepare_mediation_release,
)
from vpdesk.vault.reader import VaultData

TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Meten = weten: mediation",
        "all_organisations": "Alle organisaties",
        "prepared_by": "Opgesteld door {name}",
        "intro": "Dit overzicht laat zien wat interne mediation in {year} heeft opgeleverd. Een "
        "mediation telt als gestart in het jaar van de intake en als afgerond in het jaar "
        "waarin zij eindigde. Er staan geen namen, afdelingen, data of verslagen in.",
        "key_figures": "Kerncijfers",
        "figure": "Kerncijfer",
        "category": "Categorie",
        "number": "Aantal",
        "started": "Gestarte mediations",
        "ended": "Afgeronde mediations",
        "carried_over": "Meegenomen uit eerdere jaren",
        "open_at_year_end": "Nog lopend aan het eind van het jaar",
        "evaluations": "Ingevulde evaluaties",
        "sessions": "Gesprekken",
        "contact_hours": "Contacturen",
        "median_lead_time_days": "Mediane doorlooptijd (dagen)",
        "form": "Formeel of informeel (gestarte mediations)",
        "relation": "Relatie tussen de partijen (gestarte mediations)",
        "referrer": "Verwijzer (gestarte mediations)",
        "initiator": "Initiatief (gestarte mediations)",
        "result": "Resultaat (afgeronde mediations)",
        "procedure_avoided": "Formele procedure voorkomen (bezwaar, klacht, rechtszaak)",
        "satisfaction": "Tevredenheid van de partijen (1 = zeer ontevreden, 5 = zeer tevreden)",
        "left_out_few": (
            "Weggelaten: minder dan {k} mediations, te weinig om te tonen zonder iemand herkenbaar te maken."
        ),
        "left_out_group": (
            "Weggelaten: alle mediations vallen in één categorie; die zou iets over ieder van hen zeggen."
        ),
        "left_out_protected": (
            "Weggelaten: uit de kleine aantallen samen zou een aantal terug te rekenen zijn."
        ),
        "small": "In {year} zijn minder dan {k} mediations gestart; om niemand herkenbaar te maken "
        "toont dit overzicht verder geen cijfers.",
        "withheld": "In {year} zijn {k} of meer mediations gestart; hun cijfers zijn niet te tonen "
        "zonder dat iemand herkenbaar wordt, dus toont dit overzicht verder geen cijfers.",
        "not_shown": "niet getoond",
        "method_title": "Toelichting",
        "method": "Aantallen van 1 tot en met {km} worden getoond als <{k}; een x verbergt een aantal "
        "waaruit anders een klein aantal terug te rekenen zou zijn. De mediane doorlooptijd "
        "wordt alleen getoond bij minstens {k} afgeronde mediations.",
        "method_all": "De cijfers voor alle organisaties tellen alleen organisaties met minstens {k} "
        "gestarte mediations in het jaar, zodat geen kleine organisatie terug te rekenen is: {names}.",
    },
    "en": {
        "title": "Measuring mediation (Meten = weten)",
        "all_organisations": "All organisations",
        "prepared_by": "Prepared by {name}",
        "intro": "This overview shows what internal mediation achieved in {year}. A mediation counts "
        "as started in the year of the intake and as ended in the year it ended. It holds "
        "no names, departments, dates or minutes.",
        "key_figures": "Key figures",
        "figure": "Figure",
        "category": "Category",
        "number": "Number",
        "started": "Mediations started",
        "ended": "Mediations ended",
        "carried_over": "Carried over from earlier years",
        "open_at_year_end": "Still running at year end",
        "evaluations": "Evaluations returned",
        "sessions": "Sessions",
        "contact_hours": "Contact hours",
        "median_lead_time_days": "Median lead time (days)",
        "form": "Formal or informal (mediations started)",
        "relation": "Relation between the parties (mediations started)",
        "referrer": "Referred by (mediations started)",
        "initiator": "Initiative (mediations started)",
        "result": "Result (mediations ended)",
        "procedure_avoided": "Formal procedure avoided (objection, complaint, legal proceedings)",
        "satisfaction": "Parties' satisfaction (1 = very dissatisfied, 5 = very satisfied)",
        "left_out_few": (
            "Left out: fewer than {k} mediations, too few to show without making someone recognisable."
        ),
        "left_out_group": (
            "Left out: every mediation falls in one category, which would say something about each of them."
        ),
        "left_out_protected": "Left out: the small counts together would let a count be worked out.",
        "small": "Fewer than {k} mediations started in {year}; so that no one can be recognised, this "
        "overview shows no further figures.",
        "withheld": "{k} or more mediations started in {year}; their figures cannot be shown without "
        "making someone recognisable, so this overview shows no further figures.",
        "not_shown": "not shown",
        "method_title": "Method",
        "method": "Counts from 1 to {km} are shown as <{k}; an x hides a count from which a small "
        "count could otherwise be worked out. The median lead time is only shown with at "
        "least {k} mediations ended.",
        "method_all": "The figures for all organisations count only organisations that started at "
        "least {k} mediations in the year, so that no small organisation can be worked "
        "out: {names}.",
    },
}


def fixed_texts() -> Iterator[str]:
    """Every word this report prints besides figures and names (for the leak check)."""
    for lang in TEXTS.values():
        yield from lang.values()
    for vocab in VOCABULARY.values():
        if vocab is not None:
            for term in vocab:
                yield term.nl
                yield term.en


def _label(breakdown: str, code: str, lang: str) -> str:
    vocab = VOCABULARY[breakdown]
    return code if vocab is None else vocab.label(code, lang)


def mediation_story(
    figures: MediationFigures, *, lang: str = "nl", adviser: str = "", organisation_label: str = ""
) -> tuple[list[Any], dict[str, str]]:
    """The report's flowables and its document properties, for the PDF and the Word writer."""
    register_fonts()
    t = TEXTS["en" if lang == "en" else "nl"]
    k = figures.threshold
    body = ParagraphStyle("Body", fontName=REGULAR, fontSize=9.5, leading=13.5, spaceAfter=6)
    small = ParagraphStyle("Small", parent=body, fontName=ITALIC, fontSize=8.5, textColor=MUTED)
    h1 = heading_style("H1", body, 18, 23)
    h2 = heading_style("H2", body, 11.5, 15, spaceBefore=10)

    def fmt(value: Any) -> str:
        return t["not_shown"] if value is None else format_number(value, lang)

    def table(rows: list[list[str]], head: tuple[str, str]) -> Table:
        tbl = Table([list(head), *rows], colWidths=[11 * cm, 3.5 * cm], repeatRows=1)
        tbl.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
                    ("FONT", (0, 1), (-1, -1), REGULAR, 8.5),
                    ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ]
            )
        )
        return tbl

    story: list[Any] = [
        Paragraph(escape(f"{t['title']} {figures.year}"), h1),
        Paragraph(escape(organisation_label), body),
    ]
    if adviser:
        story.append(Paragraph(escape(t["prepared_by"].format(name=adviser)), body))
    story.append(Paragraph(escape(t["intro"].format(year=figures.year)), body))
    story.append(Paragraph(escape(t["key_figures"]), h2))
    if figures.small:
        story.append(table([[t["started"], fmt(figures.totals["started"])]], (t["figure"], t["number"])))
        why = "withheld" if figures.totals.get("started") == SECONDARY else "small"
        story.append(Paragraph(escape(t[why].format(k=k, year=figures.year)), body))
    else:
        story.append(
            table([[t[key], fmt(figures.totals.get(key))] for key in TOTAL_KEYS], (t["figure"], t["number"]))
        )
        for name in BREAKDOWNS:
            cells = figures.breakdowns.get(name)
            part: list[Any] = [Paragraph(escape(t[name]), h2)]
            if cells is None:
                why = {LEFT_OUT_GROUP: "left_out_group", LEFT_OUT_PROTECTED: "left_out_protected"}.get(
                    figures.left_out.get(name, ""), "left_out_few"
                )
                part.append(Paragraph(escape(t[why].format(k=k)), small))
            else:
                part.append(
                    table(
                        [[_label(name, c, lang), fmt(v)] for c, v in cells.items()],
                        (t["category"], t["number"]),
                    )
                )
            story.append(KeepTogether(part))
    story.append(Paragraph(escape(t["method_title"]), h2))
    story.append(Paragraph(escape(t["method"].format(k=k, km=k - 1)), body))
    if figures.organisations is not None:
        names = ", ".join(figures.organisations) or "–"
        story.append(Paragraph(escape(t["method_all"].format(k=k, names=names)), body))
    meta = {"title": f"{t['title']} {figures.year}", "author": adviser or "vpdesk", "creator": "vpdesk"}
    return story, meta


def render_mediation_report(
    figures: MediationFigures, *, lang: str = "nl", adviser: str = "", organisation_label: str = ""
) -> bytes:
    """The mediation report as PDF bytes."""
    story, meta = mediation_story(figures, lang=lang, adviser=adviser, organisation_label=organisation_label)
    return simple_pdf([*story, Spacer(1, 1)], **meta)


def render_mediation_docx(
    figures: MediationFigures, *, lang: str = "nl", adviser: str = "", organisation_label: str = ""
) -> bytes:
    """The same mediation report as an editable Word document (.docx bytes)."""
    from vpdesk.report.docx_writer import write_docx

    story, meta = mediation_story(figures, lang=lang, adviser=adviser, organisation_label=organisation_label)
    return write_docx(story, metadata=meta, lang=lang)


def _render(vault: VaultData, figures: MediationFigures, lang: str, fmt: str = PDF) -> bytes:
    label = figures.organisation or TEXTS["en" if lang == "en" else "nl"]["all_organisations"]
    render = render_mediation_docx if fmt == DOCX else render_mediation_report
    return render(
        figures, lang=lang, adviser=vault.settings.get("adviser_name").strip(), organisation_label=label
    )


def build_mediation_report(
    vault: VaultData, *, lang: str = "nl", fmt: str = PDF, **scope: Unpack[Scope]
) -> bytes:
    """The mediation report of the scope (see :class:`~vpdesk.stats.Scope`) as PDF (or, with
    ``fmt=DOCX``, Word) bytes (nothing recorded)."""
    return _render(vault, mediation_figures(vault, **scope), lang, fmt)


def write_mediation_report(
    vault: VaultData, *, out: Path | str, lang: str = "nl", **scope: Unpack[Scope]
) -> None:
    """Build and atomically write the mediation report (``.docx``: as a Word document).

    The table it releases is recorded in the release ledger in the same transaction as the
    audit line, and the file is written inside it: when the vault cannot record the release,
    no report is left behind.
    """
    from vpdesk.report import write_release

    write_release(
        vault,
        prepare_mediation_release(vault, **scope),
        lambda figures, fmt: _render(vault, figures, lang, fmt),
        out,
    )
