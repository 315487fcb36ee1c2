"""The annual figures on the hand-counted data set (see tests/stats/dataset.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.stats import dataset
from tests.stats.attacker import DEFAULT_BREAKDOWNS, attack
from vpdesk.domain.models import CaseFacts
from vpdesk.stats import StatsError, count_year, hours, publish, year_figures
from vpdesk.vault import Vault

LATER_KEYS = ("activities", "durations", "previous_year")  # after the breakdowns, in this order


@pytest.fixture
def orgs(vault: Vault) -> dict[str, int]:
    return dataset.build(vault)


def test_totals_and_breakdowns_of_one_organisation(vault: Vault, orgs: dict[str, int]) -> None:
    figures = year_figures(vault, year=2026, organisation_id=orgs[dataset.ORG_A], threshold=5)
    d = figures.to_dict()
    assert list(d) == ["year", "organisation", "threshold", "totals", *DEFAULT_BREAKDOWNS, *LATER_KEYS]
    assert d["year"] == 2026 and d["organisation"] == dataset.ORG_A and d["threshold"] == 5
    published = dataset.PUBLISHED_A_2026
    assert d["totals"] == published["totals"]
    assert list(d["totals"]) == list(published["totals"])  # in the order of the contract
    # Q1 and Q2, manager and colleague hidden together; the small channels "<5" only.
    for name in ("quarter", "accused_relation", "channel", "outcome", "behaviour", "referrals", "activities"):
        assert d[name] == published[name], name
    assert "gender" not in d and "role" not in d
    json.dumps(d)  # serialisable as is


def test_previous_year_follows_the_same_rules_and_is_in_the_json(vault: Vault, orgs: dict[str, int]) -> None:
    figures = year_figures(vault, year=2026, organisation_id=orgs[dataset.ORG_A])
    assert figures.previous is not None
    assert figures.previous.year == 2025
    assert figures.previous.small  # 3 cases opened in 2025
    assert figures.previous.totals == {"cases_opened": "<5"}
    previous = figures.to_dict()["previous_year"]
    assert previous["totals"] == {"cases_opened": "<5"}
    assert previous["changed_since_release"] is False and previous["released_on"]
    # With threshold 3 the 3 cases of 2025 are counted; the cases closed (1: P3 closed on
    # 31 December 2025) would give the others away with the year's identities, so they are
    # protected together.
    low = year_figures(vault, year=2026, organisation_id=orgs[dataset.ORG_A], threshold=3)
    assert low.previous is not None and not low.previous.small
    assert low.previous.totals["cases_closed"] == "<3"


def test_small_organisation_shows_only_cases_opened(vault: Vault, orgs: dict[str, int]) -> None:
    d = year_figures(vault, year=2026, organisation_id=orgs[dataset.ORG_B]).to_dict()
    assert d == {
        "year": 2026,
        "organisation": dataset.ORG_B,
        "threshold": 5,
        "totals": {"cases_opened": "<5"},
    }
    # With K = 3 its 3 cases make a table of their own (protected: a shown total would give the
    # others away through the identities between them).
    d3 = year_figures(vault, year=2026, organisation_id=orgs[dataset.ORG_B], threshold=3).to_dict()
    assert d3["totals"]["cases_opened"] == "x" and "behaviour" in d3
    # No year at all: zero cases is also "fewer than K".
    empty = year_figures(vault, year=2019, organisation_id=orgs[dataset.ORG_B]).to_dict()
    assert empty["totals"] == {"cases_opened": "<5"}


def test_all_organisations_have_no_name(vault: Vault, orgs: dict[str, int]) -> None:
    d = year_figures(vault, year=2026, threshold=5).to_dict()
    assert d["organisation"] is None
    # The small organisation (3 cases) is left out, so it cannot be subtracted back.
    assert d["organisations"] == [dataset.ORG_A]
    assert d["totals"]["cases_opened"] == 12
    assert d["quarter"] == {"Q1": "x", "Q2": "x", "Q3": "<5", "Q4": 0}


def test_gender_and_role_only_when_switched_on(vault: Vault, orgs: dict[str, int]) -> None:
    d = year_figures(vault, year=2026, organisation_id=orgs[dataset.ORG_A], personal=True).to_dict()
    assert d["gender"] == {"man": "<5", "woman": "x", "other": 0, "unknown": 0}
    # All 12 reporters are employees: group disclosure leaves the breakdown out.
    assert d["role"] is None


def test_bad_threshold_and_unknown_organisation(vault: Vault, orgs: dict[str, int]) -> None:
    with pytest.raises(StatsError):
        year_figures(vault, year=2026, threshold=2)
    with pytest.raises(StatsError) as info:
        year_figures(vault, year=2026, organisation_id=9999)
    assert "9999" not in str(info.value)


def _facts(i: int, opened: date, closed: date | None = None, **kw: object) -> CaseFacts:
    base: dict = {
        "id": i,
        "organisation_id": 1,
        "opened": opened,
        "closed": closed,
        "behaviours": ("other",),
        "accused_relation": "unknown",
        "channel": "unknown",
        "outcome": None,
        "reporter_gender": "unknown",
        "reporter_role": "unknown",
        "referrals": (),
    }
    base.update(kw)
    return CaseFacts(**base)


def test_year_boundaries_are_counted_exactly() -> None:
    facts = [
        _facts(1, date(2025, 12, 31)),  # carried over, open at year end
        _facts(2, date(2025, 12, 31), date(2026, 1, 1), outcome="other"),  # carried, closed
        _facts(3, date(2025, 5, 1), date(2025, 12, 31), outcome="other"),  # neither
        _facts(4, date(2026, 1, 1), date(2026, 12, 31), outcome="other"),  # opened + closed
        _facts(5, date(2026, 12, 31)),  # opened, open at year end, Q4
        _facts(6, date(2027, 1, 1)),  # not yet
    ]
    c = count_year(facts, {2026: (3, 61)}, {(2026, "unknown_kind"): (1, 29)}, 2026)
    assert (c.cases_opened, c.cases_closed, c.carried_over, c.open_at_year_end) == (2, 2, 2, 2)
    assert c.breakdowns["quarter"] == {"Q1": 1, "Q2": 0, "Q3": 0, "Q4": 1}
    assert c.breakdowns["outcome"]["open"] == 1 and c.breakdowns["outcome"]["other"] == 1
    assert c.activities["other"] == 1  # an unknown kind is counted, not lost
    assert c.minutes == 90 and hours(c.minutes) == 1.5
    published = publish(c, threshold=3)
    assert published.small and published.to_dict()["totals"] == {"cases_opened": "<3"}


def test_single_valued_breakdowns_add_up_to_cases_opened() -> None:
    facts = [
        _facts(
            i,
            date(2026, 1 + i % 12, 1),
            accused_relation="" if i % 3 else "manager",
            channel="fax" if i % 2 else "phone",
        )
        for i in range(40)
    ]
    c = count_year(facts, {}, {}, 2026)
    for key in ("accused_relation", "outcome", "channel", "quarter", "gender", "role"):
        assert sum(c.breakdowns[key].values()) == 40, key
    assert c.breakdowns["channel"]["unknown"] == 20


def test_hours_round_half_up() -> None:
    assert hours(3) == 0.1  # 0.05
    assert hours(783) == 13.1  # 13.05
    assert hours(0) == 0.0
    assert hours(90) == 1.5


_codes = {
    "accused_relation": ("manager", "colleague", "subordinate", "external", "unknown", ""),
    "channel": ("phone", "email", "in_person", "video", "unknown"),
    "outcome": ("listening", "mediation", "referral", "withdrawn", None),
}


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    cases=st.lists(
        st.tuples(
            st.integers(1, 12),
            st.sampled_from(_codes["accused_relation"]),
            st.sampled_from(_codes["channel"]),
            st.sampled_from(_codes["outcome"]),
        ),
        min_size=0,
        max_size=30,
    ),
    k=st.integers(3, 6),
)
def test_published_breakdowns_never_give_a_hidden_cell_away(cases: list, k: int) -> None:
    facts = [
        _facts(
            i,
            date(2026, month, 1),
            date(2026, 12, 1) if outcome else None,
            accused_relation=rel,
            channel=channel,
            outcome=outcome,
        )
        for i, (month, rel, channel, outcome) in enumerate(cases)
    ]
    counts = count_year(facts, {}, {}, 2026)
    published = publish(counts, threshold=k, organisation="Gemeente", organisation_id=1, personal=True)
    if len(cases) < k:
        assert published.to_dict()["totals"] == {"cases_opened": f"<{k}"}
        return
    for key, breakdown in published.breakdowns.items():
        exact = counts.breakdowns[key]
        if breakdown.cells is None:
            continue  # left out
        for code, cell in breakdown.cells.items():
            if isinstance(cell, int):
                assert cell == exact[code] and (cell == 0 or cell >= k)
            elif cell == "x":
                assert exact[code] >= k
            else:
                assert 0 < exact[code] < k
        if breakdown.single:
            assert sum(exact.values()) == len(cases)
    # The tests' own reader, not the product's audit, finds nothing to pin.
    assert attack([published.to_dict()]).disclosures == []
