"""Faults a careful user runs into: full disks, damaged companions, empty and foreign files."""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.support import PASSPHRASE
from tests.vault.disks import fill_disk, remount, small_disk
from tests.vault.sample import SECRETS, fill, filled_file, filled_vault
from vpdesk.domain.models import Case
from vpdesk.vault import DiskFull, NotAVault, Vault, VaultDamaged, VaultError, WrongPassphrase, connection
from vpdesk.vault import maintenance as maintenance_module
from vpdesk.vault.autobackup import list_backups
from vpdesk.vault.filelock import hold
from vpdesk.vault.maintenance import check_file, compaction_pending
from vpdesk.vault.purge import purge_cases

NEW = "a brand new passphrase of some length"


def _opens_with(path: Path, passphrase: str) -> bool:
    try:
        Vault.open(path, passphrase).close()
    except WrongPassphrase:
        return False
    return True


# -- passphrase change on a nearly full disk ----------------------------------------------------


def test_failed_passphrase_change_leaves_exactly_the_old_passphrase(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 2048) as disk:
        path = disk / "kantoor.vpdesk"
        vault = filled_vault(path, 300)
        filler = fill_disk(disk, leave=64 * 1024)  # less than the re-encrypted copy needs
        with pytest.raises(DiskFull, match="old one still opens"):
            vault.change_passphrase(NEW)
        assert vault.verify_passphrase(PASSPHRASE)
        filler.unlink()
        # The next write (the idle lock's audit line, once space is free) changes nothing.
        vault.audit.record("backup")
        vault.close()
        assert _opens_with(path, PASSPHRASE)
        assert not _opens_with(path, NEW)
        assert sorted(p.name for p in disk.iterdir()) == ["kantoor.vpdesk"]


def test_passphrase_change_swaps_in_a_checked_copy(vault: Vault, vault_path: Path) -> None:
    fill(vault)
    inode = vault_path.stat().st_ino
    vault.change_passphrase(NEW)
    assert vault_path.stat().st_ino != inode  # a new file, renamed over the old one
    assert vault.cases.count() == 1  # the window goes on working on the new file
    vault.settings.set("after", "yes")
    vault.close()
    assert not _opens_with(vault_path, PASSPHRASE)
    with Vault.open(vault_path, NEW) as v:
        assert v.settings.get("after") == "yes"
        assert v.settings.get("adviser_name") == SECRETS["adviser"]
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]


# -- one consistent file after every commit -------------------------------------------------------


def test_a_copy_of_the_open_vault_file_holds_every_commit(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    fill(vault)
    org = vault.organisations.list()[0].id
    assert org is not None
    vault.cases.add(Case("LAATSTE-1", org, date(2026, 6, 1), ["bullying"]))
    copy = tmp_path / "copy" / "kopie.vpdesk"
    copy.parent.mkdir()
    shutil.copyfile(vault_path, copy)  # the file manager copies the one file, vpdesk still open
    assert sorted(p.name for p in vault_path.parent.iterdir() if p.name.startswith(vault_path.name)) == [
        vault_path.name,
        f"{vault_path.name}.lock",
    ]
    with Vault.open(copy, PASSPHRASE) as v:
        assert {c.ref for c in v.cases.rows()} == {SECRETS["ref"], "LAATSTE-1"}


def _crashed_wal_vault(vault_path: Path, crash: Path) -> Path:
    """A vault that crashed in write-ahead-log mode with three committed transactions in its -wal."""
    filled_file(vault_path)
    conn = connection.raw_connect(vault_path, PASSPHRASE)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(3):
        conn.execute("INSERT INTO settings(key, value) VALUES (?, ?)", (f"committed{i}", "x" * 3000))
    crash.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{vault_path}{suffix}", f"{crash / vault_path.name}{suffix}")
    conn.close()
    return crash / vault_path.name


def test_an_intact_wal_of_a_crash_is_replayed(vault_path: Path, tmp_path: Path) -> None:
    crashed = _crashed_wal_vault(vault_path, tmp_path / "crash")
    with Vault.open(crashed, PASSPHRASE) as v:
        assert [v.settings.get(f"committed{i}") for i in range(3)] == ["x" * 3000] * 3
    assert not Path(f"{crashed}-wal").exists()


def test_a_damaged_wal_is_reported_not_silently_dropped(vault_path: Path, tmp_path: Path) -> None:
    crashed = _crashed_wal_vault(vault_path, tmp_path / "crash")
    wal = Path(f"{crashed}-wal")
    data = bytearray(wal.read_bytes())
    data[32 + 24 + 100] ^= 0xFF  # inside the first frame: every later commit would be ignored
    wal.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged, match="change log"):
        Vault.open(crashed, PASSPHRASE)
    report = check_file(crashed, PASSPHRASE)
    assert not report.ok and "change log" in report.problems[0]
    assert wal.read_bytes() == bytes(data)  # kept for whoever restores


