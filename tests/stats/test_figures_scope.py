"""The year figures read only the cases that can count; the result is the same as over all."""

from __future__ import annotations

from datetime import date

from vpdesk.demo import generate_demo
from vpdesk.stats import count_year
from vpdesk.stats.release import organisation_counts
from vpdesk.vault import Vault


def test_figures_over_the_relevant_cases_equal_those_over_every_case(vault: Vault) -> None:
    generate_demo(vault, cases=300, seed=3)
    facts = vault.cases.facts()
    years = sorted({f.opened.year for f in facts})
    for year in range(years[0] - 1, years[-1] + 2):
        # The release reads only the cases that can count in the year and the one before.
        got = organisation_counts(vault, (year - 1, year))
        for org in vault.organisations.list():
            assert org.id is not None
            mine = [f for f in facts if f.organisation_id == org.id]
            for y in (year - 1, year):
                expected = count_year(
                    mine, vault.conversations.year_totals(org.id), vault.activities.year_totals(org.id), y
                )
                assert got[y][org.id] == expected, (y, org.name)


def test_facts_filters_select_cases_open_in_the_window(vault: Vault) -> None:
    generate_demo(vault, cases=120, seed=4)
    everything = vault.cases.facts()
    some = vault.cases.facts(opened_until=date(2025, 12, 31), open_on=date(2025, 1, 1))
    assert {f.id for f in some} == {
        f.id
        for f in everything
        if f.opened <= date(2025, 12, 31) and (f.closed is None or f.closed >= date(2025, 1, 1))
    }
    assert 0 < len(some) < len(everything)


def test_opened_per_organisation(vault: Vault) -> None:
    generate_demo(vault, cases=120, seed=4)
    facts = vault.cases.facts()
    year = max(f.opened.year for f in facts)
    expected: dict[int, int] = {}
    for f in facts:
        if f.opened.year == year:
            expected[f.organisation_id] = expected.get(f.organisation_id, 0) + 1
    assert vault.cases.opened_per_organisation(year) == expected
