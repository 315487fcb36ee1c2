"""A report chart (a ReportLab ``Drawing``) as a PNG picture, drawn with Pillow.

ReportLab's own bitmap renderer needs a Cairo backend that vpdesk does not ship; the charts
are made of rectangles, lines and strings (and a new chart may use polygons, circles or
wedges), which Pillow draws directly in the same DejaVu fonts the PDF embeds. Drawn at
twice the size and scaled down, so edges are smooth.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Ellipse,
    Group,
    Line,
    Polygon,
    PolyLine,
    Rect,
    String,
    Wedge,
)

from vpdesk.paths import resource
from vpdesk.report import fonts

DPI = 200
_SUPERSAMPLE = 2
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs"}


class UnsupportedShape(TypeError):
    """A chart holds a shape this renderer cannot draw (a programming error, not user input)."""


@cache
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    filename = fonts._FILES.get(name, fonts._FILES[fonts.REGULAR])
    return ImageFont.truetype(str(resource("fonts", filename)), pixels)


def _rgb(color: Any) -> tuple[int, int, int] | None:
    if color is None:
        return None
    return (round(color.red * 255), round(color.green * 255), round(color.blue * 255))


def drawing_png(drawing: Drawing, dpi: int = DPI) -> bytes:
    """``drawing`` as PNG bytes at ``dpi`` on a white background."""
    scale = dpi / 72 * _SUPERSAMPLE
    width, height = round(drawing.width * scale), round(drawing.height * scale)
    image = Image.new("RGB", (max(width, 1), max(height, 1)), "white")
    pen = ImageDraw.Draw(image)

    def point(x: float, y: float) -> tuple[float, float]:
        return x * scale, (drawing.height - y) * scale

    def draw(shapes: list[Any]) -> None:
        for shape in shapes:
            if isinstance(shape, Group):
                if tuple(shape.transform) != (1, 0, 0, 1, 0, 0):
                    raise UnsupportedShape("a transformed group in a chart")
                draw(shape.contents)
            elif isinstance(shape, Rect):
                x0, y1 = point(shape.x, shape.y)
                x1, y0 = point(shape.x + shape.width, shape.y + shape.height)
                stroke = _rgb(shape.strokeColor)
                line = max(1, round((shape.strokeWidth or 0) * scale)) if stroke else 0
                pen.rectangle(
                    (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)),
                    fill=_rgb(shape.fillColor),
                    outline=stroke,
                    width=line,
                )
            elif isinstance(shape, Line):
                stroke = _rgb(shape.strokeColor)
                if stroke is not None:
                    pen.line(
                        (point(shape.x1, shape.y1), point(shape.x2, shape.y2)),
                        fill=stroke,
                        width=max(1, round((shape.strokeWidth or 1) * scale)),
                    )
            elif isinstance(shape, String):
                pen.text(
                    point(shape.x, shape.y),
                    shape.text,
                    fill=_rgb(shape.fillColor) or (0, 0, 0),
                    font=_font(shape.fontName, max(1, round(shape.fontSize * scale))),
                    anchor=_ANCHORS.get(shape.textAnchor, "ls"),
                )
            elif isinstance(shape, Wedge):
                draw([shape.asPolygon()])
            elif isinstance(shape, Polygon | PolyLine):
                coords = list(shape.points)
                points = [point(x, y) for x, y in zip(coords[0::2], coords[1::2], strict=True)]
                stroke = _rgb(shape.strokeColor)
                width = max(1, round((shape.strokeWidth or 1) * scale))
                if isinstance(shape, Polygon) and len(points) > 2:
                    pen.polygon(points, fill=_rgb(shape.fillColor), outline=stroke, width=width)
                elif stroke is not None and len(points) > 1:
                    pen.line(points, fill=stroke, width=width)
            elif isinstance(shape, Circle | Ellipse):
                rx = shape.r if isinstance(shape, Circle) else shape.rx
                ry = shape.r if isinstance(shape, Circle) else shape.ry
                x0, y0 = point(shape.cx - rx, shape.cy + ry)
                x1, y1 = point(shape.cx + rx, shape.cy - ry)
                stroke = _rgb(shape.strokeColor)
                pen.ellipse(
                    (x0, y0, x1, y1),
                    fill=_rgb(shape.fillColor),
                    outline=stroke,
                    width=max(1, round((shape.strokeWidth or 1) * scale)) if stroke else 0,
                )
            else:
                raise UnsupportedShape(f"a {type(shape).__name__} in a chart")

    draw(drawing.contents)
    image = image.resize(
        (max(1, width // _SUPERSAMPLE), max(1, height // _SUPERSAMPLE)), Image.Resampling.LANCZOS
    )
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi), optimize=True)
    return out.getvalue()
