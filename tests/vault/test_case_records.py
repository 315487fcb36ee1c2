"""Saving a case with its records in one unit of work, and the next free reference."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from vpdesk.domain.errors import ValidationError
from vpdesk.domain.models import Case, Conversation, Organisation, Referral, Step
from vpdesk.vault import Vault
from vpdesk.vault.cases import CaseRecords


def _case(org_id: int, ref: str = "2026-001") -> Case:
    return Case(
        ref=ref,
        organisation_id=org_id,
        opened=date(2026, 3, 1),
        behaviours=["bullying"],
        department="Magazijn",
    )


def test_a_new_case_is_written_with_its_records_and_department(vault: Vault) -> None:
    org_id = vault.organisations.add(Organisation(name="Bakkerij"))
    case = _case(org_id)
    talk = Conversation(case_id=0, date=date(2026, 3, 2), minutes=30, note="intake")
    step = Step(case_id=0, what="Terugbellen", due=date(2026, 3, 9))
    case_id = vault.cases.save_with_records(case, CaseRecords([talk], [step], []))
    assert case.id is None and talk.id is None and step.id is None  # the caller's copies stay as they were
    assert vault.cases.get(case_id) is not None
    assert [c.note for c in vault.conversations.for_parent(case_id)] == ["intake"]
    assert [s.what for s in vault.steps.for_parent(case_id)] == ["Terugbellen"]
    org = vault.organisations.get(org_id)
    assert org is not None and "Magazijn" in org.departments


def test_changed_records_are_updated_removed_ones_deleted_unchanged_ones_left(vault: Vault) -> None:
    org_id = vault.organisations.add(Organisation(name="Bakkerij"))
    case_id = vault.cases.save_with_records(
        _case(org_id),
        CaseRecords(
            [Conversation(case_id=0, date=date(2026, 3, 2), minutes=30, note="een")],
            [Step(case_id=0, what="a"), Step(case_id=0, what="b")],
            [],
        ),
    )
    stored = vault.cases.get(case_id)
    assert stored is not None
    records = CaseRecords.loaded(vault.conversations.for_parent(case_id), vault.steps.for_parent(case_id), [])
    first, second = records.steps
    records.steps = [replace(first, what="a, bijgewerkt")]
    assert second.id is not None
    records.deleted["steps"].append(second.id)
    records.referrals.append(
        Referral(case_id=case_id, date=date(2026, 3, 5), target="occupational_physician")
    )
    vault.cases.save_with_records(stored, records)
    assert [s.what for s in vault.steps.for_parent(case_id)] == ["a, bijgewerkt"]
    assert len(vault.referrals.for_parent(case_id)) == 1
    assert [c.note for c in vault.conversations.for_parent(case_id)] == ["een"]


def test_an_invalid_record_writes_nothing(vault: Vault) -> None:
    org_id = vault.organisations.add(Organisation(name="Bakkerij"))
    bad = Step(case_id=0, what="")  # a step needs a description
    with pytest.raises(ValidationError):
        vault.cases.save_with_records(_case(org_id), CaseRecords([], [bad], []))
    assert vault.cases.count() == 0
    org = vault.organisations.get(org_id)
    assert org is not None and org.departments == []


def test_next_reference_follows_the_highest_number_of_the_year_in_the_vault(vault: Vault) -> None:
    org_id = vault.organisations.add(Organisation(name="Bakkerij"))
    assert vault.cases.next_reference(2026) == "2026-001"
    for ref in ("2026-001", "2026-014", "2025-200", "X-1"):
        vault.cases.add(_case(org_id, ref))
    assert vault.cases.next_reference(2026) == "2026-015"
    assert vault.cases.next_reference(2025) == "2025-201"
