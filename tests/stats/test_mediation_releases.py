"""Mediation releases in the release ledger, audited together with the earlier ones.

The tables go out through ``vpdesk stats|report --kind mediation`` (in this process, on a real
SQLCipher vault); the ledger rows are read back, and an independent attacker
(:func:`tests.stats.attacker.attack_mediation`) that reads only the released JSON checks that
no hidden count can be worked out from all of them together: the year before, the year, and
the year released again after its data changed.
"""

from __future__ import annotations

import json
import random
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.stats.attacker import attack_mediation, revision_differences
from tests.stats.mediation_dataset import EXPECTED_2025, fill_mediations
from tests.stats.releases import cli
from tests.support import PASSPHRASE
from vpdesk.domain import mediation as md
from vpdesk.domain.mediation import Evaluation, Mediation, MediationParty, MediationSession
from vpdesk.domain.models import Organisation
from vpdesk.vault import Vault


def _random_mediation(rng: random.Random, org: int, ref: str, year: int) -> Mediation:
    opened = date(year, 1, 1) + timedelta(days=rng.randrange(0, 330))
    closed = opened + timedelta(days=rng.randrange(20, 200)) if rng.random() < 0.8 else None
    return Mediation(
        ref=ref,
        organisation_id=org,
        opened=opened,
        closed=closed,
        parties=[MediationParty(f"Partij {ref}", "manager"), MediationParty("Tweede Partij", "employee")],
        relation=rng.choice(md.MEDIATION_RELATION.codes),
        referrer=rng.choice(md.REFERRER.codes),
        initiator=rng.choice(md.INITIATOR.codes),
        form=rng.choice(md.MEDIATION_FORM.codes),
        result=rng.choice(md.MEDIATION_RESULT.codes) if closed else None,
        procedure_avoided=rng.choice(md.PROCEDURE_AVOIDED.codes),
        sessions=[MediationSession(opened, "joint", 60, "")],
        evaluations=[Evaluation(i, rng.choice(md.SATISFACTION_SCORES)) for i in range(rng.randrange(0, 3))]
        if closed
        else [],
    )


@pytest.fixture
def two_organisations(vault_path: Path) -> Path:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        fill_mediations(vault)
        rng = random.Random(14)
        org = vault.organisations.add(Organisation("Waterschap Zuid"))
        for year, n in ((2024, 9), (2025, 11)):
            for i in range(n):
                vault.mediations.add(_random_mediation(rng, org, f"W-{year}-{i}", year))
    return vault_path


def _stats(path: Path, year: int, organisation: str | None, threshold: int = 3) -> dict[str, Any]:
    args = ["stats", str(path), "--year", str(year), "--kind", "mediation", "--threshold", str(threshold)]
    if organisation:
        args += ["--organisation", organisation]
    code, out, err = cli(*args)
    assert code == 0, err
    return dict(json.loads(out))


def _ledger(path: Path, years: tuple[int, ...] = (2024, 2025)) -> list[Any]:
    with Vault.open(path, PASSPHRASE, write=False) as vault:
        return vault.releases.releases(years, "mediation")


SCOPES = ("Gemeente Meetstad", "Waterschap Zuid", None)


def test_stats_records_each_released_table_once(two_organisations: Path) -> None:
    path = two_organisations
    first = _stats(path, 2025, "Gemeente Meetstad")
    rows = _ledger(path)
    assert [(r.kind, r.year, r.threshold) for r in rows] == [("mediation", 2025, 3)]
    assert rows[0].cells["totals"] == first["totals"] and rows[0].digest
    # the same table asked for again is no new release
    assert _stats(path, 2025, "Gemeente Meetstad") == first
    assert len(_ledger(path)) == 1
    everything = _stats(path, 2025, None)
    rows = _ledger(path)
    assert len(rows) == 2 and rows[1].organisation_id is None
    assert rows[1].members and everything["organisations"] == ["Gemeente Meetstad", "Waterschap Zuid"]
    # melding and mediation tables are different populations, kept apart by kind
    with Vault.open(path, PASSPHRASE, write=False) as vault:
        assert vault.releases.releases((2025,), "melding") == []
    code, _out, _err = cli("stats", str(path), "--year", "2025")
    assert code == 0
    with Vault.open(path, PASSPHRASE, write=False) as vault:
        assert {r.kind for r in vault.releases.releases((2025,), "melding")} == {"melding"}
        assert len(vault.releases.releases((2025,), "mediation")) == 2


