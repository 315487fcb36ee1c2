"""The leak check: is any identifying value from the vault in the report's text?

:class:`LeakIndex` collects, for the organisations a report covers, every identifying value
(reporter names and their parts, e-mail addresses, phone numbers, case references,
departments, accused texts and distinctive words from notes) in a form that is quick to
look up; :meth:`LeakIndex.scan` then checks any text against it. A hit is reported as the
field and the number of cases, never the value.

False positives are kept away on purpose: the report's own fixed texts and taxonomy labels,
the organisation names and the adviser's name never count. A name part counts on its own
unless it is an ordinary word as well ("Groot", "Meer"); the full name always counts. Single
words of accused texts and departments count unless they are common Dutch or English words. A
word from notes counts only when it is at least six letters long, is not a common word nor a
compound of two common words ("teamoverleg"), and occurs in the notes of fewer than five
cases (a word many cases share is a theme, not a trace of one person).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from vpdesk.paths import resource
from vpdesk.report.texts import all_fixed_texts

PARTICLES = frozenset((
    "van", "de", "der", "den", "het", "ten", "ter", "te", "op", "in", "la", "le", "du", "da", "di",
    "del", "von", "vom", "zu", "aan", "af", "bij", "uit", "vd", "v", "d", "t", "s",
))
NOTE_WORD_MIN = 6
NAME_PART_MIN = 3
DISTINCT_BELOW = 5  # a note word shared by this many cases or more is not distinctive
PHONE_MIN_DIGITS = 7
PDF_PRODUCER_WORDS = "vpdesk ReportLab PDF Library www.reportlab.com unknown anonymous"  # metadata

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "reporter_name": ("naam van een melder", "reporter name"),
    "reporter_email": ("e-mailadres van een melder", "reporter e-mail"),
    "reporter_phone": ("telefoonnummer van een melder", "reporter phone"),
    "case_ref": ("kenmerk van een melding", "case reference"),
    "department": ("afdeling", "department"),
    "accused": ("beschrijving van de beklaagde", "accused"),
    "note": ("woord uit notities", "note text"),
    "activity_note": ("woord uit notities bij activiteiten", "activity note"),
    "party_name": ("naam van een partij bij een mediation", "mediation party name"),
    "party_email": ("e-mailadres van een partij bij een mediation", "mediation party e-mail"),
    "mediation_ref": ("kenmerk van een mediation", "mediation reference"),
    "mediation_note": ("woord uit notities bij een mediation", "mediation note text"),
}

_WORD = re.compile(r"[^\W_]+")
_PHONE_RUN = re.compile(r"\+?\d[\d \-./()]*\d")


@dataclass(frozen=True)
class Leak:
    """One kind of identifying value found: the field and in how many cases (or activities)."""

    field: str
    cases: int

    def describe(self, lang: str = "en") -> str:
        nl, en = FIELD_LABELS.get(self.field, (self.field, self.field))
        if lang == "en":
            return f"{en} ({self.cases} {'case' if self.cases == 1 else 'cases'})"
        return f"{nl} ({self.cases} {'melding' if self.cases == 1 else 'meldingen'})"


def describe_leaks(leaks: Iterable[Leak], lang: str = "en") -> str:
    """The fields found, e.g. ``reporter name (1 case), note text (2 cases)``."""
    return ", ".join(leak.describe(lang) for leak in leaks)


class _CombiningMarks(dict[int, "int | None"]):
    """A ``str.translate`` table that drops combining marks, filled as characters are met.

    Translating in C is many times faster than testing every character in Python, which
    matters when the notes of tens of thousands of cases are folded.
    """

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_STRIP_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    """Lower case without accents, so "Zoë" matches "zoe"."""
    if text.isascii():
        # ASCII is its own NFKD form and has no combining marks.
        return text.casefold()
    return unicodedata.normalize("NFKD", text).translate(_STRIP_MARKS).casefold()


def tokens(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _loose_tokens(text: str) -> set[str]:
    """Whitespace-separated chunks without surrounding punctuation (for refs and e-mails)."""
    return {chunk.strip(".,;:!?()[]{}\"'‹›«»“”‘’") for chunk in fold(text).split()}


def _phone_digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0031"):
        digits = digits[4:]
    elif digits.startswith("31") and len(digits) >= 11:
        digits = digits[2:]
    return digits.lstrip("0")


def _word_list(name: str) -> frozenset[str]:
    lines = resource("report", name).read_text(encoding="utf-8").splitlines()
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Frequent Dutch and English words."""
    return _word_list("common_words.txt")


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Ordinary words that are also surnames or parts of them."""
    return _word_list("name_words.txt")


@lru_cache(maxsize=1)
def fixed_words() -> frozenset[str]:
    """Every word the report itself prints (fixed texts and labels, both languages)."""
    words: set[str] = set(tokens(PDF_PRODUCER_WORDS))
    for t in all_fixed_texts():
        words.update(tokens(t))
    return frozenset(words)


@dataclass(frozen=True)
class _Scope:
    """What one known text can match: its words, its loose chunks and its digit runs."""

    words: frozenset[str]
    loose: frozenset[str]
    digits: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> _Scope:
        runs = (run for line in text.splitlines() for run in _PHONE_RUN.findall(line))
        return cls(frozenset(tokens(text)), frozenset(_loose_tokens(text)),
                   tuple(_phone_digits(run) for run in runs))

    def phrase(self, words: list[str]) -> bool:
        return all(w in self.words for w in words)

    def phone(self, digits: str) -> bool:
        return any(digits in run for run in self.digits)


class LeakIndex:
    """Identifying values of some organisations, ready to be looked for in a text."""

    def __init__(self, safe_words: Iterable[str] = (), *, scope: _Scope | None = None) -> None:
        # With a scope, values that cannot occur in that one text are left out (see build).
        self._scope = scope
        self.safe = fixed_words() | frozenset(safe_words)
        self.common = common_words()
        self.name_common = name_words()
        self._words: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._phrases: dict[str, list[tuple[tuple[str, ...], str, int]]] = defaultdict(list)
        self._loose: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._phones: dict[str, set[int]] = defaultdict(set)

    # -- filling -----------------------------------------------------------------------------

    @classmethod
    def build(
        cls, vault: Any, organisation_ids: Iterable[int] | None, *, within: str | None = None,
        safe_words: Iterable[str] = (),
    ) -> LeakIndex:
        """Collect the identifying values of the given organisations (None = all).

        ``within``: when only this one text will be scanned, values that cannot occur in it
        (a word it does not contain, a phone number none of its digit runs holds) are not
        indexed. What :meth:`scan` finds in that text is exactly the same, at a fraction of
        the time and memory, which matters on a vault of tens of thousands of cases.
        """
        scope = None if within is None else _Scope.of(within)
        names = vault.organisations.names()
        safe: list[str] = []
        for org_name in names.values():
            safe += tokens(org_name)
        safe += tokens(vault.settings.get("adviser_name"))
        for fixed in safe_words:  # the fixed texts of another document (mediation report, ...)
            safe += tokens(fixed)
        index = cls(safe, scope=scope)
        values = vault.cases.identifying_values(organisation_ids)
        for cid, ref, name, email, phone, department, accused in values["cases"]:
            index.add_ref(cid, ref or "")
            index.add_name(cid, name or "")
            index.add_email(cid, email or "")
            index.add_phone(cid, phone or "")
            index.add_text(cid, "department", department or "", min_len=4)
            index.add_text(cid, "accused", accused or "", min_len=NAME_PART_MIN)
        for (department,) in values["departments"]:
            index.add_text(0, "department", department, min_len=4)
        wanted: frozenset[str] | None = None
        if scope is not None:
            # The words of the text that could count as note words at all (see add_note_words).
            wanted = frozenset(w for w in scope.words if index._note_word(w))
        for key, field in (("case_texts", "note"), ("activity_notes", "activity_note")):
            words: dict[str, set[int]] = defaultdict(set)
            if wanted is None:
                for record_id, note in values[key]:
                    for word in set(tokens(note or "")):
                        words[word].add(record_id)
            elif wanted:
                # A word of a note is a part of its folded text, so a note without any wanted
                # word as a part is skipped after one search instead of being split in words.
                probe = re.compile("|".join(re.escape(w) for w in sorted(wanted, key=len, reverse=True)))
                for record_id, note in values[key]:
                    folded = fold(note or "")
                    if probe.search(folded) is None:
                        continue
                    for word in set(_WORD.findall(folded)) & wanted:
                        words[word].add(record_id)
            index.add_note_words(words, field)
        add_mediation_values(index, vault, organisation_ids, wanted)
        return index

    def _plain(self, word: str, min_len: int, common: frozenset[str] | None = None) -> bool:
        """A word distinctive enough to count on its own."""
        return (
            len(word) >= min_len
            and not word.isdigit()
            and word not in PARTICLES
            and word not in self.safe
            and word not in (self.common if common is None else common)
        )

    def _compound_of_common(self, word: str) -> bool:
        """True for Dutch compounds of two common words, such as "werkdruk" or "teamoverleg"."""
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if head in self.common and (tail in self.common or tail.removeprefix("s") in self.common):
                return True
        return False

    def _add_phrase(self, case_id: int, field: str, words: list[str], *, ordinary: bool = False) -> None:
        """Index a value of several words; with ``ordinary``, only if one of them is unusual."""

        def plain(w: str) -> bool:
            return w in self.safe or w.isdigit() or (ordinary and (w in self.common or w in PARTICLES))

        in_scope = self._scope is None or self._scope.phrase(words)
        if len(words) >= 2 and in_scope and not all(plain(w) for w in words):
            self._phrases[words[0]].append((tuple(words), field, case_id))

    def _in_scope(self, word: str) -> bool:
        return self._scope is None or word in self._scope.words

    def add_name(self, case_id: int, name: str, field: str = "reporter_name") -> None:
        words = tokens(name)
        self._add_phrase(case_id, field, words)
        for w in words:
            if self._in_scope(w) and self._plain(w, NAME_PART_MIN, self.name_common):
                self._words[w][field].add(case_id)

    def add_text(self, case_id: int, field: str, value: str, *, min_len: int) -> None:
        words = tokens(value)
        self._add_phrase(case_id, field, words, ordinary=True)
        for w in words:
            if self._in_scope(w) and self._plain(w, min_len):
                self._words[w][field].add(case_id)

    def add_email(self, case_id: int, email: str, field: str = "reporter_email") -> None:
        email = fold(email.strip())
        if "@" in email:
            if self._scope is None or email in self._scope.loose:
                self._loose[email][field].add(case_id)
            self._add_phrase(case_id, field, tokens(email))

    def add_ref(self, case_id: int, ref: str, field: str = "case_ref") -> None:
        folded = fold(ref.strip())
        compact = re.sub(r"\W", "", folded)
        if len(compact) < 3 or (compact.isdigit() and len(compact) < 5):
            return  # too short to tell apart from a figure
        if " " in folded:
            self._add_phrase(case_id, field, tokens(folded))
        elif self._scope is None or folded in self._scope.loose:
            self._loose[folded][field].add(case_id)

    def add_phone(self, case_id: int, phone: str) -> None:
        digits = _phone_digits(phone)
        if len(digits) >= PHONE_MIN_DIGITS and (self._scope is None or self._scope.phone(digits)):
            self._phones[digits].add(case_id)

    def _note_word(self, word: str) -> bool:
        """A word that counts when found in the notes of fewer than DISTINCT_BELOW records."""
        return word.isalpha() and self._plain(word, NOTE_WORD_MIN) and not self._compound_of_common(word)

    def add_note_words(self, words: dict[str, set[int]], field: str) -> None:
        for word, ids in words.items():
            if len(ids) < DISTINCT_BELOW and self._note_word(word):
                self._words[word][field].update(ids)

    # -- scanning ----------------------------------------------------------------------------

    def scan(self, text: str) -> list[Leak]:
        """The identifying values found in ``text``, per field (never the values)."""
        hits: dict[str, set[int]] = defaultdict(set)
        words = tokens(text)
        for i, w in enumerate(words):
            found = self._words.get(w)
            if found:
                for field, ids in found.items():
                    hits[field].update(ids)
            for phrase, field, cid in self._phrases.get(w, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    hits[field].add(cid)
        for chunk in _loose_tokens(text):
            found = self._loose.get(chunk)
            if found:
                for field, ids in found.items():
                    hits[field].update(ids)
        if self._phones:
            for line in text.splitlines():
                for run in _PHONE_RUN.findall(line):
                    digits = _phone_digits(run)
                    for size in range(PHONE_MIN_DIGITS, min(len(digits), 15) + 1):
                        for start in range(len(digits) - size + 1):
                            phone_ids = self._phones.get(digits[start : start + size])
                            if phone_ids:
                                hits["reporter_phone"].update(phone_ids)
        order = list(FIELD_LABELS)
        return [
            Leak(field, len(ids - {0}) or 1)
            for field, ids in sorted(hits.items(), key=lambda kv: order.index(kv[0]))
        ]

    def scan_pdf(self, pdf: bytes) -> list[Leak]:
        """Scan a PDF's text and its metadata."""
        return self.scan(pdf_text(pdf))


