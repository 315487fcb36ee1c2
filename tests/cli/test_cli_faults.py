"""The command line when things go wrong: one line saying what to do, the right exit code, nothing lost."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, run_cli
from tests.vault.disks import fill_disk, remount, small_disk
from tests.vault.sample import fill, filled_file, past_term_vault
from vpdesk.domain.models import Step
from vpdesk.vault import Vault, connection

ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "(SQLITE_" not in lines[0] and "Error)" not in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    path = tmp_path / "kantoor.vpdesk"
    assert run_cli("init", str(path), env=ENV).returncode == 0
    return path


# -- files that are not (yet) vaults -----------------------------------------------------------------


@pytest.mark.parametrize("command", [["check"], ["stats", "--year", "2026"], ["import", "FILE"], ["passwd"]])
def test_an_empty_file_is_not_a_vault_and_is_left_untouched(tmp_path: Path, command: list[str]) -> None:
    empty = tmp_path / "kapot.vpdesk"
    empty.touch()
    sheet = tmp_path / "in.csv"
    sheet.write_text("case_ref;organisation;opened;behaviours\nA-1;Gemeente;2026-01-02;bullying\n")
    args = [str(sheet) if a == "FILE" else a for a in command]
    result = run_cli(command[0], str(empty), *args[1:], env={**ENV, "VPDESK_NEW_PASSPHRASE": "nieuw geheim"})
    assert result.returncode == 3
    assert "not a vault (empty file)" in _one_line(result)
    assert empty.stat().st_size == 0


def test_a_killed_demo_leaves_nothing_at_the_path(tmp_path: Path, real_kdf: None) -> None:
    target = tmp_path / "demo.vpdesk"
    proc = subprocess.Popen(
        [sys.executable, "-m", "vpdesk", "demo", str(target), "--cases", "5000"],
        env={**{k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")}, **ENV},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not any(p.name.endswith(".part") for p in tmp_path.iterdir()):
            assert proc.poll() is None, "demo ended before it was interrupted"
            assert time.monotonic() < deadline
            time.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    # Killed while filling (the demo takes seconds): nothing at the path. Only a kill in the
    # microseconds between the rename and the end could leave a file, and then a whole one.
    if target.exists():
        with Vault.open(target, PASSPHRASE, write=False) as v:
            assert v.cases.count() == 5000
        target.unlink()
    assert run_cli("init", str(target), env=ENV).returncode == 0
    # What the killed demo left beside the path is gone once the vault is there.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.vpdesk"]


def test_a_foreign_sqlcipher_database_is_not_a_vault(tmp_path: Path, real_kdf: None) -> None:
    other = tmp_path / "ander.db"
    conn = connection.raw_connect(other, PASSPHRASE)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('iets anders')")
    conn.close()
    before = other.read_bytes()
    result = run_cli("check", str(other), env=ENV)
    assert result.returncode == 3
    assert "not a vpdesk vault" in _one_line(result)
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ander.db"]


def _damage_page(path: Path, page: int) -> None:
    """Flip one byte inside page ``page`` (counted from 1) of the file."""
    data = bytearray(path.read_bytes())
    data[(page - 1) * connection.PAGE_SIZE + 900] ^= 0x5A
    path.write_bytes(bytes(data))


def _figure_commands(path: Path, pdf: Path) -> tuple[list[str], ...]:
    return (
        ["stats", str(path), "--year", "2026"],
        ["report", str(path), "--year", "2026", "--out", str(pdf)],
        ["audit", str(path), "--year", "2026"],
    )


def test_damage_in_a_page_the_figures_read_stops_every_command(tmp_path: Path, real_kdf: None) -> None:
    path = tmp_path / "kantoor.vpdesk"
    filled_file(path, 60)
    with Vault.open(path, PASSPHRASE, write=False) as v:
        (root,) = v.db.query_one("SELECT rootpage FROM sqlite_master WHERE name = 'cases'")
    _damage_page(path, root)  # the one page of the cases table
    sheet = tmp_path / "in.csv"
    sheet.write_text("case_ref;organisation;opened;behaviours\nA-1;Gemeente;2026-01-02;bullying\n")
    pdf = tmp_path / "jaarverslag.pdf"
    for args in (*_figure_commands(path, pdf), ["import", str(path), str(sheet)]):
        result = run_cli(*args, env=ENV)
        assert result.returncode == 1, (args, result.stderr)
        assert "damaged" in _one_line(result) and "backup" in result.stderr
        assert result.stdout == "", args
    assert not pdf.exists()
    with Vault.open(path, PASSPHRASE, verify=False) as v:
        assert v.releases.releases((2025, 2026, 2027), "melding") == []  # nothing recorded


def test_damage_in_a_page_nothing_reads_is_found_before_any_change(tmp_path: Path, real_kdf: None) -> None:
    """The figures come out whole (they read none of it); what changes the vault or copies it
    checks every page first, and so does `check`."""
    path = tmp_path / "kantoor.vpdesk"
    with Vault.create(path, PASSPHRASE) as v:
        case_id = fill(v)
    before = path.stat().st_size // connection.PAGE_SIZE
    with Vault.open(path, PASSPHRASE) as v:  # a step of 64 KiB: the figures read no step
        v.steps.add(Step(case_id, os.urandom(32 * 1024).hex()))
    after = path.stat().st_size // connection.PAGE_SIZE
    assert after - before >= 15
    _damage_page(path, (before + after) // 2)
    pdf = tmp_path / "jaarverslag.pdf"
    stats, report, audit = _figure_commands(path, pdf)
    result = run_cli(*stats, env=ENV)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["totals"]["cases_opened"] == "<5"
    assert run_cli(*report, env=ENV).returncode == 0 and pdf.read_bytes().startswith(b"%PDF")
    assert run_cli(*audit, env=ENV).returncode == 0
    sheet = tmp_path / "in.csv"
    sheet.write_text("case_ref;organisation;opened;behaviours\nA-1;Gemeente;2026-01-02;bullying\n")
    for args in (
        ["import", str(path), str(sheet)],
        ["backup", str(path), str(tmp_path / "kopie.vpdesk")],
        ["check", str(path)],
    ):
        result = run_cli(*args, env=ENV)
        assert result.returncode == 1, (args, result.stderr)
        assert "damaged" in result.stderr.splitlines()[-1], (args, result.stderr)
    assert not (tmp_path / "kopie.vpdesk").exists()
    with Vault.open(path, PASSPHRASE, verify=False) as v:
        assert v.cases.count() == 1  # the import added nothing


# -- passphrases and arguments ------------------------------------------------------------------------


def test_a_passphrase_file_with_a_byte_order_mark_and_crlf(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes("\ufeffkladblok wachtwoord\r\n".encode())  # as Notepad saves it
    path = tmp_path / "kantoor.vpdesk"
    assert run_cli("--passphrase-file", str(secret), "init", str(path)).returncode == 0
    typed = run_cli("check", str(path), env={"VPDESK_PASSPHRASE": "kladblok wachtwoord"})
    assert typed.returncode == 0, typed.stderr
    piped = run_cli("check", "--passphrase-file", "-", str(path), input="\ufeffkladblok wachtwoord\n")
    assert piped.returncode == 0, piped.stderr


def test_only_one_line_ending_is_removed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"ends with a space \n")
    path = tmp_path / "kantoor.vpdesk"
    assert run_cli("--passphrase-file", str(secret), "init", str(path)).returncode == 0
    assert run_cli("check", str(path), env={"VPDESK_PASSPHRASE": "ends with a space"}).returncode == 3
    assert run_cli("check", str(path), env={"VPDESK_PASSPHRASE": "ends with a space "}).returncode == 0


@pytest.mark.parametrize("year", ["0", "-5", "10000"])
@pytest.mark.parametrize("command", ["stats", "report"])
def test_a_year_out_of_range_is_a_usage_error(
    cli_vault: Path, tmp_path: Path, year: str, command: str
) -> None:
    extra = ["--out", str(tmp_path / "r.pdf")] if command == "report" else []
    result = run_cli(command, str(cli_vault), f"--year={year}", *extra, env=ENV)
    assert result.returncode == 2, result.stderr
    assert "--year must be a year from" in result.stderr and "Traceback" not in result.stderr


def test_a_passphrase_variable_that_is_not_utf8(cli_vault: Path) -> None:
    result = run_cli("check", str(cli_vault), env={"VPDESK_PASSPHRASE": os.fsdecode(b"geheim\xe9")})
    assert result.returncode == 2
    assert "VPDESK_PASSPHRASE is not valid UTF-8" in _one_line(result)


# -- outputs never the vault's own files ---------------------------------------------------------


def test_report_out_never_overwrites_a_vault_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "jaarverslag.pdf"  # a vault whose name ends in .pdf
    assert run_cli("init", str(path), env=ENV).returncode == 0
    before = path.read_bytes()
    result = run_cli("report", str(path), "--year", "2026", "--out", str(path), env=ENV)
    assert result.returncode == 2
    assert "one of its own files" in _one_line(result)
    assert path.read_bytes() == before


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal", ".lock"])
def test_backup_refuses_the_vaults_companion_files(cli_vault: Path, suffix: str) -> None:
    result = run_cli("backup", str(cli_vault), f"{cli_vault}{suffix}", env=ENV)
    assert result.returncode == 2
    assert "one of its own files" in _one_line(result)
    assert not Path(f"{cli_vault}{suffix}").exists() or suffix == ".lock"


# -- import: encodings, long cells, dates ahead of the clock -----------------------------------


def _import(cli_vault: Path, tmp_path: Path, data: bytes) -> subprocess.CompletedProcess[str]:
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes(data)
    return run_cli("import", str(cli_vault), str(sheet), env=ENV)


def _cases(path: Path) -> int:
    with Vault.open(path, PASSPHRASE, write=False) as v:
        return v.cases.count()


def test_a_utf8_sheet_with_one_windows_1252_line_is_refused_at_that_line(
    cli_vault: Path, tmp_path: Path, real_kdf: None
) -> None:
    data = (
        b"case_ref;organisation;opened;behaviours;reporter_name\r\n"
        + "A-1;Gemeente Zoë;2026-01-02;bullying;Jörg Müller\r\n".encode()
        + "A-2;Gemeente Zoë;2026-01-03;bullying;Chloë\r\n".encode("cp1252")
    )
    result = _import(cli_vault, tmp_path, data)
    assert result.returncode == 4, result.stderr
    assert f"{tmp_path / 'sheet.csv'}:3: row: this line is not UTF-8" in result.stderr
    assert _cases(cli_vault) == 0


def test_a_whole_windows_1252_sheet_still_imports(cli_vault: Path, tmp_path: Path, real_kdf: None) -> None:
    data = "case_ref;organisation;opened;behaviours\r\nA-1;Gemeente Zoë;2026-01-02;bullying\r\n".encode(
        "cp1252"
    )
    result = _import(cli_vault, tmp_path, data)
    assert result.returncode == 0, result.stderr
    with Vault.open(cli_vault, PASSPHRASE, write=False) as v:
        assert v.organisations.by_name("Gemeente Zoë") is not None


def test_a_cell_over_the_csv_limit_is_named_as_such(cli_vault: Path, tmp_path: Path) -> None:
    data = (
        "case_ref;organisation;opened;behaviours;notes\n"
        f"A-1;Gemeente;2026-01-02;bullying;{'woord ' * 25_000}\n"
    ).encode()
    result = _import(cli_vault, tmp_path, data)
    assert result.returncode == 4
    assert "a cell is longer than 131,072 characters" in result.stderr
    assert "quote" not in result.stderr


def test_a_close_date_in_the_future_is_refused(cli_vault: Path, tmp_path: Path) -> None:
    result = _import(
        cli_vault,
        tmp_path,
        b"case_ref;organisation;opened;behaviours;closed\nA-1;Gemeente;2026-01-02;bullying;9999-12-31\n",
    )
    assert result.returncode == 4
    assert ":2: closed: date is in the future" in result.stderr


# -- purge --------------------------------------------------------------------------------------------------


def _vault_with_cases(path: Path, closed: date) -> None:
    past_term_vault(path, closed).close()


def test_purge_with_the_clock_far_ahead_asks_first(tmp_path: Path, real_kdf: None) -> None:
    path = tmp_path / "kantoor.vpdesk"
    _vault_with_cases(path, date(date.today().year - 3, 3, 1))  # as if the clock were 3 years ahead
    result = run_cli("purge", str(path), env=ENV)
    assert result.returncode == 2
    assert "check the clock" in _one_line(result)
    with Vault.open(path, PASSPHRASE, write=False) as v:
        case = v.cases.get(v.cases.rows()[0].id)
        assert case is not None and case.reporter_name == "Naam Oud"
    assert run_cli("purge", str(path), "--dry-run", env=ENV).returncode == 0


def test_purge_with_a_plausible_clock_goes_ahead(tmp_path: Path, real_kdf: None) -> None:
    path = tmp_path / "kantoor.vpdesk"
    _vault_with_cases(path, date(date.today().year - 3, 3, 1))
    sheet = tmp_path / "recent.csv"  # used this year: the clock agrees with the vault
    sheet.write_text("case_ref;organisation;opened;behaviours\nN-1;Gemeente Oud;2026-01-02;bullying\n")
    assert run_cli("import", str(path), str(sheet), env=ENV).returncode == 0
    result = run_cli("purge", str(path), env=ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("purged the identifying data of 1 cases")


# -- full and read-only disks ----------------------------------------------------------------------------


def test_reading_commands_work_when_the_vaults_disk_is_full(tmp_path: Path, real_kdf: None) -> None:
    from tests.stats import dataset

    out = tmp_path / "out"
    out.mkdir()
    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "kantoor.vpdesk"
        with Vault.create(path, PASSPHRASE) as v:
            dataset.build(v)
        # Released once while there was room: the release ledger holds these figures.
        assert run_cli("stats", str(path), "--year", "2026", env=ENV).returncode == 0
        fill_disk(disk)
        for args in (
            ["stats", str(path), "--year", "2026"],
            ["check", str(path)],
            ["backup", str(path), str(out)],
            ["report", str(path), "--year", "2026", "--out", str(out / "jaarverslag.pdf")],
        ):
            result = run_cli(*args, env=ENV)
            assert result.returncode == 0, (args, result.stderr)
        assert (out / "jaarverslag.pdf").read_bytes().startswith(b"%PDF")
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "kantoor.vpdesk"]


def test_passwd_on_a_nearly_full_disk_says_the_old_passphrase_still_works(
    tmp_path: Path, real_kdf: None
) -> None:
    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "kantoor.vpdesk"
        filled_file(path, 120)
        fill_disk(disk, leave=32 * 1024)
        result = run_cli("passwd", str(path), env={**ENV, "VPDESK_NEW_PASSPHRASE": "nieuw en lang geheim"})
        assert result.returncode == 1
        line = _one_line(result)
        assert "the old one still opens the vault" in line and "damaged" not in line
        (disk / "filler.bin").unlink()
        assert run_cli("check", str(path), env=ENV).returncode == 0
        assert run_cli("check", str(path), env={"VPDESK_PASSPHRASE": "nieuw en lang geheim"}).returncode == 3


def test_a_read_only_disk_reads_and_says_why_it_cannot_write(tmp_path: Path, real_kdf: None) -> None:
    sheet = tmp_path / "in.csv"
    sheet.write_text("case_ref;organisation;opened;behaviours\nA-1;Gemeente;2026-01-02;bullying\n")
    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "kantoor.vpdesk"
        with Vault.create(path, PASSPHRASE) as v:
            fill(v)
        assert run_cli("stats", str(path), "--year", "2026", env=ENV).returncode == 0
        remount(disk, read_only=True)
        try:
            assert run_cli("stats", str(path), "--year", "2026", env=ENV).returncode == 0
            # A release not made before needs the ledger: one clear line, nothing printed.
            new = run_cli("stats", str(path), "--year", "2025", env=ENV)
            assert new.returncode != 0 and new.stdout == ""
            assert "release ledger cannot record it" in _one_line(new)
            assert run_cli("check", str(path), env=ENV).returncode == 0
            report = run_cli("report", str(path), "--year", "2026", "--out", str(tmp_path / "r.pdf"), env=ENV)
            assert report.returncode == 0, report.stderr
            result = run_cli("import", str(path), str(sheet), env=ENV)
            assert result.returncode == 1
            assert "read-only disk; copy it to a folder you can write to" in _one_line(result)
        finally:
            remount(disk, read_only=False)


# -- permissions (as an ordinary user: root may read and write anything) -------------------------


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the command as an ordinary user")
    folder = Path(tempfile.mkdtemp(prefix="vpdesk-perm-", dir="/tmp"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _run_as_nobody(folder: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("VPDESK_", "XDG_"))}
    full.update(HOME=str(folder), **env)
    nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    return subprocess.run(
        [*nobody, sys.executable, "-m", "vpdesk", *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=120,
        check=False,
    )


def _nobody_vault(folder: Path) -> Path:
    path = folder / "kantoor.vpdesk"
    assert run_cli("init", str(path), env=ENV).returncode == 0
    os.chown(path, 65534, 65534)
    return path


@pytest.mark.parametrize(
    ("setup", "command", "expected"),
    [
        (lambda p: p.chmod(0o000), ["stats", "--year", "2026"], "you may not read"),
        (lambda p: p.chmod(0o444), ["passwd"], "is read-only; make it writable"),
        (lambda p: p.parent.chmod(0o555), ["import", "SHEET"], "you may not write in the folder"),
    ],
    ids=["mode-000", "read-only-file", "unwritable-folder"],
)
def test_permission_problems_say_what_to_do(
    shared_folder: Path, setup: Callable[[Path], None], command: list[str], expected: str
) -> None:
    path = _nobody_vault(shared_folder)
    sheet = Path(tempfile.mkdtemp(dir="/tmp")) / "in.csv"
    sheet.write_text("case_ref;organisation;opened;behaviours\nA-1;Gemeente;2026-01-02;bullying\n")
    sheet.parent.chmod(0o755)
    sheet.chmod(0o644)
    try:
        setup(path)
        args = [str(sheet) if a == "SHEET" else a for a in command]
        result = _run_as_nobody(
            shared_folder,
            command[0],
            str(path),
            *args[1:],
            env={**ENV, "VPDESK_NEW_PASSPHRASE": "nieuw en lang geheim"},
        )
        assert result.returncode == 1, result.stderr
        assert expected in _one_line(result)
    finally:
        shared_folder.chmod(0o777)
        shutil.rmtree(sheet.parent, ignore_errors=True)


def test_init_into_a_missing_folder_says_so(shared_folder: Path) -> None:
    result = _run_as_nobody(shared_folder, "init", str(shared_folder / "nergens" / "k.vpdesk"), env=ENV)
    assert result.returncode == 1
    assert "does not exist; create it first" in _one_line(result)


def test_init_into_an_unwritable_folder_says_so(shared_folder: Path) -> None:
    locked = shared_folder / "dicht"
    locked.mkdir(mode=0o555)
    result = _run_as_nobody(shared_folder, "init", str(locked / "k.vpdesk"), env=ENV)
    assert result.returncode == 1
    assert "you may not write in the folder" in _one_line(result)


def test_purge_on_a_nearly_full_disk_says_what_happened(tmp_path: Path, real_kdf: None) -> None:
    with small_disk(tmp_path / "disk", 8192) as disk:
        path = disk / "kantoor.vpdesk"
        _vault_with_cases(path, date(date.today().year - 2, 3, 1))
        with Vault.open(path, PASSPHRASE) as v:
            v.audit.record("backup")  # used today: the clock is plausible
            with v.transaction():
                for i in range(500):
                    v.settings.set(f"pad{i}", os.urandom(512).hex())
        filler = fill_disk(disk, leave=400 * 1024)
        result = run_cli("purge", str(path), env=ENV)
        assert result.returncode == 1
        assert result.stdout.startswith("purged the identifying data of 1 cases")
        line = _one_line(result)
        assert "the purge is done, but the file could not be compacted (the disk is full)" in line
        assert "nothing else was changed" not in line
        filler.unlink()
        again = run_cli("purge", str(path), env=ENV)
        assert again.returncode == 0, again.stderr
        assert again.stdout.startswith("purged the identifying data of 0 cases") and not again.stderr
        with Vault.open(path, PASSPHRASE, write=False) as v:
            assert v.db.query_one("PRAGMA freelist_count")[0] == 0
            case = v.cases.get(v.cases.rows()[0].id)
            assert case is not None and case.reporter_name == ""


def test_a_reader_that_goes_away_is_no_error_of_the_vault(cli_vault: Path) -> None:
    # `vpdesk stats ... | head -0`: the reading end is closed before vpdesk writes a line.
    read, write = os.pipe()
    os.close(read)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "vpdesk", "stats", str(cli_vault), "--year", "2026"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env={**{k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")}, **ENV},
            timeout=120,
        )
    finally:
        os.close(write)
    assert result.stderr == ""  # not "the vault could not complete the operation", no traceback
    assert result.returncode == 1
    # The figures were worked out and released all the same: the vault is as it should be.
    assert run_cli("check", str(cli_vault), env=ENV).returncode == 0
