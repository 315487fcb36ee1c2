"""The leak check: does the signals text name anyone the vault knows, or anyone at all?

:class:`LeakIndex` holds the identifying values of the whole vault (every organisation):
reporter names and their parts, e-mail addresses and their local parts, phone numbers, case
references, departments, accused texts, names and distinctive words from notes. Both the
values and the text are compared in one normal form (:mod:`vpdesk.normal`), through
one Aho-Corasick automaton over the words, so the cost of a scan hardly depends on the size
of the vault. :meth:`LeakIndex.scan` answers with :class:`Hit` objects: the field and the
position in the text (line and word), never the value.

How values are matched, as people write them:

- a full name always counts; a first name or surname alone counts too, but when it is also
  an ordinary Dutch word ("Bakker", "de Jong") only with a title, an initial or a first name
  before it, or capitalised in the middle of a sentence;
- names take possessive and plural endings ("Anouks", "Anouk's");
- references match with any dash or prefix ("#2025-014", "2025–014/016"), phones with any
  spacing or +31, e-mail addresses whole or by the part before the @;
- a department counts as whole words, of any length; one that is an ordinary word ("ICT")
  only after "afdeling", "team" and the like;
- words that look like a person's name but are in no field (a first name from name lists, a
  title or an initial followed by a capitalised word) are *possible names*; the adviser can
  mark one "not a name", which holds for that passage until the passage changes.
"""

from __future__ import annotations

import functools
import hashlib
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

import ahocorasick

from vpdesk.background import InBackground
from vpdesk.collector import collector_paused
from vpdesk.normal import TITLES, Word, fold, normal_form, runs, words
from vpdesk.report.wordlists import (
    ORDINARY_FIRST_NAMES,
    PARTICLES,
    common_words,
    fixed_words,
    name_words,
    person_names,
)
from vpdesk.vault.reader import VaultData
from vpdesk.vault.search import folding_digest, fts_term, index_alike

__all__ = [
    "FIELD_LABELS",
    "Hit",
    "LeakIndex",
    "describe_hits",
    "find_hits",
    "keep_marks",
    "normal_form",
]

NOTE_WORD_MIN = 6
DISTINCT_BELOW = 5  # a note word shared by this many records or more is a theme, not a trace
PHONE_MIN_DIGITS = 7
NOTES_PER_PROBE = 400  # notes searched in one call of the automaton
NAME_ENDINGS = frozenset(("s", "es", "en", "n"))  # "Anouks", "Jansens"; "Anouk's" splits itself
DEPARTMENT_WORDS = frozenset(
    (
        "afdeling",
        "afd",
        "team",
        "dienst",
        "bureau",
        "sector",
        "unit",
        "directie",
        "cluster",
        "vestiging",
        "locatie",
        "department",
        "desk",
        "groep",
        "staf",
        "stafafdeling",
    )
)
ALWAYS, CONTEXT, DEPARTMENT_CONTEXT = 0, 1, 2

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "reporter_name": ("naam van een melder", "reporter name"),
    "reporter_email": ("e-mailadres van een melder", "reporter e-mail"),
    "reporter_phone": ("telefoonnummer van een melder", "reporter phone"),
    "case_ref": ("kenmerk van een melding", "case reference"),
    "department": ("afdeling", "department"),
    "accused": ("beschrijving van de beklaagde", "accused"),
    "note_name": ("naam uit notities", "name in notes"),
    "note": ("woord uit notities", "note text"),
    "activity_note": ("woord uit notities bij activiteiten", "activity note"),
    "possible_name": ("mogelijke naam", "possible name"),
    "party_name": ("naam van een partij bij een mediation", "mediation party name"),
    "party_email": ("e-mailadres van een partij bij een mediation", "mediation party e-mail"),
    "mediation_ref": ("kenmerk van een mediation", "mediation reference"),
    "mediation_note": ("woord uit notities bij een mediation", "mediation note text"),
}

_UPPER = "".join(ch for ch in map(chr, range(0x2000)) if ch.isupper())
# A capitalised word that does not start a sentence (nor a line).
_MID_CAPITAL = re.compile(rf"(?<=[^\s.!?:;])[ \t\u00a0]+([{re.escape(_UPPER)}][^\W_]*)")
_RUN_FINDALL = re.compile(r"[a-z0-9]+").findall
_PHONE_RUN = re.compile(r"\+?\d[\d \t\u00a0\-\u2010-\u2015./()]*\d")


@dataclass(frozen=True)
class Hit:
    """One identifying value found: its field and where it stands, never the value itself.

    ``start``/``end`` span the words in the scanned text (for marking them in the window);
    ``mark`` is set for a possible name: the key under which "not a name" is stored.
    """

    field: str
    line: int
    word: int
    start: int
    end: int
    mark: str = ""

    def label(self, lang: str = "en") -> str:
        nl, en = FIELD_LABELS.get(self.field, (self.field, self.field))
        return en if lang == "en" else nl

    def describe(self, lang: str = "en") -> str:
        if lang == "en":
            return f"line {self.line}, word {self.word}: {self.label('en')}"
        return f"regel {self.line}, woord {self.word}: {self.label('nl')}"