# -- empty, foreign and damaged files ---------------------------------------------------------------


def test_an_empty_file_is_not_a_vault_and_stays_empty(vault_path: Path) -> None:
    vault_path.touch()
    with pytest.raises(NotAVault, match="empty file"):
        Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(NotAVault, match="empty file"):
        check_file(vault_path, PASSPHRASE)
    assert vault_path.stat().st_size == 0


def test_an_interrupted_creation_leaves_no_file(vault_path: Path) -> None:
    def interrupted(v: Vault) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        Vault.create(vault_path, PASSPHRASE, populate=interrupted)
    assert list(vault_path.parent.iterdir()) == []


def test_a_foreign_sqlcipher_database_is_refused_untouched(vault_path: Path) -> None:
    conn = connection.raw_connect(vault_path, PASSPHRASE)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('iets anders')")
    conn.close()
    before = vault_path.read_bytes()
    with pytest.raises(NotAVault, match="not a vpdesk vault"):
        check_file(vault_path, PASSPHRASE)
    with pytest.raises(NotAVault):
        Vault.open(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == before
    assert sorted(p.name for p in vault_path.parent.iterdir()) == [vault_path.name]


def test_damage_in_a_middle_page_is_noticed_on_open(vault_path: Path) -> None:
    filled_file(vault_path, 40)
    data = bytearray(vault_path.read_bytes())
    pages = len(data) // 4096
    assert pages > 6
    middle = (pages // 2) * 4096 + 700
    data[middle] ^= 0x55
    vault_path.write_bytes(bytes(data))
    Vault.open(vault_path, PASSPHRASE, verify=False).close()  # the damaged page is not read
    with pytest.raises(VaultDamaged, match="1 pages fail"):
        Vault.open(vault_path, PASSPHRASE, verify=True)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, PASSPHRASE, write=False, verify=True)


# -- purge on a nearly full disk ---------------------------------------------------------------------


def test_purge_on_a_nearly_full_disk_reports_it_and_compacts_later(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 8192) as disk:
        path = disk / "kantoor.vpdesk"
        vault = filled_vault(path, 500)
        filler = fill_disk(disk, leave=400 * 1024)  # room for the purge, not for VACUUM's copy
        result = purge_cases(vault, today=date(2040, 1, 1))
        assert result.count == 1
        assert result.compact_error == "the disk is full"
        assert "the purge is done" in result.compact_message
        case = vault.cases.get(result.case_ids[0])
        assert case is not None and case.reporter_name == ""  # committed
        assert compaction_pending(vault.db)
        assert purge_cases(vault, today=date(2040, 1, 1)).compact_error == "the disk is full"
        filler.unlink()
        again = purge_cases(vault, today=date(2040, 1, 1))  # nothing left to purge: compacts
        assert again.count == 0 and again.compact_error == ""
        assert not compaction_pending(vault.db)
        assert vault.db.query_one("PRAGMA freelist_count")[0] == 0
        vault.close()


def test_a_pending_compaction_is_done_at_the_next_open(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", 8192) as disk:
        path = disk / "kantoor.vpdesk"
        vault = filled_vault(path, 500)
        filler = fill_disk(disk, leave=400 * 1024)
        assert purge_cases(vault, today=date(2040, 1, 1)).compact_error
        vault.close()
        filler.unlink()
        with Vault.open(path, PASSPHRASE) as v:
            assert not compaction_pending(v.db)
            assert v.db.query_one("PRAGMA freelist_count")[0] == 0


# -- reading on a full disk ------------------------------------------------------------------------


def test_reading_works_on_a_full_disk(tmp_path: Path) -> None:
    from vpdesk.stats import year_figures

    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "kantoor.vpdesk"
        filled_file(path)
        fill_disk(disk)
        with Vault.open(path, PASSPHRASE, write=False) as v:
            assert not v.writable
            assert year_figures(v, year=2026, organisation_id=None, threshold=5).to_dict()["year"] == 2026
            out = tmp_path / "elsewhere"
            out.mkdir()
            v.backup(out)
        assert check_file(path, PASSPHRASE).ok
        assert len(list_backups(path, out)) == 1
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "kantoor.vpdesk"]


# -- small ones ------------------------------------------------------------------------------------------


def test_leftovers_of_interrupted_work_are_removed_at_the_next_open(vault: Vault, vault_path: Path) -> None:
    vault.close()
    folder = vault_path.parent
    stale = [
        folder / f".{vault_path.name}.0badcafe.part",
        folder / f".{vault_path.name}.0badcafe.part-journal",
        folder / f".{vault_path.name}.v2.bak.12345678.part",
        folder / ".test-20261201-101010.vpdesk.abcdef01.part",
    ]
    busy = folder / ".test-20261201-101011.vpdesk.abcdef02.part"  # a backup being written now
    unrelated = folder / ".rapport.pdf.abcdef03.part"
    for p in [*stale, busy, unrelated]:
        p.write_bytes(b"half")
    fd = hold(busy)
    try:
        Vault.open(vault_path, PASSPHRASE).close()
    finally:
        os.close(fd)
    assert not any(p.exists() for p in stale)
    assert busy.exists() and unrelated.exists()


def test_two_backups_in_the_same_second_keep_both(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> FrozenClock:  # type: ignore[override]
            return cls(2026, 12, 1, 10, 0, 0)

    monkeypatch.setattr(maintenance_module, "datetime", FrozenClock)
    fill(vault)
    folder = tmp_path / "backups"
    folder.mkdir()
    first = vault.backup(folder)
    vault.settings.set("later", "yes")
    second = vault.backup(folder)
    assert first != second
    assert sorted(p.name for p in folder.iterdir()) == [
        "test-20261201-100000-2.vpdesk",
        "test-20261201-100000.vpdesk",
    ]
    assert len(list_backups(vault.db.path, folder)) == 2
    with Vault.open(first, PASSPHRASE, write=False) as v:
        assert v.settings.get("later") == ""


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".lock", ".v2.bak"])
def test_a_backup_never_targets_the_vaults_own_files(vault: Vault, vault_path: Path, suffix: str) -> None:
    with pytest.raises(VaultError, match="one of its own files"):
        vault.backup(Path(f"{vault_path}{suffix}"))


def test_a_writer_can_fall_back_to_reading_and_say_why(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    fill(vault)
    # Open in a window: a command that would like to write a row still reads.
    with Vault.open(vault_path, PASSPHRASE, read_only_fallback=True) as v:
        assert not v.writable and "already open" in v.read_only_reason
        assert v.cases.count() == 1
    vault.close()
    with Vault.open(vault_path, PASSPHRASE, read_only_fallback=True) as v:
        assert v.writable and v.read_only_reason == ""
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "not the passphrase", read_only_fallback=True)
    with small_disk(tmp_path / "disk", 1024) as disk:
        path = disk / "kantoor.vpdesk"
        filled_file(path)
        remount(disk, read_only=True)
        try:
            with Vault.open(path, PASSPHRASE, read_only_fallback=True) as v:
                assert not v.writable and "read-only disk" in v.read_only_reason
                assert v.cases.count() == 1
        finally:
            remount(disk, read_only=False)


def test_read_only_open_of_a_path_with_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "map met spatie #1 ?x%20"
    folder.mkdir()
    path = folder / "kantoor é.vpdesk"
    filled_file(path)
    with Vault.open(path, PASSPHRASE, write=False) as v:
        assert v.cases.count() == 1
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
