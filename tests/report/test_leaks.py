"""The leak check on its own: what counts as identifying, and what never does."""

from __future__ import annotations

import time

import pytest

from tests.stats import dataset
from vpdesk.domain.models import Case, Conversation
from vpdesk.report import LeakIndex, find_leaks_in_text
from vpdesk.report.texts import all_fixed_texts, text
from vpdesk.vault import Vault


@pytest.fixture
def orgs(vault: Vault) -> dict[str, int]:
    return dataset.build(vault)


def test_fixed_texts_and_labels_never_trigger(vault: Vault, orgs: dict[str, int]) -> None:
    index = LeakIndex.build(vault, None)
    everything = "\n".join(all_fixed_texts())
    assert index.scan(everything) == []
    for k in (3, 5, 10):
        assert index.scan(text("nl", "method_text", k=k, k1=k - 1, lt=f"<{k}")) == []
    assert index.scan(f"{dataset.ORG_A} {dataset.ORG_B} Marleen Vertrouwen 2026 12 13,1 <5 x") == []


def test_each_kind_of_value_is_found_and_counted(vault: Vault, orgs: dict[str, int]) -> None:
    index = LeakIndex.build(vault, [orgs[dataset.ORG_A]])
    assert [(leak.field, leak.cases) for leak in index.scan("hallo Hendrikus")] == [("reporter_name", 1)]
    found = {leak.field for leak in index.scan(
        "hendrikus de kluiver; W.Zwartkruis@Voorbeeld.example; +31 6 12345678; gv-2026-004; "
        "afdeling grondzaken; Kolkhorst; Zeepziederij")}
    assert found == {"reporter_name", "reporter_email", "reporter_phone", "case_ref", "department",
                     "accused", "note"}
    # Accents and case do not hide a value.
    assert index.scan("HENDRÍKUS")[0].field == "reporter_name"


def test_only_the_covered_organisations_count(vault: Vault, orgs: dict[str, int]) -> None:
    only_b = LeakIndex.build(vault, [orgs[dataset.ORG_B]])
    assert only_b.scan("Hendrikus de Kluiver") == []
    assert only_b.scan("Klaasje")[0].field == "reporter_name"


def test_ordinary_words_in_names_and_notes_do_not_count(vault: Vault, orgs: dict[str, int]) -> None:
    org = orgs[dataset.ORG_A]
    with vault.transaction():
        cid = vault.cases.add(Case("X-1", org, dataset.opened_dates()[0], behaviours=["other"],
                                   reporter_name="Anna de Groot", accused="niet bekend"))
        vault.conversations.add(Conversation(cid, dataset.opened_dates()[0],
                                             note="Gesprek over werkdruk en teamoverleg; zij voelt zich onveilig."))
    index = LeakIndex.build(vault, [org])
    assert index.scan("Er is een groot probleem met werkdruk; het teamoverleg is niet bekend.") == []
    assert index.scan("Anna de Groot")[0].field == "reporter_name"  # the full name still counts
    assert index.scan("anna")[0].field == "reporter_name"


def test_note_words_shared_by_many_cases_are_themes(vault: Vault, orgs: dict[str, int]) -> None:
    org = orgs[dataset.ORG_A]
    with vault.transaction():
        for i in range(6):
            cid = vault.cases.add(Case(f"T-{i}", org, dataset.opened_dates()[0], behaviours=["other"]))
            vault.conversations.add(Conversation(cid, dataset.opened_dates()[0], note="Thema: Flexplekken."))
    index = LeakIndex.build(vault, [org])
    assert index.scan("flexplekken") == []
    assert index.scan("zeepziederij")[0].field == "note"


def test_find_leaks_in_text_and_a_fast_rescan(vault: Vault, orgs: dict[str, int]) -> None:
    leaks = find_leaks_in_text(vault, [orgs[dataset.ORG_A]], "Gesprek met Aaltje Spijkerman")
    assert [leak.field for leak in leaks] == ["reporter_name"]
    assert "Spijkerman" not in leaks[0].describe("en") and "Spijkerman" not in leaks[0].describe("nl")
    assert leaks[0].describe("nl").startswith("naam van een melder")
    index = LeakIndex.build(vault, [orgs[dataset.ORG_A]])
    body = "Signalen over werkdruk en omgangsvormen in de teams. " * 200
    start = time.perf_counter()
    for _ in range(20):
        index.scan(body)
    assert (time.perf_counter() - start) / 20 < 0.05  # quick enough for every keystroke
