"""Each case's tallies (behaviours, referral targets, number of conversations) that the year
figures read: kept equal to the tables they come from by every way a vault is written."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from tests.support import PASSPHRASE
from tests.vault.sample import check_after, demo_import_purge, vault_of_version
from vpdesk.domain.models import Case, Conversation, Organisation, Referral
from vpdesk.vault import Vault
from vpdesk.vault.cases import CaseRecords
from vpdesk.vault.convert import split_codes

RECOMPUTED = """
SELECT c.id,
       (SELECT group_concat(code, '|') FROM case_behaviours WHERE case_id = c.id),
       (SELECT group_concat(target, '|') FROM referrals WHERE case_id = c.id),
       (SELECT count(*) FROM conversations WHERE case_id = c.id)
FROM cases c
"""


def _tallies_hold(vault: Vault) -> None:
    want = {r[0]: (split_codes(r[1]), split_codes(r[2]), r[3]) for r in vault.db.query(RECOMPUTED)}
    kept = {
        r[0]: (split_codes(r[1]), split_codes(r[2]), r[3])
        for r in vault.db.query("SELECT case_id, behaviours, referrals, conversations FROM case_tallies")
    }
    assert kept == want


def _case(org_id: int, ref: str, behaviours: list[str]) -> Case:
    return Case(ref=ref, organisation_id=org_id, opened=date(2026, 3, 1), behaviours=behaviours)


def test_every_change_of_a_case_and_its_records_keeps_the_tallies(vault: Vault) -> None:
    org_id = vault.organisations.add(Organisation(name="Bakkerij"))
    first = vault.cases.add(_case(org_id, "2026-001", ["bullying", "intimidation"]))
    second = vault.cases.save_with_records(
        _case(org_id, "2026-002", ["other"]),
        CaseRecords(
            [Conversation(case_id=0, date=date(2026, 3, 2), minutes=30, note="een")],
            [],
            [Referral(case_id=0, date=date(2026, 3, 5), target="occupational_physician")],
        ),
    )
    _tallies_hold(vault)
    talk = vault.conversations.add(Conversation(first, date(2026, 3, 4), 45, "intake", ""))
    vault.conversations.add(Conversation(first, date(2026, 3, 9), 15, "follow_up", ""))
    referral = vault.referrals.add(Referral(first, "hr", date(2026, 3, 6)))
    _tallies_hold(vault)
    stored = vault.cases.get(first)
    assert stored is not None
    vault.cases.save_with_records(
        replace(stored, behaviours=["discrimination"]),
        CaseRecords.loaded(vault.conversations.for_parent(first), [], vault.referrals.for_parent(first)),
    )
    _tallies_hold(vault)
    (moved,) = [r for r in vault.referrals.for_parent(first) if r.id == referral]
    vault.referrals.update(replace(moved, target="legal"))
    _tallies_hold(vault)
    (conversation,) = [c for c in vault.conversations.for_parent(first) if c.id == talk]
    vault.conversations.update(replace(conversation, case_id=second))  # moved to the other case
    _tallies_hold(vault)
    vault.conversations.delete(talk)
    vault.referrals.delete(referral)
    _tallies_hold(vault)
    # Rows changed by SQL alone (as a later version might): the triggers follow them too.
    vault.db.execute("INSERT INTO case_behaviours VALUES (?, 'bullying')", (first,))
    vault.db.execute(
        "UPDATE case_behaviours SET code = 'other' WHERE case_id = ? AND code = 'bullying'", (first,)
    )
    _tallies_hold(vault)
    vault.db.execute("DELETE FROM case_behaviours WHERE case_id = ? AND code = 'other'", (first,))
    _tallies_hold(vault)
    vault.cases.delete(second)
    _tallies_hold(vault)
    assert vault.db.query("SELECT count(*) FROM case_tallies") == [(1,)]
    row = vault.db.query_one("SELECT behaviours, referrals, conversations FROM case_tallies")
    assert row == ("discrimination", None, 1)


def test_a_demo_an_import_and_a_purge_keep_the_tallies(vault: Vault, tmp_path: Path) -> None:
    demo_import_purge(vault, tmp_path, _tallies_hold)


def test_the_figures_read_a_case_without_a_tally_from_its_tables(vault: Vault) -> None:
    org_id = vault.organisations.add(Organisation(name="Bakkerij"))
    case_id = vault.cases.add(_case(org_id, "2026-001", ["bullying"]))
    vault.conversations.add(Conversation(case_id, date(2026, 3, 4), 45, "intake", ""))
    vault.referrals.add(Referral(case_id, "legal", date(2026, 3, 6)))
    before = vault.cases.facts()
    vault.db.execute("DELETE FROM case_tallies")
    assert vault.cases.facts() == before
    (fact,) = before
    assert (fact.behaviours, fact.referrals, fact.conversations) == (("bullying",), ("legal",), 1)


def test_an_upgrade_to_version_12_tallies_every_case(vault_path: Path) -> None:
    db = vault_of_version(vault_path, 11, "bullying", ref="2024-001", opened="2024-03-04")
    db.execute("INSERT INTO case_behaviours VALUES (1, 'intimidation')")
    db.execute("INSERT INTO conversations(case_id, date, minutes) VALUES (1, '2024-03-04', 45)")
    db.execute("INSERT INTO referrals(case_id, target, date) VALUES (1, 'legal', '2024-03-05')")
    db.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version >= 12
        _tallies_hold(v)
        (fact,) = v.cases.facts()
        assert fact.behaviours == ("bullying", "intimidation") and fact.conversations == 1


def test_check_names_tallies_that_differ_from_their_records(vault: Vault) -> None:
    assert check_after(vault, "UPDATE case_tallies SET conversations = 7") == [
        "tallies: the figures' tallies differ from the records for 1 case(s)"
    ]
