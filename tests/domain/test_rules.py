"""Rules kept once in the domain: folding text for comparison, and when a step is overdue."""

from __future__ import annotations

from datetime import date

from vpdesk.domain.deadlines import is_overdue
from vpdesk.domain.text import fold

TODAY = date(2026, 6, 15)


def test_fold_trims_collapses_and_drops_case_and_accents() -> None:
    assert fold("  Zoë   de  Vries ") == "zoe de vries"
    assert fold("STRASSE") == fold("straße")
    assert fold("Zoë BV", keep_accents=True) == "zoë bv"
    assert fold("Zoë BV", keep_accents=True) != fold("Zoe BV", keep_accents=True)


def test_a_step_is_overdue_only_when_open_due_before_today_and_its_case_open() -> None:
    assert is_overdue(date(2026, 6, 14), TODAY)
    assert not is_overdue(TODAY, TODAY)
    assert not is_overdue(None, TODAY)
    assert not is_overdue(date(2026, 6, 1), TODAY, done=date(2026, 6, 2))
    assert not is_overdue(date(2026, 6, 1), TODAY, case_closed=date(2026, 6, 10))
