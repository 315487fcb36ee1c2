"""Opening: wrong passphrase, damaged and foreign files, newer schema, a second writer."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, TEST_KDF_ITER
from tests.vault.sample import fill
from vpdesk.vault import (
    NotAVault,
    Vault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from vpdesk.vault.connection import raw_connect
from vpdesk.vault.maintenance import check_file


@pytest.fixture
def closed_vault(vault_path: Path) -> Path:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v)
        # enough rows for many pages, so damage can land away from page 1
        for i in range(300):
            v.settings.set(f"filler{i}", "x" * 500)
    return vault_path


def test_wrong_passphrase(closed_vault: Path) -> None:
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(closed_vault, "not the passphrase")
    assert not isinstance(info.value, VaultDamaged)
    assert "wrong passphrase" in str(info.value)
    # the failed attempt did not leave the vault locked
    Vault.open(closed_vault, PASSPHRASE).close()


def test_passphrase_with_quotes_and_unicode(vault_path: Path) -> None:
    phrase = "it's “één” kopje thee; DROP TABLE cases; --"
    with Vault.create(vault_path, phrase) as v:
        fill(v)
    with Vault.open(vault_path, phrase) as v:
        assert v.cases.count() == 1
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "it's")


def _read_everything(v: Vault) -> int:
    """Read every table and index fully; the number of reads that failed as damaged."""
    failures = 0
    tables = [r[0] for r in v.db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        try:
            v.db.query(f'SELECT * FROM "{table}"')
        except VaultDamaged:
            failures += 1
    try:  # the index pages too: which page holds what depends on the schema
        if v.db.query("PRAGMA quick_check") != [("ok",)]:
            failures += 1
    except VaultDamaged:
        failures += 1
    return failures


def _damage_detected(path: Path) -> bool:
    """Damage shows as VaultDamaged, when opening or when reading: never as a wrong passphrase."""
    try:
        with Vault.open(path, PASSPHRASE, write=False) as v:
            return _read_everything(v) >= 1
    except VaultDamaged:
        return True


def test_damaged_page_is_not_a_wrong_passphrase(closed_vault: Path) -> None:
    data = bytearray(closed_vault.read_bytes())
    page = 4096 * (len(data) // 4096 // 2)
    data[page + 200 : page + 232] = os.urandom(32)
    closed_vault.write_bytes(bytes(data))
    assert _damage_detected(closed_vault)
    report = check_file(closed_vault, PASSPHRASE)
    assert not report.ok
    assert any("HMAC" in p for p in report.problems)


def test_damaged_first_page_is_reported_as_damage(closed_vault: Path) -> None:
    data = bytearray(closed_vault.read_bytes())
    data[300:340] = os.urandom(40)
    closed_vault.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        Vault.open(closed_vault, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, "something else")


def test_check_reports_damaged_pages(closed_vault: Path) -> None:
    data = bytearray(closed_vault.read_bytes())
    page = 4096 * 5
    data[page + 100 : page + 110] = b"\x00" * 10
    closed_vault.write_bytes(bytes(data))
    report = check_file(closed_vault, PASSPHRASE)
    assert not report.ok
    assert any("page 6" in p for p in report.problems)


def test_truncated_file(closed_vault: Path) -> None:
    data = closed_vault.read_bytes()
    closed_vault.write_bytes(data[: len(data) // 2 + 1000])
    assert _damage_detected(closed_vault)
    report = check_file(closed_vault, PASSPHRASE)
    assert not report.ok


def test_plain_sqlite_file_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAVault, match="unencrypted"):
        Vault.open(path, PASSPHRASE)


def test_random_bytes_and_tiny_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.vpdesk"
    junk.write_bytes(os.urandom(4096 * 3))
    with pytest.raises(WrongPassphrase):
        Vault.open(junk, PASSPHRASE)
    tiny = tmp_path / "tiny.vpdesk"
    tiny.write_bytes(b"hello")
    with pytest.raises(NotAVault):
        Vault.open(tiny, PASSPHRASE)


def test_encrypted_database_that_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = raw_connect(path, PASSPHRASE)
    conn.execute("CREATE TABLE something(x)")
    conn.close()
    with pytest.raises(NotAVault):
        Vault.open(path, PASSPHRASE)


def test_missing_file_and_existing_target(tmp_path: Path, vault_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing.vpdesk", PASSPHRASE)
    vault_path.write_bytes(b"precious")
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE)
    assert vault_path.read_bytes() == b"precious"


def test_newer_schema_is_refused(vault: Vault, vault_path: Path) -> None:
    vault.db.conn.execute("PRAGMA user_version = 999")
    vault.close()
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, PASSPHRASE)


def test_second_writer_refused_reader_allowed(vault: Vault, vault_path: Path) -> None:
    fill(vault)
    with pytest.raises(VaultInUse):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, PASSPHRASE, write=False) as reader:
        assert reader.cases.count() == 1
    lock_file = Path(f"{vault_path}.lock")
    assert lock_file.exists() and lock_file.read_bytes() == b""
    vault.close()
    assert not lock_file.exists()
    Vault.open(vault_path, PASSPHRASE).close()


def test_lock_released_when_holder_is_killed(vault: Vault, vault_path: Path) -> None:
    vault.close()
    script = textwrap.dedent(
        f"""
        import sys, time
        from vpdesk.vault import Vault, connection
        connection.KDF_ITER = {TEST_KDF_ITER}
        v = Vault.open(sys.argv[1], {PASSPHRASE!r})
        print("open", flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(vault_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse):
            Vault.open(vault_path, PASSPHRASE)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.writable


def test_read_only_open_cannot_write(vault: Vault, vault_path: Path) -> None:
    fill(vault)
    vault.close()
    with Vault.open(vault_path, PASSPHRASE, write=False) as reader:
        with pytest.raises(Exception):
            reader.settings.set("x", "y")
