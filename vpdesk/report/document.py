"""The page of every PDF vpdesk writes (A4, 2.2 cm margins, the house colours and headings) and
the two ways a story is laid on it."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, SimpleDocTemplate

from vpdesk.report.fonts import BOLD, REGULAR

PAGE_W, PAGE_H = A4
MARGIN = 2.2 * cm
FRAME_W = PAGE_W - 2 * MARGIN

ACCENT = colors.HexColor("#1F4E63")
ACCENT_LIGHT = colors.HexColor("#E8F0F4")
RULE = colors.HexColor("#C8D3D9")
MUTED = colors.HexColor("#5A5A5A")

_MARGINS = {"leftMargin": MARGIN, "rightMargin": MARGIN, "topMargin": MARGIN, "bottomMargin": MARGIN}

OnPage = Callable[[Canvas, BaseDocTemplate], None]


def heading_style(
    name: str, parent: ParagraphStyle, size: float, leading: float, **more: Any
) -> ParagraphStyle:
    """A bold heading in the house colour (``more``: spacing and other style attributes)."""
    return ParagraphStyle(
        name, parent=parent, fontName=BOLD, fontSize=size, leading=leading, textColor=ACCENT, **more
    )


def simple_pdf(story: Sequence[Any], **metadata: str) -> bytes:
    """The story on plain pages, as PDF bytes built in memory (``metadata``: title, author, ...)."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, **_MARGINS, **metadata).build(list(story))
    return buffer.getvalue()


def designed_pdf(
    story: Sequence[Any],
    *,
    lang: str,
    metadata: dict[str, str],
    pages: Sequence[tuple[str, OnPage]],
    canvasmaker: type[Canvas],
) -> bytes:
    """The story on pages drawn by ``pages`` ((template id, drawing) of the first page, then
    of all later ones), as PDF bytes built in memory; the document's language is ``lang``."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        **_MARGINS,
        initialFontName=REGULAR,
        lang="en-GB" if lang == "en" else "nl-NL",
        **metadata,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        FRAME_W,
        PAGE_H - 2 * MARGIN,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    templates = [
        PageTemplate(id=name, frames=[frame], onPage=draw, autoNextPageTemplate=pages[i + 1][0])
        if i + 1 < len(pages)
        else PageTemplate(id=name, frames=[frame], onPage=draw)
        for i, (name, draw) in enumerate(pages)
    ]
    doc.addPageTemplates(templates)
    doc.build(list(story), canvasmaker=canvasmaker)
    return buffer.getvalue()
