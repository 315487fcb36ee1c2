"""Case references: the ``YYYY-NNN`` numbering the case list proposes for a new case."""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_NUMBER = 9999  # references beyond YYYY-9999 are not counted when proposing the next one


def next_reference(taken: Iterable[str], year: int) -> str:
    """The next free ``YYYY-NNN`` reference of ``year`` after the highest one in ``taken``.

    Only references written as the list writes them count: ``YYYY-`` and a number from 1 to
    9999 with at least three digits (``2026-001``, ``2026-1000``).
    """
    pattern = re.compile(rf"^{year}-(\d+)$")
    numbers = [
        int(digits)
        for ref in taken
        if (m := pattern.match(ref.strip()))
        and f"{int(digits := m.group(1)):03d}" == digits
        and 1 <= int(digits) <= MAX_NUMBER
    ]
    return f"{year}-{max(numbers, default=0) + 1:03d}"
