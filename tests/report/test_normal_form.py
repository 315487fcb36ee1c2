"""The leak check's normal form: a plain ASCII word takes a short way, to the same result."""

from __future__ import annotations

import random
import re
import string

from vpdesk.normal import fold, normal_form


def _long_way(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip()


def test_a_plain_word_comes_out_as_by_the_long_way() -> None:
    rng = random.Random(5)
    letters = string.ascii_letters
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    others = ["a b", " Jan ", "de-Vries", "x1", "privé", "één", "Straße", "Zoë\u200b", "İlker", "ﬁne", ""]
    for text in words + others:
        assert normal_form(text) == _long_way(text), text
    assert normal_form("JanSen") == "jansen"
