"""The conversations and minutes per organisation and year that the year figures count."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support import PASSPHRASE
from tests.vault.sample import vault_of_version
from vpdesk.domain.models import Case, Conversation, Organisation
from vpdesk.vault import Vault


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


@pytest.mark.parametrize("years", [(2024, 2025), (2023, 2025), (2025, 2025), (2020, 2028), (2030, 2031)])
def test_totals_per_organisation_and_year(spread: Vault, years: tuple[int, int]) -> None:
    assert spread.conversations.year_totals_by_organisation(years) == _expected(spread, years)


def test_read_from_the_indexes_alone(spread: Vault) -> None:
    statements: list[str] = []
    spread.db.conn.set_trace_callback(statements.append)
    spread.conversations.year_totals_by_organisation((2024, 2025))
    spread.db.conn.set_trace_callback(None)
    (sql,) = statements
    plan = " | ".join(row[3] for row in spread.db.query("EXPLAIN QUERY PLAN " + sql))
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
