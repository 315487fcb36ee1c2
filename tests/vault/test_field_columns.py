"""The newer case facts in the vault: stored and read back, imported in bulk, and added to a
vault of the version before by migration 7."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.support import PASSPHRASE
from tests.vault.sample import vault_of_version
from vpdesk.domain.models import Case, Conversation, Organisation
from vpdesk.vault import Vault, schema


def _case(org: int, ref: str = "2026-010") -> Case:
    return Case(
        ref,
        org,
        date(2026, 2, 2),
        behaviours=["integrity_abuse_of_power", "stalking", "online"],
        closed=date(2026, 3, 2),
        outcome="referral",
        anonymous=True,
        reporter_role="student",
        reporter_age="under_18",
        wish="investigation",
    )


def test_round_trip_through_a_real_vault(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as v:
        org = v.organisations.add(Organisation("Scholengroep Rivierland"))
        case_id = v.cases.add(_case(org))
        v.conversations.add(Conversation(case_id, date(2026, 2, 2)))
        v.conversations.add(Conversation(case_id, date(2026, 2, 9)))
        v.cases.add_many([_case(org, "2026-011")])
    with Vault.open(vault_path, PASSPHRASE) as v:
        for ref in ("2026-010", "2026-011"):
            case = v.cases.by_ref(ref)
            assert case is not None
            assert case.anonymous is True
            assert (case.reporter_role, case.reporter_age, case.wish) == (
                "student",
                "under_18",
                "investigation",
            )
            assert sorted(case.behaviours) == ["integrity_abuse_of_power", "online", "stalking"]
        first = v.cases.by_ref("2026-010")
        assert first is not None and first.id is not None
        first.anonymous, first.wish, first.reporter_age = False, None, "unknown"
        v.cases.update(first)
        again = v.cases.get(first.id)
        assert again is not None and (again.anonymous, again.wish, again.reporter_age) == (
            False,
            None,
            "unknown",
        )
        facts = {f.id: f for f in v.cases.facts()}
        assert facts[first.id].conversations == 2 and facts[first.id].wish is None
        other = v.cases.by_ref("2026-011")
        assert other is not None and other.id is not None
        assert facts[other.id].anonymous and facts[other.id].wish == "investigation"
        assert facts[other.id].reporter_age == "under_18"


def test_migration_7_adds_the_columns_to_a_vault_of_version_6(vault_path: Path) -> None:
    columns = {"ref": "2024-001", "opened": "2024-03-04", "closed": "2024-04-01", "outcome": "listening"}
    vault_of_version(vault_path, 6, "integrity", **columns).close()
    with Vault.open(vault_path, PASSPHRASE) as v:
        assert v.schema_version == schema.CURRENT_VERSION >= 7
        case = v.cases.get(1)
        assert case is not None
        # What was there before has no such facts: named, age unknown, no wish recorded.
        assert (case.anonymous, case.reporter_age, case.wish) == (False, "unknown", None)
        assert case.behaviours == ["integrity"]