def add_mediation_values(
    index: LeakIndex, vault: Any, organisation_ids: Iterable[int] | None,
    wanted: frozenset[str] | None = None,
) -> None:
    """Index the mediations' parties, references and texts (and the professional record's
    "with whom" texts) like the meldingen's; ``wanted`` limits note words as in ``build``."""
    repo = getattr(vault, "mediations", None)
    if repo is None:
        return
    values = repo.identifying_values(organisation_ids)
    for mid, ref in values["mediations"]:
        index.add_ref(mid, ref or "", "mediation_ref")
    for mid, name, email, phone in values["parties"]:
        index.add_name(mid, name or "", "party_name")
        index.add_email(mid, email or "", "party_email")
        index.add_phone(mid, phone or "")
    texts = list(values["texts"])
    if organisation_ids is None and getattr(vault, "professional", None) is not None:
        for aid, who in vault.professional.texts():
            index.add_name(-aid, who or "", "activity_note")
    words: dict[str, set[int]] = defaultdict(set)
    for mid, note in texts:
        for word in set(tokens(note or "")):
            if wanted is None or word in wanted:
                words[word].add(mid)
    index.add_note_words(words, "mediation_note")


def find_leaks_in_pdf(vault: Any, organisation_ids: Iterable[int] | None, pdf: bytes) -> list[Leak]:
    """Identifying values of the organisations in a PDF's text and metadata.

    The same result as ``LeakIndex.build(...).scan_pdf(pdf)``, but the index only holds the
    note words that occur in the PDF, which keeps the check fast on a large vault.
    """
    text = pdf_text(pdf)
    return LeakIndex.build(vault, organisation_ids, within=text).scan(text)


def pdf_text(pdf: bytes) -> str:
    """The text of every page and the document information of a PDF, with pypdf."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    parts = [page.extract_text() or "" for page in reader.pages]
    if reader.metadata:
        parts += [str(v) for v in reader.metadata.values()]
    return "\n".join(parts)


def find_leaks_in_text(vault: Any, organisation_ids: Iterable[int] | None, text: str) -> list[Leak]:
    """Identifying values of the organisations in ``text`` (builds the index each call).

    For checking as someone types, build a :class:`LeakIndex` once and call ``scan``.
    """
    return LeakIndex.build(vault, organisation_ids).scan(text)
