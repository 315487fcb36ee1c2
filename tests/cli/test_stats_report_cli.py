"""``vpdesk stats`` and ``vpdesk report`` end to end, in a subprocess, with the real KDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.stats import dataset
from tests.support import PASSPHRASE, run_cli
from vpdesk.vault import Vault

ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_vault(tmp_path: Path, real_kdf: None) -> Path:
    return dataset.cli_vault(tmp_path / "cli.vpdesk")


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
        **dataset.PUBLISHED_A_2026,
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
    ok = dataset.report_cli(cli_vault, out, "--lang", "en")
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
    dataset.leaking_signals(cli_vault)
    out = tmp_path / "lek.pdf"
    result = dataset.report_cli(cli_vault, out)
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
