"""Each known attack on the released figures, as a regression test through ``vpdesk stats``.

Every test releases tables as an adviser would (``vpdesk stats`` JSON), then hands every table
released to the tests' own attacker (tests/stats/attacker.py), which must find no hidden count
that the tables together pin to one positive value. The data go in through ``vpdesk import``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.stats.attacker import Infeasible, attack
from tests.stats.releases import (
    META_KEYS,
    CaseSpec,
    DataSet,
    check_cells_against_truth,
    import_cases,
    release,
    spread,
    stats,
    year_cases,
)
from tests.support import PASSPHRASE
from vpdesk.vault import Vault


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "attacks.vpdesk"
    Vault.create(path, PASSPHRASE).close()
    return path


def cases(
    org: str, year: int, n: int, *, prefix: str, closed: bool = True, **columns: list[Any]
) -> list[CaseSpec]:
    """``n`` cases of ``org`` opened in ``year``, spread over the year; ``columns`` give each
    case's value (lists of length n), the rest take varied defaults so that no cell is tiny."""
    return year_cases(
        *(org, year, n, prefix),
        first=date(year, 1, 3),
        span=355,
        days_open=5 if closed else None,
        minutes=40,
        channels=("email", "phone"),
        columns=columns,
    )


def assert_no_disclosure(released: Sequence[dict[str, Any]], **kwargs: Any) -> None:
    result = attack(released, **kwargs)
    assert not result.disclosures, "a reader of the released tables learns:\n" + result.describe()


def release_all(path: Path, year: int, organisations: Iterable[str]) -> list[dict[str, Any]]:
    tables = [release(path, year, org) for org in organisations]
    tables.append(release(path, year))
    return tables


def test_one_table_alone_does_not_pin_its_hidden_cells(vault_file: Path, tmp_path: Path) -> None:
    # Channel phone 1, email 5, in person 24 of 30 at K = 5: with "<5" and an "x" that a reader
    # knows is at least 5, phone + email = 6 would give phone 1 and email 5.
    org = "Gemeente Eenzijdig"
    channel = spread({"phone": 1, "email": 5, "in_person": 24})
    data = DataSet(cases(org, 2025, 30, prefix="A", channel=channel))
    import_cases(vault_file, data.cases, tmp_path / "a.csv")
    released = release_all(vault_file, 2025, [org])
    assert_no_disclosure(released)
    check_cells_against_truth(data, released)


def test_all_organisations_minus_each_one_gives_nothing_away(vault_file: Path, tmp_path: Path) -> None:
    big, middle, small = "Gemeente Groot", "Zorggroep Midden", "Stichting Klein"
    data = DataSet(
        cases(big, 2025, 15, prefix="G")
        + cases(middle, 2025, 12, prefix="M", channel=spread({"phone": 5, "email": 4, "video": 3}))
        + cases(
            small,
            2025,
            3,
            prefix="K",
            accused_relation=spread({"manager": 2, "external": 1}),
            channel=spread({"video": 3}),
            behaviours=[("discrimination",)] * 3,
        )
    )
    import_cases(vault_file, data.cases, tmp_path / "b.csv")
    released = release_all(vault_file, 2025, [big, middle, small])
    assert_no_disclosure(released)
    check_cells_against_truth(data, released)
    assert released[2] == {
        "year": 2025,
        "organisation": small,
        "threshold": 5,
        "totals": {"cases_opened": "<5"},
    }
    everyone = released[3]
    assert small not in everyone["organisations"]


def test_a_second_threshold_for_a_released_year_is_refused(vault_file: Path, tmp_path: Path) -> None:
    # phone 4, email 6 of 30: at K = 5 phone "<5" and email "x" (6..9), at K = 7 both "<7"
    # (4..6 each): together phone = 4 and email = 6.
    org = "Gemeente Tweemaal"
    channel = spread({"phone": 4, "email": 6, "in_person": 10, "video": 10})
    data = DataSet(cases(org, 2025, 30, prefix="C", channel=channel))
    import_cases(vault_file, data.cases, tmp_path / "c.csv")
    first = release(vault_file, 2025, org, threshold=5)
    code, second, err = stats(vault_file, 2025, org, threshold=7)
    released = [first] + ([second] if second is not None else [])
    assert_no_disclosure(released)
    check_cells_against_truth(data, released)
    assert code == 4, "a second threshold for a released year must be refused"
    assert second is None
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    # The threshold already released may be asked again, and gives the same table.
    again = release(vault_file, 2025, org, threshold=5)
    assert {k: v for k, v in again.items() if k != "previous_year"} == {
        k: v for k, v in first.items() if k != "previous_year"
    }


def _without(table: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in table.items() if k not in keys}


