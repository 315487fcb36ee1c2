"""Primary suppression: 1 .. K-1 as "<K", zero kept."""

from __future__ import annotations

from vpdesk.stats.suppression import primary


def test_primary_hides_one_to_k_minus_one_and_keeps_zero() -> None:
    assert primary({"a": 0, "b": 1, "c": 4, "d": 5, "e": 12}, 5) == {
        "a": 0,
        "b": "<5",
        "c": "<5",
        "d": 5,
        "e": 12,
    }
    assert primary({"a": 2, "b": 3}, 3) == {"a": "<3", "b": 3}
