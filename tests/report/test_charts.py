"""Charts: axes from zero, suppressed cells drawn as visible stubs, never as zero."""

from __future__ import annotations

from reportlab.graphics.shapes import Rect, String

from vpdesk.report import charts
from vpdesk.report.fonts import register_fonts


def _strings(drawing) -> list[String]:  # type: ignore[no-untyped-def]
    return [n for n in drawing.contents if isinstance(n, String)]


def test_ticks_start_at_zero_and_cover_the_maximum() -> None:
    for top in (0, 1, 4, 7, 13, 99, 1234):
        ticks = charts.nice_ticks(top)
        assert ticks[0] == 0 and ticks[-1] >= max(top, 1)


def test_suppressed_cells_get_a_labelled_stub() -> None:
    register_fonts()
    d = charts.horizontal_bars(
        [("Pesten", 8), ("Seksuele intimidatie", "<5"), ("Overig", 0), ("Collega", "x")], 300, minimum_top=5
    )
    labels = [s.text for s in _strings(d)]
    assert "<5" in labels and "x" in labels and "8" in labels
    stubs = [n for n in d.contents if isinstance(n, Rect) and n.fillColor == charts.STUB_FILL]
    assert len(stubs) == 2
    bars = [n for n in d.contents if isinstance(n, Rect) and n.fillColor == charts.BAR]
    assert len(bars) == 1  # zero draws no bar, a suppressed cell draws no ordinary bar
    assert all(s.fontName.startswith("DejaVuSans") for s in _strings(d))
    assert d.initialFontName == "DejaVuSans"


def test_columns_show_both_years_and_stubs() -> None:
    register_fonts()
    d = charts.columns(["Q1", "Q2", "Q3", "Q4"], [("2026", ["x", 7, "<5", 0]), ("2025", [3, 4, 5, 6])], 300)
    labels = [s.text for s in _strings(d)]
    assert {"2026", "2025", "x", "<5", "Q1", "Q4"} <= set(labels)
