"""Repositories: round trips, validation, cascades and the full-text index."""

from __future__ import annotations

from datetime import date

import pytest

from tests.vault.sample import SECRETS, fill
from vpdesk.domain.errors import ValidationError
from vpdesk.domain.models import Activity, Case, Contact, Conversation, Organisation, Referral, Step
from vpdesk.vault import Vault


def _org(vault: Vault, name: str = "Gemeente Voorbeeld", **kw: object) -> int:
    return vault.organisations.add(Organisation(name, **kw))  # type: ignore[arg-type]


def test_case_round_trip(vault: Vault) -> None:
    case_id = fill(vault)
    case = vault.cases.get(case_id)
    assert case is not None
    assert case.reporter_name == SECRETS["reporter_name"]
    assert case.behaviours == ["bullying", "intimidation"]
    assert case.closed == date(2026, 5, 6) and case.outcome == "mediation"
    assert case.status == "closed"
    case.closed, case.outcome = None, None
    case.behaviours = ["integrity"]
    vault.cases.update(case)
    again = vault.cases.get(case_id)
    assert again is not None and again.status == "open" and again.behaviours == ["integrity"]
    assert vault.cases.by_ref(SECRETS["ref"]) == again


def test_case_validation(vault: Vault) -> None:
    org_id = _org(vault)
    with pytest.raises(ValidationError) as info:
        vault.cases.add(Case("2026-001", org_id, date(2026, 5, 1), ["bullying"], closed=date(2026, 4, 1)))
    assert set(info.value.problems) == {"closed"}
    assert "vóór" in info.value.text("closed", "nl")
    with pytest.raises(ValidationError) as info:
        vault.cases.add(Case("2026-001", org_id, date(2026, 5, 1), ["bullying"], outcome="mediation"))
    assert set(info.value.problems) == {"outcome"}
    with pytest.raises(ValidationError) as info:
        vault.cases.add(Case("2026-001", org_id, date(2026, 5, 1), ["shouting"], channel="fax"))
    assert set(info.value.problems) == {"behaviours", "channel"}
    with pytest.raises(ValidationError):
        vault.cases.add(Case("2026-001", org_id, date(2026, 5, 1), []))
    vault.cases.add(Case("2026-001", org_id, date(2026, 5, 1), ["bullying"]))
    with pytest.raises(ValidationError) as info:
        vault.cases.add(Case(" 2026-001 ", org_id, date(2026, 6, 1), ["bullying"]))
    assert set(info.value.problems) == {"ref"}
    assert vault.cases.count() == 1


def test_organisation_with_departments_and_address_book(vault: Vault) -> None:
    org = Organisation(
        "Zorggroep De Linde",
        sector="zorg",
        retention_months=24,
        departments=["Verpleging", "ICT", "ICT", " "],
        contacts=[Contact("hr", "Afdeling P&O", "030-1234567", "po@linde.example")],
    )
    vault.organisations.add(org)
    loaded = vault.organisations.by_name("zorggroep de linde")
    assert loaded is not None
    assert loaded.departments == ["ICT", "Verpleging"]
    assert loaded.contacts[0].name == "Afdeling P&O" and loaded.retention_months == 24
    with pytest.raises(ValidationError):
        vault.organisations.add(Organisation("ZORGGROEP DE LINDE"))
    with pytest.raises(ValidationError):
        vault.organisations.add(Organisation("Nieuw", retention_months=0))


def test_organisation_with_cases_cannot_be_deleted(vault: Vault) -> None:
    fill(vault)
    org = vault.organisations.list()[0]
    assert org.id is not None
    with pytest.raises(ValidationError):
        vault.organisations.delete(org.id)
    empty = _org(vault, "Leeg")
    vault.organisations.delete(empty)
    assert vault.organisations.get(empty) is None


def test_records_and_cascade(vault: Vault) -> None:
    case_id = fill(vault)
    conv = vault.conversations.for_parent(case_id)[0]
    conv.minutes = 75
    vault.conversations.update(conv)
    assert vault.conversations.get(conv.id or 0) == conv
    with pytest.raises(ValidationError):
        vault.conversations.add(Conversation(case_id, date(2026, 1, 1), -5))
    with pytest.raises(ValidationError):
        vault.steps.add(Step(case_id, "   "))
    with pytest.raises(ValidationError):
        vault.referrals.add(Referral(case_id, "astrologer", date(2026, 1, 1)))
    with pytest.raises(ValidationError):
        vault.activities.add(Activity(1, date(2026, 1, 1), "party"))
    vault.cases.delete(case_id)
    for table in ("conversations", "steps", "referrals", "case_behaviours"):
        assert vault.db.query_one(f"SELECT count(*) FROM {table}")[0] == 0
    assert vault.cases.search(SECRETS["reporter_name"]) == []


