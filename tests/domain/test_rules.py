"""Rules kept once in the domain: folding text, when a step is overdue, what an activity needs."""

from __future__ import annotations

from datetime import date

from vpdesk.domain.deadlines import is_overdue
from vpdesk.domain.models import Activity
from vpdesk.domain.text import fold
from vpdesk.domain.validation import validate_activity

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


def test_an_activity_needs_an_organisation() -> None:
    problems = validate_activity(Activity(organisation_id=0, date=TODAY, kind="information"))
    assert problems["organisation"].message("nl") == "Kies een organisatie."
    assert problems["organisation"].message("en") == "Choose an organisation."
    assert "organisation" not in validate_activity(
        Activity(organisation_id=3, date=TODAY, kind="information")
    )
