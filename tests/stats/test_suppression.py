"""Disclosure control: primary and secondary suppression, checked by brute force."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from vpdesk.stats.suppression import SECONDARY, feasible_ranges, primary, single_valued


def test_primary_hides_one_to_k_minus_one_and_keeps_zero() -> None:
    assert primary({"a": 0, "b": 1, "c": 4, "d": 5, "e": 12}, 5) == {
        "a": 0,
        "b": "<5",
        "c": "<5",
        "d": 5,
        "e": 12,
    }
    assert primary({"a": 2, "b": 3}, 3) == {"a": "<3", "b": 3}


def test_one_small_cell_takes_the_next_smallest_with_it() -> None:
    cells = single_valued({"a": 3, "b": 10, "c": 0, "d": 20, "e": 8}, 5)
    assert cells == {"a": "<5", "b": 10, "c": 0, "d": 20, "e": "x"}


def test_ties_are_broken_in_code_order() -> None:
    assert single_valued({"a": 7, "b": 2, "c": 7}, 5) == {"a": "x", "b": "<5", "c": 7}


def test_the_only_other_cell_is_hidden_however_large() -> None:
    assert single_valued({"a": 2, "b": 0, "c": 50}, 5) == {"a": "<5", "b": 0, "c": "x"}


def test_no_small_cell_no_suppression() -> None:
    counts = {"a": 5, "b": 0, "c": 9}
    assert single_valued(counts, 5) == counts


def test_two_small_cells_that_give_each_other_away_are_protected() -> None:
    # 1 + 1 = 2 would reveal both ones.
    assert single_valued({"a": 1, "b": 1, "c": 30, "d": 40}, 5) == {
        "a": "<5",
        "b": "<5",
        "c": "x",
        "d": 40,
    }


def test_two_small_cells_with_an_ambiguous_sum_need_nothing_more() -> None:
    assert single_valued({"a": 1, "b": 3, "c": 30}, 5) == {"a": "<5", "b": "<5", "c": 30}


def test_one_small_and_one_large_cell_follow_the_rule() -> None:
    # 1 and 5 out of 6: "<5" + "x" leaves 1+5, 2+4, 3+3, 4+2 possible.
    assert single_valued({"a": 1, "b": 5, "c": 0}, 5) == {"a": "<5", "b": "x", "c": 0}


def test_unprotectable_breakdown_is_hidden_entirely() -> None:
    # 1 and 1 out of 2: the two "<5" cells pin each other and there is nothing else to hide.
    assert single_valued({"a": 1, "b": 1, "c": 0}, 5) == {"a": "x", "b": "x", "c": "x"}


def _consistent_tables(published: Mapping[str, object], total: int, k: int) -> list[dict[str, int]]:
    """Every table a reader could believe in, by brute force (independent of feasible_ranges)."""
    all_hidden = all(v == SECONDARY for v in published.values())
    values = list(published.values())
    choices = []
    for pos, cell in enumerate(values):
        if cell == f"<{k}":
            choices.append(range(1, k))
        elif cell == SECONDARY and all_hidden:
            choices.append(range(total + 1))
        elif cell == SECONDARY:
            # An "x" was the smallest shown cell when it was hidden; ties went to earlier codes.
            ceiling = total
            for i, v in enumerate(values):
                if isinstance(v, int) and v > 0:
                    ceiling = min(ceiling, v if i > pos else v - 1)
            choices.append(range(1, ceiling + 1))
        else:
            assert isinstance(cell, int)
            choices.append(range(cell, cell + 1))
    keys = list(published)
    return [
        dict(zip(keys, combo, strict=True))
        for combo in itertools.product(*choices)
        if sum(combo) == total
    ]


cell_counts = st.lists(
    st.one_of(st.just(0), st.integers(1, 6), st.integers(0, 25)), min_size=2, max_size=5
)


@settings(max_examples=300, deadline=None)
@given(values=cell_counts, k=st.integers(3, 6))
def test_no_hidden_cell_can_be_recovered_from_the_total(values: list[int], k: int) -> None:
    counts = {f"c{i}": v for i, v in enumerate(values)}
    total = sum(values)
    if total < k:  # a small organisation shows no breakdowns at all
        return
    published = single_valued(counts, k)
    # Shown cells are exact; small non-zero counts are never shown.
    for code, cell in published.items():
        if isinstance(cell, int):
            assert cell == counts[code]
            assert cell == 0 or cell >= k
    worlds = _consistent_tables(published, total, k)
    assert counts in worlds  # the truth is among what a reader must consider
    for code, cell in published.items():
        if isinstance(cell, str):
            possible = {w[code] for w in worlds}
            assert len(possible) >= 2, (published, code)
            lo, hi = feasible_ranges(published, total, k)[code]
            assert (lo, hi) == (min(possible), max(possible))


@settings(max_examples=100, deadline=None)
@given(values=cell_counts, k=st.integers(3, 6))
def test_secondary_suppression_only_adds_x_and_keeps_primary(values: list[int], k: int) -> None:
    counts = {f"c{i}": v for i, v in enumerate(values)}
    if sum(values) < k:
        return
    published = single_valued(counts, k)
    first = primary(counts, k)
    if SECONDARY in published.values() and all(v == SECONDARY for v in published.values()):
        return  # the all-hidden fallback
    for code, cell in published.items():
        assert cell == first[code] or (cell == SECONDARY and isinstance(first[code], int))