def test_a_second_threshold_for_a_released_year_is_refused(two_organisations: Path) -> None:
    _stats(two_organisations, 2025, None, threshold=3)
    code, out, err = cli(
        "stats", str(two_organisations), "--year", "2025", "--kind", "mediation", "--threshold", "4"
    )
    assert code == 4 and out == ""
    assert "released with threshold 3" in err and "Traceback" not in err
    assert len(_ledger(two_organisations)) == 1
    # the melding figures of that year keep their own threshold
    code, _out, err = cli("stats", str(two_organisations), "--year", "2025", "--threshold", "4")
    assert code == 0, err


def test_the_report_window_path_records_the_release(two_organisations: Path, tmp_path: Path) -> None:
    """``report --kind mediation`` (what the window's Save PDF calls) writes a real PDF and
    records the table it shows."""
    out = tmp_path / "meten.pdf"
    code, _o, err = cli(
        "report", str(two_organisations), "--year", "2025", "--kind", "mediation", "--threshold", "3",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    rows = _ledger(two_organisations)
    assert [(r.year, r.organisation_id, r.threshold) for r in rows] == [(2025, None, 3)]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    started = rows[0].cells["totals"]["started"]
    assert f"Gestarte mediations {started}" in " ".join(text.split())
    # what the PDF showed is what stats prints now: the same release
    assert _stats(two_organisations, 2025, None)["totals"] == rows[0].cells["totals"]
    assert len(_ledger(two_organisations)) == 1


def test_a_revised_year_and_the_year_before_give_nothing_away(two_organisations: Path) -> None:
    path = two_organisations
    released = [_stats(path, 2024, scope) for scope in SCOPES]
    released += [_stats(path, 2025, scope) for scope in SCOPES]
    # the data of 2025 change: two more mediations, and one ends differently
    with Vault.open(path, PASSPHRASE) as vault:
        found = vault.organisations.by_name("Waterschap Zuid")
        assert found is not None and found.id is not None
        org = found.id
        rng = random.Random(99)
        for i in range(2):
            m = _random_mediation(rng, org, f"W-late-{i}", 2025)
            vault.mediations.add(m)
    revised = [_stats(path, 2025, scope) for scope in SCOPES]
    assert revised != released[3:], "the data changed, so must the tables"
    released += revised
    rows = _ledger(path)
    assert sum(r.year == 2025 for r in rows) >= 4  # the earlier editions stay in the ledger
    assert all(r.threshold == 3 for r in rows)
    result = attack_mediation(released)
    assert result.disclosures == [], result.describe()
    assert revision_differences(released) == []
    # and the product's own audit over the ledger agrees
    code, out, err = cli("audit", str(path), "--year", "2025", "--kind", "mediation", "--json")
    assert code == 0, err
    audit = json.loads(out)
    assert audit["kind"] == "mediation" and audit["safe"] is True
    assert len(audit["tables"]) == sum(r.year == 2025 for r in rows)


def test_audit_kind_mediation_output_and_exit_codes(two_organisations: Path) -> None:
    path = two_organisations
    code, out, _err = cli("audit", str(path), "--year", "2025", "--kind", "mediation")
    assert (code, out.strip()) == (0, "No mediation figures have been released for 2025; nothing to audit.")
    melding_before = cli("audit", str(path), "--year", "2025")
    for scope in SCOPES:
        _stats(path, 2025, scope)
    code, out, err = cli("audit", str(path), "--year", "2025", "--kind", "mediation")
    assert code == 0, err
    assert out.startswith("Mediation figures released for 2025 (threshold 3): 3 tables")
    assert "Safe: no hidden count can be worked out exactly" in out
    # the melding audit is untouched by mediation releases
    assert cli("audit", str(path), "--year", "2025") == melding_before
    assert cli("audit", str(path), "--year", "2025", "--kind", "melding") == melding_before
    with pytest.raises(SystemExit) as usage:
        cli("audit", str(path), "--year", "2025", "--kind", "other")
    assert usage.value.code == 2
    # a table whose hidden count can be worked out, put in the ledger by hand: not safe, exit 4
    from vpdesk.stats.mediation import count_mediation_year

    with Vault.open(path, PASSPHRASE) as vault:
        found = vault.organisations.by_name("Gemeente Meetstad")
        assert found is not None
        org = found.id
        row = next(r for r in vault.releases.releases((2025,), "mediation") if r.organisation_id == org)
        truth = count_mediation_year(vault.mediations.facts(org), 2025).breakdowns["relation"]
        cells = json.loads(json.dumps(row.cells))
        hidden = max(truth, key=lambda c: truth[c])
        cells["relation"] = {c: "x" if c == hidden else n for c, n in truth.items()}
        vault.db.execute(
            "UPDATE releases SET cells = ? WHERE id = ?", (json.dumps(cells, ensure_ascii=False), row.id)
        )
    code, out, err = cli("audit", str(path), "--year", "2025", "--kind", "mediation", "--json")
    assert code == 4, err
    data = json.loads(out)
    assert data["safe"] is False
    assert data["tables"][0]["organisation"] == "Gemeente Meetstad"
    assert data["tables"][0]["hidden"][f"relation.{hidden}"] == [truth[hidden]] * 2
    code, out, _err = cli("audit", str(path), "--year", "2025", "--kind", "mediation")
    assert (
        code == 4
        and f"NOT SAFE: a reader can work out exactly: Gemeente Meetstad 2025 relation.{hidden}" in out
    )


def test_the_year_before_released_later_is_protected_with_the_year(two_organisations: Path) -> None:
    path = two_organisations
    released = [_stats(path, 2025, scope) for scope in SCOPES]
    released += [_stats(path, 2024, scope) for scope in SCOPES]
    result = attack_mediation(released)
    assert result.disclosures == [], result.describe()
    code, _out, err = cli("audit", str(path), "--year", "2024", "--kind", "mediation")
    assert code == 0, err


def test_the_attacker_finds_what_a_single_table_rule_gives_away(vault: Vault) -> None:
    from tests.stats.attacker import Var
    from vpdesk.stats.mediation import count_mediation_year, publish_mediation

    org = fill_mediations(vault)
    naive = publish_mediation(
        count_mediation_year(vault.mediations.facts(org), 2025), threshold=3, organisation="Gemeente Meetstad"
    ).to_dict()
    result = attack_mediation([naive])
    assert Var("Gemeente Meetstad", 2025, "totals.carried_over") in result.disclosures
    # an earlier edition shown with a count changed by fewer than K describes the change
    later = json.loads(json.dumps(naive))
    later["totals"]["started"] += 1
    assert revision_differences([naive, later]) == ["Gemeente Meetstad 2025 totals.started: 8 then 9"]


def test_a_vault_that_cannot_record_prints_only_what_was_released(two_organisations: Path) -> None:
    from vpdesk.stats import ReleaseNotRecorded
    from vpdesk.stats.mediation import release_mediation_figures

    first = _stats(two_organisations, 2025, None)
    with Vault.open(two_organisations, PASSPHRASE, write=False) as vault:
        assert not vault.writable
        again = release_mediation_figures(vault, year=2025, threshold=3)
        assert again.to_dict() == first
        with pytest.raises(ReleaseNotRecorded):
            release_mediation_figures(vault, year=2024, threshold=3)
    assert len(_ledger(two_organisations)) == 1


def test_a_session_added_later_is_shown_without_a_new_edition(two_organisations: Path) -> None:
    path = two_organisations
    first = _stats(path, 2025, "Gemeente Meetstad")
    with Vault.open(path, PASSPHRASE) as vault:
        m = vault.mediations.by_ref("M-03")
        assert m is not None
        m.sessions.append(MediationSession(date(2025, 3, 1), "joint", 90, ""))
        vault.mediations.update(m)
    second = _stats(path, 2025, "Gemeente Meetstad")
    assert second["totals"]["sessions"] == first["totals"]["sessions"] + 1
    minutes = EXPECTED_2025["contact_minutes"]
    assert first["totals"]["contact_hours"] == round(minutes / 60, 1)
    assert second["totals"]["contact_hours"] == round((minutes + 90) / 60, 1)
    # the counts of people are those released, cell for cell
    for key in ("started", "ended", "carried_over", "open_at_year_end", "evaluations"):
        assert second["totals"][key] == first["totals"][key]
    assert {k: v for k, v in second.items() if k != "totals"} == {
        k: v for k, v in first.items() if k != "totals"
    }
    rows = _ledger(path)
    assert len(rows) == 2 and rows[0].digest == rows[1].digest
    assert _stats(path, 2025, "Gemeente Meetstad") == second
    assert len(_ledger(path)) == 2


def test_a_small_organisation_among_larger_ones(two_organisations: Path) -> None:
    """An organisation shown only at K=3: its small counts (evaluations, ended) cannot be worked
    out from the all-organisations table, and the audit, at the year's own threshold, links
    that table to its organisations' instead of taking it for an edition of its own."""
    from vpdesk.stats.mediation import mediation_family

    with Vault.open(two_organisations, PASSPHRASE) as vault:
        small = vault.organisations.add(Organisation("Dorpshuis Drie"))  # 3 mediations: shown at K=3 only
        rng = random.Random(3)
        for i in range(3):
            vault.mediations.add(_random_mediation(rng, small, f"D-{i}", 2025))
    released = [_stats(two_organisations, 2025, scope, threshold=3) for scope in (*SCOPES, "Dorpshuis Drie")]
    # its few evaluations are not the difference of the total and the others'
    assert released[-1]["totals"]["evaluations"] == "<3"
    result = attack_mediation(released)
    assert result.disclosures == [], result.describe()
    with Vault.open(two_organisations, PASSPHRASE, write=False) as vault:
        family = mediation_family(vault, 2025, 5, new=False)
    assert {key for key in family.released if key[0] == 2025} == {
        (2025, org, 0) for org in (1, 2, small, None)
    }
    assert family.members[2025] == (1, 2, small)


@pytest.mark.parametrize("seed", [0, 4])
def test_random_years_released_and_revised_give_nothing_away(vault: Vault, seed: int) -> None:
    """Seeded data sets (one to three organisations, thresholds 3 to 5): every table of the year
    before and the year, then the year again after it changed; none refused, none giving away."""
    from vpdesk.stats.mediation import release_mediation_figures

    rng = random.Random(seed)
    orgs = []
    for o in range(rng.randrange(1, 4)):
        org = vault.organisations.add(Organisation(f"Organisatie {o}"))
        orgs.append(org)
        for year in (2024, 2025):
            for i in range(rng.randrange(0, 12)):
                vault.mediations.add(_random_mediation(rng, org, f"{o}-{year}-{i}", year))
    k = rng.choice((3, 4, 5))
    scopes: list[int | None] = [*orgs, None]
    released = [
        release_mediation_figures(vault, year=year, organisation_id=scope, threshold=k).to_dict()
        for year in (2024, 2025)
        for scope in scopes
    ]
    org = rng.choice(orgs)
    for i in range(rng.randrange(1, 3)):
        vault.mediations.add(_random_mediation(rng, org, f"late-{i}", 2025))
    released += [
        release_mediation_figures(vault, year=2025, organisation_id=scope, threshold=k).to_dict()
        for scope in scopes
    ]
    result = attack_mediation(released)
    assert result.disclosures == [], result.describe()
    assert revision_differences(released) == []
