"""Subtracting one adviser's report from a combined report, as a regression test.

Two advisers each release their own tables (``vpdesk stats``) and hand over an aggregate file;
the combined report (``vpdesk combine --json``) sums them. The tests' own attacker
(tests/stats/attacker.py) holds every table released — each adviser's, under a scope of its
own, and the combined one, which it knows to be their sum — and must find no hidden count of
any of them that the tables together pin to one positive value.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.stats.attacker import attack
from tests.stats.combining import aggregate, cases, combined_json
from tests.stats.releases import CaseSpec, import_cases, release, spread
from tests.support import PASSPHRASE
from vpdesk.vault import Vault

ORG = "Gemeente Samen"
OTHER = "Stichting Anders"


def _as_adviser(table: dict[str, Any], adviser: str) -> dict[str, Any]:
    """A table of one adviser with the scopes renamed, so two advisers' tables stay apart; an
    all-organisations table becomes the scope ``"A:*"``, a sum the attacker is told of."""
    out = dict(table)
    out["organisation"] = f"{adviser}:{out['organisation'] or '*'}"
    if "organisations" in out:
        out["organisations"] = [f"{adviser}:{o}" for o in out["organisations"]]
    prev = out.get("previous_year")
    if isinstance(prev, dict):
        out["previous_year"] = _as_adviser({"organisation": table["organisation"], **prev}, adviser)
    return out


def _vault(tmp_path: Path, name: str, data: list[CaseSpec]) -> Path:
    path = tmp_path / f"{name}.vpdesk"
    Vault.create(path, PASSPHRASE).close()
    import_cases(path, data, tmp_path / f"{name}.csv")
    return path


def _released(vault: Path, adviser: str, year: int, organisations: list[str | None]) -> list[dict[str, Any]]:
    return [_as_adviser(release(vault, year, org), adviser) for org in organisations]


def _combined(tmp_path: Path, vaults: dict[str, Path], year: int = 2025) -> dict[str, Any]:
    files = []
    for name, vault in vaults.items():
        files.append(tmp_path / f"{name}-{year}.vpagg")
        aggregate(vault, files[-1], ORG, year)
    return combined_json(*files)


def _disclosures(released: list[dict[str, Any]], advisers: list[str]) -> list[str]:
    sums: dict[str | tuple[str, int], list[str]] = {ORG: [f"{a}:{ORG}" for a in advisers]}
    for t in released:
        for table in (t, t.get("previous_year")):
            if isinstance(table, dict) and str(table["organisation"]).endswith(":*"):
                sums[(table["organisation"], table["year"])] = table["organisations"]
    result = attack(released, sums=sums)
    return [f"{v}: {result.intervals[v][0]} ({result.program.hidden[v]})" for v in result.disclosures]


def test_subtracting_one_advisers_report_gives_nothing_away(tmp_path: Path) -> None:
    # A: phone 2 ("<5") of 12; B: phone 6 and video 5, both shown. A combined phone of 8 would
    # give A's 2 away.
    a = _vault(
        tmp_path,
        "a",
        cases(ORG, 2025, 12, "A", channel=spread({"phone": 2, "email": 5, "in_person": 5}))
        + cases(ORG, 2024, 6, "P"),
    )
    b = _vault(tmp_path, "b", cases(ORG, 2025, 11, "B", channel=spread({"phone": 6, "video": 5})))
    own = _released(a, "A", 2025, [ORG]) + _released(b, "B", 2025, [ORG])
    combined = _combined(tmp_path, {"A": a, "B": b})
    released = [*own, combined]
    assert not _disclosures(released, ["A", "B"])
    # Both advisers' own tables are the ones the aggregate files were audited against.
    assert own == _released(a, "A", 2025, [ORG]) + _released(b, "B", 2025, [ORG])
    # The attacker does find the subtraction when the combined table shows what it hides.
    assert combined["channel"]["phone"] == "x"
    unprotected = {**combined, "channel": {"phone": 8, "email": 5, "in_person": 5, "video": 5, "unknown": 0}}
    found = _disclosures([*own, unprotected], ["A", "B"])
    assert any("A:Gemeente Samen 2025 channel.phone: 2" in line for line in found), found


def test_an_advisers_other_organisations_and_all_organisations_table(tmp_path: Path) -> None:
    # A also serves another organisation and released its table and the all-organisations
    # table: the reader can take A's organisation out of A's total as well.
    a = _vault(
        tmp_path,
        "a",
        cases(ORG, 2025, 9, "A", channel=spread({"phone": 3, "email": 6}))
        + cases(OTHER, 2025, 8, "S", channel=spread({"phone": 5, "email": 3})),
    )
    b = _vault(tmp_path, "b", cases(ORG, 2025, 7, "B", channel=spread({"phone": 7})))
    own = _released(a, "A", 2025, [ORG, OTHER, None]) + _released(b, "B", 2025, [ORG, None])
    combined = _combined(tmp_path, {"A": a, "B": b})
    assert combined["totals"]["cases_opened"] == 16
    assert not _disclosures([*own, combined], ["A", "B"])


@pytest.mark.parametrize("seed", range(1, 7))
def test_random_advisers(tmp_path: Path, seed: int) -> None:
    """Three advisers with random small case loads over two years: no subtraction pins a count."""
    rng = random.Random(seed)
    channels = ("phone", "email", "in_person", "video")
    vaults: dict[str, Path] = {}
    own: list[dict[str, Any]] = []
    for adviser in ("A", "B", "C"):
        data: list[CaseSpec] = []
        for year in (2024, 2025):
            n = rng.randint(3, 14)
            data += cases(
                ORG,
                year,
                n,
                f"{adviser}{year}",
                channel=[rng.choice(channels) for _ in range(n)],
                accused_relation=[rng.choice(("manager", "colleague", "external")) for _ in range(n)],
            )
        vaults[adviser] = _vault(tmp_path, adviser.lower(), data)
        if rng.random() < 0.7:  # some advisers released their report before aggregating
            own += _released(vaults[adviser], adviser, 2025, [ORG])
    combined = _combined(tmp_path, vaults)
    for adviser, vault in vaults.items():
        own += _released(vault, adviser, 2025, [ORG])  # released by now, as aggregated
    assert not _disclosures([*own, combined], list(vaults))


@pytest.mark.parametrize("seed", range(1, 5))
def test_random_advisers_with_other_organisations(tmp_path: Path, seed: int) -> None:
    """Advisers who also serve other organisations, with cases carried over between years, who
    released some of their tables (their organisation's, another's, all organisations') before
    aggregating: every table released before the combined report, and the combined report."""
    rng = random.Random(1000 + seed)
    vaults: dict[str, Path] = {}
    own: list[dict[str, Any]] = []
    for adviser in ("A", "B"):
        data: list[CaseSpec] = []
        others = [f"Stichting {adviser}{i}" for i in range(rng.randint(0, 2))]
        for org in (ORG, *others):
            for year in (2024, 2025):
                n = rng.randint(1, 12)
                made = cases(
                    org,
                    year,
                    n,
                    f"{adviser}{org[-2:]}{year}",
                    channel=[rng.choice(("phone", "email", "in_person")) for _ in range(n)],
                    outcome=[rng.choice(("listening", "mediation", "referral")) for _ in range(n)],
                )
                # Some stay open past the year's end: carried over into the next.
                data += [c if rng.random() < 0.8 else replace(c, closed=None, outcome=None) for c in made]
        vaults[adviser] = _vault(tmp_path, adviser.lower(), data)
        tables: list[tuple[int, str | None]] = [(2024, ORG), (2025, ORG), *((2025, o) for o in others)]
        for year, scope in [*tables, (2025, None)]:
            if rng.random() < 0.5:
                own += _released(vaults[adviser], adviser, year, [scope])
    combined = _combined(tmp_path, vaults)
    for adviser, vault in vaults.items():
        own += _released(vault, adviser, 2025, [ORG])
    assert not _disclosures([*own, combined], list(vaults))


def test_a_small_advisers_figures_do_not_come_back_by_subtraction(tmp_path: Path) -> None:
    # A's own report shows only "cases opened: <5"; B's shows everything. The combined table
    # sums both: its breakdowns are protected against A's hidden ones, and its conversations,
    # hours and activities (not protected in an own report) are hidden for the year.
    a = _vault(tmp_path, "a", cases(ORG, 2025, 3, "A", channel=spread({"phone": 3})))
    b = _vault(tmp_path, "b", cases(ORG, 2025, 10, "B", channel=spread({"phone": 5, "email": 5})))
    own = _released(a, "A", 2025, [ORG]) + _released(b, "B", 2025, [ORG])
    assert own[0]["totals"] == {"cases_opened": "<5"}
    combined = _combined(tmp_path, {"A": a, "B": b})
    # 13 - 10 and 8 - 5 would give A's 3: hidden.
    assert combined["totals"]["cases_opened"] == "x"
    assert combined["channel"]["phone"] == "x"
    assert combined["totals"]["conversations"] == "x" and combined["totals"]["hours"] == "x"
    assert not _disclosures([*own, combined], ["A", "B"])
