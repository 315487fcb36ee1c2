"""The dashboard's signals kept in the vault (migration 9) give what computing them anew gives."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support import PASSPHRASE
from vpdesk.demo import generate_demo
from vpdesk.domain.models import Case, Organisation
from vpdesk.vault import Vault
from vpdesk.vault.dashboard import (
    _STOPWORDS,
    Signal,
    accused_groups,
    accused_signals,
    department_clusters,
    department_signals,
    load_dashboard,
    normalise_words,
)
from vpdesk.vault.purge import purge_cases

TODAY = date(2026, 6, 15)

# -- the earlier implementation, kept here as the reference -------------------------------

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _reference_fold(text: str) -> str:
    folded = " ".join(text.split()).casefold()
    if folded.isascii():
        return folded
    return "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))


def _reference_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(_reference_fold(text)) if len(w) >= 2 and w not in _STOPWORDS)


def _reference_match(a: frozenset[str], b: frozenset[str]) -> bool:
    common = a & b
    return bool(common) and (len(common) >= 2 or len(common) == min(len(a), len(b)))


def _reference_groups(vault: Vault) -> set[tuple[str, tuple[int, ...], tuple[str, ...], date, date]]:
    """Every pair of cases compared, as the first version of the dashboard did."""
    rows = vault.db.query(
        "SELECT c.id, c.ref, c.organisation_id, o.name, c.accused, c.opened FROM cases c "
        "JOIN organisations o ON o.id = c.organisation_id WHERE c.purged IS NULL AND c.accused != ''"
    )
    by_org: dict[int, list[tuple[int, str, str, frozenset[str], date]]] = defaultdict(list)
    for case_id, ref, org_id, org, text, opened in rows:
        by_org[org_id].append((case_id, ref, org, _reference_words(text), date.fromisoformat(opened)))
    out = set()
    for cases in by_org.values():
        parent = list(range(len(cases)))

        def find(x: int, parent: list[int] = parent) -> int:
            while parent[x] != x:
                x = parent[x]
            return x

        for a in range(len(cases)):
            for b in range(a + 1, len(cases)):
                if _reference_match(cases[a][3], cases[b][3]):
                    parent[find(a)] = find(b)
        groups: dict[int, list[int]] = defaultdict(list)
        for i, case in enumerate(cases):
            if case[3]:
                groups[find(i)].append(i)
        for members in groups.values():
            if len(members) > 1:
                chosen = sorted((cases[i] for i in members), key=lambda c: (c[4], c[0]))
                out.add(
                    (
                        chosen[0][2],
                        tuple(c[0] for c in chosen),
                        tuple(c[1] for c in chosen),
                        chosen[0][4],
                        chosen[-1][4],
                    )
                )
    return out


def _shown(signals: list[Signal]) -> set[tuple[str, tuple[int, ...], tuple[str, ...], date, date]]:
    assert all(s.kind == "accused" and s.first and s.last for s in signals)
    return {(s.organisation, s.case_ids, s.case_refs, s.first, s.last) for s in signals}  # type: ignore[misc]


def _stale(vault: Vault) -> set[int]:
    return {r[0] for r in vault.db.query("SELECT organisation_id FROM accused_stale")}


# -- identical answers ----------------------------------------------------------------------

ODD_TEXT = [
    "Çelik", "ÇELIK", "celik", "Yılmaz", "Yilmaz", "Łukasz", "Lukasz", "Straße", "STRASSE", "strasse",
    "Zoë", "Zoe\u0308", "ZOE", "ﬁlip", "filip", "Ærø", "İlker", "ilker", "Σίσυφος", "ΣΊΣΥΦΟΣ", "de",
    "van", "mevrouw", "J.", "el-Amrani", "El Amrani", "O'Brien", "obrien", "Nguyễn", "nguyen", "x",
    "Dvořák", "dvorak", "Ødegård", "odegard", "Jan", "Piet", "de Vries", "teamleider", "ander",
    "\u200bVries", "Vr\u00adies", "Müller", "Mueller", "2e", "AB12", "ß", "ǅemal", "ǆemal",
]  # fmt: skip


LETTERS = "aeioubdkmnrstvzçëïłøßıİæéàñšžĳ" + "AEIOUBDKMNRSTVZÇËÏŁØİÆÉÀÑŠŽ"


def _odd_accused(rng: random.Random, names: list[str]) -> str:
    words = [rng.choice(ODD_TEXT if rng.random() < 0.3 else names) for _ in range(rng.randint(1, 4))]
    return rng.choice([" ", "  ", " (", ", ", "\t", "-"]).join(words)


def test_normalise_words_as_before_on_many_texts() -> None:
    rng = random.Random(3)
    pool = [*"".join(ODD_TEXT), " ", "\n", "1", "_", "-", ".", "\u0301", "\u00a0", "Ǆ", "ǈ"]
    for _ in range(4000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert normalise_words(text) == _reference_words(text), repr(text)
    for text in ODD_TEXT:
        assert normalise_words(text) == _reference_words(text), repr(text)


def test_signals_as_before_on_a_demo_vault(vault: Vault) -> None:
    generate_demo(vault, cases=1200, seed=5, today=TODAY)
    expected = _reference_groups(vault)
    assert len(expected) > 5  # the demo names several accused more than once
    assert _shown(accused_signals(vault)) == expected
    assert _stale(vault) == set()
    assert _shown(accused_signals(vault)) == expected  # now read from the stored keys


def test_signals_as_before_with_accents_and_other_scripts(vault: Vault) -> None:
    rng = random.Random(11)
    names = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 6))) for _ in range(400)]
    orgs = [vault.organisations.add(Organisation(name=f"Organisatie {n}")) for n in range(3)]
    with vault.transaction():
        for i in range(600):
            vault.cases.add(
                Case(
                    ref=f"Z-{i:04d}",
                    organisation_id=rng.choice(orgs),
                    opened=TODAY - timedelta(days=rng.randint(0, 900)),
                    behaviours=["bullying"],
                    accused=_odd_accused(rng, names),
                )
            )
    expected = _reference_groups(vault)
    assert len(expected) > 10
    assert _shown(accused_signals(vault)) == expected
    assert _shown(accused_signals(vault)) == expected


def test_the_whole_dashboard_as_the_functions_over_every_case(vault: Vault) -> None:
    generate_demo(vault, cases=800, seed=9, today=TODAY)
    rows = vault.db.query(
        "SELECT c.id, c.ref, c.organisation_id, o.name, c.department, c.accused, c.opened FROM cases c "
        "JOIN organisations o ON o.id = c.organisation_id WHERE c.purged IS NULL"
    )
    since = date(2025, 6, 15)
    cases = [(r[0], r[1], r[2], r[3], r[4], r[5], date.fromisoformat(r[6])) for r in rows]
    dept = department_clusters([(c[0], c[1], c[2], c[3], c[4], c[6]) for c in cases if since < c[6] <= TODAY])
    accused = accused_groups([(c[0], c[1], c[2], c[3], c[5], c[6]) for c in cases if c[5]])
    board = load_dashboard(vault, TODAY)
    assert sorted(map(repr, board.signals)) == sorted(map(repr, dept + accused))
    assert [(s.last, s.organisation) for s in board.signals] == sorted(
        ((s.last, s.organisation) for s in board.signals), reverse=True
    )
    assert sorted(map(repr, department_signals(vault, TODAY))) == sorted(map(repr, dept))


# -- kept up to date ------------------------------------------------------------------------


@pytest.fixture
def two_orgs(vault: Vault) -> tuple[Vault, int, int]:
    a = vault.organisations.add(Organisation(name="Gemeente Test"))
    b = vault.organisations.add(Organisation(name="Stichting Ander", retention_months=12))
    return vault, a, b


def _case(vault: Vault, ref: str, org: int, accused: str, opened: date = TODAY, **kw: object) -> int:
    return vault.cases.add(
        Case(ref=ref, organisation_id=org, opened=opened, behaviours=["bullying"], accused=accused, **kw)  # type: ignore[arg-type]
    )


def test_a_new_case_naming_the_same_accused_joins_the_signal(two_orgs: tuple[Vault, int, int]) -> None:
    vault, a, b = two_orgs
    first = _case(vault, "a-1", a, "Jan de Vries", TODAY - timedelta(days=30))
    _case(vault, "b-1", b, "Jan de Vries")  # another organisation: no match
    assert accused_signals(vault) == []
    assert _stale(vault) == set()
    second = _case(vault, "a-2", a, "J. DE VRIËS (teamleider)")
    assert _stale(vault) == {a}  # only that organisation is grouped again
    [signal] = accused_signals(vault)
    assert signal.case_ids == (first, second)
    assert signal.case_refs == ("a-1", "a-2")
    assert signal.organisation == "Gemeente Test"
    assert (signal.first, signal.last) == (TODAY - timedelta(days=30), TODAY)
    third = _case(vault, "a-3", a, "Vries")
    [signal] = accused_signals(vault)
    assert signal.case_ids == (first, second, third)


def test_editing_moving_and_deleting_cases_update_the_signal(two_orgs: tuple[Vault, int, int]) -> None:
    vault, a, b = two_orgs
    one = _case(vault, "a-1", a, "Fatima el Amrani")
    two = _case(vault, "a-2", a, "F. El-Amrani")
    _case(vault, "b-1", b, "Fatima El Amrani")
    assert [s.case_ids for s in accused_signals(vault)] == [(one, two)]

    edited = vault.cases.get(two)
    assert edited is not None
    edited.accused = "Piet Jansen"
    vault.cases.update(edited)
    assert accused_signals(vault) == []

    moved = vault.cases.get(one)
    assert moved is not None
    moved.organisation_id = b
    moved.ref = "b-0"
    vault.cases.update(moved)
    [signal] = accused_signals(vault)
    assert signal.organisation == "Stichting Ander" and signal.case_refs[0] == "b-0"

    vault.cases.delete(one)
    assert accused_signals(vault) == []
    assert not vault.db.query("SELECT 1 FROM accused_keys WHERE case_id = ?", (one,))


def test_a_purge_leaves_no_accused_words_behind(two_orgs: tuple[Vault, int, int]) -> None:
    vault, _a, b = two_orgs
    old = _case(
        vault, "b-1", b, "Kees Bakker", date(2020, 1, 1), closed=date(2020, 2, 1), outcome="listening"
    )
    _case(vault, "b-2", b, "Kees Bakker", date(2020, 3, 1), closed=date(2020, 4, 1), outcome="listening")
    assert len(accused_signals(vault)) == 1
    stored = " ".join(r[0] for r in vault.db.query("SELECT words FROM accused_keys"))
    assert "bakker" in stored
    purge_cases(vault, today=TODAY)
    assert not vault.db.query("SELECT 1 FROM accused_keys")  # the words went with the accused
    assert accused_signals(vault) == []
    assert vault.cases.get(old) is not None


def test_a_read_only_vault_shows_the_signals_without_storing_them(vault_path: Path) -> None:
    with Vault.create(vault_path, PASSPHRASE) as vault:
        org = vault.organisations.add(Organisation(name="Gemeente Test"))
        _case(vault, "a-1", org, "Jan de Vries")
        _case(vault, "a-2", org, "de Vries")
    with Vault.open(vault_path, PASSPHRASE, write=False) as vault:
        [signal] = accused_signals(vault)
        assert signal.case_refs == ("a-1", "a-2")
        assert _stale(vault) == {org}  # nothing was written
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert len(accused_signals(vault)) == 1
        assert _stale(vault) == set()


def test_keys_are_not_stored_when_a_case_changed_while_grouping(
    two_orgs: tuple[Vault, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, a, _b = two_orgs
    _case(vault, "a-1", a, "Jan de Vries")
    _case(vault, "a-2", a, "Jan de Vries")
    from vpdesk.vault import dashboard

    grouping = dashboard._organisation_keys

    def meanwhile(v: Vault, org_id: int) -> tuple[list[dashboard._Key], list[dashboard._Key]]:
        keys = grouping(v, org_id)
        _case(vault, "a-3", a, "Jan de Vries")  # saved by the window while the worker groups
        return keys

    monkeypatch.setattr(dashboard, "_organisation_keys", meanwhile)
    [signal] = accused_signals(vault)
    assert signal.case_refs == ("a-1", "a-2")  # what was read
    assert _stale(vault) == {a}  # and grouped again next time
    monkeypatch.setattr(dashboard, "_organisation_keys", grouping)
    [signal] = accused_signals(vault)
    assert signal.case_refs == ("a-1", "a-2", "a-3")
