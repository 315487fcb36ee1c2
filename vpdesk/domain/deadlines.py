"""When a follow-up step counts as overdue: the one rule the dashboard and the case list share."""

from __future__ import annotations

from datetime import date


def is_overdue(
    due: date | None, today: date, *, done: date | None = None, case_closed: date | None = None
) -> bool:
    """A step is overdue when it is not done, its due date lies before ``today`` and its case is
    still open: steps of closed cases are history, not work to do."""
    return done is None and case_closed is None and due is not None and due < today
