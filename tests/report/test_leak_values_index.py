"""The vault's own indexes for the leak check: identifying values in the normal form, and the
cases whose texts the full-text index folds otherwise. Kept in step with every write, and the
check of one text through them finds exactly what reading every value and note finds."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from tests.hardening.dump import canonical_dump
from tests.report.test_leak_index_fts import _same
from tests.support import PASSPHRASE
from vpdesk.domain.models import Case, Conversation, Organisation, Referral, Step
from vpdesk.normal import PARTICLES
from vpdesk.report.leaks import LeakIndex
from vpdesk.vault import Vault
from vpdesk.vault.purge import purge_cases
from vpdesk.vault.search import VALUES_COLUMNS, folding_digest, index_alike, values_row

TOKENIZE = "unicode61 remove_diacritics 2"

# Values that reach the check by a way of their own: names and e-mails of particles alone, a
# name that starts with a particle (a first name, context for the word after it), values
# beyond ASCII, an ordinary word as a surname, a one-word e-mail, refs and departments.
VALUES = (
    (
        "GV 2026 099",
        "Zoë Ångström-de Vries",
        "zoe.angstrom@voorbeeld.example",
        "Afdeling Straßenbau",
        "de heer Ünal",
    ),
    ("2026-001", "Van Der", "van.de@gemeente.example", "ICT", "de teamleider"),
    ("2026-002", "de Boer", "bakker@voorbeeld.example", "Zorg en Welzijn", "een collega van Facilitair"),
    ("2026-003", "El Amrani", "", "Team Noord", "Ko Bakker"),
    ("2026-004", "Jan de Jong", "j.de.jong@voorbeeld.example", "", "mevrouw Yılmaz"),
    ("2026-005", "Łukasz Wiśniewski", "l.wisniewski@voorbeeld.example", "Straßenbau", ""),
    ("2026-006", "Anouk Bakker", "anouk@voorbeeld.example", "Inkoop", "de Vries"),
    ("2026-007", "van den Berg", "de@van.der", "ICT", "Joop"),
    ("2026-008", "Piet Smit", "van.der@ten.aan", "", ""),
    ("2026-009", "T. de", "", "", ""),
)
NOTES = (
    "Gesprek met mevrouw Yılmaz over de Straße bij de Fietsenstalling.",
    "Vervolggesprek met Jansen over de koffieautomaat, daarna met De Boer.",
    "Ook Jan\u200bsen en Anou\u00adk waren er; Zoë belde later.",
)
WORDS = (
    "de", "van", "der", "den", "el", "het", "in", "bij", "Boer", "Vries", "Bakker", "Jong",
    "Berg", "Amrani", "Van", "Der", "jan", "Anouk", "Zoe", "Zoë", "Angstrom", "Ünal", "Unal",
    "ICT", "afdeling", "team", "Noord", "Straßenbau", "strassenbau", "zorg", "en", "welzijn",
    "2026", "001", "099", "GV", "gv", "j.de.jong", "van.de", "bakker@voorbeeld.example",
    "mevrouw", "dhr.", "teamleider", "collega", "Facilitair", "Yilmaz", "Lukasz", "Joop",
    "werkdruk", "Melders", "signalen", "06-87654321", "0687654321", "uit", "aan", "ten",
)  # fmt: skip


@pytest.fixture
def values_vault(vault: Vault) -> Vault:
    orgs = [vault.organisations.add(Organisation(name=n)) for n in ("Gemeente Voorbeeld", "Zorggroep Oost")]
    for i, (ref, name, email, department, accused) in enumerate(VALUES):
        case_id = vault.cases.add(
            Case(
                ref=ref,
                organisation_id=orgs[i % 2],
                opened=date(2026, 2, 1),
                behaviours=["bullying"],
                reporter_name=name,
                reporter_email=email,
                reporter_phone="06-87654321" if i == 0 else "",
                department=department,
                accused=accused,
            )
        )
        vault.conversations.add(Conversation(case_id, date(2026, 2, 1), 30, "intake", NOTES[i % len(NOTES)]))
    return vault


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 9))) for _ in range(count)]


def test_a_text_checked_through_the_values_index_finds_what_reading_every_value_finds(
    values_vault: Vault,
) -> None:
    assert values_vault.cases.values_indexed()
    full = LeakIndex.build(values_vault)
    found = 0
    extra = ["Van Der", "van de", "de Boer belde", "El Amrani", "de@van.der", "van der", "t de", "T. de"]
    for text in _texts(3, 150) + extra:
        scoped = _same(values_vault, within=text)
        expected = full.scan(text)
        assert scoped.scan(text) == expected, text
        found += bool(expected)
    assert found > 60


def test_particles_alone_and_a_name_that_starts_with_one_are_found(values_vault: Vault) -> None:
    # "Van Der", "T. de" and the e-mails "van.de@..." and "van.der@..." are made of particles
    # only: the whole counts (the last one's name does not start with a particle).
    for text, field in (
        ("Van Der", "reporter_name"),
        ("van.de@gemeente.example", "reporter_email"),
        ("van der", "reporter_email"),
        ("T. de", "reporter_name"),
    ):
        hits = LeakIndex.build(values_vault, within=text).scan(text)
        assert field in {h.field for h in hits}, text
    # "de Boer": "de" is the first word of a reporter's name, so the word after it counts.
    index = LeakIndex.build(values_vault, within="de Boer")
    assert "de" in index.first_names


def test_a_text_without_any_value_reads_few_cases(values_vault: Vault) -> None:
    text = "Signalen: werkdruk en omgangsvormen, meer melders dan vorig jaar."
    words = LeakIndex(frozenset()).common
    assert all(w in words or w in PARTICLES for w in ("en", "meer", "dan"))
    columns = LeakIndex(None)  # the whole index has no scope: every value
    assert columns._scope is None
    scoped = LeakIndex.build(values_vault, within=text)
    assert scoped.scan(text) == []


def _values_in_step(vault: Vault) -> None:
    rows = vault.db.query(
        "SELECT id, ref, reporter_name, reporter_email, department, accused FROM cases ORDER BY id"
    )
    expected = {r[0]: values_row(*r[1:]) for r in rows}
    got = {
        r[0]: tuple(r[1:])
        for r in vault.db.query(f"SELECT rowid, {', '.join(VALUES_COLUMNS)} FROM case_values ORDER BY rowid")
    }
    assert got == expected
    alike = index_alike(TOKENIZE)
    assert alike is not None
    texts = vault.db.query("SELECT rowid, text FROM case_search")
    folding = {
        cid: int(not alike.issuperset(text)) for cid, text in texts if not text.isascii() or "\x00" in text
    }
    kept = vault.db.query("SELECT case_id, otherwise, digest FROM search_folding")
    assert {r[0]: r[1] for r in kept} == folding
    assert {r[2] for r in kept} <= {folding_digest(TOKENIZE)}


def test_the_indexes_stay_in_step_with_every_write(values_vault: Vault) -> None:
    vault = values_vault
    _values_in_step(vault)
    first = vault.db.query("SELECT min(id) FROM cases")[0][0]
    case = vault.cases.get(first)
    assert case is not None
    case.reporter_name, case.accused = "Henk Peer", "de heer Öztürk"
    vault.cases.update(case)
    vault.steps.add(Step(first, "Bellen met de Straße-collega", None, None))
    vault.referrals.add(
        Referral(first, "occupational_physician", date(2026, 2, 3), "Doorverwezen: ﬁnanciële zorg")
    )
    _values_in_step(vault)
    org = vault.db.query("SELECT id FROM organisations ORDER BY id")[0][0]
    many = [
        Case(f"2026-{100 + i}", org, date(2026, 3, 1), ["bullying"], reporter_name=f"Kees van Dam {i}")
        for i in range(5)
    ]
    vault.cases.add_many(many)
    vault.cases.reindex_range(many[0].id or 0, many[-1].id or 0)
    _values_in_step(vault)
    vault.cases.delete(first)
    _values_in_step(vault)
    vault.cases.rebuild_index()
    _values_in_step(vault)


def test_a_purge_leaves_no_value_in_the_index(values_vault: Vault) -> None:
    vault = values_vault
    vault.db.execute("UPDATE cases SET closed = '2026-03-01', outcome = 'listening'")
    assert purge_cases(vault, today=date(2030, 1, 1)).count == len(VALUES)
    _values_in_step(vault)
    dump = canonical_dump(vault).lower()
    for secret in ("angstrom", "wisniewski", "amrani", "strassenbau", "unal", "facilitair"):
        assert secret.encode() not in dump, secret


def test_an_edited_name_leaves_nothing_of_the_old_one(values_vault: Vault) -> None:
    vault = values_vault
    first = vault.db.query("SELECT min(id) FROM cases")[0][0]
    case = vault.cases.get(first)
    assert case is not None
    case.reporter_name, case.reporter_email = "Henk Peer", ""
    vault.cases.update(case)
    assert b"angstrom" not in canonical_dump(vault).lower()


def test_another_normal_form_reads_every_value_until_the_next_write_makes_it_anew(
    values_vault: Vault,
) -> None:
    vault = values_vault
    vault.db.execute("UPDATE settings SET value = 'older' WHERE key = 'case_values_form'")
    vault.db.execute("DELETE FROM case_values WHERE rowid = (SELECT min(id) FROM cases)")
    assert not vault.cases.values_indexed()
    for text in _texts(8, 30):
        assert LeakIndex.build(vault, within=text).scan(text) == LeakIndex.build(vault).scan(text)
    last = vault.db.query("SELECT max(id) FROM cases")[0][0]
    vault.cases.reindex(last)  # any write makes the whole index anew
    assert vault.cases.values_indexed()
    _values_in_step(vault)


def test_a_case_without_its_values_row_makes_the_check_read_every_value(values_vault: Vault) -> None:
    vault = values_vault
    with vault.db.lock:  # as if a case had been written without its index rows
        vault.db.conn.execute("DELETE FROM case_values WHERE rowid = (SELECT min(id) FROM cases)")
    assert not vault.cases.values_indexed()
    text = "Zoë Ångström belde"
    assert "reporter_name" in {h.field for h in LeakIndex.build(vault, within=text).scan(text)}


def test_folding_rows_of_another_tokenizer_are_read_again(values_vault: Vault) -> None:
    vault = values_vault
    vault.db.execute("UPDATE search_folding SET digest = 'another', otherwise = 0")
    for text in ("Straße en strasse, Yılmaz en Yilmaz", "Anouk en Jansen", *_texts(9, 10)):
        _same(vault, within=text)


def test_an_older_vault_gets_both_indexes_when_it_is_upgraded(values_vault: Vault, vault_path: Path) -> None:
    vault = values_vault
    with vault.db.lock:
        conn = vault.db.conn
        conn.execute("DROP TRIGGER case_search_rows_case_deleted")
        conn.execute("DROP TABLE search_folding")
        conn.execute("DROP TABLE case_values")
        conn.execute("DELETE FROM settings WHERE key = 'case_values_form'")
        conn.execute("DROP INDEX conversations_case_date")  # and what versions 11 to 13 made
        conn.execute("CREATE INDEX conversations_case ON conversations(case_id)")
        for (trigger,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND (name LIKE 'case_tallies_%' OR name LIKE 'conversation_totals_%')"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute("DROP TABLE case_tallies")
        conn.execute("DROP TABLE conversation_totals")
        conn.execute("PRAGMA user_version = 9")
    vault.close()
    with Vault.open(vault_path, PASSPHRASE) as upgraded:
        assert upgraded.cases.values_indexed()
        _values_in_step(upgraded)
        text = "Zoë Ångström en de heer Ünal, Van Der"
        assert LeakIndex.build(upgraded, within=text).scan(text) == LeakIndex.build(upgraded).scan(text)


def test_the_normal_form_names_the_installed_transliteration() -> None:
    from importlib import metadata

    from vpdesk.vault.search import _unidecode_version

    assert _unidecode_version() == metadata.version("unidecode")