def describe_hits(hits: Iterable[Hit], lang: str = "en") -> str:
    return "; ".join(hit.describe(lang) for hit in hits)


@dataclass(frozen=True)
class _Entry:
    field: str
    rule: int
    endings: bool


_NOT_DIGIT = re.compile(r"[^\d\x00]")
# A name of particles alone ("van der"): no letters or digits but those of particles.
_ONLY_PARTICLES = re.compile(
    r"[^0-9a-z]*(?:(?:"
    + "|".join(sorted(map(re.escape, PARTICLES), key=len, reverse=True))
    + r")(?![0-9a-z])[^0-9a-z]*)+",
    re.IGNORECASE,
)
_SPACED = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 or c == 0 else 32 for c in range(256)
)
# The first run of a (lower-case ASCII) name followed by another run, per NUL-separated name.
_FIRST_OF_TWO = re.compile(r"(?:^|(?<=\x00))[^a-z0-9\x00]*([a-z0-9]{2,})[^a-z0-9\x00]+[a-z0-9]")


def _phone_digits(text: str) -> str:
    return _strip_prefix(re.sub(r"\D", "", text))


def _strip_prefix(digits: str) -> str:
    if digits.startswith("0031"):
        digits = digits[4:]
    elif digits.startswith("31") and len(digits) >= 11:
        digits = digits[2:]
    return digits.lstrip("0")


def _scope_of(text: str) -> frozenset[str]:
    """The words of ``text`` and their stems without a name ending."""
    found: set[str] = set()
    for w in runs(text):
        found.add(w)
        for ending in NAME_ENDINGS:
            if w.endswith(ending) and len(w) > len(ending):
                found.add(w[: -len(ending)])
    return frozenset(found)


def _passage_key(candidate: str, passage: str) -> str:
    return hashlib.sha256(f"{candidate}\x00{passage}".encode()).hexdigest()[:24]


def _pieces(items: Iterable[tuple[int, str]], size: int) -> Iterator[list[tuple[int, str]]]:
    piece: list[tuple[int, str]] = []
    for item in items:
        piece.append(item)
        if len(piece) == size:
            yield piece
            piece = []
    if piece:
        yield piece


def _index_differs(repo: Any, organisation_ids: list[int] | None) -> tuple[frozenset[str], set[int]] | None:
    """The characters the index folds as :func:`normal_form`, and the cases whose texts hold
    another one (None when the vault has no full-text index or one with an odd tokenizer).

    The vault keeps which cases those are (:mod:`vpdesk.vault.search`); only the texts of cases
    whose rows were made under another tokenizer are read, or, in a vault without those rows,
    every text beyond ASCII.
    """
    tokenize = repo.text_tokenizer()
    alike = None if tokenize is None else index_alike(tokenize)
    if alike is None:
        return None
    kept = repo.folded_otherwise(organisation_ids, folding_digest(tokenize))
    if kept is None:
        texts = repo.case_texts(organisation_ids, non_ascii=True)
        other: set[int] = set()
    else:
        other, stale = kept
        texts = repo.case_texts(case_ids=stale, non_ascii=True) if stale else iter(())
    # Only texts beyond ASCII reach Python; SQLite picks them out.
    other.update(cid for cid, text in texts if not alike.issuperset(text))
    return alike, other


