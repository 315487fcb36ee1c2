"""The vault file, its WAL and shared memory never hold plaintext."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from tests.support import PASSPHRASE
from tests.vault.sample import SECRETS, fill
from vpdesk.vault import Vault


def _companions(path: Path) -> list[Path]:
    return [p for p in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal"))) if p.exists()]


def _assert_no_plaintext(path: Path) -> None:
    files = _companions(path)
    assert files, "the vault file should exist"
    for f in files:
        data = f.read_bytes()
        for field, value in SECRETS.items():
            for encoding in ("utf-8", "utf-16-le"):
                assert value.encode(encoding) not in data, f"{field} in plaintext in {f.name}"
            # A word on its own, too: FTS stores tokens lower-cased.
            token = value.split()[-1].lower().encode()
            assert token not in data, f"token of {field} in plaintext in {f.name}"


def test_no_plaintext_while_open_and_after_close(vault_path: Path) -> None:
    vault = Vault.create(vault_path, PASSPHRASE)
    fill(vault)
    assert _companions(vault_path) == [vault_path], "the vault is one file after every commit"
    _assert_no_plaintext(vault_path)
    vault.close()
    _assert_no_plaintext(vault_path)


def test_header_is_not_sqlite_and_plain_sqlite_cannot_read(vault: Vault, vault_path: Path) -> None:
    fill(vault)
    vault.close()
    assert not vault_path.read_bytes().startswith(b"SQLite format 3")
    conn = sqlite3.connect(vault_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_file_is_private_to_owner(vault: Vault, vault_path: Path) -> None:
    assert vault_path.stat().st_mode & 0o077 == 0


def test_standard_sqlcipher4_opens_it_with_only_the_passphrase(real_kdf: None, vault_path: Path) -> None:
    """No lock-in: SQLCipher's defaults, nothing but the passphrase needed."""
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v)
    conn = sqlcipher3.connect(str(vault_path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    names = {r[0] for r in conn.execute("SELECT reporter_name FROM cases")}
    kdf_iter = conn.execute("PRAGMA kdf_iter").fetchone()[0]
    conn.close()
    assert names == {SECRETS["reporter_name"]}
    assert str(kdf_iter) == "256000"


def test_connection_pragmas(vault: Vault) -> None:
    q = vault.db.query_one
    assert q("PRAGMA journal_mode")[0] == "delete"
    assert q("PRAGMA synchronous")[0] == 2  # FULL
    assert q("PRAGMA secure_delete")[0] == 1
    assert q("PRAGMA foreign_keys")[0] == 1
    assert q("PRAGMA temp_store")[0] == 2  # MEMORY
