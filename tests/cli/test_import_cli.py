"""``vpdesk import`` end to end, in a subprocess, with the real key derivation."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.importer.generate import rows, write
from tests.support import PASSPHRASE, SAMPLE_CSV, run_cli
from vpdesk.vault import Vault

SAMPLE = SAMPLE_CSV
ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    path = tmp_path / "cli.vpdesk"
    result = run_cli("init", str(path), env=ENV)
    assert result.returncode == 0, result.stderr
    return path


def case_count(path: Path) -> int:
    """The number of cases, read in-process (the caller uses the ``real_kdf`` fixture)."""
    with Vault.open(path, PASSPHRASE, write=False) as vault:
        return vault.cases.count()


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


def test_import_sample_exits_0_with_summary(cli_vault: Path, real_kdf: None) -> None:
    result = run_cli("import", str(cli_vault), str(SAMPLE), env=ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "imported 40 cases (2 new organisations)"
    assert result.stderr == ""
    assert case_count(cli_vault) == 40
    check = run_cli("check", str(cli_vault), env=ENV)
    assert check.returncode == 0, check.stderr


def test_bad_file_exits_4_lists_problems_and_changes_nothing(
    cli_vault: Path, tmp_path: Path, real_kdf: None
) -> None:
    data = rows(300)
    for i in range(5, 300, 10):  # 30 bad rows, one problem each
        data[i]["behaviours"] = "pestn"
    bad = write(tmp_path / "bad.csv", data)
    before = cli_vault.read_bytes()
    result = run_cli("import", str(cli_vault), str(bad), env=ENV)
    assert result.returncode == 4
    assert_no_traceback(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 21
    for line in lines[:20]:
        assert line.startswith(f"{bad}:")
        _, number, column, message = line.split(":", 3)
        assert number.isdigit()
        assert column == " behaviours"
        assert message.startswith(" unknown value 'pestn' (did you mean 'Pesten'?)")
    assert lines[20] == "vpdesk: error: 30 problems in the file; nothing was imported"
    assert result.stdout == ""
    assert cli_vault.read_bytes() == before
    assert case_count(cli_vault) == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "file: the file is empty"),
        (b"\x00\x01\x02\x03binary\xff\xfe", "file: the file is not text"),
        (
            b"case_ref;organisation;opened;behaviours;wie\r\nA;O;2026-01-01;bullying;x\r\n",
            "column 5: unknown column, not shown",
        ),
        (
            b"case_ref;organisation;behaviours\r\nA;O;bullying\r\n",
            "opened: required column is missing from the header",
        ),
    ],
)
def test_unusable_files_exit_4(cli_vault: Path, tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    result = run_cli("import", str(cli_vault), str(path), env=ENV)
    assert result.returncode == 4
    assert_no_traceback(result)
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{path}:1: {expected}"), result.stderr


def test_missing_file_and_wrong_passphrase(cli_vault: Path, tmp_path: Path) -> None:
    missing = run_cli("import", str(cli_vault), str(tmp_path / "nope.csv"), env=ENV)
    assert missing.returncode == 4
    assert "no such file" in missing.stderr
    assert_no_traceback(missing)
    wrong = run_cli("import", str(cli_vault), str(SAMPLE), env={"VPDESK_PASSPHRASE": "wrong one"})
    assert wrong.returncode == 3
    assert_no_traceback(wrong)


def test_duplicate_import_is_refused_without_naming_the_reference(cli_vault: Path) -> None:
    assert run_cli("import", str(cli_vault), str(SAMPLE), env=ENV).returncode == 0
    again = run_cli("import", str(cli_vault), str(SAMPLE), env=ENV)
    assert again.returncode == 4
    assert_no_traceback(again)
    lines = again.stderr.splitlines()
    assert lines[0] == f"{SAMPLE}:2: case_ref: already in the vault"
    assert lines[-1] == "vpdesk: error: 40 problems in the file; nothing was imported"
    assert "2025-0" not in again.stderr


def _written(pid: int) -> int | None:
    """Bytes the process has written so far (Linux), or None when it cannot be read."""
    try:
        with open(f"/proc/{pid}/io") as fh:
            fields = dict(line.split(": ") for line in fh.read().splitlines())
    except (OSError, ValueError):
        return None
    return int(fields["wchar"])


def _kill_during_commit(proc: subprocess.Popen[bytes], threshold: int) -> bool:
    """SIGKILL the process once it has written ``threshold`` bytes (its commit under way)."""
    base = None
    while proc.poll() is None:
        written = _written(proc.pid)
        if written is None:
            break
        base = written if base is None else base
        if written - base >= threshold:
            proc.send_signal(signal.SIGKILL)
            return True
        time.sleep(0.0005)
    return False


@pytest.mark.slow
def test_killed_import_leaves_vault_as_before_or_complete(
    cli_vault: Path, tmp_path: Path, real_kdf: None
) -> None:
    n = 20_000
    big = write(tmp_path / "big.csv", rows(n))
    empty = tmp_path / "empty.vpdesk"
    shutil.copyfile(cli_vault, empty)

    # One complete run tells how long an import takes here and how much its commit writes.
    started = time.perf_counter()
    full = run_cli("import", str(cli_vault), str(big), env=ENV)
    duration = time.perf_counter() - started
    assert full.returncode == 0, full.stderr
    assert case_count(cli_vault) == n
    full_size = cli_vault.stat().st_size

    rnd = random.Random(20261201)  # seeded: the same kill moments on every run
    killed_at_random = killed_in_commit = 0
    reimported = False
    outcomes = []
    for attempt in range(5):
        target = tmp_path / f"kill{attempt}.vpdesk"
        shutil.copyfile(empty, target)
        proc = subprocess.Popen(
            [sys.executable, "-m", "vpdesk", "import", str(target), str(big)],
            env={**_clean_env(), **ENV},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        if attempt < 2:
            # At a random moment past start-up: reading, checking or writing.
            time.sleep(rnd.uniform(0.3, 1.0) * duration)
            proc.send_signal(signal.SIGKILL)
        else:
            # While the commit writes the journal and the new pages.
            _kill_during_commit(proc, rnd.randint(full_size // 20, full_size // 2))
        _, err = proc.communicate(timeout=60)
        assert b"Traceback" not in err
        if proc.returncode == -signal.SIGKILL:
            if attempt < 2:
                killed_at_random += 1
            else:
                killed_in_commit += 1
        else:
            assert proc.returncode == 0, err
        count = case_count(target)  # also proves the writer lock died with the process
        assert count in (0, n), f"{count} cases after a kill: a half import was kept"
        outcomes.append(count)
        check = run_cli("check", str(target), env=ENV)
        assert check.returncode == 0, check.stderr
        if count == 0 and not reimported:
            # The vault is as before: the same file imports whole afterwards.
            again = run_cli("import", str(target), str(big), env=ENV)
            assert again.returncode == 0, again.stderr
            reimported = True
    assert killed_at_random + killed_in_commit >= 1, f"every import finished first ({outcomes})"
    if Path("/proc/self/io").exists():
        assert killed_in_commit >= 1, f"no kill landed during a commit ({outcomes})"
    print(
        f"\nkill test: import took {duration:.2f} s; killed {killed_at_random} at random, "
        f"{killed_in_commit} during the commit; cases after each: {outcomes}"
    )


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")}