@functools.lru_cache(maxsize=4)
def _spellings(alike: frozenset[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Per letter or digit of the normal form, the characters of ``alike`` folded to it: all
    of them, and the capitals among them."""
    every: dict[str, str] = defaultdict(str)
    capitals: dict[str, str] = defaultdict(str)
    for c in sorted(alike):
        folded = fold(c)
        if len(folded) == 1 and folded.isalnum():
            every[folded] += c
            if c.isupper():
                capitals[folded] += c
    return dict(every), dict(capitals)


def _capitalised_glob(word: str, alike: frozenset[str]) -> str:
    """A GLOB pattern every text matches in which ``word`` may stand capitalised after a word
    (as :data:`_MID_CAPITAL` finds names), written in characters of ``alike``."""
    every, capitals = _spellings(alike)
    first = capitals.get(word[0]) or word[0].upper()
    letters = "".join(f"[{every.get(ch) or ch}]" for ch in word[1:])
    return f"*[^\n\r.!?:;][ \t\u00a0][{first}]{letters}*"


# -- the index -------------------------------------------------------------------------------


class LeakIndex:
    """The vault's identifying values, ready to be looked for in a text."""

    def __init__(self, scope: frozenset[str] | None = None) -> None:
        self._scope = scope
        self.common = common_words()
        self.name_common = name_words()
        self.fixed = fixed_words()
        list_first, list_last = person_names()
        self.first_names: set[str] = set(list_first)
        self.last_names = list_last
        self._keys: dict[tuple[str, ...], set[_Entry]] = defaultdict(set)
        self._phones: set[str] = set()
        self._automaton: Any = None
        # With a scope: the text's words as written, and those capitalised or after a title,
        # an initial or a first name (where an ordinary-word name can count).
        self._exact: frozenset[str] = frozenset()
        self._marked: frozenset[str] = frozenset()
        self._digits: str | None = None  # with a scope: the text's phone-like digit runs, joined
        self._probes: dict[frozenset[str], Any] = {}

    def _touching(self, values: Iterable[str], ignore: frozenset[str] = frozenset()) -> list[str]:
        """The values with a word in the scope (all of them without one): the others add nothing.

        ``ignore``: words of the scope that cannot make a value count on their own (a name's
        particles, an accused's ordinary words): a value whose only words in the scope are
        those is left out too. ASCII values are searched together, in one pass in C over
        their joined words.
        """
        listed = list(values)
        if self._scope is None:
            return listed
        plain = [v for v in listed if v.isascii()]
        joined = " \x00 ".join(plain)
        if len(plain) < 2 or joined.count("\x00") != len(plain) - 1:
            return listed
        found = [v for v in listed if not v.isascii()]
        words = self._scope - ignore
        probe = self._probes.get(words)
        if probe is None:
            probe = self._probes[words] = ahocorasick.Automaton()
            for w in words:
                probe.add_word(f" {w} ", w)
            if words:
                probe.make_automaton()
        if not words:
            return found
        # Lower case, and every character but letters and digits a space: each value's words
        # (its runs) stand between spaces, at the same positions as in ``joined``.
        spaced = joined.encode("ascii").translate(_SPACED).decode("ascii")
        ends = list(accumulate(map((3).__add__, map(len, plain))))
        hit = {bisect_right(ends, end - 1) for end, _w in probe.iter(" " + spaced + " ")}
        return found + [plain[i] for i in sorted(hit)]

    def learn_first_names(self, names: Iterable[str]) -> None:
        """The first word of every name of two words or more: context for the names around it."""
        plain: list[str] = []
        for name in names:
            if name.isascii() and "\x00" not in name:
                plain.append(name)
            else:
                ws = runs(name)
                if len(ws) >= 2 and len(ws[0]) >= 2:
                    self.first_names.add(ws[0])
        self.first_names.update(_FIRST_OF_TWO.findall("\x00".join(plain).lower()))

    # -- filling -----------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        vault: VaultData,
        organisation_ids: Iterable[int] | None = None,
        *,
        within: str | None = None,
        read_every_note: bool = False,
    ) -> LeakIndex:
        """Collect the identifying values of the vault (``organisation_ids``: only those).

        ``within``: when only this text will be scanned, values that cannot occur in it are
        left out; what :meth:`scan` finds in that text is the same, at a fraction of the cost.

        The notes of cases are found through the vault's full-text index: only the notes that
        can hold a value are read, and those whose characters the index folds otherwise than
        :func:`normal_form` (``ß``, ligatures, ``ı``, invisible characters, ...) are read and
        searched as before. ``read_every_note`` reads and searches every note instead (the
        same answer, slower; the reference the index is tested against), and reads every case's
        identifying values too, where the vault's index of those values picks out the cases
        whose values can count in ``within``.
        """
        # Reading a large vault makes hundreds of thousands of short-lived objects.
        with collector_paused():
            ids = None if organisation_ids is None else sorted(set(organisation_ids))
            return cls._build(vault, ids, within, read_every_note)

    @classmethod
    def _build(
        cls, vault: VaultData, organisation_ids: list[int] | None, within: str | None, read_every_note: bool
    ) -> LeakIndex:
        index = cls(None if within is None else _scope_of(within))
        if within is not None:
            index._exact = frozenset(runs(within))
        repo = vault.cases
        values = repo.identifying_values(organisation_ids)
        if within is not None:
            index._digits = "\x00".join(_phone_digits(m.group()) for m in _PHONE_RUN.finditer(within))
        # Values repeat a lot ("de teamleider", a department): each distinct one is added once.
        # With a scope, the full-text index picks out the cases whose values can count.
        columns = index._identifying_columns(repo, organisation_ids, read_every_note)
        mediations = mediation_values(vault, organisation_ids)
        # Which cases' texts the full-text index folds otherwise: the vault keeps them, but a
        # vault without that list has SQLite read every note beyond ASCII, outside the
        # interpreter lock, while the values are added here.
        # (In this thread when it holds the vault's lock itself: the other could not have it.)
        lock = vault.db.lock
        owned = bool(getattr(lock, "_is_owned", lambda: True)())
        differ = (
            None
            if read_every_note
            else InBackground(
                lambda: _index_differs(repo, organisation_ids), name="leak-index", thread=not owned
            )
        )
        try:
            # First the names: the vault's first names count as context below.
            for names, field in (
                (columns[2], "reporter_name"),
                (mediations["names"], "party_name"),
                (mediations["with_whom"], "activity_note"),
            ):
                index.learn_first_names(names)
                for name in index._names_touching(names):
                    index.add_name(name, field)
            if within is not None:
                index._marked = index._marked_words(within)
            for column, add in (
                (1, index.add_ref),
                (3, index.add_email),
                (5, index.add_department),
            ):
                for value in index._touching(columns[column]):
                    add(value)
            for value in index._touching(columns[6], index._ordinary_in_scope()):
                index.add_accused(value)
            index.add_phones(columns[4])
            for (department,) in values["departments"]:
                index.add_department(department)
            index.add_notes(values["activity_notes"], "activity_note")
            for ref in mediations["refs"]:
                index.add_ref(ref, "mediation_ref")
            for email in mediations["emails"]:
                index.add_email(email, "party_email")
            index.add_phones(mediations["phones"])
            index.add_notes(mediations["texts"], "mediation_note")
            found = None if differ is None else differ.result()
            if found is None or not index.add_case_notes(repo, organisation_ids, *found):
                index.add_notes(repo.case_texts(organisation_ids), "note")
        finally:
            if differ is not None:
                differ.wait()
        index.finish()
        return index

    def _identifying_columns(
        self, repo: Any, organisation_ids: list[int] | None, read_all: bool = False
    ) -> list[set[str]]:
        """The distinct values of each identifying column (as ``identifying_columns``), with a
        scope only those that can count in it, or more.

        The vault's index of identifying values (in the normal form) finds the cases with a
        value holding a word of the scope that can make it count: a name's or an e-mail's word
        other than a particle, any word of a reference or department, an accused's word that is
        not ordinary, a particle that starts a name (a first name: context for the words after
        it), and the particles of a name or e-mail made of particles alone. Phone numbers are
        read only when the scope has a run of digits as long as one. ``read_all``: every case's
        values all the same (the reference this is tested against).
        """
        scope = self._scope
        if scope is None or read_all or not repo.values_indexed():
            every: list[set[str]] = repo.identifying_columns(organisation_ids)
            return every

        def any_of(column: str, terms: Iterable[str]) -> list[str]:
            listed = sorted(terms)
            return [f"{column} : ({' OR '.join(map(fts_term, listed))})"] if listed else []

        particles = scope & PARTICLES
        query = (
            any_of("reporter", scope - PARTICLES)
            + any_of("refdep", scope)
            + any_of("accused", scope - self._ordinary_in_scope())
            + any_of("particles", particles)
            + [f"reporter : ^{fts_term(p)}" for p in sorted(particles) if len(p) >= 2]
        )
        columns: list[set[str]] = repo.identifying_columns(organisation_ids, matching=" OR ".join(query))
        longest = max(map(len, (self._digits or "").split("\x00")))
        columns[4] = set(repo.reporter_phones(organisation_ids)) if longest >= PHONE_MIN_DIGITS else set()
        return columns

    def _names_touching(self, names: Iterable[str]) -> list[str]:
        """:meth:`_touching` for names: every key but the whole name holds a word other than a
        particle, so a name counts by a particle only when it is nothing but particles."""
        listed = list(names)
        if self._scope is None or self._scope.isdisjoint(PARTICLES):
            return self._touching(listed)
        chosen = self._touching(listed, PARTICLES)
        taken = set(chosen)
        return chosen + [n for n in listed if n not in taken and _ONLY_PARTICLES.fullmatch(n)]

    def _ordinary_in_scope(self) -> frozenset[str]:
        return frozenset(w for w in self._scope or () if self._ordinary(w))

    def _ordinary(self, w: str) -> bool:
        return w in self.common or w in self.fixed or w in PARTICLES or w.isdigit()

    def _name_rule(self, w: str) -> int | None:
        """How a single name word counts: always, only in context, or not at all."""
        if len(w) < 2 or w.isdigit() or w in PARTICLES:
            return None
        if len(w) < 3 or w in self.common or w in self.name_common or w in self.fixed:
            return CONTEXT
        return ALWAYS

    def _marked_words(self, text: str) -> frozenset[str]:
        """Words of ``text`` (and stems) capitalised or after a title, initial or first name."""
        found: set[str] = set()
        ws = words(text)
        for i, w in enumerate(ws):
            before = ws[i - 1] if i else None
            if w.capital or (
                before is not None
                and (before.initial or before.norm in TITLES or before.norm in self.first_names)
            ):
                found |= _scope_of(w.norm)
        return frozenset(found)

    def _first_name_rule(self, w: str) -> int:
        ordinary = w in ORDINARY_FIRST_NAMES or w in self.name_common or w in self.fixed
        return CONTEXT if ordinary or len(w) < 3 else ALWAYS

    def _add(self, key: Sequence[str], field: str, rule: int, *, endings: bool = False) -> None:
        if not key:
            return
        if self._scope is not None and not all(w in self._scope for w in key):
            return
        self._keys[tuple(key)].add(_Entry(field, rule, endings))

    def _add_name_words(self, ws: list[str], field: str) -> None:
        """A person's name: the whole, the surname with and without particles, each part."""
        if len(ws) >= 2:
            self._add(ws, field, ALWAYS, endings=True)
        rest = ws[1:] if len(ws) >= 2 else ws
        core = [w for w in rest if w not in PARTICLES]
        rules = [r for r in (self._name_rule(w) for w in core) if r is not None]
        if core and rules:
            rule = ALWAYS if ALWAYS in rules else CONTEXT
            if rest != core:
                self._add(rest, field, rule, endings=True)
            if len(core) >= 2:
                self._add(core, field, rule, endings=True)
        for position, w in enumerate(ws):
            part_rule = self._name_rule(w)
            if position == 0 and len(ws) >= 2 and part_rule is not None:
                part_rule = self._first_name_rule(w)
            if part_rule is not None:
                self._add([w], field, part_rule, endings=True)

    def add_name(self, name: str, field: str = "reporter_name") -> None:
        ws = runs(name)
        if not ws:
            return
        if len(ws) >= 2 and len(ws[0]) >= 2:
            self.first_names.add(ws[0])
        scope = self._scope
        # Every key of a name but the whole name holds a word other than a particle: a name
        # whose only words in the scope are particles adds nothing, unless it is all there.
        if scope is None or any(w in scope and w not in PARTICLES for w in ws) or scope.issuperset(ws):
            self._add_name_words(ws, field)

    def add_email(self, email: str, field: str = "reporter_email") -> None:
        if "@" not in email:
            return
        whole = runs(email)
        if self._scope is not None and self._scope.isdisjoint(whole):
            return
        local = runs(email.split("@", 1)[0])
        self._add(whole, field, ALWAYS)
        if len(local) >= 2:
            self._add(local, field, ALWAYS)
        elif local:
            rule = self._name_rule(local[0])
            if rule is not None:
                self._add(local, field, rule)

    def add_ref(self, ref: str, field: str = "case_ref") -> None:
        ws = runs(ref)
        if self._scope is not None and self._scope.isdisjoint(ws):
            return
        compact = "".join(ws)
        if len(compact) < 3 or (compact.isdigit() and len(compact) < 5):
            return  # too short to tell apart from a figure
        self._add(ws, field, ALWAYS)

    def add_phone(self, phone: str) -> None:
        self._add_digits(_phone_digits(phone))

    def add_phones(self, phones: Iterable[str]) -> None:
        """:meth:`add_phone` for many, their digits picked out in one call."""
        if self._digits == "":
            return  # the text has no digits: no number can be found in it
        listed = list(phones)
        joined = "\x00".join(listed)
        if joined.count("\x00") != len(listed) - 1:
            for phone in listed:
                self.add_phone(phone)
            return
        for digits in _NOT_DIGIT.sub("", joined).split("\x00") if listed else ():
            self._add_digits(_strip_prefix(digits))

    def _add_digits(self, digits: str) -> None:
        if self._digits == "":
            return
        # With a scope, one substring search: a number not in the text's digit runs is never found.
        if len(digits) >= PHONE_MIN_DIGITS and (self._digits is None or digits in self._digits):
            self._phones.add(digits)

    def add_department(self, department: str) -> None:
        ws = runs(department)
        if not ws or (self._scope is not None and self._scope.isdisjoint(ws)):
            return
        plain = all(self._ordinary(w) or w in self.name_common for w in ws)
        self._add(ws, "department", DEPARTMENT_CONTEXT if plain else ALWAYS)
        if len(ws) >= 2:
            for w in ws:
                if len(w) >= 4 and not self._ordinary(w) and w not in DEPARTMENT_WORDS:
                    self._add([w], "department", ALWAYS)

    def add_accused(self, accused: str) -> None:
        ws = runs(accused)
        # Every key holds a word that is not ordinary: without one in the scope, none is kept.
        if self._scope is not None and not any(w in self._scope and not self._ordinary(w) for w in ws):
            return
        if len(ws) >= 2 and not all(self._ordinary(w) for w in ws):
            self._add(ws, "accused", ALWAYS, endings=True)
        for w in ws:
            if len(w) < 3 or self._ordinary(w):
                continue
            self._add([w], "accused", CONTEXT if w in self.name_common else ALWAYS, endings=True)

    def _note_word(self, w: str) -> bool:
        return (
            len(w) >= NOTE_WORD_MIN
            and w.isalpha()
            and not self._ordinary(w)
            and w not in self.name_common
            and not self._compound_of_common(w)
        )

    def _compound_of_common(self, word: str) -> bool:
        """True for Dutch compounds of two common words, such as "werkdruk" or "teamoverleg"."""
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if head in self.common and (tail in self.common or tail.removeprefix("s") in self.common):
                return True
        return False

    def _person_word(self, w: str) -> bool:
        return w in self.first_names or w in self.last_names

    def _wanted(self) -> tuple[frozenset[str] | None, frozenset[str]]:
        """With a scope: the note words and the names worth looking for in notes at all."""
        if self._scope is None:
            return None, frozenset()
        wanted_names = frozenset(
            w
            for w in self._scope
            if self._person_word(w) and (self._name_rule(w) == ALWAYS or w in self._marked)
        )
        return frozenset(w for w in self._exact if self._note_word(w)) | wanted_names, wanted_names

    def add_notes(self, notes: Iterable[tuple[int, str]], field: str) -> None:
        """Distinctive words of notes (rare in the vault) and the names notes mention."""
        wanted, wanted_names = self._wanted()
        if wanted is not None and not wanted:
            return
        distinct, names = self._read_notes(notes, wanted, wanted_names)
        self._add_note_values({w: len(ids) for w, ids in distinct.items()}, names, field)

    def _read_notes(
        self, notes: Iterable[tuple[int, str]], wanted: frozenset[str] | None, wanted_names: frozenset[str]
    ) -> tuple[dict[str, set[int]], set[str]]:
        """Search notes as they are: the records each note word is in (up to a theme's count),
        and the names written capitalised in the middle of a sentence."""
        probe: Any = None
        if wanted is not None:
            probe = ahocorasick.Automaton()
            for w in wanted:
                probe.add_word(w, w)
            probe.make_automaton()
        good: set[str] = set()  # words seen so far that count as note words, and those that do not
        bad: set[str] = set()
        distinct: dict[str, set[int]] = defaultdict(set)
        names: set[str] = set()
        for kept in _pieces((item for item in notes if item[1]), NOTES_PER_PROBE):
            folded_notes = [fold(note) for _, note in kept]  # fold is quickest one text at a time
            if probe is None:
                chosen: Iterable[int] = range(len(kept))
            else:
                # A pass in C over many notes at once finds those holding a wanted word at all.
                found_in: set[int] = set()
                starts: list[int] = []
                position = 0
                for folded in folded_notes:
                    starts.append(position)
                    position += len(folded) + 1
                for end, _w in probe.iter("\x00".join(folded_notes)):
                    found_in.add(bisect_right(starts, end) - 1)
                chosen = sorted(found_in)
            for i in chosen:
                record_id, note = kept[i]
                present = set(_RUN_FINDALL(folded_notes[i]))
                if wanted is not None:
                    present &= wanted
                    if not present:
                        continue
                unseen = present - good - bad  # set operations in C: most words were seen before
                for w in unseen:
                    (good if self._note_word(w) else bad).add(w)
                for w in present & good:
                    ids = distinct[w]
                    ids.add(record_id)
                    if len(ids) >= DISTINCT_BELOW:  # a theme: no longer followed
                        good.discard(w)
                        bad.add(w)
                if wanted is None or not present.isdisjoint(wanted_names):
                    self._names_in(note, names)
        return distinct, names

    def _names_in(self, note: str, names: set[str]) -> None:
        """Names in the lists that ``note`` writes capitalised in the middle of a sentence."""
        for match in _MID_CAPITAL.finditer(note):
            found = runs(match.group(1))
            if found and self._person_word(found[0]):
                names.add(found[0])

    def _add_note_values(self, counts: dict[str, int], names: set[str], field: str) -> None:
        for w, count in counts.items():
            if 0 < count < DISTINCT_BELOW:
                self._add([w], field, ALWAYS)
        for name in names:
            rule = self._name_rule(name)
            if rule is not None:
                self._add([name], "note_name", rule, endings=True)

    def add_case_notes(
        self, repo: Any, organisation_ids: list[int] | None, alike: frozenset[str], other: set[int]
    ) -> bool:
        """The case notes' values through the vault's full-text index (as :meth:`add_notes`).

        The index gives, per case, the terms of all its record texts. Where every character of
        a case's texts is split and folded by the index exactly as by :func:`normal_form`,
        those terms are the note's words: the case is only read when it can hold a wanted
        value. The other cases are read and searched as before. False when the index cannot
        answer (the whole index for some organisations only); nothing was added then.
        ``alike``, ``other``: as :func:`_index_differs` finds them.
        """
        if self._scope is None and organisation_ids is not None:
            return False
        wanted, wanted_names = self._wanted()
        if wanted is not None and not wanted:
            return True
        # Cases with a character the index treats otherwise are read whole, as before.
        distinct, names = self._read_notes(repo.case_texts(case_ids=sorted(other)), wanted, wanted_names)
        counts = {w: len(ids) for w, ids in distinct.items()}

        def indexed(words: Iterable[str], glob: str | None = None, batch: int = 500) -> Iterator[int]:
            found = repo.cases_with_terms(words, organisation_ids, glob=glob, batch=batch)
            return (cid for cid in found if cid not in other)

        def count(w: str) -> None:
            have = counts.get(w, 0)
            for _cid in indexed([w], batch=DISTINCT_BELOW + 1):
                if have >= DISTINCT_BELOW:
                    break
                have += 1
            counts[w] = have

        if wanted is not None:
            for w in wanted:
                if self._note_word(w) and counts.get(w, 0) < DISTINCT_BELOW:
                    count(w)
            if wanted_names:
                for _cid, note in repo.case_texts(case_ids=sorted(set(indexed(wanted_names)))):
                    if note and not wanted_names.isdisjoint(_RUN_FINDALL(fold(note))):
                        self._names_in(note, names)
        else:
            terms = [(t, n) for t, n in repo.text_terms() if t.isascii()]
            for t, n in terms:
                if counts.get(t, 0) >= DISTINCT_BELOW or not self._note_word(t):
                    continue
                if n - len(other) >= DISTINCT_BELOW:
                    counts[t] = DISTINCT_BELOW  # in at least five of the other cases: a theme
                else:
                    count(t)
            for t, _n in terms:
                if t in names or not self._person_word(t):
                    continue
                # Only cases where the word can stand capitalised after a word are read.
                for cid in indexed([t], _capitalised_glob(t, alike), batch=1):
                    for _cid, note in repo.case_texts(case_ids=[cid]):
                        if note:
                            self._names_in(note, names)
                    if t in names:
                        break
        self._add_note_values(counts, names, "note")
        return True

    def finish(self) -> LeakIndex:
        """Build the automaton; call once after filling (``build`` does)."""
        automaton = ahocorasick.Automaton()
        for key, entries in self._keys.items():
            automaton.add_word(" " + " ".join(key), (len(key), tuple(entries)))
        if len(automaton):
            automaton.make_automaton()
            self._automaton = automaton
        else:
            self._automaton = None
        return self

    # -- scanning ----------------------------------------------------------------------------

    def _in_context(self, rule: int, ws: list[Word], first: int, last: int) -> bool:
        if rule == ALWAYS:
            return True
        before = ws[first - 1] if first > 0 and ws[first - 1].token != ws[first].token else None
        if rule == DEPARTMENT_CONTEXT:
            return before is not None and before.norm in DEPARTMENT_WORDS
        if any(ws[j].capital and not ws[j].sentence_start for j in range(first, last + 1)):
            return True
        if before is None or before.line != ws[first].line:
            return False
        return before.initial or before.norm in TITLES or before.norm in self.first_names

    def scan(self, text: str, not_names: Iterable[str] = ()) -> list[Hit]:
        """Every identifying value and possible name in ``text``, in reading order.

        ``not_names``: marks of possible names the adviser said are not names (see
        :attr:`Hit.mark`); they only hold while their passage is unchanged.
        """
        ws = words(text)
        if not ws:
            return []
        hits: list[Hit] = []
        if self._automaton is not None:
            hits += self._scan_values(ws)
        if self._phones:
            hits += self._scan_phones(text, ws)
        hits = _merge(hits)
        taken = [(h.start, h.end) for h in hits]
        skip = frozenset(not_names)
        for hit in self._possible_names(ws):
            if hit.mark in skip or any(s < hit.end and hit.start < e for s, e in taken):
                continue
            hits.append(hit)
        return sorted(_merge(hits), key=lambda h: (h.start, h.field))

    def _scan_values(self, ws: list[Word]) -> list[Hit]:
        starts: list[int] = []
        pieces: list[str] = []
        position = 1
        for w in ws:
            starts.append(position)
            pieces.append(w.norm)
            position += len(w.norm) + 1
        joined = " " + " ".join(pieces) + " "
        hits: list[Hit] = []
        for end, (size, entries) in self._automaton.iter(joined):
            k = bisect_right(starts, end) - 1
            last = ws[k]
            suffix = last.norm[end - starts[k] + 1 :]
            first = k - size + 1
            for entry in entries:
                if suffix and not (entry.endings and suffix in NAME_ENDINGS and last.norm not in self.common):
                    continue
                if self._in_context(entry.rule, ws, first, k):
                    hits.append(Hit(entry.field, ws[first].line, ws[first].number, ws[first].start, last.end))
        return hits

    def _scan_phones(self, text: str, ws: list[Word]) -> list[Hit]:
        token_starts = [w.start for w in ws]
        hits: list[Hit] = []
        for match in _PHONE_RUN.finditer(text):
            digits = _phone_digits(match.group())
            found = any(
                digits[start : start + size] in self._phones
                for size in range(PHONE_MIN_DIGITS, min(len(digits), 15) + 1)
                for start in range(len(digits) - size + 1)
            )
            if found:
                at = ws[max(0, bisect_right(token_starts, match.start()) - 1)]
                end = ws[max(0, bisect_right(token_starts, match.end() - 1) - 1)].end
                hits.append(Hit("reporter_phone", at.line, at.number, at.start, end))
        return hits

    def _possible_names(self, ws: list[Word]) -> list[Hit]:
        """Words that look like a person's name: title, initial or first name + capitalised word."""
        found: list[tuple[int, int]] = []
        i = 0
        while i < len(ws):
            w = ws[i]
            nxt = _next_capital(ws, i)
            if (w.norm in TITLES and w.norm != "heer") or (
                w.norm == "heer" and i > 0 and ws[i - 1].norm == "de"
            ):
                if nxt is not None:
                    found.append((i, nxt))
                    i = nxt + 1
                    continue
            elif (
                w.initial
                and nxt is not None
                and (ws[nxt].norm in self.last_names or not self._ordinary(ws[nxt].norm))
            ):
                found.append((i, nxt))
                i = nxt + 1
                continue
            elif w.capital and w.norm in self.first_names:
                if nxt is not None:
                    found.append((i, nxt))
                    i = nxt + 1
                    continue
                if not w.sentence_start:
                    found.append((i, i))
            i += 1
        hits = []
        for first, last in found:
            candidate = " ".join(ws[j].norm for j in range(first, last + 1))
            sentence = ws[first].sentence
            passage = " ".join(w.norm for w in ws if w.sentence == sentence)
            hits.append(
                Hit(
                    "possible_name",
                    ws[first].line,
                    ws[first].number,
                    ws[first].start,
                    ws[last].end,
                    _passage_key(candidate, passage),
                )
            )
        return hits


def _next_capital(ws: list[Word], i: int) -> int | None:
    """The index of the capitalised word after word ``i`` (over particles), if it follows."""
    j = i + 1
    while j < len(ws) and ws[j].token == ws[i].token:
        j += 1
    while j < len(ws) and ws[j].norm in PARTICLES and ws[j].line == ws[i].line:
        j += 1
    if (
        j < len(ws)
        and ws[j].line == ws[i].line
        and ws[j].capital
        and ws[j].norm.isalpha()
        and ws[j].norm not in PARTICLES
    ):
        return j
    return None


def _merge(hits: list[Hit]) -> list[Hit]:
    """One hit per field and passage: overlapping hits of the same field become one."""
    merged: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.field, h.start, -h.end)):
        if merged and merged[-1].field == hit.field and hit.start < merged[-1].end:
            last = merged[-1]
            if hit.end > last.end:
                merged[-1] = Hit(last.field, last.line, last.word, last.start, hit.end, last.mark)
            continue
        merged.append(hit)
    return merged


