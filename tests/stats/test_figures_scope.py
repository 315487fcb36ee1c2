"""The year figures read only the cases that can count; the result is the same as over all."""

from __future__ import annotations

from datetime import date

from vpdesk.demo import generate_demo
from vpdesk.stats import count_year, publish, year_figures
from vpdesk.vault import Vault


def test_figures_over_the_relevant_cases_equal_those_over_every_case(vault: Vault) -> None:
    generate_demo(vault, cases=300, seed=3)
    facts = vault.cases.facts()
    conversations = vault.conversations.year_totals()
    activities = vault.activities.year_totals()
    years = sorted({f.opened.year for f in facts})
    org_ids = [None, *(o.id for o in vault.organisations.list())]
    for year in range(years[0] - 1, years[-1] + 2):
        for org_id in org_ids:
            mine = [f for f in facts if org_id is None or f.organisation_id == org_id]
            convs = conversations if org_id is None else vault.conversations.year_totals(org_id)
            acts = activities if org_id is None else vault.activities.year_totals(org_id)
            expected = publish(count_year(mine, convs, acts, year), threshold=3,
                               organisation_id=org_id, personal=True)
            got = year_figures(vault, year=year, organisation_id=org_id, threshold=3,
                               personal=True, previous=False)
            assert got.totals == expected.totals, (year, org_id)
            assert got.breakdowns == expected.breakdowns, (year, org_id)
            assert got.activities == expected.activities, (year, org_id)


def test_facts_filters_select_cases_open_in_the_window(vault: Vault) -> None:
    generate_demo(vault, cases=120, seed=4)
    everything = vault.cases.facts()
    some = vault.cases.facts(opened_until=date(2025, 12, 31), open_on=date(2025, 1, 1))
    assert {f.id for f in some} == {
        f.id for f in everything
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
