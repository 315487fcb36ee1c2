"""Horizontal bar charts drawn with QPainter: the dashboard's and the report view's.

A value is a count, or the symbol of a suppressed cell (``"<5"``, ``"x"``), which is drawn as
a short hatched stub with its symbol, never as zero.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

Bar = tuple[str, int | str]

BAR_COLOR = QColor("#1f5f8b")
SUPPRESSED_COLOR = QColor("#8a8a8a")


class BarChart(QWidget):
    """One bar per label, scaled to the largest count, value axis from zero."""

    BAR_HEIGHT = 22
    GAP = 8

    def __init__(self, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._empty_text = empty_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_size()

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in self._bars))
        self._update_size()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def _update_size(self) -> None:
        rows = max(len(self._bars), 1)
        self.setFixedHeight(rows * (self.BAR_HEIGHT + self.GAP) + self.GAP)

    def sizeHint(self) -> QSize:
        return QSize(420, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        if not self._bars:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        metrics = painter.fontMetrics()
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _ in self._bars) + 12,
            int(self.width() * 0.45),
        )
        value_width = metrics.horizontalAdvance("00000") + 8
        bar_space = max(self.width() - label_width - value_width - 8, 10)
        counts = [v for _, v in self._bars if isinstance(v, int)]
        top = max(counts, default=0) or 1
        stub = max(bar_space * 0.04, 8)
        y = self.GAP
        for label, value in self._bars:
            row = QRectF(0, y, label_width - 8, self.BAR_HEIGHT)
            painter.setPen(text_color)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(row.width()))
            painter.drawText(row, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided)
            if isinstance(value, int):
                width = bar_space * value / top if value else 0.0
                brush = QBrush(BAR_COLOR)
            else:  # suppressed: a hatched stub, so it is never read as zero
                width = stub
                brush = QBrush(SUPPRESSED_COLOR, Qt.BrushStyle.BDiagPattern)
            if width:
                painter.setPen(SUPPRESSED_COLOR if isinstance(value, str) else Qt.PenStyle.NoPen)
                painter.setBrush(brush)
                painter.drawRect(QRectF(label_width, y + 3, width, self.BAR_HEIGHT - 6))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(label_width + width + 6, y, value_width, self.BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(value),
            )
            y += self.BAR_HEIGHT + self.GAP
        painter.end()
