"""The leak index found through the full-text index answers exactly as reading every note."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from tests.support import PASSPHRASE
from vpdesk.demo import generate_demo
from vpdesk.domain.models import Case, Conversation, Organisation, Step
from vpdesk.normal import runs
from vpdesk.report.leaks import _MID_CAPITAL, LeakIndex, _capitalised_glob, _scope_of
from vpdesk.vault import Vault
from vpdesk.vault.search import fts_tokens
from vpdesk.vault.search import index_alike as _index_alike

TOKENIZE = "unicode61 remove_diacritics 2"

# Notes whose characters the full-text index splits or folds otherwise than the leak check.
ODD_NOTES = (
    "Gesprek met mevrouw Yılmaz over de Straße bij de Fietsenstalling.",
    "De collega Łukasz Wiśniewski kwam erbij; ook Jan\u200bsen en Anou\u00adk waren er.",
    "Het ﬁnanciële overzicht (€200) lag bij Zoë en bij de heer Øster\ufeffgaard.",
    "Kort gesprek; daarna belde Ĳsbrand over het koffieapparaat in Ærøskøbing.",
    "Naam met een combinerend teken: Rene\u0301e Bakker, en ² of ½ als getal.",
    "Noémie en Loïs zaten in een sfeervol overleg met Marloes.",
)
ASCII_NOTES = (
    "Melder vertelt dat Yilmaz en Lukasz het zagen; de fietsenstalling blijft een punt.",
    "Vervolggesprek met Jansen over de koffieautomaat.",
)
TEXTS = (
    "De Straße en de strasse, Yilmaz en Yılmaz, Lukasz en LUKASZ.",
    "Jansen en Anouk, financiele zaken bij Zoe en Ostergaard.",
    "Het koffieapparaat in Aeroskobing en IJsbrand.",
    "Renee Bakker en Marloes, Noemie en Lois, een sfeervol overleg.",
    "Fietsenstalling! koffieautomaat, en 200 euro.",
    "Er is niets bijzonders gebeurd dit jaar.",
)


def _same(vault: Vault, **kw: object) -> LeakIndex:
    new = LeakIndex.build(vault, **kw)  # type: ignore[arg-type]
    old = LeakIndex.build(vault, read_every_note=True, **kw)  # type: ignore[arg-type]
    assert {k: set(v) for k, v in new._keys.items()} == {k: set(v) for k, v in old._keys.items()}
    assert new._phones == old._phones
    within = kw.get("within")
    if within is None:
        assert new.first_names == old.first_names
    else:  # with a text, only the first names among its words are looked for
        scope = LeakIndex(_scope_of(str(within)))._scope or frozenset()
        assert new.first_names & scope == old.first_names & scope
    return new


@pytest.fixture
def odd_vault(vault: Vault) -> Vault:
    org = vault.organisations.add(Organisation(name="Gemeente Voorbeeld"))
    other = vault.organisations.add(Organisation(name="Zorggroep Oost"))
    opened = date(2025, 3, 1)
    for i, note in enumerate(ODD_NOTES + ASCII_NOTES):
        case = Case(
            ref=f"2025-{i:03d}",
            organisation_id=org if i % 2 else other,
            opened=opened,
            behaviours=["bullying"],
            reporter_name=("Zeynep Yılmaz", "Anouk de Jong", "Piet Jansen", "Łukasz Nowak")[i % 4],
        )
        case_id = vault.cases.add(case)
        vault.conversations.add(Conversation(case_id, opened, 30, "intake", note))
        if i % 3 == 0:
            vault.steps.add(Step(case_id, "Terugbellen over het koffieapparaat", None, None))
    return vault


def test_the_tokenizer_is_read_from_the_vault(vault: Vault) -> None:
    assert vault.cases.text_tokenizer() == TOKENIZE


def test_characters_the_index_folds_otherwise_are_not_taken_for_alike() -> None:
    alike = _index_alike(TOKENIZE)
    assert alike is not None
    for odd in "ßıłŁﬁæØĳ\u200b\u00ad\ufeff\u0301€²":
        assert odd not in alike
    for same in "éëïöüÉÖàçñ\u00a0–—’":
        assert same in alike
    # Every character called alike gives the same words in the index as in the normal form.
    rng = random.Random(3)
    chars = sorted(alike)
    samples = ["".join(rng.choice(chars) for _ in range(40)) for _ in range(200)]
    assert fts_tokens(TOKENIZE, samples) == [runs(s) for s in samples]


def test_odd_notes_give_the_same_index_as_reading_every_note(odd_vault: Vault) -> None:
    whole = _same(odd_vault)
    for text in TEXTS:
        scoped = _same(odd_vault, within=text)
        assert scoped.scan(text) == whole.scan(text)
    org = odd_vault.organisations.by_name("Gemeente Voorbeeld")
    assert org is not None and org.id is not None
    for text in TEXTS:
        _same(odd_vault, organisation_ids=[org.id], within=text)
    # Names the index splits ("Jan<ZWSP>sen") or folds otherwise ("Yılmaz", "Straße") are found.
    assert {"note_name"} <= {hit.field for hit in whole.scan(TEXTS[0])}
    fields = {hit.field for hit in whole.scan(TEXTS[1])}
    assert "note_name" in fields or "note" in fields


def test_a_demo_vault_gives_the_same_index_as_reading_every_note(vault: Vault) -> None:
    generate_demo(vault, cases=300, seed=11)
    _same(vault)
    notes = [r[0] for r in vault.db.query("SELECT note FROM conversations WHERE note != ''")]
    names = [r[0] for r in vault.db.query("SELECT reporter_name FROM cases WHERE reporter_name != ''")]
    rng = random.Random(8)
    texts = [
        vault.signals.get(org_id, year).text
        for org_id in (o.id for o in vault.organisations.list())
        if org_id is not None
        for year in (2024, 2025)
    ]
    for _ in range(12):
        words = rng.choice(notes).split()
        start = rng.randrange(len(words))
        texts.append(
            " ".join(words[start : start + 8]) + " " + rng.choice(names) + " " + rng.choice(names).split()[-1]
        )
    for text in texts:
        _same(vault, within=text)


def test_the_capitalised_pattern_keeps_every_name_the_check_finds(odd_vault: Vault) -> None:
    alike = _index_alike(TOKENIZE)
    assert alike is not None
    conn = odd_vault.db.conn
    for note in ("Gesprek met Noémie.", "Gesprek met  MARLOES vandaag", "met Éva", "Kort. Noémie kwam"):
        for match in _MID_CAPITAL.finditer(note):
            word = runs(match.group(1))[0]
            assert conn.execute("SELECT ? GLOB ?", (note, _capitalised_glob(word, alike))).fetchone()[0]
    # A word at the start of a sentence cannot be such a name: the pattern leaves it out.
    assert not conn.execute(
        "SELECT ? GLOB ?", ("Kort. Noemie kwam", _capitalised_glob("noemie", alike))
    ).fetchone()[0]


def test_a_read_only_vault_builds_the_same_index(odd_vault: Vault, vault_path: Path) -> None:
    odd_vault.close()
    with Vault.open(vault_path, PASSPHRASE, write=False) as vault:
        _same(vault)


@pytest.mark.timeout(120)
def test_the_index_is_built_inside_a_transaction_too(odd_vault: Vault) -> None:
    # The texts are read in another thread, except where this one holds the vault's lock.
    with odd_vault.transaction():
        inside = LeakIndex.build(odd_vault, within=TEXTS[0])
    assert inside.scan(TEXTS[0]) == LeakIndex.build(odd_vault, within=TEXTS[0]).scan(TEXTS[0])


def test_a_theme_in_plain_notes_stays_a_theme_when_an_odd_note_has_it_too(vault: Vault) -> None:
    org = vault.organisations.add(Organisation(name="Gemeente Voorbeeld"))
    opened = date(2025, 3, 1)
    notes = ["De xylofoonles liep uit."] * 6 + ["Na de xylofoonles sprak Jan\u200bsen met Łukasz."]
    for i, note in enumerate(notes):
        case_id = vault.cases.add(Case(f"2025-{i:03d}", org, opened, ["bullying"]))
        vault.conversations.add(Conversation(case_id, opened, 30, "intake", note))
    index = _same(vault)
    assert ("xylofoonles",) not in index._keys  # in seven cases: a theme, not a trace
    _same(vault, within="De xylofoonles van Jansen")


WORDS = (
    "Yılmaz",
    "Yilmaz",
    "Jan\u200bsen",
    "Jansen",
    "straße",
    "strasse",
    "xylofoonles",
    "Noémie",
    "ﬁetsenmaker",
    "fietsenmaker",
    "€5",
    "Ærøskøbing",
    "Zoë",
    "Zoe",
    "Łukasz",
    "Lukasz",
    "met",
    "de",
    "heer",
    "mevrouw",
    "gesprek",
    "sprak",
    "Marloes",
    "Bakker",
    "kort",
    "Kort",
    "Rene\u0301e",
    "Renée",
    "teamoverleg",
    "Anou\u00adk",
    "Anouk",
    "2025–014",
    "x²",
    "İlker",
)


def _rare_word(rng: random.Random) -> tuple[str, str]:
    """A made-up word as a note may write it (perhaps with an odd character) and as typed."""
    plain = "".join(rng.choice(("kal", "bro", "mit", "zen", "dor", "vek", "lun", "sar")) for _ in range(3))
    odd = rng.choice(("ß", "ı", "\u200b", "ﬁ", "ø", "æ", "\u00ad", "\u0301", "é", ""))
    cut = rng.randrange(1, len(plain))
    written = plain[:cut] + odd + plain[cut:]
    typed = runs(written)
    return (written.capitalize() if rng.random() < 0.5 else written), " ".join(typed)


def test_random_notes_of_odd_and_plain_words_give_the_same_index(vault: Vault) -> None:
    rng = random.Random(21)
    orgs = [vault.organisations.add(Organisation(name=n)) for n in ("Gemeente Voorbeeld", "Zorggroep")]
    opened = date(2025, 3, 1)
    typed: list[str] = []
    for i in range(40):
        case_id = vault.cases.add(Case(f"2025-{i:03d}", rng.choice(orgs), opened, ["bullying"]))
        for _ in range(rng.randrange(1, 4)):
            words = [rng.choice(WORDS) for _ in range(rng.randrange(3, 12))]
            for _ in range(rng.randrange(0, 3)):
                written, as_typed = _rare_word(rng)
                words.insert(rng.randrange(len(words) + 1), written)
                typed.append(as_typed)
            note = " ".join(w + rng.choice(("", "", ",", ".", ";")) for w in words)
            vault.conversations.add(Conversation(case_id, opened, 30, "intake", note))
    _same(vault)
    for org in orgs:
        _same(vault, organisation_ids=[org])
    for _ in range(12):
        text = " ".join(rng.choice(WORDS + tuple(typed)) for _ in range(rng.randrange(2, 9)))
        _same(vault, within=text)