def test_previous_year_is_shown_as_released_not_recomputed(vault_file: Path, tmp_path: Path) -> None:
    org = "Gemeente Herzien"
    data = DataSet(cases(org, 2024, 10, prefix="R") + cases(org, 2025, 10, prefix="R"))
    import_cases(vault_file, data.cases, tmp_path / "d1.csv")
    r2024 = release(vault_file, 2024, org)
    # A late 2024 case, registered after the 2024 figures went out (opened and closed in 2024,
    # so the 2025 figures' carried-over count does not change).
    late = CaseSpec(
        "R-LATE",
        org,
        date(2024, 12, 15),
        closed=date(2024, 12, 22),
        behaviours=("sexual_harassment",),
        accused_relation="external",
        channel="video",
        outcome="referral",
        referrals=("police",),
        minutes=90,
    )
    import_cases(vault_file, [late], tmp_path / "d2.csv")
    r2025 = release(vault_file, 2025, org)
    released = [r2024, r2025]
    assert_no_disclosure(released)
    previous = r2025.get("previous_year")
    assert previous is not None, "the 2025 figures carry the 2024 figures as released"
    assert _without(previous, *META_KEYS, "previous_year") == _without(r2024, "previous_year")
    assert previous["changed_since_release"] is True
    assert date.fromisoformat(previous["released_on"]) <= date.today()
    check_cells_against_truth(DataSet([*data.cases, late]), [r2025 | {"previous_year": None}])


def test_next_years_carried_over_does_not_recover_a_small_first_year(
    vault_file: Path, tmp_path: Path
) -> None:
    # A first year of 4 cases, all still open on 31 December, is published "<5"; an exact
    # carried_over of 4 the next year would give it back (nothing was carried into the first year).
    org = "Stichting Begin"
    first_year = cases(org, 2024, 4, prefix="E", closed=False)
    data = DataSet(first_year + cases(org, 2025, 12, prefix="E"))
    import_cases(vault_file, data.cases, tmp_path / "e.csv")
    r2024 = release(vault_file, 2024, org)
    assert r2024["totals"] == {"cases_opened": "<5"}
    r2025 = release(vault_file, 2025, org)
    released = [r2024, r2025]
    assert_no_disclosure(released, first_year=2024)
    check_cells_against_truth(data, [r2024, r2025 | {"previous_year": None}])
    previous = r2025.get("previous_year")
    assert previous is not None, "the 2025 figures carry the 2024 figures as released"
    assert _without(previous, *META_KEYS) == _without(r2024, "previous_year")
    assert previous["changed_since_release"] is False


def test_a_breakdown_where_every_case_is_in_one_cell_is_left_out(vault_file: Path, tmp_path: Path) -> None:
    one, other = "Gemeente Eensgezind", "Zorggroep Verscheiden"
    seven = cases(
        one,
        2025,
        7,
        prefix="F",
        accused_relation=["manager"] * 7,
        channel=["phone"] * 7,
        outcome=["formal_complaint"] * 7,
        behaviours=[("bullying",)] * 4 + [("intimidation",)] * 3,
    )
    varied = cases(
        other,
        2025,
        24,
        prefix="V",
        accused_relation=spread({"manager": 8, "colleague": 8, "external": 8}),
        channel=spread({"phone": 12, "email": 12}),
        outcome=spread({"listening": 8, "formal_complaint": 8, "mediation": 8}),
    )
    data = DataSet(seven + varied)
    import_cases(vault_file, data.cases, tmp_path / "f.csv")
    released = release_all(vault_file, 2025, [one, other])
    mine = released[0]
    for key in ("accused_relation", "channel", "outcome"):
        assert mine[key] is None, f"{key}: all 7 cases in one cell must be left out"
    assert mine["behaviour"] is not None
    assert_no_disclosure(released)
    check_cells_against_truth(data, released)


