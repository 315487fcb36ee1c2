"""Dates in the window: one format per language."""

from __future__ import annotations

from datetime import date, datetime

from vpdesk.gui.formats import date_formatter, format_date, format_datetime


def test_dates_are_written_the_way_each_language_writes_them() -> None:
    day = date(2026, 11, 24)
    assert format_date(day, "nl") == "24-11-2026"
    assert format_date(day, "en") == "24/11/2026"
    assert format_date(None, "nl") == ""
    assert date_formatter("nl")(date(2026, 3, 2)) == "02-03-2026"
    moment = datetime(2026, 3, 2, 9, 20, 5)
    assert format_datetime(moment, lang="nl") == "02-03-2026 09:20:05"
    assert format_datetime(moment, seconds=False, lang="en") == "02/03/2026 09:20"
