"""Schema versions: migrating from version 1, with a verified copy first; failures roll back."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import PASSPHRASE
from tests.vault.sample import vault_of_version
from vpdesk.vault import Vault, VaultError, connection, schema
from vpdesk.vault import vault as vault_module
from vpdesk.vault.maintenance import check_file


def _make_v1(path: Path) -> None:
    """A vault as the first release wrote it: only migration 1, with a case in it."""
    db = vault_of_version(
        path, 1, "bullying", ref="2019-001", opened="2019-03-04", reporter_name="Henk Appelboom"
    )
    db.execute("INSERT INTO conversations(case_id, date, note) VALUES (1, '2019-03-04', 'over de kantine')")
    db.close()


def test_migrates_from_version_1_after_a_verified_copy(vault_path: Path) -> None:
    _make_v1(vault_path)
    copies: list[Path] = []
    with Vault.open(vault_path, PASSPHRASE, on_backup=copies.append) as v:
        assert v.schema_version == schema.CURRENT_VERSION
        assert v.cases.search("appelboom") == [1]
        assert v.cases.search("kantine") == [1]
        assert next(e.kind for e in v.audit.events()) == "vault_migrated"
        indexes = {r[0] for r in v.db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "conversations_date_minutes" in indexes and "conversations_date" not in indexes
        assert v.conversations.year_totals(years=(2019, 2019)) == {2019: (1, 0)}
    copy = vault_path.with_name(f"{vault_path.name}.v1.bak")
    assert copies == [copy]
    report = check_file(copy, PASSPHRASE)
    assert report.ok and report.version == 1
    assert not copy.read_bytes().startswith(b"SQLite format 3")


def test_failed_migration_rolls_back(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _make_v1(vault_path)
    next_version = schema.CURRENT_VERSION + 1
    broken = schema.Migration(
        next_version, "broken", "CREATE TABLE extra(x); INSERT INTO nowhere VALUES (1);"
    )
    monkeypatch.setattr(vault_module, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(vault_module, "CURRENT_VERSION", next_version)
    with pytest.raises(VaultError):
        Vault.open(vault_path, PASSPHRASE)
    monkeypatch.undo()
    monkeypatch.setattr(connection, "KDF_ITER", 2)
    with Vault.open(vault_path, PASSPHRASE) as v:
        # every real step committed; the broken one left nothing behind
        assert v.schema_version == schema.CURRENT_VERSION
        assert not v.db.query("SELECT name FROM sqlite_master WHERE name = 'extra'")
        assert v.cases.get(1) is not None


def test_every_migration_has_a_higher_number() -> None:
    # strictly increasing from 1; a number may be held for a step that is added later
    versions = [m.version for m in schema.MIGRATIONS]
    assert versions[0] == 1 and versions == sorted(set(versions))
