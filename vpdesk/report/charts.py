"""Bar charts for the report, drawn with ``reportlab.graphics``.

Every value axis starts at zero. A suppressed cell is never drawn as zero: it gets a short
hatched grey stub labelled with its symbol (``<5`` or ``x``), so a reader sees that a number
exists but is protected.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from vpdesk.report.fonts import BOLD, REGULAR
from vpdesk.stats import Cell

BAR = colors.HexColor("#2E6B8A")
BAR_PREVIOUS = colors.HexColor("#A9C6D6")
STUB_FILL = colors.HexColor("#E3E3E3")
STUB_LINE = colors.HexColor("#8A8A8A")
GRID = colors.HexColor("#D9D9D9")
TEXT = colors.HexColor("#222222")
STUB = 16.0  # width (or height) of a suppressed stub, in points
FONT_SIZE = 7.5


def nice_ticks(maximum: int) -> list[int]:
    """Axis ticks from zero to a round number at or above ``maximum`` (at least 1)."""
    top = max(maximum, 1)
    raw = top / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(int(step), 1)
    end = int(math.ceil(top / step) * step)
    return list(range(0, end + step, step))


def _hatched_box(d: Drawing, x: float, y: float, w: float, h: float) -> None:
    d.add(Rect(x, y, w, h, fillColor=STUB_FILL, strokeColor=STUB_LINE, strokeWidth=0.5))
    step = 3.0
    k = -h
    while k < w:
        x0, y0 = x + max(k, 0), y + max(-k, 0)
        x1 = x + min(k + h, w)
        y1 = y + min(h, w - k)
        d.add(Line(x0, y0, x1, y1, strokeColor=STUB_LINE, strokeWidth=0.4))
        k += step


def _label(
    d: Drawing,
    x: float,
    y: float,
    text: str,
    *,
    anchor: str = "start",
    bold: bool = False,
    size: float = FONT_SIZE,
) -> None:
    d.add(
        String(
            x, y, text, fontName=BOLD if bold else REGULAR, fontSize=size, fillColor=TEXT, textAnchor=anchor
        )
    )


def _fit(text: str, width: float, size: float = FONT_SIZE) -> str:
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def horizontal_bars(
    items: Sequence[tuple[str, Cell]],
    width: float,
    fmt: Callable[[int], str] = str,
    *,
    minimum_top: int = 1,
) -> Drawing:
    """One horizontal bar per (label, cell); suppressed cells as hatched stubs."""
    row = 14.0
    axis_h = 16.0
    label_w = min(max(stringWidth(lbl, REGULAR, FONT_SIZE) for lbl, _ in items) + 6, width * 0.45)
    plot_x = label_w
    plot_w = width - label_w - 26
    height = row * len(items) + axis_h + 4
    d = Drawing(width, height, initialFontName=REGULAR)
    values = [v for _, v in items if isinstance(v, int)]
    ticks = nice_ticks(max([*values, minimum_top]))
    scale = plot_w / ticks[-1]
    base_y = axis_h
    for t in ticks:
        x = plot_x + t * scale
        d.add(Line(x, base_y, x, height - 2, strokeColor=GRID, strokeWidth=0.5))
        _label(d, x, base_y - 10, fmt(t), anchor="middle", size=6.5)
    d.add(Line(plot_x, base_y, plot_x, height - 2, strokeColor=TEXT, strokeWidth=0.7))
    for i, (label, cell) in enumerate(items):
        y = height - 2 - row * (i + 1) + 3
        _label(d, plot_x - 4, y + 2, _fit(label, label_w - 6), anchor="end")
        if isinstance(cell, int):
            if cell > 0:
                d.add(Rect(plot_x, y, cell * scale, row - 6, fillColor=BAR, strokeColor=None))
            _label(d, plot_x + cell * scale + 3, y + 2, fmt(cell), bold=True)
        else:
            _hatched_box(d, plot_x, y, STUB, row - 6)
            _label(d, plot_x + STUB + 3, y + 2, cell, bold=True)
    return d


def columns(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Cell]]],
    width: float,
    *,
    height: float = 150.0,
    fmt: Callable[[int], str] = str,
    minimum_top: int = 1,
) -> Drawing:
    """Grouped vertical columns (one group per category, one column per series)."""
    d = Drawing(width, height, initialFontName=REGULAR)
    axis_w, axis_h, legend_h = 26.0, 16.0, 14.0
    plot_x, plot_y = axis_w, axis_h
    plot_w, plot_h = width - axis_w - 4, height - axis_h - legend_h - 12
    values = [v for _, cells in series for v in cells if isinstance(v, int)]
    ticks = nice_ticks(max([*values, minimum_top]))
    scale = plot_h / ticks[-1]
    for t in ticks:
        y = plot_y + t * scale
        d.add(Line(plot_x, y, plot_x + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        _label(d, plot_x - 4, y - 2, fmt(t), anchor="end", size=6.5)
    d.add(Line(plot_x, plot_y, plot_x + plot_w, plot_y, strokeColor=TEXT, strokeWidth=0.7))
    group_w = plot_w / len(categories)
    col_w = min(28.0, group_w * 0.7 / max(len(series), 1))
    fills = [BAR, BAR_PREVIOUS]
    for g, category in enumerate(categories):
        gx = plot_x + g * group_w + (group_w - col_w * len(series)) / 2
        _label(d, plot_x + (g + 0.5) * group_w, plot_y - 10, category, anchor="middle")
        for s, (_, cells) in enumerate(series):
            cell = cells[g]
            x = gx + s * col_w
            if isinstance(cell, int):
                if cell > 0:
                    d.add(
                        Rect(x + 1, plot_y, col_w - 2, cell * scale, fillColor=fills[s % 2], strokeColor=None)
                    )
                _label(
                    d,
                    x + col_w / 2,
                    plot_y + cell * scale + 3,
                    fmt(cell),
                    anchor="middle",
                    bold=s == 0,
                    size=6.5,
                )
            else:
                _hatched_box(d, x + 1, plot_y, col_w - 2, STUB)
                _label(d, x + col_w / 2, plot_y + STUB + 3, cell, anchor="middle", bold=s == 0, size=6.5)
    lx = plot_x
    for s, (name, _) in enumerate(series):
        d.add(Rect(lx, height - 10, 8, 8, fillColor=fills[s % 2], strokeColor=None))
        _label(d, lx + 11, height - 9, name)
        lx += 16 + stringWidth(name, REGULAR, FONT_SIZE) + 14
    return d
