"""One normal form for the leak check, and the words of a text with their positions.

Both sides of the check, the vault's identifying values and the text searched, go through
:func:`normal_form`: Unicode NFKC, invisible format characters (category Cf: zero-width
space and joiner, soft hyphen, byte-order mark) removed, case folded, letters transliterated
to plain Latin with ``unidecode`` (``ı`` → ``i``, ``ł`` → ``l``, ``ß`` → ``ss``), every dash
and hyphen as ``-`` and runs of white space as one space.

:func:`words` splits a text into the alphanumeric runs of that normal form, each with the
place it came from: line, word number on the line (white-space separated, from 1) and the
character span in the original text, which is what a hit reports and what the window marks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from unidecode import unidecode

# Raised whenever normal_form or runs changes what they make of a text: words kept in the
# normal form in a vault (vpdesk.vault.search) are made anew then.
FORM_VERSION = 1

# Dash-like characters that are not in the Unicode category Pd.
_EXTRA_DASHES = "\u2212\u2043\ufe63\uff0d\u02d7\u2796"


class _Transliteration(dict[int, "str | None"]):
    """A ``str.translate`` table for non-ASCII characters, filled as characters are met.

    ``str.translate`` runs in C, so a text is transliterated in one call instead of a
    Python step per character; ``unidecode`` itself works character by character, so the
    result is the same.
    """

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        value: str | None
        if unicodedata.category(char) == "Cf":
            value = None
        elif unicodedata.category(char) == "Pd" or char in _EXTRA_DASHES:
            value = "-"
        elif char.isspace():
            value = " "
        else:
            value = unidecode(char).lower() or None
        self[code] = value
        return value


_TRANSLITERATE = _Transliteration()
_SPACES = re.compile(r"\s+")
_RUN = re.compile(r"[a-z0-9]+")
_TOKEN = re.compile(r"\S+")


def _without_cf(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def fold(text: str) -> str:
    """NFKC, Cf removed, case folded, transliterated; white space is kept as it is."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii():
        return text
    return text.translate(_TRANSLITERATE)


def normal_form(text: str) -> str:
    """The normal form both sides of the leak check are compared in."""
    if text.isascii() and text.isalpha():  # one plain word (most words of the word lists)
        return text.lower()
    return _SPACES.sub(" ", fold(text)).strip()


def runs(text: str) -> list[str]:
    """The alphanumeric runs of the normal form: ``"Yıl\u200bmaz-Öz"`` → ``["yilmaz", "oz"]``."""
    return _RUN.findall(fold(text))


# Name particles: "de" in "Jan de Vries", "van der", "bin", ...
PARTICLES = frozenset(
    (
        "van",
        "de",
        "der",
        "den",
        "het",
        "ten",
        "ter",
        "te",
        "op",
        "in",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "von",
        "vom",
        "zu",
        "aan",
        "af",
        "bij",
        "uit",
        "vd",
        "v",
        "d",
        "t",
        "s",
        "el",
        "al",
        "bin",
        "ben",
        "ibn",
        "abu",
    )
)
TITLES = frozenset(
    (
        "mevrouw",
        "mevr",
        "mw",
        "mvr",
        "mej",
        "meneer",
        "mijnheer",
        "mnr",
        "dhr",
        "heer",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "drs",
        "ir",
        "ing",
        "prof",
        "zuster",
        "broeder",
    )
)
ABBREVIATIONS = TITLES | frozenset(("bijv", "bv", "o.a", "oa", "m.b.t", "mbt", "nl", "evt", "ca", "zgn"))
_OPENERS = "\"'([{«‹“‘„¡¿*-–—•"
_CLOSERS = "\"')]}»›”’*"


@dataclass(frozen=True)
class Word:
    """One alphanumeric run of a text's normal form and where it stands in the original."""

    norm: str
    start: int  # span of the whole white-space separated token in the original text
    end: int
    line: int  # from 1
    number: int  # word number on the line, from 1
    capital: bool  # the token starts with a capital letter
    sentence_start: bool  # first word of a sentence (or of a line)
    initial: bool  # a single letter followed by a full stop: "Z."
    token: int  # index of the white-space separated token in the whole text
    sentence: int  # index of the sentence in the whole text


def words(text: str) -> list[Word]:
    """The words of ``text`` with their positions (see :class:`Word`)."""
    result: list[Word] = []
    offset = 0
    token_index = 0
    sentence = -1
    for line_no, line in enumerate(text.splitlines(keepends=True), start=1):
        number = 0
        ends_sentence = True  # a line starts a new sentence
        for match in _TOKEN.finditer(line):
            raw = _without_cf(match.group())
            if not raw:
                continue
            number += 1
            stripped = raw.lstrip(_OPENERS)
            parts = runs(raw)
            sentence_start = ends_sentence
            if sentence_start:
                sentence += 1
            core = raw.rstrip(_CLOSERS)
            folded_core = fold(core.rstrip(".!?:;,")).strip(_OPENERS)
            initial = bool(re.fullmatch(r"[^\W\d_]\.", core.strip(_OPENERS)))
            abbreviation = initial or folded_core in ABBREVIATIONS
            ends_sentence = core.endswith(("!", "?", ":")) or (core.endswith(".") and not abbreviation)
            capital = bool(stripped) and stripped[0].isupper()
            # The span leaves out the punctuation around the word, for marking it.
            token = match.group()
            lead = len(token) - len(token.lstrip(_OPENERS))
            trail = len(token) - len(token.rstrip(_CLOSERS + ".,;:!?"))
            if lead + trail >= len(token):
                lead = trail = 0
            start, end = offset + match.start() + lead, offset + match.end() - trail
            for part in parts:
                result.append(
                    Word(
                        part,
                        start,
                        end,
                        line_no,
                        number,
                        capital,
                        sentence_start,
                        initial,
                        token_index,
                        sentence,
                    )
                )
            token_index += 1
        offset += len(line)
    return result
