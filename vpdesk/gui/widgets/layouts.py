"""Rows and columns of widgets, written as one call: a row of buttons, a filter bar, a tab's page."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

# A widget or a layout; ``(item, n)`` with stretch factor n; ``None`` a stretch that takes the rest.
Item = QWidget | QLayout | tuple[QWidget | QLayout, int] | None


def _fill(box: QBoxLayout, items: tuple[Item, ...], margins: bool) -> None:
    if not margins:
        box.setContentsMargins(0, 0, 0, 0)
    for item in items:
        thing, stretch = item if isinstance(item, tuple) else (item, 0)
        if thing is None:
            box.addStretch(1)
        elif isinstance(thing, QLayout):
            box.addLayout(thing, stretch)
        else:
            box.addWidget(thing, stretch)


def hbox(*items: Item, parent: QWidget | None = None, margins: bool = True) -> QHBoxLayout:
    """A row of ``items`` from left to right, laid out on ``parent`` if given."""
    row = QHBoxLayout() if parent is None else QHBoxLayout(parent)
    _fill(row, items, margins)
    return row


def vbox(*items: Item, parent: QWidget | None = None, margins: bool = True) -> QVBoxLayout:
    """A column of ``items`` from top to bottom, laid out on ``parent`` if given."""
    column = QVBoxLayout() if parent is None else QVBoxLayout(parent)
    _fill(column, items, margins)
    return column


def wrapped_label(text: str = "", parent: QWidget | None = None, *, name: str | None = None) -> QLabel:
    """A label whose text wraps to the width (an introduction, a message); ``name``: its accessible name."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name is not None:
        label.setAccessibleName(name)
    return label
