"""``stats``/``report --kind mediation`` and ``purge`` reaching the copies, end to end."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.hardening.dump import canonical_dump
from tests.stats.mediation_dataset import EXPECTED_2025, PARTY_NAMES, mediation_report_cli, mediation_vault
from tests.support import PASSPHRASE, run_cli
from vpdesk.report.leaks import LeakIndex, pdf_text
from vpdesk.stats.mediation import mediation_figures
from vpdesk.vault import Vault

ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_vault(tmp_path: Path, real_kdf: None) -> Path:
    return mediation_vault(tmp_path / "med.vpdesk")


def test_stats_kind_mediation_prints_the_published_figures(cli_vault: Path) -> None:
    result = run_cli(
        "stats", str(cli_vault), "--year", "2025", "--kind", "mediation", "--threshold", "3", env=ENV
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    with Vault.open(cli_vault, PASSPHRASE, write=False) as vault:
        assert data == mediation_figures(vault, year=2025, threshold=3).to_dict()
    assert data["totals"]["started"] == EXPECTED_2025["totals"]["started"]
    melding = run_cli("stats", str(cli_vault), "--year", "2025", env=ENV)
    # no mediation counted there: the 8 mediations would be published as 8; an empty count
    # is released below the threshold
    assert json.loads(melding.stdout)["totals"]["cases_opened"] in (0, "<5")
    bad = run_cli("stats", str(cli_vault), "--year", "2025", "--kind", "other", env=ENV)
    assert bad.returncode == 2


def test_report_kind_mediation_writes_a_checked_pdf(cli_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "meten.pdf"
    result = mediation_report_cli(cli_vault, out)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Meten = weten" in text and "Gestarte mediations" in text and "Contacturen" in text
    assert "13,8" in text and "73,0" in text
    full = pdf_text(out.read_bytes())
    for secret in (*PARTY_NAMES, "M-01", "zeepkist", "example.org", "2025-"):
        assert secret.lower() not in full.lower(), secret
    with Vault.open(cli_vault, PASSPHRASE, write=False) as vault:
        assert LeakIndex.build(vault, None).scan(full) == []
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")], check=True
    )
    assert list(tmp_path.glob("page*.png"))


def test_purge_reaches_migration_copies(cli_vault: Path) -> None:
    copy = cli_vault.with_name(cli_vault.name + ".v3.bak")
    import shutil

    with Vault.open(cli_vault, PASSPHRASE) as vault:
        vault.mediations.set_retention_months(1, 12)
    shutil.copyfile(cli_vault, copy)  # as a migration leaves it beside the vault
    result = run_cli("purge", str(cli_vault), env=ENV)
    assert result.returncode == 0, result.stderr
    assert "mediations" in result.stdout and "purged 1 of vpdesk's own copies" in result.stdout
    assert "elsewhere" in result.stdout
    for path in (cli_vault, copy):
        with Vault.open(path, PASSPHRASE, write=False, migrate=False) as v:
            dump = canonical_dump(v)
            # M-01 ended on 2025-02-01: twelve months later its parties are gone, in the copy too;
            # M-04 is still running and keeps them.
            assert b"party0@example.org" not in dump and b"party3@example.org" in dump


def _configured_backups(tmp_path: Path) -> Path:
    """Automatic backups in a folder chosen in the window (not the default one)."""
    from vpdesk.gui.ui_settings import set_backup_folder
    from vpdesk.paths import default_backups_dir

    folder = tmp_path / "usb-stick" / "vpdesk-backups"
    folder.mkdir(parents=True)
    set_backup_folder(folder)
    assert folder != default_backups_dir()
    return folder


def _held_and_backed_up(cli_vault: Path, folder: Path) -> Path:
    from datetime import date

    from vpdesk.domain.models import Case
    from vpdesk.vault.autobackup import auto_backup
    from vpdesk.vault.retention import set_mediation_hold

    with Vault.open(cli_vault, PASSPHRASE) as vault:
        vault.mediations.set_retention_months(1, 12)
        vault.cases.add(
            Case(
                "2020-007",
                1,
                date(2020, 1, 6),
                ["bullying"],
                closed=date(2020, 3, 1),
                outcome="listening",
                reporter_name="Gijsbertha Ooievaarsnest",
                reporter_email="g.ooievaarsnest@example.org",
            )
        )
        held = vault.mediations.by_ref("M-02")
        assert held is not None and held.id is not None
        set_mediation_hold(vault, held.id, "bezwaarprocedure loopt nog")
        backup = auto_backup(vault, folder, today=date(2026, 1, 1))
    assert backup is not None
    return backup


def _dump_of(path: Path) -> bytes:
    with Vault.open(path, PASSPHRASE, write=False, migrate=False) as v:
        return canonical_dump(v)


def test_purge_reaches_backups_in_the_folder_chosen_in_the_window(cli_vault: Path, tmp_path: Path) -> None:
    folder = _configured_backups(tmp_path)
    backup = _held_and_backed_up(cli_vault, folder)
    assert b"party0@example.org" in _dump_of(backup) and b"Ooievaarsnest" in _dump_of(backup)
    result = run_cli("purge", str(cli_vault), env=ENV)
    assert result.returncode == 0, result.stderr
    assert "purged 1 of vpdesk's own copies" in result.stdout
    # the held mediation is listed as kept, with the count of reasons and never the reason
    assert "kept 0 cases and 1 mediations past their retention term on hold (1 different reasons)" in (
        result.stdout
    )
    assert "bezwaar" not in result.stdout + result.stderr
    for path in (cli_vault, backup):
        dump = _dump_of(path)
        assert b"Ooievaarsnest" not in dump and b"ooievaarsnest" not in dump.lower()
        # M-01 ended on 2025-02-01: its parties are gone, in the backup too; M-02 is held
        assert b"party0@example.org" not in dump and b"06" + b"00000000" not in dump
        assert b"party1@example.org" in dump


def test_purge_can_delete_the_copies_instead(cli_vault: Path, tmp_path: Path) -> None:
    folder = _configured_backups(tmp_path)
    backup = _held_and_backed_up(cli_vault, folder)
    migration_copy = cli_vault.with_name(cli_vault.name + ".v3.bak")
    migration_copy.write_bytes(backup.read_bytes())
    result = run_cli("purge", str(cli_vault), "--delete-copies", "--dry-run", env=ENV)
    assert result.returncode == 2 and backup.exists()
    result = run_cli("purge", str(cli_vault), "--delete-copies", env=ENV)
    assert result.returncode == 0, result.stderr
    assert "deleted 2 of vpdesk's own copies that held purged data" in result.stdout
    assert not backup.exists() and not migration_copy.exists()
    fresh = [p for p in folder.iterdir() if p.suffix == ".vpdesk"]
    assert len(fresh) == 1 and str(fresh[0]) in result.stdout
    dump = _dump_of(fresh[0])
    assert b"party0@example.org" not in dump and b"party1@example.org" in dump
    # run again: the fresh copy holds nothing purged and stays
    again = run_cli("purge", str(cli_vault), "--delete-copies", env=ENV)
    assert again.returncode == 0 and "deleted 0 of" in again.stdout
    assert fresh[0].exists()


def test_delete_copies_needs_the_backup_folder_first(cli_vault: Path, tmp_path: Path) -> None:
    folder = _configured_backups(tmp_path)
    _held_and_backed_up(cli_vault, folder)
    for backup in folder.iterdir():
        backup.unlink()
    folder.rmdir()  # the stick is not plugged in
    result = run_cli("purge", str(cli_vault), "--delete-copies", env=ENV)
    assert result.returncode == 2
    assert "does not exist; nothing was purged or deleted" in result.stderr
    assert b"party0@example.org" in _dump_of(cli_vault)  # nothing was purged
