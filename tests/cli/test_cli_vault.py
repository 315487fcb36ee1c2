"""The command line as a user's script sees it: init, check, backup, passwd, exit codes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, run_cli
from tests.vault.sample import fill
from vpdesk.vault import Vault

ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}


def _no_traceback(result: object) -> None:
    assert "Traceback" not in result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in result.stdout  # type: ignore[attr-defined]


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    path = tmp_path / "cli.vpdesk"
    result = run_cli("init", str(path), env=ENV)
    assert result.returncode == 0, result.stderr
    return path


def test_init_creates_a_vault_that_opens(cli_vault: Path, real_kdf: None) -> None:
    with Vault.open(cli_vault, PASSPHRASE) as v:
        assert v.cases.count() == 0
        assert v.schema_version >= 2


def test_init_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "exists.vpdesk"
    target.write_text("keep me")
    result = run_cli("init", str(target), env=ENV)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "already exists" in result.stderr
    assert target.read_text() == "keep me"


def test_passphrase_sources(cli_vault: Path, tmp_path: Path) -> None:
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text(PASSPHRASE + "\n")
    assert run_cli("check", str(cli_vault), "--passphrase-file", str(pw_file)).returncode == 0
    assert run_cli("--passphrase-file", str(pw_file), "check", str(cli_vault)).returncode == 0
    assert run_cli("check", str(cli_vault), "--passphrase-file", "-", input=PASSPHRASE + "\n").returncode == 0
    # the environment wins over the file
    pw_file.write_text("wrong\n")
    assert run_cli("check", str(cli_vault), "--passphrase-file", str(pw_file), env=ENV).returncode == 0
    none = run_cli("check", str(cli_vault))
    assert none.returncode == 2 and "VPDESK_PASSPHRASE" in none.stderr
    _no_traceback(none)


def test_wrong_passphrase_exit_3(cli_vault: Path) -> None:
    result = run_cli("check", str(cli_vault), env={"VPDESK_PASSPHRASE": "nope"})
    assert result.returncode == 3
    assert result.stderr.startswith("vpdesk: error: wrong passphrase")
    assert len(result.stderr.strip().splitlines()) == 1
    _no_traceback(result)


def test_report_says_in_one_line_why_the_vault_did_not_open(cli_vault: Path, tmp_path: Path) -> None:
    """The report opens the vault on a thread of its own: its errors still come out as one line."""
    pdf = tmp_path / "jaarverslag.pdf"
    junk = tmp_path / "notes.txt"
    junk.write_text("hello " * 2000)
    cases = (
        (cli_vault, {"VPDESK_PASSPHRASE": "nope"}, "wrong passphrase", 3),
        (tmp_path / "nergens.vpdesk", ENV, "no vault", 1),
        (junk, ENV, "not a vpdesk vault", 3),
    )
    for vault, env, says, code in cases:
        result = run_cli("report", str(vault), "--year", "2026", "--out", str(pdf), env=env)
        assert result.returncode == code, result.stderr
        assert says in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
        _no_traceback(result)
        assert not pdf.exists()
    assert run_cli("report", str(cli_vault), "--year", "2026", "--out", str(pdf), env=ENV).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_not_a_vault_exit_3(tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("hello " * 2000)
    result = run_cli("check", str(junk), env=ENV)
    assert result.returncode == 3
    _no_traceback(result)


def test_usage_errors_exit_2(cli_vault: Path) -> None:
    assert run_cli("stats", str(cli_vault), env=ENV).returncode == 2  # --year missing
    assert run_cli("stats", str(cli_vault), "--year", "2026", "--threshold", "2", env=ENV).returncode == 2
    assert run_cli("backup", env=ENV).returncode == 2
    assert run_cli("--version").stdout.startswith("vpdesk ")


def test_check_ok_and_damaged(cli_vault: Path, real_kdf: None) -> None:
    with Vault.open(cli_vault, PASSPHRASE) as v:
        fill(v)
        for i in range(200):
            v.settings.set(f"k{i}", "v" * 400)
    ok = run_cli("check", str(cli_vault), env=ENV)
    assert ok.returncode == 0 and ok.stdout.startswith("ok:")
    data = bytearray(cli_vault.read_bytes())
    data[4096 * 7 + 50 : 4096 * 7 + 80] = os.urandom(30)
    cli_vault.write_bytes(bytes(data))
    bad = run_cli("check", str(cli_vault), env=ENV)
    assert bad.returncode == 1
    assert "damaged" in bad.stderr and "page 8" in bad.stderr
    _no_traceback(bad)


def test_backup_and_restore_by_opening(cli_vault: Path, tmp_path: Path, real_kdf: None) -> None:
    with Vault.open(cli_vault, PASSPHRASE) as v:
        fill(v)
    dest = tmp_path / "backup.vpdesk"
    result = run_cli("backup", str(cli_vault), str(dest), env=ENV)
    assert result.returncode == 0, result.stderr
    assert "verified" in result.stdout
    with Vault.open(dest, PASSPHRASE, write=False) as copy:
        assert copy.cases.count() == 1
    # a backup into a missing folder fails cleanly and leaves nothing
    missing = run_cli("backup", str(cli_vault), str(tmp_path / "nope" / "b.vpdesk"), env=ENV)
    assert missing.returncode == 1 and not (tmp_path / "nope").exists()
    _no_traceback(missing)


def test_passwd(cli_vault: Path) -> None:
    result = run_cli("passwd", str(cli_vault), env={**ENV, "VPDESK_NEW_PASSPHRASE": "nieuw en lang genoeg"})
    assert result.returncode == 0, result.stderr
    assert run_cli("check", str(cli_vault), env=ENV).returncode == 3
    assert run_cli("check", str(cli_vault), env={"VPDESK_PASSPHRASE": "nieuw en lang genoeg"}).returncode == 0
    no_new = run_cli("passwd", str(cli_vault), env={"VPDESK_PASSPHRASE": "nieuw en lang genoeg"})
    assert no_new.returncode == 2
    _no_traceback(no_new)


def test_second_writer_refused(cli_vault: Path, real_kdf: None) -> None:
    with Vault.open(cli_vault, PASSPHRASE):
        result = run_cli("passwd", str(cli_vault), env={**ENV, "VPDESK_NEW_PASSPHRASE": "x" * 12})
        assert result.returncode == 1
        assert "already open" in result.stderr
        # reading is fine meanwhile
        assert run_cli("check", str(cli_vault), env=ENV).returncode == 0


def test_purge_dry_run(cli_vault: Path, real_kdf: None) -> None:
    with Vault.open(cli_vault, PASSPHRASE) as v:
        fill(v)  # closed 2026-05-06 with 12 months' retention
    result = run_cli("purge", str(cli_vault), "--dry-run", env=ENV)
    assert result.returncode == 0
    assert "dry run" in result.stdout
