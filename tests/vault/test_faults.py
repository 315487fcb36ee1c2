"""Faults: a process killed while writing, and a full disk, lose nothing committed."""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, TEST_KDF_ITER
from tests.vault.sample import fill
from vpdesk.vault import DiskFull, Vault
from vpdesk.vault.maintenance import check_file

WRITER = textwrap.dedent(
    f"""
    import sys
    from datetime import date
    from vpdesk.domain.models import Case, Conversation, Organisation
    from vpdesk.vault import Vault, connection
    connection.KDF_ITER = {TEST_KDF_ITER}
    v = Vault.open(sys.argv[1], {PASSPHRASE!r})
    org = v.organisations.list()[0].id
    n = int(sys.argv[2])
    while True:
        with v.transaction():
            cid = v.cases.add(
                Case(f"K-{{n}}", org, date(2026, 1, 1), ["bullying"], reporter_name=f"Naam {{n}}")
            )
            v.conversations.add(Conversation(cid, date(2026, 1, 1), 30, "intake", "x" * 3000))
        print(n, flush=True)  # acknowledged: committed
        n += 1
    """
)


@pytest.mark.slow
def test_killed_while_writing_keeps_every_acknowledged_change(vault: Vault, vault_path: Path) -> None:
    fill(vault)
    vault.close()
    rng = random.Random(20261124)
    acknowledged: list[int] = []
    rounds = 25
    for round_no in range(rounds):
        start = round_no * 100_000
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(vault_path), str(start)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        for _ in range(rng.randint(1, 40)):
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged.append(int(line))
        proc.send_signal(signal.SIGKILL)
        # lines already printed before the kill were acknowledged too
        rest = proc.stdout.read()
        acknowledged += [int(x) for x in rest.split()]
        proc.wait()
    assert len(acknowledged) >= rounds
    with Vault.open(vault_path, PASSPHRASE) as v:
        refs = {r.ref for r in v.cases.rows()}
        for n in acknowledged:
            assert f"K-{n}" in refs
        # every case that is there is whole: its conversation came in the same transaction
        orphan = v.db.query_one(
            "SELECT count(*) FROM cases c WHERE c.ref LIKE 'K-%' "
            "AND NOT EXISTS (SELECT 1 FROM conversations v WHERE v.case_id = c.id)"
        )[0]
        assert orphan == 0
    assert check_file(vault_path, PASSPHRASE).ok


BACKUP_UNDER_LIMIT = textwrap.dedent(
    f"""
    import resource, sys
    from vpdesk.vault import Vault, connection, VaultError
    connection.KDF_ITER = {TEST_KDF_ITER}
    v = Vault.open(sys.argv[1], {PASSPHRASE!r}, write=False)
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        v.backup(sys.argv[2])
    except VaultError as exc:
        print(type(exc).__name__, exc)
        sys.exit(1)
    print("no error")
    """
)


def test_full_disk_during_backup_leaves_no_partial_copy(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    fill(vault)
    for i in range(200):
        vault.settings.set(f"f{i}", "y" * 1000)
    vault.close()
    size = vault_path.stat().st_size
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", BACKUP_UNDER_LIMIT, str(vault_path), str(out / "b.vpdesk"), str(size // 2)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("DiskFull"), result.stdout
    assert "Traceback" not in result.stderr
    assert list(out.iterdir()) == []
    assert check_file(vault_path, PASSPHRASE).ok


def test_full_disk_during_a_write_rolls_back(vault: Vault, vault_path: Path) -> None:
    fill(vault)
    count = vault.cases.count()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    limit = vault_path.stat().st_size + 64 * 1024
    old = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        with pytest.raises(DiskFull):
            with vault.transaction():
                for i in range(400):
                    vault.settings.set(f"big{i}", "z" * 4000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old)
    assert vault.cases.count() == count
    assert vault.settings.get("big0") == ""
    vault.close()
    assert check_file(vault_path, PASSPHRASE).ok


def _limit_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_full_disk_during_cli_import_changes_nothing(
    real_kdf: None, vault_path: Path, tmp_path: Path
) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v)
    before = check_file(vault_path, PASSPHRASE)
    sheet = tmp_path / "big.csv"
    lines = ["case_ref;organisation;opened;behaviours;notes"]
    lines += [f"R-{i};Gemeente Groot;01-02-2026;Pesten;{'lange notitie ' * 40}" for i in range(3000)]
    sheet.write_text("\n".join(lines), encoding="utf-8")
    limit = vault_path.stat().st_size + 200_000
    result = subprocess.run(
        [sys.executable, "-m", "vpdesk", "import", str(vault_path), str(sheet)],
        capture_output=True,
        text=True,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")},
            "VPDESK_PASSPHRASE": PASSPHRASE,
        },
        preexec_fn=_limit_file_size(limit),
        check=False,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "disk" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.cases.count() == 1
        assert v.organisations.by_name("Gemeente Groot") is None
    assert check_file(vault_path, PASSPHRASE).ok and before.ok


def test_full_disk_while_writing_a_report_leaves_no_partial_file(
    real_kdf: None, vault_path: Path, tmp_path: Path
) -> None:
    from tests.stats import dataset

    with Vault.create(vault_path, PASSPHRASE) as v:
        dataset.build(v)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "vpdesk",
            "report",
            str(vault_path),
            "--year",
            "2026",
            "--out",
            str(out_dir / "jaarverslag.pdf"),
        ],
        capture_output=True,
        text=True,
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")},
            "VPDESK_PASSPHRASE": PASSPHRASE,
        },
        preexec_fn=_limit_file_size(24_000),  # the PDF needs more than this
        check=False,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "disk" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(out_dir.iterdir()) == []
    assert check_file(vault_path, PASSPHRASE).ok
