"""The page of every PDF vpdesk writes (A4, 2.2 cm margins) and the two ways a story is laid on it."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, SimpleDocTemplate

from vpdesk.report.fonts import REGULAR

PAGE_W, PAGE_H = A4
MARGIN = 2.2 * cm
FRAME_W = PAGE_W - 2 * MARGIN

OnPage = Callable[[Canvas, BaseDocTemplate], None]


def simple_pdf(story: Sequence[Any], **metadata: str) -> bytes:
    """The story on plain pages, as PDF bytes built in memory (``metadata``: title, author, ...)."""
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        **metadata,
    ).build(list(story))
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
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
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
