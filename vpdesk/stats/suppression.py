"""Disclosure control for published counts, as statistics offices do it.

Primary suppression hides every count from 1 to K-1 as ``"<K"``; zero stays 0.

Secondary suppression protects single-valued breakdowns, whose cells add up to a total that
is published exactly. The rule is the product's: when exactly one cell is primary-suppressed,
the next smallest non-zero cell is hidden too, as ``"x"``. On top of that rule, a table is
never published while a hidden cell can still be worked out exactly. A reader who knows the
published table and the rule can bound every hidden cell:

* a ``"<K"`` cell lies in ``1 .. K-1``;
* an ``"x"`` cell hides a non-zero count no larger than the smallest non-zero cell still shown
  (strictly below a shown cell that comes earlier in taxonomy order, because ties go to the
  earlier code); in the fallback where every cell is ``"x"`` the reader can only say
  ``0 .. total``;
* all cells together add up to the total.

With one linear equation and box bounds the feasible values of each hidden cell form an
integer interval, computed by :func:`feasible_ranges`. A hidden cell is *recoverable* when
that interval holds a single value. Secondary suppression hides the smallest non-zero shown
cell as ``"x"`` (ties broken in taxonomy order, so the same data always give the same table),
and repeats while any hidden cell is still recoverable. For a single ``"<K"`` cell that is
exactly the product's rule (one ``"x"``); it also covers several ``"<K"`` cells whose sum pins
them down (``1 + 1``, or ``4 + 4`` with K = 5), which the single-cell rule alone would miss.
A large cell is hidden just the same when it is the only candidate. When every non-zero cell
is hidden and a cell is still recoverable (for example 1 and 5 out of 6 with K = 5), the whole
breakdown is shown as ``"x"``.
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
    """Primary suppression only (multi-valued breakdowns): 1..K-1 becomes ``"<K"``."""
    symbol = primary_symbol(threshold)
    return {code: (symbol if 0 < n < threshold else n) for code, n in counts.items()}


def feasible_ranges(
    published: Mapping[str, Cell], total: int, threshold: int
) -> dict[str, tuple[int, int]]:
    """For every hidden cell, the smallest and largest value a reader can deduce it may have."""
    symbol = primary_symbol(threshold)
    all_hidden = all(v == SECONDARY for v in published.values())
    shown = [(i, v) for i, v in enumerate(published.values()) if isinstance(v, int) and v > 0]
    bounds: dict[str, tuple[int, int]] = {}
    shown_sum = 0
    for pos, (code, cell) in enumerate(published.items()):
        if cell == symbol:
            bounds[code] = (1, threshold - 1)
        elif cell == SECONDARY:
            if all_hidden:
                bounds[code] = (0, total)
            else:
                ceiling = min((v if i > pos else v - 1 for i, v in shown), default=total)
                bounds[code] = (1, ceiling)
        elif isinstance(cell, int):
            shown_sum += cell
        else:  # pragma: no cover - a symbol of another threshold is a programming error
            raise ValueError(f"unexpected cell {cell!r}")
    rest = total - shown_sum
    low_sum = sum(lo for lo, _ in bounds.values())
    high_sum = sum(hi for _, hi in bounds.values())
    ranges: dict[str, tuple[int, int]] = {}
    for code, (lo, hi) in bounds.items():
        others_low = low_sum - lo
        others_high = high_sum - hi
        ranges[code] = (max(lo, rest - others_high), min(hi, rest - others_low))
    return ranges


def recoverable(published: Mapping[str, Cell], total: int, threshold: int) -> list[str]:
    """Codes of hidden cells whose value a reader can work out exactly."""
    return [
        code
        for code, (lo, hi) in feasible_ranges(published, total, threshold).items()
        if lo >= hi
    ]


def single_valued(counts: Mapping[str, int], threshold: int) -> dict[str, Cell]:
    """Primary and secondary suppression for a breakdown whose cells add up to a shown total."""
    if threshold < MIN_THRESHOLD:
        raise ValueError("the threshold is never below 3")
    total = sum(counts.values())
    cells = primary(counts, threshold)
    order = {code: i for i, code in enumerate(counts)}
    while recoverable(cells, total, threshold):
        shown = [c for c, v in cells.items() if isinstance(v, int) and v > 0]
        if not shown:
            # Every non-zero cell is hidden and the sum still gives one away: hide them all.
            return dict.fromkeys(cells, SECONDARY)
        smallest = min(shown, key=lambda c: (counts[c], order[c]))
        cells[smallest] = SECONDARY
    return cells
