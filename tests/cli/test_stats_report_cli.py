"""``vpdesk stats`` and ``vpdesk report`` end to end, in a subprocess, with the real KDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.stats import dataset
from tests.support import PASSPHRASE, run_cli
from vpdesk.domain.models import Signals
from vpdesk.vault import Vault

ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_vault(tmp_path: Path, real_kdf: None) -> Path:
    path = tmp_path / "cli.vpdesk"
    with Vault.create(path, PASSPHRASE) as vault:
        dataset.build(vault)
    return path


def _stats(path: Path, *args: str) -> dict:
    result = run_cli("stats", str(path), "--year", "2026", *args, env=ENV)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_stats_prints_exactly_the_published_figures(cli_vault: Path) -> None:
    d = _stats(cli_vault, "--organisation", dataset.ORG_A)
    # The figures added later come beside those of before, which stay exactly as they were.
    added = {key: d.pop(key) for key in ("behaviour_detail", "anonymous", "wish", "durations")}
    assert added["anonymous"] == {"anonymous": 0}
    assert set(added["behaviour_detail"].values()) == {0}
    assert set(added["wish"].values()) == {0}  # no wish recorded in this data set
    assert isinstance(added["durations"]["median_days_to_close"], int)
    assert isinstance(added["durations"]["median_conversations"], float)
    assert d == {
        "year": 2026,
        "organisation": dataset.ORG_A,
        "threshold": 5,
        "totals": {
            "cases_opened": 12,
            "cases_closed": 11,
            "carried_over": "<5",
            "open_at_year_end": "<5",
            "conversations": 13,
            "hours": 13.1,
        },
        "behaviour": {
            "bullying": 8,
            "sexual_harassment": "<5",
            "intimidation": 5,
            "aggression_violence": 0,
            "discrimination": 0,
            "integrity": 0,
            "other": 0,
        },
        "accused_relation": {
            "manager": "x",
            "colleague": "x",
            "subordinate": 0,
            "external": 0,
            "unknown": "<5",
        },
        "outcome": {
            "listening": 6,
            "informal_solution": 0,
            "mediation": 0,
            "referral": "<5",
            "formal_complaint": 0,
            "withdrawn": 0,
            "other": 0,
            "open": "<5",
        },
        "referrals": {
            "occupational_physician": 5,
            "hr": "<5",
            "manager": 0,
            "complaints_committee": 0,
            "mediator": 0,
            "police": 0,
            "social_work": 0,
            "gp_psychologist": 0,
            "legal": 0,
            "integrity_office": 0,
            "other": 0,
        },
        "channel": {"phone": 7, "email": "<5", "in_person": "<5", "video": 0, "unknown": 0},
        "quarter": {"Q1": "x", "Q2": "x", "Q3": "<5", "Q4": 0},
        "activities": {
            "information": 2,
            "management_meeting": 0,
            "training": 1,
            "intervision": 0,
            "other": 0,
        },
        "previous_year": {
            "year": 2025,
            "organisation": dataset.ORG_A,
            "threshold": 5,
            "totals": {"cases_opened": "<5"},
            "released_on": d["previous_year"]["released_on"],
            "changed_since_release": False,
        },
    }
    assert list(d)[:4] == ["year", "organisation", "threshold", "totals"]
    # Organisation names match case-insensitively, as the vault does.
    small = _stats(cli_vault, "--organisation", dataset.ORG_B.upper())
    assert small == {
        "year": 2026,
        "organisation": dataset.ORG_B,
        "threshold": 5,
        "totals": {"cases_opened": "<5"},
    }
    everything = _stats(cli_vault)
    assert everything["organisation"] is None
    # The small organisation is left out, so that it cannot be subtracted back.
    assert everything["organisations"] == [dataset.ORG_A]
    assert everything["totals"]["cases_opened"] == 12
    # The year was released with threshold 5: another threshold is refused.
    other = run_cli("stats", str(cli_vault), "--year", "2026", "--threshold", "3", env=ENV)
    assert other.returncode == 4 and "threshold 5" in other.stderr
    assert other.stdout == "" and len(other.stderr.strip().splitlines()) == 1


def test_report_writes_a_pdf_and_rejects_bad_input(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "jaarverslag.pdf"
    ok = run_cli(
        "report",
        str(cli_vault),
        "--year",
        "2026",
        "--organisation",
        dataset.ORG_A,
        "--out",
        str(out),
        "--lang",
        "en",
        env=ENV,
    )
    assert ok.returncode == 0, ok.stderr
    assert out.read_bytes().startswith(b"%PDF")

    low = tmp_path / "low.pdf"
    bad = run_cli("report", str(cli_vault), "--year", "2026", "--threshold", "2", "--out", str(low), env=ENV)
    assert bad.returncode == 2
    assert not low.exists()

    unknown = run_cli(
        "report", str(cli_vault), "--year", "2026", "--organisation", "Nergens BV", "--out", str(low), env=ENV
    )
    assert unknown.returncode == 4
    assert not low.exists()
    assert "Traceback" not in unknown.stderr
    stats_unknown = run_cli(
        "stats", str(cli_vault), "--year", "2026", "--organisation", "Nergens BV", env=ENV
    )
    assert stats_unknown.returncode == 4


def test_report_with_a_leak_is_refused_and_not_written(cli_vault: Path, tmp_path: Path) -> None:
    with Vault.open(cli_vault, PASSPHRASE) as vault:
        org = vault.organisations.by_name(dataset.ORG_A)
        assert org is not None and org.id is not None
        vault.signals.set(Signals(org.id, 2026, "Let op de situatie van Fenneke Rijnsburger."))
    out = tmp_path / "lek.pdf"
    result = run_cli(
        "report",
        str(cli_vault),
        "--year",
        "2026",
        "--organisation",
        dataset.ORG_A,
        "--out",
        str(out),
        env=ENV,
    )
    assert result.returncode != 0
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []
    assert "reporter name" in result.stderr
    assert "Rijnsburger" not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr


def test_gender_and_role_only_when_switched_on_in_the_vault(cli_vault: Path) -> None:
    from vpdesk.stats import GENDER_AND_ROLE_SETTING

    assert "gender" not in _stats(cli_vault, "--organisation", dataset.ORG_B)
    with Vault.open(cli_vault, PASSPHRASE) as vault:
        vault.settings.set(GENDER_AND_ROLE_SETTING, "1")
    # (A table already released stays as it was released: switch it on before releasing.)
    d = _stats(cli_vault, "--organisation", dataset.ORG_A)
    # woman 8, man 4: man "<5" and the next smallest, woman, "x"
    assert d["gender"] == {"man": "<5", "woman": "x", "other": 0, "unknown": 0}
    # Every reporter is an employee: the role breakdown is left out for group disclosure.
    assert "role" in d and d["role"] is None