def test_the_attacker_finds_what_a_naive_release_gives_away() -> None:
    """The attacker itself: on hand-made tables it pins what the issue's readers pinned."""

    def table(
        org: str | None, totals: dict[str, Any], channel: dict[str, Any], **extra: Any
    ) -> dict[str, Any]:
        from tests.stats.attacker import ACTIVITY_KINDS, BREAKDOWN_CODES, DEFAULT_BREAKDOWNS

        d: dict[str, Any] = {"year": 2025, "organisation": org, "threshold": 5, "totals": totals}
        n = totals["cases_opened"]
        for key in DEFAULT_BREAKDOWNS:
            d[key] = dict.fromkeys(BREAKDOWN_CODES[key], 0)
        d["behaviour"]["other"] = d["accused_relation"]["unknown"] = d["outcome"]["other"] = n
        d["quarter"] = {"Q1": "x", "Q2": "x", "Q3": "x", "Q4": "x"}
        d["channel"].update(channel)
        d["activities"] = dict.fromkeys(ACTIVITY_KINDS, 0)
        d.update(extra)
        return d

    totals = {
        "cases_opened": 30,
        "cases_closed": 30,
        "carried_over": 0,
        "open_at_year_end": 0,
        "conversations": 30,
        "hours": 20.0,
    }
    lone = table("A", totals, {"phone": "<5", "email": "x", "in_person": 24})
    pinned = {str(v): attack([lone]).intervals[v] for v in attack([lone]).disclosures}
    assert pinned == {"A 2025 channel.email": (5, 5), "A 2025 channel.phone": (1, 1)}
    # Subtraction: the all-organisations table minus the others gives a small one back.
    big = table("B", totals, {"phone": 10, "email": 20})
    small = {"year": 2025, "organisation": "C", "threshold": 5, "totals": {"cases_opened": "<5"}}
    t_all = dict(totals, cases_opened=33, cases_closed=33, conversations=33, hours=22.0)
    everyone = table(None, t_all, {"phone": 13, "email": 20})
    found = {str(v) for v in attack([big, small, everyone]).disclosures}
    assert {"C 2025 totals.cases_opened", "C 2025 channel.phone", "C 2025 totals.conversations"} <= found
    # The same with the small organisation left out of the sum: nothing.
    listed = dict(table(None, totals, {"phone": 10, "email": 20}), organisations=["B"])
    assert attack([big, small, listed]).disclosures == []
    # Two thresholds: phone "<5"/"x" at 5 and "<7"/"<7" at 7 pin phone 4 and email 6.
    at5 = table("A", totals, {"phone": "<5", "email": "x", "in_person": 10, "video": 10})
    at7 = dict(table("A", totals, {"phone": "<7", "email": "<7", "in_person": 10, "video": 10}), threshold=7)
    at7["quarter"] = {"Q1": "x", "Q2": "x", "Q3": "x", "Q4": "x"}
    both = {str(v): attack([at5, at7]).intervals[v] for v in attack([at5, at7]).disclosures}
    assert both["A 2025 channel.phone"] == (4, 4) and both["A 2025 channel.email"] == (6, 6)
    assert not attack([at5]).disclosures and not attack([at7]).disclosures
    # A previous year recomputed after a change is not the table released then.
    later = table(
        "A",
        dict(totals, cases_opened=31, cases_closed=31, conversations=31),
        {"phone": "<5", "email": "x", "in_person": 24},
    )
    with pytest.raises(Infeasible, match=r"differ in .*totals\.cases_opened"):
        attack(
            [
                lone,
                {**later, "year": 2027, "previous_year": {**lone, "released_on": "2025-12-01"}},
                {**later, "year": 2027, "previous_year": later},
            ]
        )
        # Across years: a first year "<5" and next year's exact carried-over count of 4.
    first = {"year": 2024, "organisation": "A", "threshold": 5, "totals": {"cases_opened": "<5"}}
    nxt = dict(
        table(
            "A", dict(totals, carried_over=4, open_at_year_end=4, cases_closed=30), {"phone": 10, "email": 20}
        ),
        year=2025,
    )
    assert "A 2024 totals.cases_opened" in {str(v) for v in attack([first, nxt], first_year=2024).disclosures}
    blurred = dict(nxt, totals=dict(nxt["totals"], carried_over="<5", open_at_year_end="<5"))
    assert not attack([first, blurred], first_year=2024).disclosures
    # Group disclosure: a left-out breakdown worked back from the all-organisations table.
    grouped = dict(
        table("A", dict(totals, cases_opened=7, cases_closed=7, conversations=7, hours=5.0), {}),
        accused_relation=None,
    )
    grouped["channel"]["unknown"] = 7
    grouped["quarter"] = {"Q1": "<5", "Q2": "<5", "Q3": "<5", "Q4": 0}
    plus = table(
        None,
        dict(totals, cases_opened=37, cases_closed=37, conversations=37, hours=25.0),
        {"phone": 10, "email": 20, "unknown": 7},
        organisations=["A", "B"],
    )
    plus["accused_relation"] = dict(big["accused_relation"], manager=7, unknown=30)
    found = {str(v) for v in attack([grouped, big, plus]).disclosures}
    assert "A 2025 accused_relation.manager" in found
    # The brute-force engine agrees on each of these.
    for tables in ([lone], [big, small, everyone], [at5, at7]):
        milp = attack(tables, cap=200).intervals
        brute = attack(tables, engine="brute", cap=200).intervals
        assert milp == brute
