"""The symbols of published counts.

Primary suppression hides every count from 1 to K-1 as ``"<K"``; zero stays 0. Secondary
suppression (``"x"``, a count of K or more that would let a hidden one be worked out) is chosen
by the disclosure audit over every released table together: see :mod:`vpdesk.stats.release`
and :mod:`vpdesk.stats.audit`.
"""

from __future__ import annotations

from collections.abc import Mapping

Cell = int | str

SECONDARY = "x"
MIN_THRESHOLD = 3


def primary_symbol(threshold: int) -> str:
    """The symbol for a count from 1 to K-1, e.g. ``"<5"``."""
    return f"<{threshold}"


def is_suppressed(cell: Cell) -> bool:
    return isinstance(cell, str)


def primary(counts: Mapping[str, int], threshold: int) -> dict[str, Cell]:
    """Primary suppression: 1..K-1 becomes ``"<K"``, zero stays 0."""
    symbol = primary_symbol(threshold)
    return {code: (symbol if 0 < n < threshold else n) for code, n in counts.items()}
