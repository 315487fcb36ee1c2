"""The word lists of the leak check: ordinary words, the report's own words, people's names.

Names come from Faker's lists for Dutch, Turkish, Polish and Arabic (the languages common
among Dutch employees) and ``resources/report/first_names.txt``; ordinary words from
``common_words.txt`` and ``name_words.txt``. Every list is in the leak check's normal form.
"""

from __future__ import annotations

from functools import lru_cache

from vpdesk.normal import PARTICLES, TITLES, normal_form, runs
from vpdesk.paths import resource
from vpdesk.report.texts import all_fixed_texts

NAME_LOCALES = ("nl_NL", "tr_TR", "pl_PL", "ar_AA", "ar_SA", "ar_PS", "ar_DZ")

CAPITALISED_WORDS = frozenset(
    (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "january",
        "february",
        "march",
        "may",
        "june",
        "july",
        "august",
        "october",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "pasen",
        "pinksteren",
        "kerst",
        "kerstmis",
        "nederland",
        "god",
        "allah",
        "teams",
        "zoom",
    )
)

# First names that are ordinary words as well; every other first name of a person in the vault
# counts on its own, even where a frequency list of Dutch words holds it ("Anna", "Kees").
ORDINARY_FIRST_NAMES = frozenset(
    (
        "beste",
        "bergen",
        "canal",
        "gok",
        "hmm",
        "kick",
        "lieve",
        "said",
        "server",
        "ties",
        "toon",
        "toy",
        "trees",
        "nazi",
        "jet",
        "lies",
        "kader",
        "roos",
        "ton",
        "max",
        "nova",
        "joy",
        "bas",
        "mark",
        "will",
        "may",
        "rose",
        "hoop",
        "wil",
        "roel",
        "fleur",
        "ben",
        "ster",
        "mies",
    )
)


def _word_list(name: str) -> frozenset[str]:
    lines = resource("report", name).read_text(encoding="utf-8").splitlines()
    return frozenset(normal_form(w) for w in lines if w.strip() and not w.startswith("#"))


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
    found: set[str] = set()
    for t in all_fixed_texts():
        found.update(runs(t))
    return frozenset(found)


@lru_cache(maxsize=1)
def person_names() -> tuple[frozenset[str], frozenset[str]]:
    """First names and surnames of the name lists (Dutch, Turkish, Polish, Arabic).

    Faker's lists of those languages, written to resources by tools/build_name_lists.py (so a
    report does not import Faker), and the first names Faker lacks.
    """
    first = set(_word_list("list_first_names.txt"))
    last = _word_list("list_last_names.txt")
    first |= _word_list("first_names.txt")
    # Names are looked for only where they are capitalised, so ordinary words among them
    # matter only where Dutch capitalises ordinary words too: the report's own labels,
    # months and days.
    ordinary = fixed_words() | PARTICLES | TITLES | CAPITALISED_WORDS
    return (
        frozenset(w for w in first if len(w) >= 3 and w not in ordinary | ORDINARY_FIRST_NAMES),
        frozenset(w for w in last if len(w) >= 3 and w not in ordinary),
    )
