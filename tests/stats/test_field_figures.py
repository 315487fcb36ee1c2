"""The finer behaviour kinds, anonymous contact, the reporter's wish, the age group and the
durations, against a data set counted by hand."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.stats import field_dataset as fd
from tests.stats.releases import cli
from vpdesk.domain.models import Case, Organisation
from vpdesk.stats import AGE_GROUP_SETTING, DURATION_KEYS, count_year, year_figures
from vpdesk.stats.figures import durations, median
from vpdesk.vault import Vault


@pytest.fixture
def org(vault: Vault) -> int:
    return fd.build(vault)


def test_exact_counts_match_the_hand_count(vault: Vault, org: int) -> None:
    facts = vault.cases.facts(org)
    counts = count_year(facts, vault.conversations.year_totals(), {}, 2026)
    assert counts.cases_opened == 8 and counts.cases_closed == fd.CASES_CLOSED
    assert counts.breakdowns["behaviour"] == fd.BEHAVIOUR
    assert counts.breakdowns["behaviour_detail"] == fd.BEHAVIOUR_DETAIL
    assert counts.breakdowns["anonymous"] == fd.ANONYMOUS
    assert counts.breakdowns["wish"] == fd.WISH
    assert counts.breakdowns["age_group"] == fd.AGE_GROUP
    assert sum(counts.close_days.values()) == fd.CASES_CLOSED
    assert median(counts.close_days) == fd.MEDIAN_DAYS
    assert median(counts.close_conversations) == fd.MEDIAN_CONVERSATIONS
    # Shown from K closed cases on, hidden below: a median of few cases could point to one.
    assert durations(counts, 7) == {"median_days_to_close": 20, "median_conversations": 2.0}
    assert durations(counts, 8) == dict.fromkeys(DURATION_KEYS)


def test_median_of_an_even_number_lies_between_the_middle_two() -> None:
    assert median({3: 1, 8: 1}) == 5.5
    assert median({1: 3, 9: 1}) == 1
    assert median({}) is None


def _consistent(cell: object, truth: int, k: int) -> bool:
    if isinstance(cell, int):
        return cell == truth
    if cell == f"<{k}":
        return 0 < truth < k
    return cell == "x" and truth >= k


def test_stats_json_has_the_new_keys_and_every_cell_tells_the_truth(
    vault: Vault, vault_path: Path, org: int
) -> None:
    vault.close()  # ``vpdesk stats`` opens the file itself
    code, out, err = cli(
        "stats", str(vault_path), "--year", "2026", "--organisation", fd.ORG, "--threshold", "3"
    )
    assert code == 0, err
    table = json.loads(out)
    # The figures of before are all still there; the new ones come beside them.
    for key in ("totals", "behaviour", "accused_relation", "outcome", "referrals", "channel", "quarter"):
        assert key in table
    assert list(table["behaviour"]) == list(fd.BEHAVIOUR)
    assert table["durations"] == {"median_days_to_close": 20, "median_conversations": 2.0}
    assert "age_group" not in table  # off unless switched on, like gender and role
    for key, truth in (
        ("behaviour", fd.BEHAVIOUR),
        ("behaviour_detail", fd.BEHAVIOUR_DETAIL),
        ("anonymous", fd.ANONYMOUS),
        ("wish", fd.WISH),
    ):
        assert table[key] is not None, key
        assert set(table[key]) == set(truth), key
        for code_, n in truth.items():
            assert _consistent(table[key][code_], n, 3), (key, code_, table[key][code_], n)
    # At K = 3 the counts of 1 and 2 are hidden; zero stays 0.
    assert table["anonymous"] == {"anonymous": 3}
    assert table["behaviour_detail"]["integrity_abuse_of_power"] == 0
    assert table["wish"]["investigation"] == "<3"


def test_age_group_is_published_when_switched_on(vault: Vault, org: int) -> None:
    assert "age_group" not in year_figures(vault, year=2026, organisation_id=org, threshold=3).breakdowns
    vault.settings.set(AGE_GROUP_SETTING, "1")
    figures = year_figures(vault, year=2026, organisation_id=org, threshold=3)
    assert "age_group" in figures.breakdowns and "gender" not in figures.breakdowns
    cells = figures.breakdowns["age_group"].cells
    assert cells is not None and set(cells) == set(fd.AGE_GROUP)
    assert cells["under_18"] == 0 and cells["age_28_44"] in ("<3", "x")


def test_durations_are_left_out_below_k_closed_cases(vault: Vault, org: int) -> None:
    figures = year_figures(vault, year=2026, organisation_id=org, threshold=8)
    assert figures.to_dict()["durations"] == {"median_days_to_close": None, "median_conversations": None}


def test_all_organisations_take_the_median_over_every_counted_case(vault: Vault, org: int) -> None:
    other = vault.organisations.add(Organisation(fd.ORG + " Twee"))
    with vault.transaction():
        for n in range(5):
            vault.cases.add(
                Case(f"U-{n}", other, date(2026, 9, 1), behaviours=["bullying"], closed=date(2026, 9, 2))
            )
    figures = year_figures(vault, year=2026, threshold=3)
    # Days 1 (five times) and 5, 10, 14, 20, 30, 90, 91: the middle of twelve is (5 + 10) / 2.
    assert figures.durations["median_days_to_close"] == 8
    assert figures.durations["median_conversations"] == 1.0


def test_a_table_released_before_the_newer_figures_is_not_shown_as_changed(vault: Vault, org: int) -> None:
    """A ledger row as an earlier version wrote it: without the newer keys, with the digest of
    the counts it was made from then."""
    from vpdesk.stats import release_figures
    from vpdesk.stats.release import digest, organisation_counts

    with vault.transaction():
        for n in range(6):
            kind = "bullying" if n % 2 else "intimidation"
            vault.cases.add(Case(f"V-{n}", org, date(2025, 5, 1), behaviours=[kind]))
    release_figures(vault, year=2025, organisation_id=org, threshold=3)
    newer = ("behaviour_detail", "anonymous", "wish", "durations")
    (row,) = vault.db.query("SELECT id, cells FROM releases WHERE year = 2025")
    cells = {k: v for k, v in json.loads(row[1]).items() if k not in newer}
    earlier = digest(organisation_counts(vault, [2025])[2025][org], earlier=True)
    with vault.transaction():
        vault.db.execute(
            "UPDATE releases SET cells = ?, digest = ? WHERE id = ?", (json.dumps(cells), earlier, row[0])
        )
    figures = year_figures(vault, year=2026, organisation_id=org, threshold=3)
    previous = figures.to_dict()["previous_year"]
    assert previous["changed_since_release"] is False
    # Three of these and the case of November: four.
    assert previous["behaviour"]["bullying"] == 4 and "durations" not in previous
    # A change to the counts of before still shows.
    with vault.transaction():
        vault.cases.add(Case("V-9", org, date(2025, 6, 1), behaviours=["bullying"]))
    assert year_figures(vault, year=2026, organisation_id=org, threshold=3).to_dict()["previous_year"][
        "changed_since_release"
    ]
