"""Synthetic Dutch people: names from faker's ``nl_NL`` locale, e-mail addresses and phones."""

from __future__ import annotations

import random
import re
import unicodedata

from faker import Faker

from vpdesk.demo.catalogue import FREE_MAIL_DOMAINS

# Dutch area codes (without the leading 0) for landline numbers.
_AREA_CODES = (
    "10",
    "13",
    "20",
    "23",
    "24",
    "26",
    "30",
    "33",
    "35",
    "38",
    "40",
    "43",
    "50",
    "53",
    "58",
    "70",
    "71",
    "73",
    "76",
    "79",
    "318",
    "341",
    "416",
    "475",
    "546",
    "592",
)


def slug(text: str, sep: str = "") -> str:
    """Lower-case ASCII letters and digits only, for e-mail addresses and domain names."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return sep.join(re.findall(r"[a-z0-9]+", folded))


class People:
    """Seeded source of Dutch names and contact details."""

    def __init__(self, rng: random.Random, seed: int) -> None:
        self._rng = rng
        self._fake = Faker("nl_NL")
        self._fake.seed_instance(seed)

    def first_name(self, gender: str) -> str:
        if gender == "woman":
            return str(self._fake.first_name_female())
        if gender == "man":
            return str(self._fake.first_name_male())
        return str(self._fake.first_name())

    def last_name(self) -> str:
        return str(self._fake.last_name())

    def name(self, gender: str = "unknown") -> tuple[str, str]:
        """A (first name, last name) pair."""
        return self.first_name(gender), self.last_name()

    def city(self) -> str:
        return str(self._fake.city())

    def email(self, first: str, last: str, work_domain: str | None = None) -> str:
        """A personal address, or a work address at ``work_domain`` when given."""
        rng = self._rng
        if work_domain:
            local = f"{slug(first[:1])}.{slug(last)}"
            return f"{local}@{work_domain}"
        style = rng.randrange(3)
        if style == 0:
            local = f"{slug(first)}.{slug(last)}"
        elif style == 1:
            local = f"{slug(first)}{slug(last)}{rng.randint(1, 99)}"
        else:
            local = f"{slug(first[:1])}{slug(last)}"
        return f"{local}@{rng.choice(FREE_MAIL_DOMAINS)}"

    def mobile(self) -> str:
        return f"06-{self._rng.randrange(10_000_000, 100_000_000)}"

    def landline(self) -> str:
        area = self._rng.choice(_AREA_CODES)
        digits = 9 - len(area)
        number = self._rng.randrange(2 * 10 ** (digits - 1), 10**digits)
        return f"0{area}-{number}"
