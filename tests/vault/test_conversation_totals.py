"""The conversations and minutes per organisation and year that the year figures count: kept
by triggers (schema V13) through every way a vault is written, and worked out from the cases
and conversations themselves in a vault not yet upgraded."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support import PASSPHRASE
from tests.vault.sample import check_after, demo_import_purge, vault_of_version
from vpdesk.domain.models import Case, Conversation, Organisation
from vpdesk.vault import Vault

EVERY_YEAR = (1, 9999)


def _expected(vault: Vault, years: tuple[int, int]) -> dict[int, dict[int, tuple[int, int]]]:
    """The same totals, summed in Python from every conversation row."""
    org_of = dict(vault.db.query("SELECT id, organisation_id FROM cases"))
    out: dict[int, dict[int, tuple[int, int]]] = defaultdict(dict)
    for case_id, day, minutes in vault.db.query("SELECT case_id, date, minutes FROM conversations"):
        year = int(day[:4])
        if years[0] <= year <= years[1]:
            n, m = out[org_of[case_id]].get(year, (0, 0))
            out[org_of[case_id]][year] = (n + 1, m + minutes)
    return dict(out)


@pytest.fixture
def spread(vault: Vault) -> Vault:
    """Three organisations (one without conversations), cases opened 2022-2026 with
    conversations on the first and last day of a year among them."""
    rng = random.Random(11)
    orgs = [vault.organisations.add(Organisation(name)) for name in ("Gemeente A", "Zorg B", "Stil C")]
    with vault.transaction():
        for i in range(120):
            opened = date(2022, 1, 1) + timedelta(days=rng.randrange(5 * 365))
            case_id = vault.cases.add(
                Case(ref=f"T-{i}", organisation_id=orgs[i % 2], opened=opened, behaviours=["bullying"])
            )
            for k in range(rng.randrange(5)):
                day = opened + timedelta(days=rng.randrange(400))
                if k == 0 and i % 7 == 0:
                    day = date(opened.year, 12, 31)
                vault.conversations.add(Conversation(case_id, day, rng.choice((0, 15, 45, 60)), "intake", ""))
        vault.conversations.add(Conversation(1, date(2025, 1, 1), 30, "intake", ""))
    return vault


def _totals_hold(vault: Vault) -> None:
    assert vault.conversations.year_totals_by_organisation(EVERY_YEAR) == _expected(vault, EVERY_YEAR)


@pytest.mark.parametrize("years", [(2024, 2025), (2023, 2025), (2025, 2025), (2020, 2028), (2030, 2031)])
def test_totals_per_organisation_and_year(spread: Vault, years: tuple[int, int]) -> None:
    assert spread.conversations.year_totals_by_organisation(years) == _expected(spread, years)
    assert spread.conversations._joined_year_totals(years) == _expected(spread, years)


def _plan_of_totals(vault: Vault) -> str:
    """The query plan of the statement that reads the totals of 2024 and 2025."""
    statements: list[str] = []
    vault.db.conn.set_trace_callback(statements.append)
    vault.conversations.year_totals_by_organisation((2024, 2025))
    vault.db.conn.set_trace_callback(None)
    return " | ".join(row[3] for row in vault.db.query("EXPLAIN QUERY PLAN " + statements[-1]))


def test_the_kept_totals_are_read_without_joining_cases_to_conversations(spread: Vault) -> None:
    plan = _plan_of_totals(spread)
    assert "conversation_totals" in plan and "conversations " not in plan.replace("conversation_totals", "")


def test_every_change_of_a_conversation_or_a_case_keeps_the_totals(spread: Vault) -> None:
    vault = spread
    _totals_hold(vault)
    first, second = (c.id for c in vault.cases.rows()[:2])
    talk = vault.conversations.add(Conversation(first, date(2024, 6, 1), 45, "intake", ""))
    _totals_hold(vault)
    (conversation,) = [c for c in vault.conversations.for_parent(first) if c.id == talk]
    vault.conversations.update(replace(conversation, date=date(2025, 1, 1), minutes=20))  # another year
    _totals_hold(vault)
    vault.conversations.update(replace(conversation, case_id=second))  # to a case of the other organisation
    _totals_hold(vault)
    vault.conversations.delete(talk)
    _totals_hold(vault)
    # A case moved to another organisation takes its conversations along.
    case = vault.cases.get(first)
    assert case is not None
    other = next(org for org in vault.organisations.names() if org != case.organisation_id)
    vault.cases.update(replace(case, organisation_id=other))
    _totals_hold(vault)
    # Rows changed by SQL alone (as a later version might): the triggers follow them too.
    vault.db.execute("UPDATE conversations SET minutes = minutes + 5 WHERE case_id = ?", (second,))
    vault.db.execute(
        "INSERT INTO conversations(case_id, date, minutes) VALUES (?, '2026-02-03', 10)", (second,)
    )
    _totals_hold(vault)
    # A case deleted with its conversations: counted away once, not twice.
    vault.cases.delete(second)
    _totals_hold(vault)
    for case_row in vault.cases.rows():
        vault.cases.delete(case_row.id)
    assert vault.conversations.year_totals_by_organisation(EVERY_YEAR) == {}
    assert vault.db.query(
        "SELECT count(*) FROM conversation_totals WHERE conversations != 0 OR minutes != 0"
    ) == [(0,)]


def test_a_demo_an_import_and_a_purge_keep_the_totals(vault: Vault, tmp_path: Path) -> None:
    demo_import_purge(vault, tmp_path, _totals_hold)


def test_check_names_totals_that_differ_from_the_conversations(vault: Vault) -> None:
    assert check_after(vault, "UPDATE conversation_totals SET minutes = 7") == [
        "totals: the conversation totals differ from the conversations in 1 year(s)"
    ]


def test_a_vault_before_version_13_reads_the_indexes_alone(spread: Vault) -> None:
    spread.db.execute("DROP TABLE conversation_totals")  # as a vault opened read-only before its upgrade
    assert spread.conversations.year_totals_by_organisation((2024, 2025)) == _expected(spread, (2024, 2025))
    plan = _plan_of_totals(spread)
    assert "SCAN c USING COVERING INDEX cases_organisation_opened" in plan
    assert "SEARCH v USING COVERING INDEX conversations_case_date (case_id=? AND date>? AND date<?)" in plan
    assert "TEMP B-TREE" not in plan  # grouped in the order the cases come


def test_upgrade_to_version_11_indexes_conversations_by_case_and_date(vault_path: Path) -> None:
    db = vault_of_version(vault_path, 10, "bullying", ref="2024-001", opened="2024-03-04")
    db.execute("INSERT INTO conversations(case_id, date, minutes) VALUES (1, '2024-03-04', 45)")
    db.execute("INSERT INTO conversations(case_id, date, minutes) VALUES (1, '2025-01-02', 30)")
    db.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version >= 11
        indexes = {r[0] for r in v.db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "conversations_case_date" in indexes and "conversations_case" not in indexes
        totals = v.conversations.year_totals_by_organisation((2024, 2025))
        assert totals == {1: {2024: (1, 45), 2025: (1, 30)}}
        # Deleting a case still finds its conversations through the new index.
        v.cases.delete(1)
        assert v.db.query("SELECT count(*) FROM conversations") == [(0,)]


def test_an_upgrade_to_version_13_totals_every_organisation_and_year(vault_path: Path) -> None:
    db = vault_of_version(vault_path, 12, "bullying", ref="2024-001", opened="2024-03-04")
    for day, minutes in (("2024-03-04", 45), ("2024-12-31", 15), ("2025-01-02", 30)):
        db.execute("INSERT INTO conversations(case_id, date, minutes) VALUES (1, ?, ?)", (day, minutes))
    db.close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version >= 13
        assert v.db.query("SELECT * FROM conversation_totals ORDER BY year") == [
            (1, 2024, 2, 60),
            (1, 2025, 1, 30),
        ]
        _totals_hold(v)
