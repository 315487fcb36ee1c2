"""Year figures and disclosure control; pure functions over domain objects, no Qt.

    figures = year_figures(vault, year=2026, organisation_id=None, threshold=5)
    figures.to_dict()   # the JSON of ``vpdesk stats``
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vpdesk.domain.errors import VpdeskError
from vpdesk.stats.figures import (
    BREAKDOWNS,
    OPEN,
    QUARTERS,
    TOTAL_KEYS,
    Breakdown,
    YearCounts,
    YearFigures,
    count_year,
    hours,
    publish,
)
from vpdesk.stats.suppression import MIN_THRESHOLD, SECONDARY, Cell, is_suppressed, primary_symbol

__all__ = [
    "BREAKDOWNS",
    "GENDER_AND_ROLE_SETTING",
    "MIN_THRESHOLD",
    "OPEN",
    "QUARTERS",
    "SECONDARY",
    "TOTAL_KEYS",
    "Breakdown",
    "Cell",
    "StatsError",
    "YearCounts",
    "YearFigures",
    "count_year",
    "gender_and_role_enabled",
    "hours",
    "is_suppressed",
    "primary_symbol",
    "publish",
    "year_figures",
]


class StatsError(VpdeskError):
    """The figures cannot be computed as asked (bad threshold, unknown organisation)."""


# The vault setting that switches the gender and role breakdowns on ("1") for the JSON, the
# report and the window alike.
GENDER_AND_ROLE_SETTING = "report_gender_and_role"


def gender_and_role_enabled(vault: Any) -> bool:
    """Whether the adviser has switched the gender and role breakdowns on for this vault."""
    return bool(vault.settings.get(GENDER_AND_ROLE_SETTING) == "1")


def year_figures(
    vault: Any,
    *,
    year: int,
    organisation_id: int | None = None,
    threshold: int = 5,
    personal: bool | None = None,
    previous: bool = True,
) -> YearFigures:
    """The published figures for ``year`` (one organisation or all), with the year before.

    ``personal`` adds the gender and role breakdowns; by default the vault's own setting
    decides (see :func:`gender_and_role_enabled`). The previous year's figures follow the
    same rules and are attached as ``.previous`` when the vault has data for that year; they
    are not part of the JSON.
    """
    if threshold < MIN_THRESHOLD:
        raise StatsError("the threshold is never below 3")
    if personal is None:
        personal = gender_and_role_enabled(vault)
    name: str | None = None
    if organisation_id is not None:
        org = vault.organisations.get(organisation_id)
        if org is None:
            raise StatsError("no such organisation in the vault")
        name = org.name
    # Only the cases that can count in this year or the one before: opened by the end of
    # this year and not closed before the start of the previous one (see count_year).
    facts = vault.cases.facts(
        organisation_id, opened_until=date(year, 12, 31), open_on=date(year - 1, 1, 1)
    )
    conversations = vault.conversations.year_totals(organisation_id, years=(year - 1, year))
    activities = vault.activities.year_totals(organisation_id)
    before: YearFigures | None = None
    if previous:
        counts = count_year(facts, conversations, activities, year - 1)
        if counts.has_data:
            before = publish(
                counts,
                threshold=threshold,
                organisation=name,
                organisation_id=organisation_id,
                personal=personal,
            )
    return publish(
        count_year(facts, conversations, activities, year),
        threshold=threshold,
        organisation=name,
        organisation_id=organisation_id,
        personal=personal,
        previous=before,
    )
