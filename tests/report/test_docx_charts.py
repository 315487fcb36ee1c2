"""The report's charts as PNG pictures for the Word document, drawn with Pillow."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.graphics.shapes import Circle, Drawing, Path, Polygon, Wedge
from reportlab.lib import colors

from vpdesk.report import charts
from vpdesk.report.fonts import register_fonts
from vpdesk.report.raster import UnsupportedShape, drawing_png


def _image(drawing: Drawing) -> Image.Image:
    return Image.open(io.BytesIO(drawing_png(drawing))).convert("RGB")


def _colours(image: Image.Image) -> set[object]:
    return {c for _, c in image.getcolors(1 << 22) or []}


def test_bars_with_protected_cells_as_a_picture() -> None:
    register_fonts()
    drawing = charts.horizontal_bars([("Pesten", 12), ("Intimidatie", "<5"), ("Overig", 0)], 260.0)
    image = _image(drawing)
    # 200 dots per inch: the picture is as wide as the chart in the PDF, sharp enough to print
    assert image.size == (round(drawing.width * 200 / 72), round(drawing.height * 200 / 72))
    colours = _colours(image)
    assert (0x2E, 0x6B, 0x8A) in colours  # the bar of 12
    assert (0xE3, 0xE3, 0xE3) in colours  # the hatched stub of "<5", never a bar of 0
    # the bar of 12 reaches right across the plot; the stub stays short
    row = image.height * 1 // 7
    blue = [x for x in range(image.width) if image.getpixel((x, row)) == (0x2E, 0x6B, 0x8A)]
    assert blue and blue[-1] - blue[0] > image.width // 3


def test_columns_with_two_years_as_a_picture() -> None:
    register_fonts()
    drawing = charts.columns(
        ["Q1", "Q2", "Q3", "Q4"], [("2026", [3, 5, "x", 0]), ("2025", [4, 4, 2, 1])], 300.0
    )
    colours = _colours(_image(drawing))
    assert (0x2E, 0x6B, 0x8A) in colours and (0xA9, 0xC6, 0xD6) in colours


def test_other_shapes_a_new_chart_may_use() -> None:
    drawing = Drawing(100, 100)
    drawing.add(Polygon([10, 10, 90, 10, 50, 90], fillColor=colors.red, strokeColor=None))
    drawing.add(Circle(50, 50, 10, fillColor=colors.blue, strokeColor=None))
    drawing.add(Wedge(20, 80, 10, 0, 90, fillColor=colors.green, strokeColor=None))
    image = _image(drawing)
    assert image.getpixel((image.width // 2, image.height // 2)) == (0, 0, 255)
    assert image.getpixel((image.width // 2, image.height * 3 // 4)) == (255, 0, 0)
    with pytest.raises(UnsupportedShape):
        unknown = Drawing(10, 10)
        unknown.add(Path())
        drawing_png(unknown)
