"""Automatic daily backups with rotation, and restoring a damaged vault from one."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from tests.support import PASSPHRASE
from tests.vault.sample import fill
from vpdesk.vault import Vault, VaultDamaged, VaultInUse, WrongPassphrase
from vpdesk.vault.autobackup import auto_backup, list_backups, restore_backup


def test_one_backup_a_day_and_only_the_last_n_kept(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    folder = tmp_path / "backups"
    folder.mkdir()
    first = auto_backup(vault, folder, keep=3, today=date(2026, 11, 24))
    assert first is not None and first.exists()
    assert auto_backup(vault, folder, keep=3, today=date.today()) is None  # already one today
    made = [first]
    for i in range(4):  # pretend the earlier ones were from other days
        for b in list_backups(vault.path, folder):
            stamp = b.path.name.replace(b.taken.strftime("%Y%m%d"), f"2020010{i + 1}")
            if not (folder / stamp).exists():
                b.path.rename(folder / stamp)
        made.append(auto_backup(vault, folder, keep=3))  # type: ignore[arg-type]
    kept = list_backups(vault.path, folder)
    assert len(kept) == 3
    assert kept[0].taken.date() == date.today()
    (folder / "unrelated-20200101-000000.vpdesk").write_text("not ours")
    auto_backup(vault, folder, keep=1, today=date(2099, 1, 1))
    assert (folder / "unrelated-20200101-000000.vpdesk").exists()
    assert len(list_backups(vault.path, folder)) == 1


def test_restore_replaces_a_damaged_vault_and_keeps_the_old_file(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    fill(vault)
    backup = vault.backup(tmp_path / "good.vpdesk")
    vault.close()
    data = bytearray(vault_path.read_bytes())
    data[100:200] = os.urandom(100)
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, PASSPHRASE)
    kept = restore_backup(backup, PASSPHRASE, vault_path)
    assert kept is not None and kept.read_bytes() == bytes(data)
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.cases.count() == 1
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_restore_refuses_bad_backups_and_an_open_vault(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    fill(vault)
    backup = vault.backup(tmp_path / "good.vpdesk")
    with pytest.raises(VaultInUse):
        restore_backup(backup, PASSPHRASE, vault_path)
    vault.close()
    with pytest.raises(WrongPassphrase):
        restore_backup(backup, "other passphrase", vault_path)
    broken = tmp_path / "broken.vpdesk"
    data = bytearray(backup.read_bytes())
    data[4096 * 3 + 10 : 4096 * 3 + 40] = os.urandom(30)
    broken.write_bytes(bytes(data))
    before = vault_path.read_bytes()
    with pytest.raises(VaultDamaged):
        restore_backup(broken, PASSPHRASE, vault_path)
    assert vault_path.read_bytes() == before
