"""The annual report as a PDF: one renderer with hooks for styles, pages and the story.

Built with ReportLab Platypus into memory; nothing is written here. Everything printed comes
from the published :class:`~vpdesk.stats.YearFigures`, the fixed texts in
:mod:`vpdesk.report.texts`, taxonomy labels, the organisation's name, the adviser's name and
the adviser's signals text (which the leak check reads before anything is saved).

The Word document is written from the same :meth:`ReportRenderer.story`
(:mod:`vpdesk.report.docx_writer`): whatever the story gains, the .docx shows too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from vpdesk.domain import taxonomy as tx
from vpdesk.markup import escape
from vpdesk.report import charts
from vpdesk.report.canvas import numbered_canvas
from vpdesk.report.document import (
    ACCENT,
    ACCENT_LIGHT,
    FRAME_W,
    MARGIN,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    designed_pdf,
    heading_style,
)
from vpdesk.report.fonts import BOLD, ITALIC, REGULAR, register_fonts
from vpdesk.report.texts import breakdown_note, cell_label, format_number, text
from vpdesk.stats import DURATION_KEYS, QUARTERS, TOTAL_KEYS, Cell, YearFigures

NO_VALUE = "–"


@dataclass(frozen=True)
class ReportContent:
    """What one report shows: the figures, the language, who wrote it and the signals text."""

    figures: YearFigures
    lang: str = "nl"
    adviser: str = ""
    organisation_label: str = ""
    signals: Sequence[tuple[str | None, str]] = field(default_factory=tuple)


def duration_rows(figures: YearFigures, lang: str) -> tuple[list[tuple[str, str, str | None]], str]:
    """The durations table as (label, this year, the year before or None) rows, and its note.

    The PDF and any other writer of the report show the durations from these rows.
    """
    prev = figures.previous if figures.previous is not None and not figures.previous.small else None
    rows = []
    for key in DURATION_KEYS:
        now = figures.durations.get(key)
        before: str | None = None
        if prev is not None:
            value = prev.durations.get(key)
            before = NO_VALUE if value is None else format_number(value, lang)
        rows.append((text(lang, key), NO_VALUE if now is None else format_number(now, lang), before))
    note = text(lang, "durations_note", year=figures.year, k=figures.threshold)
    if all(figures.durations.get(key) is None for key in DURATION_KEYS):
        note += " " + text(lang, "durations_hidden", year=figures.year, k=figures.threshold)
    return rows, note


class ReportRenderer:
    """Turns :class:`ReportContent` into PDF bytes. Override the hooks to change the look."""

    def __init__(self, content: ReportContent) -> None:
        register_fonts()
        self.content = content
        self.lang = content.lang
        self.figures = content.figures
        self.styles = self.stylesheet()

    # -- hooks -----------------------------------------------------------------------------

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def fmt(self, value: Any) -> str:
        return format_number(value, self.lang)

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle(
            "Body",
            fontName=REGULAR,
            fontSize=9.5,
            leading=13.5,
            textColor=colors.HexColor("#222222"),
            spaceAfter=6,
            alignment=TA_LEFT,
        )
        return {
            "body": base,
            "small": ParagraphStyle("Small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
            "cell": ParagraphStyle("Cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
            "cell_bold": ParagraphStyle(
                "CellBold", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5, spaceAfter=0
            ),
            "h1": heading_style("H1", base, 17, 22, spaceBefore=4, spaceAfter=10),
            "h2": heading_style("H2", base, 12, 16, spaceBefore=14, spaceAfter=4),
            "cover_title": heading_style("CoverTitle", base, 28, 34, spaceAfter=18),
            "cover_org": ParagraphStyle("CoverOrg", parent=base, fontSize=18, leading=24, spaceAfter=8),
            "cover_year": heading_style("CoverYear", base, 40, 46, spaceAfter=24),
            "cover_meta": ParagraphStyle("CoverMeta", parent=base, fontSize=11, leading=15),
            "cover_note": ParagraphStyle(
                "CoverNote", parent=base, fontName=ITALIC, fontSize=9, leading=13, textColor=MUTED
            ),
        }

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, PAGE_H - 5.2 * cm, PAGE_W, 5.2 * cm, stroke=0, fill=1)
        canvas.setFillColor(ACCENT_LIGHT)
        canvas.rect(0, 0, PAGE_W, 1.4 * cm, stroke=0, fill=1)
        canvas.restoreState()

    def later_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, PAGE_H - MARGIN + 14, PAGE_W - MARGIN, PAGE_H - MARGIN + 14)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        left, right = self.header_texts()
        canvas.drawString(MARGIN, PAGE_H - MARGIN + 20, left)
        canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - MARGIN + 20, right)
        canvas.line(MARGIN, MARGIN - 16, PAGE_W - MARGIN, MARGIN - 16)
        canvas.restoreState()

    def header_texts(self) -> tuple[str, str]:
        """The running header of every page after the cover: left and right."""
        return f"{self.t('title')} {self.figures.year}", self.content.organisation_label

    def page_footer(self, canvas: Canvas, page: int, total: int) -> None:
        if page == 1:
            return
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_W - MARGIN, MARGIN - 28, self.t("page", n=page, total=total))
        canvas.restoreState()

    # -- the story -------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story = self.cover()
        if self.figures.small:
            story += self.small_organisation()
        else:
            story += self.key_figures()
            story += self.durations()
            story += self.quarter_trend()
            story += self.activities()
            story += self.breakdowns()
            story += self.signals()
        story += self.method()
        return story

    def p(self, txt: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(txt), self.styles[style])

    def cover(self) -> list[Flowable]:
        s = self.styles
        items: list[Flowable] = [
            Spacer(1, 4.6 * cm),
            Paragraph(escape(self.t("title")), s["cover_title"]),
            Paragraph(escape(self.content.organisation_label), s["cover_org"]),
            Paragraph(str(self.figures.year), s["cover_year"]),
            Paragraph(f"{escape(self.t('reporting_year'))}: {self.figures.year}", s["cover_meta"]),
        ]
        if self.content.adviser:
            items.append(
                Paragraph(f"{escape(self.t('prepared_by'))}: {escape(self.content.adviser)}", s["cover_meta"])
            )
        items += [Spacer(1, 9 * cm), Paragraph(escape(self.t("cover_note")), s["cover_note"]), PageBreak()]
        return items

    def section(self, title: str, *parts: Flowable) -> KeepTogether:
        """A heading kept on one page with what follows it."""
        return KeepTogether([Paragraph(escape(title), self.styles["h2"]), *parts])

    def figure_table(self, rows: list[list[Any]], widths: Sequence[float] | None = None) -> Table:
        """A styled table of figures; by default the label column takes what the figure
        columns (70 points each) leave of the frame."""
        if widths is None:
            columns = len(rows[0])
            widths = [FRAME_W - 70 * (columns - 1)] + [70] * (columns - 1)
        table = Table(rows, colWidths=list(widths), hAlign="LEFT")
        table.setStyle(self.table_style(len(rows)))
        return table

    @staticmethod
    def beside(table: Flowable, chart: Flowable, table_w: float, chart_w: float) -> Table:
        """A table with its chart to the right."""
        pair = Table([[table, chart]], colWidths=[table_w + 14, chart_w], hAlign="LEFT")
        pair.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return pair

    def table_style(self, rows: int, numeric_from: int = 1) -> TableStyle:
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("FONTNAME", (1, 1), (1, -1), BOLD),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for r in range(2, rows, 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), ACCENT_LIGHT))
        return TableStyle(commands)

    def _previous_usable(self) -> YearFigures | None:
        prev = self.figures.previous
        return prev if prev is not None and not prev.small else None

    def key_figures(self) -> list[Flowable]:
        f = self.figures
        prev = f.previous
        year, last = f.year, f.year - 1
        rows: list[list[Any]] = [[self.t("figure"), str(year), str(last)]]
        for key in TOTAL_KEYS:
            before = NO_VALUE
            if prev is not None and key in prev.totals:
                before = self.fmt(prev.totals[key])
            rows.append(
                [Paragraph(escape(self.t(key)), self.styles["cell"]), self.fmt(f.totals[key]), before]
            )
        table = self.figure_table(rows)
        out: list[Flowable] = [
            Paragraph(escape(self.t("key_figures")), self.styles["h1"]),
            self.p(self.t("intro", year=year)),
            Spacer(1, 4),
            table,
        ]
        if prev is None:
            out.append(Spacer(1, 4))
            out.append(self.p(self.t("no_previous", year=last), "small"))
        else:
            out.append(Spacer(1, 4))
            if prev.small:
                key = "previous_withheld" if prev.totals.get("cases_opened") == "x" else "previous_small"
                out.append(self.p(self.t(key, year=last, k=prev.threshold), "small"))
            if prev.released_on is not None:
                day = prev.released_on.strftime("%d/%m/%Y" if self.lang == "en" else "%d-%m-%Y")
                out.append(self.p(self.t("previous_released", year=last, date=day), "small"))
            if prev.changed_since_release:
                out.append(self.p(self.t("previous_changed", year=last), "small"))
        if f.left_out:
            out.append(Spacer(1, 4))
            out.append(
                self.p(
                    self.t("left_out_organisations", year=year, k=f.threshold, names=", ".join(f.left_out)),
                    "small",
                )
            )
        return out

    def _cells_table(
        self,
        key: str,
        cells: dict[str, Cell],
        before: dict[str, Cell] | None,
        width: float,
        compare: bool = False,
    ) -> Table:
        header = [self.t("category"), str(self.figures.year)]
        if before is not None or compare:
            header.append(str(self.figures.year - 1))
        rows: list[list[Any]] = [header]
        for code, cell in cells.items():
            row = [Paragraph(escape(cell_label(key, code, self.lang)), self.styles["cell"]), self.fmt(cell)]
            if before is not None:
                row.append(self.fmt(before.get(code, NO_VALUE)))
            elif compare:
                row.append(NO_VALUE)
            rows.append(row)
        numbers = 38
        widths = [width - numbers * (len(header) - 1)] + [numbers] * (len(header) - 1)
        return self.figure_table(rows, widths)

    def _legend(self) -> str:
        k = self.figures.threshold
        return self.t("legend", lt=f"<{k}", k1=k - 1, k=k)

    def breakdowns(self) -> list[Flowable]:
        prev = self._previous_usable()
        out: list[Flowable] = [
            PageBreak(),
            Paragraph(escape(self.t("breakdowns", year=self.figures.year)), self.styles["h1"]),
        ]
        table_w = 196.0
        chart_w = FRAME_W - table_w - 14
        for key, breakdown in self.figures.breakdowns.items():
            if key == "quarter":
                continue
            if breakdown.cells is None:
                out.append(self.section(self.t(key), self.p(self.t("left_out_group"))))
                continue
            before = prev.breakdowns[key].cells if prev and key in prev.breakdowns else None
            table = self._cells_table(key, breakdown.cells, before, table_w, compare=prev is not None)
            chart = charts.horizontal_bars(
                [(cell_label(key, c, self.lang), v) for c, v in breakdown.cells.items()],
                chart_w,
                self.fmt,
                minimum_top=self.figures.threshold,
            )
            note = breakdown_note(key, breakdown.single, self.lang)
            pair = self.beside(table, chart, table_w, chart_w)
            out.append(self.section(self.t(key), self.p(note, "small"), pair))
        out.append(Spacer(1, 6))
        out.append(self.p(self._legend(), "small"))
        return out

    def durations(self) -> list[Flowable]:
        """Median days to closing and conversations per case, where enough cases were closed."""
        if not self.figures.durations:
            return []  # figures released before durations were published
        rows, note = duration_rows(self.figures, self.lang)
        compare = any(before is not None for _, _, before in rows)
        header = [self.t("figure"), str(self.figures.year)] + (
            [str(self.figures.year - 1)] if compare else []
        )
        body: list[list[Any]] = [header]
        for label, now, before in rows:
            body.append(
                [Paragraph(escape(label), self.styles["cell"]), now]
                + ([before or NO_VALUE] if compare else [])
            )
        return [self.section(self.t("durations"), self.p(note, "small"), self.figure_table(body))]

    def quarter_trend(self) -> list[Flowable]:
        f = self.figures
        prev = self._previous_usable()
        cells = f.breakdowns["quarter"].cells
        if cells is None:
            return [self.section(self.t("quarter"), self.p(self.t("left_out_group")))]
        series: list[tuple[str, Sequence[Cell]]] = [(str(f.year), [cells[q] for q in QUARTERS])]
        before = None
        if prev is not None and prev.breakdowns["quarter"].cells is not None:
            before = prev.breakdowns["quarter"].cells
            series.append((str(prev.year), [before[q] for q in QUARTERS]))
        table_w = 196.0
        chart_w = FRAME_W - table_w - 14
        table = self._cells_table("quarter", cells, before, table_w)
        labels = [self.t(q) for q in QUARTERS]
        chart = charts.columns(labels, series, chart_w, fmt=self.fmt, minimum_top=self.figures.threshold)
        pair = self.beside(table, chart, table_w, chart_w)
        return [self.section(self.t("quarter"), self.p(self.t("trend_note"), "small"), pair)]

    def activities(self) -> list[Flowable]:
        f = self.figures
        prev = f.previous if f.previous is not None and not f.previous.small else None
        header = [self.t("activity"), str(f.year)] + ([str(f.year - 1)] if prev else [])
        rows: list[list[Any]] = [header]
        for term in tx.ACTIVITY_KIND:
            row = [
                Paragraph(escape(term.label(self.lang)), self.styles["cell"]),
                self.fmt(f.activities.get(term.code, 0)),
            ]
            if prev:
                row.append(self.fmt(prev.activities.get(term.code, 0)))
            rows.append(row)
        note = self.p(self.t("activities_note", hours=self.fmt(f.totals["hours"])))
        return [self.section(self.t("activities"), note, self.figure_table(rows))]

    def signals(self) -> list[Flowable]:
        out: list[Flowable] = [Paragraph(escape(self.t("signals")), self.styles["h2"])]
        texts = [(h, t) for h, t in self.content.signals if t.strip()]
        if not texts:
            out.append(self.p(self.t("no_signals")))
            return out
        for heading, body in texts:
            if heading:
                out.append(Paragraph(escape(heading), self.styles["cell_bold"]))
                out.append(Spacer(1, 3))
            for block in _paragraphs(body):
                out.append(Paragraph("<br/>".join(escape(line) for line in block), self.styles["body"]))
        return out

    def small_organisation(self) -> list[Flowable]:
        f = self.figures
        rows = [[self.t("figure"), str(f.year)], [self.t("cases_opened"), f.totals["cases_opened"]]]
        table = self.figure_table(rows, [FRAME_W - 90, 90])
        return [
            Paragraph(escape(self.t("key_figures")), self.styles["h1"]),
            self.p(
                self.t("withheld" if f.totals["cases_opened"] == "x" else "small", year=f.year, k=f.threshold)
            ),
            Spacer(1, 4),
            table,
        ]

    def method(self) -> list[Flowable]:
        k = self.figures.threshold
        return [self.section(self.t("method"), self.p(self.t("method_text", k=k, k1=k - 1, lt=f"<{k}")))]

    # -- building ----------------------------------------------------------------------------

    def metadata(self) -> dict[str, str]:
        subject = self.t("subject", year=self.figures.year)
        if self.content.organisation_label:
            subject += f" \u2013 {self.content.organisation_label}"
        return {
            "title": f"{self.t('title')} {self.figures.year}",
            "subject": subject,
            "author": self.content.adviser,
            "creator": "vpdesk",
            "keywords": "",
        }

    def render(self) -> bytes:
        """The whole report as PDF bytes, built in memory."""
        return designed_pdf(
            self.story(),
            lang=self.lang,
            metadata=self.metadata(),
            pages=[("cover", self.first_page), ("body", self.later_pages)],
            canvasmaker=self._canvas_class(),
        )

    def _canvas_class(self) -> type[Canvas]:
        return numbered_canvas(self.page_footer)


def _paragraphs(body: str) -> list[list[str]]:
    """Split text into paragraphs at blank lines, keeping single line breaks."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in body.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def render_report(content: ReportContent) -> bytes:
    """Render the annual report to PDF bytes."""
    return ReportRenderer(content).render()


def render_report_docx(content: ReportContent) -> bytes:
    """Render the same annual report as an editable Word document (.docx bytes)."""
    from vpdesk.report.docx_writer import render_docx

    return render_docx(ReportRenderer(content))
