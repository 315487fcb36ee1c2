"""The report as an editable Word document, written from the same story as the PDF.

The PDF renderers build a list of ReportLab flowables (headings and paragraphs, tables,
charts, spacing and page breaks); this module walks that very list and writes each part
with python-docx, so the Word document holds exactly what the PDF holds, and every figure
added to the PDF reaches it with no extra work. Each ReportLab paragraph style becomes a
Word style of the same look (the headings Word's own "Heading 1/2", so the navigation pane
and a table of contents work), tables stay real, editable tables and charts become PNG
pictures. Nothing is written here: the document is built in memory.

The document properties carry the report's title, subject and author (the adviser's name,
as in the PDF) and nothing else: no user name of this computer, no template author.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.styles.style import ParagraphStyle as WordParagraphStyle
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import toColor
from reportlab.lib.fonts import ps2tt
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    ActionFlowable,
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepInFrame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from vpdesk.markup import escape
from vpdesk.report.raster import drawing_png

FONT = "Arial"  # on every Windows and Mac; LibreOffice uses a look-alike of the same widths
RULE = "C8D3D9"
MUTED = "5A5A5A"

# ReportLab style names with a Word built-in counterpart; every other style keeps its name.
BUILT_IN = {"Body": "Normal", "H1": "Heading 1", "H2": "Heading 2", "CoverTitle": "Title"}
TABLE_TEXT = "Cell"  # the style of a table cell given as a plain string

# Characters XML cannot hold: shown as a space (never dropped, so no two words are joined).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class UnsupportedFlowable(TypeError):
    """The story holds a part this writer does not know (a programming error, not user input)."""


@dataclass(frozen=True)
class PageText:
    """The running header of every page but the first, and the page footer (``{n}``, ``{total}``)."""

    left: str = ""
    right: str = ""
    footer: str = ""


def write_docx(
    story: Sequence[Flowable],
    *,
    metadata: Mapping[str, str],
    lang: str = "nl",
    page: PageText | None = None,
    page_width: float = 595.27,
    margin: float = 62.36,
) -> bytes:
    """The flowables of a report as the bytes of a .docx file (A4, margins as the PDF's)."""
    writer = _Writer(lang=lang, page_width=page_width, margin=margin)
    writer.flowables(story)
    writer.finish(metadata, page or PageText())
    return writer.save()


class _Writer:
    def __init__(self, *, lang: str, page_width: float, margin: float) -> None:
        self.doc = Document()
        self.lang = "en-GB" if lang == "en" else "nl-NL"
        self.frame_width = page_width - 2 * margin
        self._pending_space = 0.0
        self._pending_break = False
        self._paragraphs: list[WordParagraph] = []
        self._last_heading = ""
        self._styles: dict[str, str] = {}
        section = self.doc.sections[0]
        section.start_type = WD_SECTION_START.NEW_PAGE
        section.page_width, section.page_height = Pt(page_width), Pt(841.89)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Pt(margin))
        section.header_distance = section.footer_distance = Pt(margin / 2)
        self._defaults()

    # -- styles --------------------------------------------------------------------------

    def _defaults(self) -> None:
        """The document's language (spelling check in Dutch or English) and one font throughout."""
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
        if r_pr is not None:
            lang = r_pr.find(qn("w:lang"))
            if lang is None:
                lang = OxmlElement("w:lang")
                r_pr.append(lang)
            lang.set(qn("w:val"), self.lang)
            lang.set(qn("w:eastAsia"), self.lang)
            _set_font(r_pr, FONT)
        for name in ("Normal", "Header", "Footer", "Title", "Heading 1", "Heading 2"):
            style = self.doc.styles[name]
            _set_font(style.element.get_or_add_rPr(), FONT)

    def style(self, source: ParagraphStyle) -> str:
        """The Word style for a ReportLab paragraph style, made on first use from its look."""
        name = source.name
        if name in self._styles:
            return self._styles[name]
        word_name = BUILT_IN.get(name, name)
        styles = self.doc.styles
        found = next((s for s in styles if s.name == word_name), None)
        if found is not None and not isinstance(found, WordParagraphStyle):
            word_name = f"{word_name} (report)"  # a character or table style of Word's own name
            found = None
        if isinstance(found, WordParagraphStyle):
            style = found
        else:
            style = styles.add_style(word_name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            style.quick_style = True
        _, bold, italic = _font_face(source.fontName)
        font = style.font
        font.size = Pt(source.fontSize)
        font.bold, font.italic = bold, italic
        font.color.rgb = _rgb(source.textColor)  # (and no theme colour any more)
        fmt = style.paragraph_format
        fmt.space_before = Pt(source.spaceBefore)
        fmt.space_after = Pt(source.spaceAfter)
        fmt.line_spacing = round(source.leading / (source.fontSize * 1.15), 2)
        if word_name.startswith("Heading") or word_name == "Title":
            fmt.keep_with_next = True
            _no_border(style.element)
        self._styles[name] = word_name
        return word_name

    def _table_text_style(self) -> str:
        if TABLE_TEXT not in self._styles:
            self.style(ParagraphStyle(TABLE_TEXT, fontName="Helvetica", fontSize=8.5, leading=10.5))
        return self._styles[TABLE_TEXT]

    # -- the story -----------------------------------------------------------------------

    def flowables(self, items: Iterable[Any]) -> None:
        for item in items:
            self.flowable(item)

    def flowable(self, item: Any) -> None:
        if isinstance(item, Paragraph):
            self.paragraph(item)
        elif isinstance(item, KeepTogether | KeepInFrame):
            start = len(self._paragraphs)
            self.flowables(item._content)
            for par in self._paragraphs[start:-1]:
                par.paragraph_format.keep_with_next = True
        elif isinstance(item, Table):
            self.table(item)
        elif isinstance(item, Drawing):
            self.picture(item)
        elif isinstance(item, PageBreak):
            self._pending_break = True
            self._pending_space = 0.0
        elif item is None or isinstance(item, CondPageBreak | ActionFlowable):
            return  # layout hints for the PDF's pages; Word lays out its own
        elif isinstance(item, Spacer):
            self._pending_space += float(item.height)
        elif isinstance(item, list | tuple):
            self.flowables(item)
        elif isinstance(item, HRFlowable):
            return  # a rule drawn between parts of the PDF
        elif isinstance(item, ListFlowable):
            self.bullets(item)
        else:
            raise UnsupportedFlowable(f"a {type(item).__name__} in the report")

    def bullets(self, item: ListFlowable) -> None:
        """A bulleted or numbered list as Word's own list paragraphs."""
        numbered = str(getattr(item, "_bulletType", "bullet")) in ("1", "a", "A", "i", "I")
        for entry in item._flowables:
            start = len(self._paragraphs)
            self.flowables(entry._flowables if isinstance(entry, ListItem) else [entry])
            if len(self._paragraphs) > start:
                first = self._paragraphs[start]
                first.style = self.doc.styles["List Number" if numbered else "List Bullet"]

    def _new_paragraph(self, style: str) -> WordParagraph:
        par = self.doc.add_paragraph(style=style)
        fmt = par.paragraph_format
        if self._pending_break:
            fmt.page_break_before = True
            self._pending_break = False
        if self._pending_space:
            before = self.doc.styles[style].paragraph_format.space_before
            fmt.space_before = Pt(self._pending_space + (before.pt if before is not None else 0))
            self._pending_space = 0.0
        self._paragraphs.append(par)
        return par

    def paragraph(self, item: Paragraph, into: WordParagraph | None = None) -> None:
        style = self.style(item.style)
        par = into if into is not None else self._new_paragraph(style)
        if into is not None:
            par.style = self.doc.styles[style]
        _, style_bold, style_italic = _font_face(item.style.fontName)
        for frag in item.frags:
            if getattr(frag, "lineBreak", False):
                par.add_run().add_break()
                continue
            words = _NOT_XML.sub(" ", getattr(frag, "text", "") or "")
            if not words:
                continue
            run = par.add_run(words)
            bold, italic = bool(getattr(frag, "bold", 0)), bool(getattr(frag, "italic", 0))
            if bold != style_bold:
                run.bold = bold
            if italic != style_italic:
                run.italic = italic
        if style.startswith("Heading"):
            self._last_heading = par.text

    def _before_block(self) -> None:
        """A page break or space waiting for a paragraph, given to a table or picture instead."""
        if self._pending_break:
            par = self._new_paragraph("Normal")
            par.paragraph_format.page_break_before = False
            par.add_run().add_break(WD_BREAK.PAGE)
            self._pending_break = False
        self._pending_space = 0.0

    def picture(self, drawing: Drawing) -> None:
        self._before_block()
        par = self._new_paragraph("Normal")
        par.paragraph_format.space_before = Pt(4)
        par.paragraph_format.space_after = Pt(8)
        width = min(float(drawing.width), self.frame_width)
        shape = par.add_run().add_picture(io.BytesIO(drawing_png(drawing)), width=Pt(width))
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", self._last_heading)  # alternative text for screen readers
        doc_pr.set("name", f"Chart {doc_pr.get('id', '')}".strip())

    def table(self, item: Table) -> None:
        rows: list[list[Any]] = [list(row) for row in item._cellvalues]
        if any(_is_block(cell) for row in rows for cell in row):
            # A layout table (a table beside its chart): in Word each part follows the other.
            for row in rows:
                for cell in row:
                    self.flowable(cell)
            return
        self._before_block()
        if not rows:
            return
        columns = max(len(row) for row in rows)
        table = self.doc.add_table(rows=len(rows), cols=columns)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        widths = _column_widths(item, columns, self.frame_width)
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Pt(width)
        _fixed_width(table, sum(widths))
        cell_style = self._table_text_style()
        fills = _backgrounds(item, len(rows), columns)
        looks = getattr(item, "_cellStyles", None)
        for r, row in enumerate(rows):
            word_row = table.rows[r]
            if r == 0:
                _repeat_as_header(word_row._tr)
            for c in range(columns):
                cell = word_row.cells[c]
                cell.width = Pt(widths[c])
                value = row[c] if c < len(row) else ""
                par = cell.paragraphs[0]
                par.style = self.doc.styles[cell_style]
                if isinstance(value, Paragraph):
                    self.paragraph(value, into=par)
                elif value is not None and str(value) != "":
                    run = par.add_run(_NOT_XML.sub(" ", str(value)))
                    look = looks[r][c] if looks is not None else None
                    # The PDF's table style: the font (bold) and colour of this cell.
                    bold = _font_face(look.fontname)[1] if look is not None else r == 0
                    if bold:
                        run.bold = True
                    color = _rgb(getattr(look, "color", None))
                    if color is not None and str(color) != "000000":
                        run.font.color.rgb = color
                    if look is not None and look.alignment in _ALIGN:
                        par.alignment = _ALIGN[look.alignment]
                par.paragraph_format.space_before = Pt(1.5)
                par.paragraph_format.space_after = Pt(1.5)
                if looks is None and c > 0:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if fills[r][c] is not None:
                    _shade(cell, str(fills[r][c]))
                self._paragraphs.append(par)
        _rule_borders(table)
        self._after_table(table)

    def _after_table(self, table: WordTable) -> None:
        """Word sets two tables in a row into one; a small empty paragraph keeps them apart."""
        par = self.doc.add_paragraph(style="Normal")
        par.paragraph_format.space_before = Pt(0)
        par.paragraph_format.space_after = Pt(2)
        par.paragraph_format.line_spacing = Pt(4)
        self._paragraphs.append(par)

    # -- pages and properties --------------------------------------------------------------

    def finish(self, metadata: Mapping[str, str], page: PageText) -> None:
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True  # the cover has neither
        for name in ("Header", "Footer"):
            style = self.doc.styles[name]
            style.font.size = Pt(8)
            style.font.color.rgb = RGBColor.from_string(MUTED)
            p_pr = style.element.find(qn("w:pPr"))
            for tabs in p_pr.findall(qn("w:tabs")) if p_pr is not None else ():
                p_pr.remove(tabs)  # the template's stops are for Letter paper
        header = section.header.paragraphs[0]
        header.style = self.doc.styles["Header"]
        header.paragraph_format.tab_stops.clear_all()
        header.paragraph_format.tab_stops.add_tab_stop(Pt(self.frame_width), WD_TAB_ALIGNMENT.RIGHT)
        header.add_run(_NOT_XML.sub(" ", page.left))
        if page.right:
            header.add_run("\t" + _NOT_XML.sub(" ", page.right))
        _bottom_rule(header)
        if page.footer:
            footer = section.footer.paragraphs[0]
            footer.style = self.doc.styles["Footer"]
            footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for part in re.split(r"(\{n\}|\{total\})", page.footer):
                if part == "{n}":
                    _field(footer, "PAGE")
                elif part == "{total}":
                    _field(footer, "NUMPAGES")
                elif part:
                    footer.add_run(part)
        self._properties(metadata)

    def _properties(self, metadata: Mapping[str, str]) -> None:
        """Title, subject and author as in the PDF; python-docx's own defaults all replaced."""
        props = self.doc.core_properties
        props.title = metadata.get("title", "")
        props.subject = metadata.get("subject", "")
        props.author = metadata.get("author", "")
        props.keywords = metadata.get("keywords", "")
        props.comments = ""
        props.category = ""
        props.content_status = ""
        props.identifier = ""
        props.version = ""
        props.last_modified_by = ""
        props.language = self.lang
        props.revision = 1
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        props.created = props.modified = now
        package = self.doc.part.package
        for key, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:  # the template's picture of an empty page
                del package.rels[key]
            elif rel.reltype == RT.EXTENDED_PROPERTIES:
                rel.target_part._blob = _app_properties(metadata.get("creator", "vpdesk"))

    def save(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


# -- small helpers ---------------------------------------------------------------------------


_ALIGN = {
    "LEFT": WD_ALIGN_PARAGRAPH.LEFT,
    "RIGHT": WD_ALIGN_PARAGRAPH.RIGHT,
    "CENTER": WD_ALIGN_PARAGRAPH.CENTER,
    "CENTRE": WD_ALIGN_PARAGRAPH.CENTER,
}


def _backgrounds(item: Table, rows: int, columns: int) -> list[list[RGBColor | None]]:
    """Each cell's background as the PDF's table style paints it (plain and striped rows)."""
    fills: list[list[RGBColor | None]] = [[None] * columns for _ in range(rows)]
    for command in getattr(item, "_bkgrndcmds", ()):
        op, (c0, r0), (c1, r1), arg = command[:4]
        c0, c1 = (c if c >= 0 else c + columns for c in (c0, c1))
        r0, r1 = (r if r >= 0 else r + rows for r in (r0, r1))
        for r in range(max(r0, 0), min(r1, rows - 1) + 1):
            for c in range(max(c0, 0), min(c1, columns - 1) + 1):
                if op == "BACKGROUND":
                    color = arg
                elif op == "ROWBACKGROUNDS" and arg:
                    color = arg[(r - r0) % len(arg)]
                elif op == "COLBACKGROUNDS" and arg:
                    color = arg[(c - c0) % len(arg)]
                else:
                    continue
                rgb = _rgb(color)
                fills[r][c] = None if rgb is not None and str(rgb) == "FFFFFF" else rgb
    return fills


def _is_block(cell: Any) -> bool:
    if isinstance(cell, list | tuple):
        return True
    return isinstance(cell, Table | Drawing | KeepTogether)


def _font_face(font_name: str) -> tuple[str, bool, bool]:
    try:
        family, bold, italic = ps2tt(font_name)
    except ValueError:
        lowered = font_name.lower()
        return font_name, "bold" in lowered, "oblique" in lowered or "italic" in lowered
    return family, bool(bold), bool(italic)


def _rgb(color: Any) -> RGBColor | None:
    if color is not None and not hasattr(color, "red"):
        color = toColor(color, None)  # a name such as "black"
    if color is None:
        return None
    return RGBColor(round(color.red * 255), round(color.green * 255), round(color.blue * 255))


def _column_widths(item: Table, columns: int, frame: float) -> list[float]:
    given = list(getattr(item, "_colWidths", None) or [])
    widths = [w if isinstance(w, int | float) else None for w in given[:columns]]
    widths += [None] * (columns - len(widths))
    fixed = sum(w for w in widths if w is not None)
    free = [i for i, w in enumerate(widths) if w is None]
    rest = max(frame - fixed, 40.0 * len(free)) / len(free) if free else 0.0
    return [float(w) if w is not None else rest for w in widths]


def _set_font(r_pr: Any, name: str) -> None:
    """One font for every script, with the theme's font choice removed (it would win)."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), name)


def _no_border(style_element: Any) -> None:
    """The template's Title has a rule under it; the PDF's does not."""
    p_pr = style_element.find(qn("w:pPr"))
    if p_pr is not None:
        for border in p_pr.findall(qn("w:pBdr")):
            p_pr.remove(border)


def _shade(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def _fixed_width(table: WordTable, width: float) -> None:
    """The table as wide as its columns (not the whole page), laid out as given."""
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblW")):
        tbl_pr.remove(old)
    tbl_w = OxmlElement("w:tblW")
    tbl_w.set(qn("w:w"), str(round(width * 20)))
    tbl_w.set(qn("w:type"), "dxa")
    tbl_pr.append(tbl_w)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)


def _repeat_as_header(tr: Any) -> None:
    tr_pr = tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    tr_pr.append(flag)


def _rule_borders(table: WordTable) -> None:
    """Thin horizontal rules between rows, as in the PDF; no vertical lines."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        if edge in ("left", "right", "insideV"):
            line.set(qn("w:val"), "nil")
        else:
            line.set(qn("w:val"), "single")
            line.set(qn("w:sz"), "4")
            line.set(qn("w:space"), "0")
            line.set(qn("w:color"), RULE)
        borders.append(line)
    tbl_pr.append(borders)


def _bottom_rule(par: WordParagraph) -> None:
    p_pr = par._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "4"), ("space", "4"), ("color", RULE)):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    p_pr.append(borders)


def _field(par: WordParagraph, instruction: str) -> None:
    """A field Word fills in (the page number, the page count), shown as 1 until then."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    par._p.append(field)


def _app_properties(application: str) -> bytes:
    """The extended properties: the program that wrote it, nothing from the template."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>{escape(application)}</Application><DocSecurity>0</DocSecurity>"
        "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>"
    ).encode()


def render_docx(renderer: Any) -> bytes:
    """What a :class:`~vpdesk.report.render.ReportRenderer` prints, as a Word document."""
    left, right = renderer.header_texts()
    page = PageText(left=left, right=right, footer=renderer.t("page", n="{n}", total="{total}"))
    return write_docx(renderer.story(), metadata=renderer.metadata(), lang=renderer.lang, page=page)
