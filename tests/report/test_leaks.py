"""The leak check on its own: what counts as identifying, and what never does."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.stats import dataset
from vpdesk.domain.models import Case, Conversation
from vpdesk.normal import normal_form
from vpdesk.report import LeakIndex, find_hits, keep_marks
from vpdesk.report.texts import all_fixed_texts, text
from vpdesk.vault import Vault


@pytest.fixture
def orgs(vault: Vault) -> dict[str, int]:
    return dataset.build(vault)


def test_fixed_texts_and_labels_never_trigger(vault: Vault, orgs: dict[str, int]) -> None:
    index = LeakIndex.build(vault, None)
    everything = "\n".join(all_fixed_texts())
    assert [h for h in index.scan(everything) if h.field != "possible_name"] == []
    for k in (3, 5, 10):
        assert index.scan(text("nl", "method_text", k=k, k1=k - 1, lt=f"<{k}")) == []
    assert index.scan(f"{dataset.ORG_A} {dataset.ORG_B} 2026 12 13,1 <5 x") == []


def test_each_kind_of_value_is_found_and_counted(vault: Vault, orgs: dict[str, int]) -> None:
    index = LeakIndex.build(vault)
    assert [(h.field, h.line, h.word) for h in index.scan("hallo Hendrikus")] == [("reporter_name", 1, 2)]
    found = {
        leak.field
        for leak in index.scan(
            "hendrikus de kluiver; W.Zwartkruis@Voorbeeld.example; +31 6 12345678; gv-2026-004; "
            "afdeling grondzaken; Kolkhorst; Zeepziederij"
        )
    }
    assert found == {
        "reporter_name",
        "reporter_email",
        "reporter_phone",
        "case_ref",
        "department",
        "accused",
        "note",
    }
    # Accents and case do not hide a value.
    assert index.scan("HENDRÍKUS")[0].field == "reporter_name"


def test_every_organisation_counts(vault: Vault, orgs: dict[str, int]) -> None:
    index = LeakIndex.build(vault)
    assert index.scan("Hendrikus de Kluiver")[0].field == "reporter_name"
    assert index.scan("Klaasje")[0].field == "reporter_name"


def test_ordinary_words_in_names_and_notes_do_not_count(vault: Vault, orgs: dict[str, int]) -> None:
    org = orgs[dataset.ORG_A]
    with vault.transaction():
        cid = vault.cases.add(
            Case(
                "X-1",
                org,
                dataset.opened_dates()[0],
                behaviours=["other"],
                reporter_name="Anna de Groot",
                accused="niet bekend",
            )
        )
        vault.conversations.add(
            Conversation(
                cid,
                dataset.opened_dates()[0],
                note="Gesprek over werkdruk en teamoverleg; zij voelt zich onveilig.",
            )
        )
    index = LeakIndex.build(vault)
    assert index.scan("Er is een groot probleem met werkdruk; het teamoverleg is niet bekend.") == []
    assert index.scan("Anna de Groot")[0].field == "reporter_name"  # the full name still counts
    assert index.scan("anna")[0].field == "reporter_name"


def test_note_words_shared_by_many_cases_are_themes(vault: Vault, orgs: dict[str, int]) -> None:
    org = orgs[dataset.ORG_A]
    with vault.transaction():
        for i in range(6):
            cid = vault.cases.add(Case(f"T-{i}", org, dataset.opened_dates()[0], behaviours=["other"]))
            vault.conversations.add(Conversation(cid, dataset.opened_dates()[0], note="Thema: Flexplekken."))
    index = LeakIndex.build(vault)
    assert index.scan("flexplekken") == []
    assert index.scan("zeepziederij")[0].field == "note"


def test_find_hits_and_a_fast_rescan(vault: Vault, orgs: dict[str, int]) -> None:
    hits = find_hits(vault, "Gesprek met Aaltje Spijkerman")
    assert [(h.field, h.line, h.word) for h in hits] == [("reporter_name", 1, 3)]
    assert "Spijkerman" not in hits[0].describe("en") and "Spijkerman" not in hits[0].describe("nl")
    assert hits[0].describe("nl") == "regel 1, woord 3: naam van een melder"
    index = LeakIndex.build(vault)
    body = "Signalen over werkdruk en omgangsvormen in de teams. " * 200
    start = time.perf_counter()
    for _ in range(20):
        assert index.scan(body) == []
    assert (time.perf_counter() - start) / 20 < 0.05  # quick enough for every keystroke


def test_the_normal_form() -> None:
    assert normal_form("  Yıl\u200bmaz\u00ad  ŁUKASZ\tStraße\ufeff ") == "yilmaz lukasz strasse"
    assert normal_form("2025\u2013014 \u2014 2025\u2011015 \u2212 x") == "2025-014 - 2025-015 - x"
    assert normal_form("ﬁle Ｚｏë") == "file zoe"


def test_a_surname_that_is_an_ordinary_word_needs_context(vault: Vault, orgs: dict[str, int]) -> None:
    with vault.transaction():
        vault.cases.add(
            Case(
                "X-2",
                orgs[dataset.ORG_B],
                dataset.opened_dates()[0],
                behaviours=["other"],
                reporter_name="Sanne de Jong",
            )
        )
    index = LeakIndex.build(vault)
    assert index.scan("Het jong talent en de jonge medewerkers.") == []
    assert index.scan("Het was niet de bakker die dat zei.") == []
    for written in ("mevrouw De Jong", "mw. de Jong", "S. de Jong", "zei De Jong", "Sanne"):
        assert [h.field for h in index.scan(f"Dat {written} het zei.")] == ["reporter_name"], written


def test_possible_names_and_not_a_name(vault: Vault, orgs: dict[str, int]) -> None:
    index = LeakIndex.build(vault)
    text_ = "De training is gegeven.\nWij werkten samen met Mehmet Brouwersgracht aan het protocol."
    hits = index.scan(text_)
    assert [(h.field, h.line, h.word) for h in hits] == [("possible_name", 2, 5)]
    assert text_[hits[0].start : hits[0].end] == "Mehmet Brouwersgracht"
    mark = hits[0].mark
    assert index.scan(text_, [mark]) == []
    # Another passage edited: the mark holds; the passage itself edited: it is gone.
    assert index.scan("Een andere zin.\n" + text_.split("\n")[1], [mark]) == []
    changed = text_.replace("aan het protocol", "aan de gedragscode")
    assert [h.field for h in index.scan(changed, [mark])] == ["possible_name"]
    assert keep_marks(index, changed, [mark]) == ()
    assert keep_marks(index, text_, [mark, "stale"]) == (mark,)


NAME_LETTERS = "abcdeghiklmnoprstuvyzáäçéëğıîïłńóöśşüźż"
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u00ad", "\ufeff", "\u2060"]


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_names_with_diacritics_and_invisible_characters_are_found(
    vault: Vault, orgs: dict[str, int], data: st.DataObject
) -> None:
    first = data.draw(st.text(NAME_LETTERS, min_size=4, max_size=8), label="first")
    last = data.draw(st.text(NAME_LETTERS, min_size=5, max_size=10), label="last")
    name = f"{first.capitalize()} {last.capitalize()}"
    key = normal_form(name).split()
    common = LeakIndex().common | LeakIndex().name_common
    assume(len(key) == 2 and all(len(k) >= 4 and k not in common for k in key))
    with vault.transaction():
        case_id = vault.cases.add(
            Case(
                "P-1",
                orgs[dataset.ORG_B],
                dataset.opened_dates()[0],
                behaviours=["other"],
                reporter_name=name,
            )
        )
    try:
        # Written without accents, in another case, with invisible characters inside.
        written = data.draw(st.sampled_from(["plain", "upper", "invisible", "surname"]), label="how")
        shown = {
            "plain": normal_form(name).title(),
            "upper": name.upper(),
            "surname": "mevrouw " + last.capitalize(),
        }.get(written, name)
        if written == "invisible":
            cut = data.draw(st.integers(1, len(last) - 1), label="cut")
            mark = data.draw(st.sampled_from(INVISIBLE), label="mark")
            shown = f"{first.capitalize()} {last.capitalize()[:cut]}{mark}{last[cut:]}"
        signals = f"Meldingen kwamen vooral uit teams.\nHet gesprek met {shown} verliep rustig."
        hits = find_hits(vault, signals)
        at = 5 if written == "surname" else 4
        assert ("reporter_name", 2, at) in [(h.field, h.line, h.word) for h in hits]
        assert all(normal_form(last) not in h.describe() for h in hits)
    finally:
        with vault.transaction():
            vault.cases.delete(case_id)
