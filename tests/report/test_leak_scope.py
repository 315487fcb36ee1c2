"""The leak check of a report builds a smaller index for just that text: same findings."""

from __future__ import annotations

import random

import pytest

from tests.stats import dataset
from vpdesk.domain.models import Case, Conversation
from vpdesk.normal import fold
from vpdesk.report import build_report
from vpdesk.report.leaks import LeakIndex, pdf_text
from vpdesk.vault import Vault


@pytest.fixture
def orgs(vault: Vault) -> dict[str, int]:
    ids = dataset.build(vault)
    # A few values with accents, phones and refs written in other ways, to be found back.
    case = Case(
        ref="GV 2026 099",
        organisation_id=ids[dataset.ORG_A],
        opened=dataset.opened_dates()[0],
        reporter_name="Zoë Ångström-de Vries",
        reporter_phone="06-87654321",
        reporter_email="zoe.angstrom@voorbeeld.example",
        behaviours=["bullying"],
        department="Afdeling Straßenbau",
        accused="de heer Ünal",
    )
    case_id = vault.cases.add(case)
    vault.conversations.add(
        Conversation(case_id, case.opened, 30, "intake", "Besproken: fietsenstalling en koffieautomaat.")
    )
    return ids


def _texts(vault: Vault) -> list[str]:
    """Texts that mix report words with pieces of identifying values, as a leak would."""
    values = [
        str(v)
        for row in vault.db.query(
            "SELECT ref, reporter_name, reporter_email, reporter_phone, department, accused FROM cases"
        )
        for v in row
        if v
    ]
    notes = [r[0] for r in vault.db.query("SELECT note FROM conversations WHERE note != ''")]
    rng = random.Random(5)
    texts = [
        "Jaarverslag 2026 Gemeente Voorbeeld 12 meldingen <5 x",
        "ZOE ANGSTROM bel +31 6 8765 4321",
        "zie gv 2026 099 en straßenbau",
        "Fietsenstalling!",
        "mail: zoe.angstrom@voorbeeld.example.",
    ]
    for _ in range(60):
        parts = [rng.choice(values) for _ in range(rng.randrange(0, 3))]
        words = rng.choice(notes).split()
        parts.append(" ".join(words[rng.randrange(len(words)) :][:3]))
        parts.append("Signalen: werkdruk en omgangsvormen, 2026 Q1 5")
        rng.shuffle(parts)
        texts.append(" ".join(parts))
    return texts


def test_scoped_index_finds_exactly_what_the_full_index_finds(vault: Vault, orgs: dict[str, int]) -> None:
    full = LeakIndex.build(vault)
    found = 0
    for text in _texts(vault):
        expected = full.scan(text)
        assert LeakIndex.build(vault, within=text).scan(text) == expected, text
        found += bool(expected)
    assert found > 30  # the texts do carry identifying values


def test_a_real_report_is_checked_and_carries_its_known_text(vault: Vault, orgs: dict[str, int]) -> None:
    pdf = build_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], threshold=5, lang="en")
    text = pdf_text(pdf)
    assert "Gemeente Voorbeeld" in text


def test_fold_strips_accents_and_case() -> None:
    assert fold("Zoë ÅNGSTRÖM") == "zoe angstrom"
    assert fold("Straße") == "strasse"
    assert fold("ﬁle ½") == "file 1/2"
    assert fold("plain ASCII") == "plain ascii"


def test_names_and_accused_counted_only_by_particles_or_ordinary_words(vault: Vault) -> None:
    """The scoped index leaves out values whose only words in the text cannot count on their
    own: it must still find what the full index finds, and a name of particles alone."""
    ids = dataset.build(vault)
    org = ids[dataset.ORG_A]
    for n, (name, accused) in enumerate(
        [("Van der", "de teamleider"), ("Jan de Vries", "de heer Ünal"), ("Ten Ter", "het hoofd van")]
    ):
        vault.cases.add(
            Case(
                ref=f"PT-{n}",
                organisation_id=org,
                opened=dataset.opened_dates()[0],
                reporter_name=name,
                behaviours=["bullying"],
                accused=accused,
            )
        )
    full = LeakIndex.build(vault)
    texts = [
        "Gesprek met van der over de teamleider.",
        "Zie de notitie van het hoofd.",
        "De Vries belde, ten ter zake.",
        "Afspraak met de heer over de planning.",
        "Gesprek met ten ter.",
    ]
    hits = 0
    for text in texts:
        expected = full.scan(text)
        assert LeakIndex.build(vault, within=text).scan(text) == expected, text
        hits += bool(expected)
    assert hits >= 2