def test_search_follows_every_change(vault: Vault) -> None:
    case_id = fill(vault)
    for text in (
        "vlasbloem",
        "Ermintrude",
        "QQ-2026-777",
        "xylofoon",
        "knollenkamp",
        "zonnebloem",
        "walrus",
        "pelikaan",
        "0687654321",
    ):
        assert vault.cases.search(text) == [case_id], text
    conv_id = vault.conversations.add(Conversation(case_id, date(2026, 3, 3), 30, "phone", "egelstraat"))
    assert vault.cases.search("egelstraat") == [case_id]
    vault.conversations.delete(conv_id)
    assert vault.cases.search("egelstraat") == []
    case = vault.cases.get(case_id)
    assert case is not None
    case.reporter_name, case.reporter_email = "Anna Brouwer", ""
    vault.cases.update(case)
    assert vault.cases.search("vlasbloem") == []
    assert vault.cases.search("brouwer") == [case_id]
    assert vault.cases.search("  ") == []
    assert vault.cases.search('"; DROP TABLE cases; --') == []
    assert vault.cases.search("ÉRMINTRUDE") == []  # renamed above
    assert vault.cases.search("anna brou") == [case_id]  # every word, as a prefix


def test_accents_fold_in_search(vault: Vault) -> None:
    org_id = _org(vault)
    case_id = vault.cases.add(
        Case("2026-002", org_id, date(2026, 2, 2), ["other"], reporter_name="Zoë Çelik")
    )
    assert vault.cases.search("zoe celik") == [case_id]


def test_rows_and_facts(vault: Vault) -> None:
    case_id = fill(vault)
    vault.steps.add(Step(case_id, "nabellen", due=date(2026, 2, 1)))
    rows = vault.cases.rows()
    assert len(rows) == 1
    assert rows[0].next_due == date(2026, 2, 1)
    assert rows[0].behaviours == ("bullying", "intimidation")
    facts = vault.cases.facts()
    assert facts[0].referrals == ("occupational_physician",)
    assert facts[0].outcome == "mediation"
    assert vault.conversations.year_totals() == {2026: (1, 60)}
    assert vault.activities.year_totals() == {(2026, "information"): (1, 90)}
    assert vault.cases.rows([case_id])[0].id == case_id
    assert vault.cases.rows([]) == []


def test_steps_due(vault: Vault) -> None:
    case_id = fill(vault)
    vault.steps.add(Step(case_id, "later", due=date(2026, 12, 1)))
    vault.steps.add(Step(case_id, "klaar", due=date(2026, 1, 1), done=date(2026, 1, 2)))
    # the sample case is closed: its open step is history, not work to do (as in is_overdue)
    assert vault.steps.open_due_before(date(2026, 6, 1)) == []
    org_id = vault.organisations.list()[0].id
    assert org_id is not None
    open_id = vault.cases.add(Case("2026-900", org_id, date(2026, 2, 1), ["bullying"]))
    vault.steps.add(Step(open_id, "bellen", due=date(2026, 4, 1)))
    vault.steps.add(Step(open_id, "te laat", due=date(2026, 3, 1)))
    vault.steps.add(Step(open_id, "na de dag", due=date(2026, 6, 2)))
    due = vault.steps.open_due_before(date(2026, 6, 1))
    assert [s.what for s in due] == ["te laat", "bellen"]


def test_signals_and_settings(vault: Vault) -> None:
    fill(vault)
    org = vault.organisations.list()[0]
    assert org.id is not None
    assert vault.signals.get(org.id, 2026).text == SECRETS["signals"]
    assert vault.signals.get(org.id, 2025).text == ""
    assert vault.settings.get("adviser_name") == SECRETS["adviser"]
    assert vault.settings.get("missing", "dflt") == "dflt"


def test_audit_log_holds_no_content(vault: Vault) -> None:
    fill(vault)
    vault.audit.record("export", 1)
    with pytest.raises(ValueError):
        vault.audit.record("Ermintrude opened")
    rows = vault.db.query("SELECT * FROM audit_log")
    text = repr(rows)
    for value in SECRETS.values():
        assert value not in text
    assert [e.kind for e in vault.audit.events()][:2] == ["export", "vault_created"]


def test_transaction_rolls_back_everything(vault: Vault) -> None:
    org_id = _org(vault)
    with pytest.raises(RuntimeError):
        with vault.transaction():
            vault.cases.add(Case("2026-010", org_id, date(2026, 1, 1), ["bullying"]))
            vault.cases.add(Case("2026-011", org_id, date(2026, 1, 1), ["bullying"]))
            raise RuntimeError("stop")
    assert vault.cases.count() == 0
    assert vault.cases.search("2026") == []