def mediation_values(vault: VaultData, organisation_ids: Iterable[int] | None) -> dict[str, Any]:
    """The mediations' identifying values (and the professional record's "with whom" texts),
    indexed like the meldingen's: parties' names, e-mails and phones, references, texts."""
    found: dict[str, Any] = {
        "names": set(),
        "with_whom": set(),
        "emails": set(),
        "phones": set(),
        "refs": set(),
        "texts": [],
    }
    repo = getattr(vault, "mediations", None)
    if repo is None:
        return found
    values = repo.identifying_values(organisation_ids)
    found["refs"] = {ref for _id, ref in values["mediations"] if ref}
    for _id, name, email, phone in values["parties"]:
        if name:
            found["names"].add(name)
        if email:
            found["emails"].add(email)
        if phone:
            found["phones"].add(phone)
    found["texts"] = [(mid, note) for mid, note in values["texts"] if note]
    if organisation_ids is None and getattr(vault, "professional", None) is not None:
        found["with_whom"] = {who for _id, who in vault.professional.texts() if who}
    return found


def find_hits(vault: VaultData, text: str, not_names: Iterable[str] = ()) -> list[Hit]:
    """Identifying values of the whole vault, and possible names, in ``text``."""
    if not text.strip():
        return []
    return LeakIndex.build(vault, within=text).scan(text, not_names)


def keep_marks(index: LeakIndex, text: str, marks: Iterable[str]) -> tuple[str, ...]:
    """The "not a name" marks that still belong to a possible name of ``text``.

    A mark is made of the name and its sentence, so one whose passage changed is dropped.
    """
    current = {hit.mark for hit in index._possible_names(words(text))}
    return tuple(sorted(m for m in set(marks) if m in current))


def pdf_text(pdf: bytes) -> str:
    """The text of every page and the document information of a PDF, with pypdf (for tests)."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    parts = [page.extract_text() or "" for page in reader.pages]
    if reader.metadata:
        parts += [str(v) for v in reader.metadata.values()]
    return "\n".join(parts)
