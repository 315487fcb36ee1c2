"""Backups, changing the passphrase, and retention purges."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.support import PASSPHRASE
from tests.vault.sample import SECRETS, fill
from vpdesk.domain.models import Case, Organisation
from vpdesk.vault import Vault, VaultDamaged, VaultError, WrongPassphrase, maintenance
from vpdesk.vault.connection import Database, raw_connect
from vpdesk.vault.maintenance import check_file
from vpdesk.vault.purge import purge_cases


def test_backup_is_encrypted_verified_and_complete(vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    dest = tmp_path / "copy.vpdesk"
    assert vault.backup(dest) == dest
    data = dest.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert SECRETS["reporter_name"].encode() not in data
    assert dest.stat().st_mode & 0o077 == 0
    with Vault.open(dest, PASSPHRASE, write=False) as copy:
        assert copy.cases.search("vlasbloem") == [1]
        assert copy.settings.get("adviser_name") == SECRETS["adviser"]
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []
    assert vault.audit.events()[0].kind == "backup"


def test_backup_into_a_folder_gets_a_dated_name(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    target = vault.backup(folder)
    assert target.parent == folder and target.name.startswith("test-") and target.suffix == ".vpdesk"
    assert check_file(target, PASSPHRASE).ok


def test_backup_never_overwrites_the_vault_or_leaves_parts(
    vault: Vault, vault_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(VaultError):
        vault.backup(vault_path)
    with pytest.raises(VaultError):
        vault.backup(tmp_path / "missing" / "x.vpdesk")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["test.vpdesk", "test.vpdesk.lock"])


def test_change_passphrase(vault: Vault, vault_path: Path) -> None:
    fill(vault)
    vault.change_passphrase("een nieuwe lange zin")
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "een nieuwe lange zin") as v:
        assert v.cases.count() == 1
        assert v.audit.events()[0].kind == "passphrase_changed"


def _figures(vault: Vault) -> list[object]:
    return [vault.cases.facts(), vault.conversations.year_totals(), vault.activities.year_totals()]


def test_purge_removes_identifying_values_and_keeps_figures(vault: Vault, vault_path: Path) -> None:
    case_id = fill(vault)  # closed 2026-05-06, retention 12 months
    org = vault.organisations.list()[0]
    assert org.id is not None
    recent = vault.cases.add(
        Case(
            "2026-900",
            org.id,
            date(2026, 6, 1),
            ["bullying"],
            closed=date(2027, 1, 1),
            outcome="listening",
            reporter_name="Blijft Bewaard",
        )
    )
    before = _figures(vault)
    assert purge_cases(vault, dry_run=True, today=date(2027, 5, 6)).count == 1
    assert vault.cases.get(case_id).reporter_name == SECRETS["reporter_name"]  # type: ignore[union-attr]
    result = purge_cases(vault, today=date(2027, 5, 6))
    assert result.case_ids == [case_id]
    assert _figures(vault) == before
    case = vault.cases.get(case_id)
    assert case is not None and case.purged == date(2027, 5, 6)
    assert (case.reporter_name, case.reporter_email, case.reporter_phone, case.accused, case.department) == (
        "",
        "",
        "",
        "",
        "",
    )
    assert vault.conversations.for_parent(case_id)[0].note == ""
    assert vault.steps.for_parent(case_id)[0].what == ""
    assert vault.referrals.for_parent(case_id)[0].note == ""
    for word in ("vlasbloem", "knollenkamp", "zonnebloem", "walrus", "pelikaan"):
        assert vault.cases.search(word) == []
    assert vault.cases.get(recent).reporter_name == "Blijft Bewaard"  # type: ignore[union-attr]
    assert purge_cases(vault, today=date(2027, 5, 6)).count == 0
    # The full-text index holds none of the purged words, and no free page holds old text.
    vault.db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, case_search, 'row')")
    terms = {r[0] for r in vault.db.query("SELECT term FROM temp.vocab")}
    assert {"vlasbloem", "knollenkamp", "zonnebloempitten", "walrusvergadering"} & terms == set()
    assert "bewaard" in terms
    assert vault.db.query_one("PRAGMA freelist_count")[0] == 0
    vault.close()
    # Decrypted, the file's live content holds none of it either.
    from vpdesk.vault.connection import raw_connect

    plain = vault_path.with_name("plain.db")
    conn = raw_connect(vault_path, PASSPHRASE)
    conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    raw = plain.read_bytes()
    os.unlink(plain)
    for value in ("Vlasbloem", "Knollenkamp", "zonnebloempitten", "walrusvergadering", "pelikaan"):
        assert value.encode() not in raw, value
    assert b"Blijft Bewaard" in raw  # the export itself works


def test_purge_respects_each_organisations_retention(vault: Vault) -> None:
    short = vault.organisations.add(Organisation("Kort", retention_months=6))
    long = vault.organisations.add(Organisation("Lang", retention_months=36))
    a = vault.cases.add(
        Case("A", short, date(2025, 1, 1), ["other"], closed=date(2025, 2, 1), outcome="other")
    )
    vault.cases.add(Case("B", long, date(2025, 1, 1), ["other"], closed=date(2025, 2, 1), outcome="other"))
    vault.cases.add(Case("C", short, date(2025, 1, 1), ["other"]))  # still open: never purged
    assert vault.cases.past_retention(date(2025, 8, 1)) == [a]
    assert vault.cases.past_retention(date(2025, 7, 31)) == []


def _damaging(monkeypatch: pytest.MonkeyPatch, damage: Callable[[Path], None]) -> None:
    """Damage the copy after it is written and before it is checked, as a failing disk would."""
    copy_file = maintenance._copy_file

    def copy_then_damage(db: Database, tmp: Path) -> dict[str, int] | None:
        counts = copy_file(db, tmp)
        damage(tmp)
        return counts

    monkeypatch.setattr(maintenance, "_copy_file", copy_then_damage)


def _flip_bytes_in_a_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096 * (len(data) // 4096 // 2)
    for i in range(page + 120, page + 140):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _cut_the_last_page(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size - 4096)


@pytest.mark.parametrize("damage", [_flip_bytes_in_a_page, _cut_the_last_page])
def test_a_damaged_backup_is_caught_and_not_kept(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: Callable[[Path], None]
) -> None:
    fill(vault)
    for i in range(300):  # enough pages that the damage lands in the middle of the data
        vault.cases.add(
            Case(f"2026-{i + 100}", vault.organisations.list()[0].id or 0, date(2026, 1, 5), ["other"])
        )
    _damaging(monkeypatch, damage)
    dest = tmp_path / "copy.vpdesk"
    with pytest.raises(VaultError, match="failed its check"):
        vault.backup(dest)
    assert not dest.exists()
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_a_backup_missing_rows_is_caught(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(vault)

    def lose_a_row(path: Path) -> None:  # every page intact, one row fewer than the vault
        conn = raw_connect(path, PASSPHRASE)
        conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
        conn.close()

    vault.audit.record("backup")
    _damaging(monkeypatch, lose_a_row)
    with pytest.raises(VaultError, match="failed its check"):
        vault.backup(tmp_path / "copy.vpdesk")
    assert not (tmp_path / "copy.vpdesk").exists()


def test_the_quick_checks_of_a_backup_pass_on_a_good_copy_and_the_full_check_agrees(
    vault: Vault, tmp_path: Path
) -> None:
    fill(vault)
    counts = maintenance.table_counts(vault.db.conn)  # as copied: the audit line comes after
    dest = vault.backup(tmp_path / "copy.vpdesk")
    assert counts["cases"] == 1 and "case_search_data" not in counts
    assert maintenance.verify_copy(dest, PASSPHRASE, counts) == []
    assert check_file(dest, PASSPHRASE).ok


def test_a_backup_of_a_damaged_vault_says_the_vault_is_damaged(vault_path: Path, tmp_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        fill(v)
        for i in range(300):
            v.cases.add(
                Case(f"2026-{i + 100}", v.organisations.list()[0].id or 0, date(2026, 1, 5), ["other"])
            )
    _flip_bytes_in_a_page(vault_path)
    with Vault.open(vault_path, PASSPHRASE, write=False, verify=False) as damaged:
        with pytest.raises(VaultDamaged, match="vault file is damaged"):
            damaged.backup(tmp_path / "copy.vpdesk")
    assert not (tmp_path / "copy.vpdesk").exists()
