"""The mediation year figures against a hand-counted data set, and their disclosure control."""

from __future__ import annotations

from tests.stats.mediation_dataset import EXPECTED_2025, fill_mediations
from vpdesk.stats.mediation import (
    BREAKDOWNS,
    LEFT_OUT_FEW,
    LEFT_OUT_GROUP,
    count_mediation_year,
    mediation_figures,
    publish_mediation,
)
from vpdesk.vault import Vault


def test_counts_match_the_hand_count(vault: Vault) -> None:
    fill_mediations(vault)
    counts = count_mediation_year(vault.mediations.facts(), 2025)
    assert counts.totals == EXPECTED_2025["totals"]
    assert counts.sessions == EXPECTED_2025["sessions"]
    assert counts.contact_minutes == EXPECTED_2025["contact_minutes"]
    assert counts.lead_times == EXPECTED_2025["lead_times"]
    for name in BREAKDOWNS:
        nonzero = {k: v for k, v in counts.breakdowns[name].items() if v}
        expected = {k: v for k, v in EXPECTED_2025[name].items() if v}
        assert nonzero == expected, name
        # single-valued: every mediation in exactly one cell
        assert sum(counts.breakdowns[name].values()) == counts.totals[BREAKDOWNS[name][1]]
    t = counts.totals
    assert t["open_at_year_end"] == t["carried_over"] + t["started"] - t["ended"]


def test_published_figures_at_threshold_3(vault: Vault) -> None:
    fill_mediations(vault)
    figures = mediation_figures(vault, year=2025, threshold=3).to_dict()
    assert figures["kind"] == "mediation" and figures["organisations"] == ["Gemeente Meetstad"]
    # carried over = open at year end + ended - started: with 3, 7 and 8 shown, "<3" would be
    # 2 exactly, so the audit hides two of them.
    assert figures["totals"] == {
        "started": 8,
        "ended": "x",
        "carried_over": "<3",
        "open_at_year_end": "x",
        "evaluations": 10,
        "sessions": 10,
        "contact_hours": 13.8,
        "median_lead_time_days": 73.0,
    }
    assert figures["form"] == {"formal": 4, "informal": 4}
    relation = figures["relation"]
    assert relation["team"] == "<3" and relation["manager_employee"] == "x" and relation["colleagues"] == "x"
    assert figures["satisfaction"]["1"] == 0 and figures["satisfaction"]["4"] == 4
    # every code present
    assert set(figures["referrer"]) == set(BREAKDOWNS["referrer"][0])


def test_threshold_5_leaves_out_small_totals(vault: Vault) -> None:
    org = fill_mediations(vault)
    figures = mediation_figures(vault, year=2025, organisation_id=org, threshold=5)
    data = figures.to_dict()
    assert data["totals"]["carried_over"] == "<5" and data["totals"]["open_at_year_end"] == "<5"
    assert data["result"] is not None and set(data["result"].values()) == {"<5", 0}
    # a year with fewer than K mediations started shows only that
    small = mediation_figures(vault, year=2024, organisation_id=org, threshold=5).to_dict()
    assert small == {
        "kind": "mediation",
        "year": 2024,
        "organisation": "Gemeente Meetstad",
        "threshold": 5,
        "totals": {"started": "<5"},
    }
    # fewer than K ended: the result breakdowns are left out, not shown with tiny cells
    counts = count_mediation_year(vault.mediations.facts(), 2025)
    few = publish_mediation(counts, threshold=8)
    assert few.breakdowns["result"] is None and few.left_out["result"] == LEFT_OUT_FEW
    assert few.totals["median_lead_time_days"] is None


def test_group_disclosure(vault: Vault) -> None:
    fill_mediations(vault)
    counts = count_mediation_year(vault.mediations.facts(), 2025)
    counts.breakdowns["form"].update({"formal": 8, "informal": 0})
    published = publish_mediation(counts, threshold=3)
    assert published.breakdowns["form"] is None and published.left_out["form"] == LEFT_OUT_GROUP
    assert published.to_dict()["form"] is None


def test_a_small_organisation_is_left_out_of_the_total(vault: Vault) -> None:
    from datetime import date

    from tests.vault.test_mediations import mediation
    from vpdesk.domain.models import Organisation

    fill_mediations(vault)
    small = vault.organisations.add(Organisation("Dorpshuis Klein"))
    for n in range(2):
        m = mediation(small, f"S-{n}", closed=date(2025, 6, 1))
        m.opened = date(2025, 5, 1)
        vault.mediations.add(m)
    alone = mediation_figures(vault, year=2025, organisation_id=small, threshold=3).to_dict()
    assert alone["totals"] == {"started": "<3"}
    total = mediation_figures(vault, year=2025, threshold=3).to_dict()
    assert total["organisations"] == ["Gemeente Meetstad"]
    assert total["totals"]["started"] == 8 and total["totals"]["evaluations"] == 10  # as without it


def test_the_audit_finds_nothing_in_the_released_tables(vault: Vault) -> None:
    """Every table of the year, per organisation and for all, audited together by the
    reader's integer program: no hidden count can be worked out exactly."""
    from vpdesk.stats.audit import audit
    from vpdesk.stats.mediation import FAMILIES, _audit_tables, _specs, protect_year

    org = fill_mediations(vault)
    for threshold in (3, 5):
        family = protect_year(vault, 2025, threshold)
        published = {(2025, scope): fig for scope, fig in family.items()}
        members: dict[int, tuple[int, ...]] = {2025: (org,)}
        for name in FAMILIES:
            result = audit(_audit_tables(name, published, members), _specs())
            assert result.safe, (threshold, name, result.disclosures)
        # what a single-table rule alone would have published gives the identity away
        naive = publish_mediation(count_mediation_year(vault.mediations.facts(), 2025), threshold=3)
        assert (naive.totals["ended"], naive.totals["open_at_year_end"]) == (7, 3)
        assert isinstance(naive.totals["carried_over"], str)
        assert family[None].to_dict()["totals"]["started"] == 8
    # the same figures whichever table is asked for first
    assert (
        mediation_figures(vault, year=2025, organisation_id=org, threshold=3).to_dict()["totals"]
        == mediation_figures(vault, year=2025, threshold=3).to_dict()["totals"]
    )
