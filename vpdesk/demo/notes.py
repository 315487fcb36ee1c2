"""Dutch note text for conversations, steps and referrals, built from fixed fragments."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from vpdesk.demo import catalogue as cat

_TARGET_PHRASES = (
    "bemiddeling",
    "de bedrijfsarts",
    "maatschappelijk werk",
    "de klachtencommissie",
    "een gesprek met HR",
    "een mediator",
)

_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")
_APPOINTMENTS = (
    "Volgende afspraak: {day} om {time} uur.",
    "We spreken elkaar {day} om {time} uur weer.",
    "Melder belt {day} rond {time} uur terug.",
    "Nieuwe afspraak gepland op {day}, {time} uur.",
)

_SENTENCES_BY_KIND: dict[str, tuple[str, ...]] = {
    "intake": cat.INTAKE_SENTENCES,
    "follow_up": cat.FOLLOW_UP_SENTENCES,
    "phone": cat.PHONE_SENTENCES,
    "email": cat.EMAIL_SENTENCES,
}

_SENTENCE_COUNT: dict[str, tuple[int, int]] = {
    "intake": (3, 6),
    "follow_up": (2, 5),
    "phone": (1, 3),
    "email": (1, 2),
}


def _fill(template: str, values: Mapping[str, str]) -> str:
    text = template.format_map(values)
    # A placeholder may open the sentence ("melder beschrijft ...").
    return text[:1].upper() + text[1:]


class NoteWriter:
    """Writes the free text of one case's records; the case's people appear in it sometimes."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def values(
        self,
        *,
        reporter_first: str,
        colleague: str,
        accused_short: str,
        behaviours: Sequence[str],
        department: str,
    ) -> dict[str, str]:
        """The placeholder values for one case, drawn once so its notes agree with each other."""
        rng = self._rng
        return {
            "reporter": reporter_first or "melder",
            "colleague": colleague,
            "accused": accused_short,
            "behaviour": rng.choice(cat.BEHAVIOUR_PHRASES[rng.choice(list(behaviours))]),
            "period": rng.choice(cat.PERIODS),
            "department": department or "een van de afdelingen",
            "target": rng.choice(_TARGET_PHRASES),
            "trend": rng.choice(cat.TRENDS),
            "trend2": rng.choice(cat.TREND2),
            "tone": rng.choice(cat.TONES),
            "mood": rng.choice(cat.MOODS),
        }

    def conversation(self, kind: str, values: Mapping[str, str], *, closing: bool = False) -> str:
        rng = self._rng
        pool = _SENTENCES_BY_KIND[kind]
        low, high = _SENTENCE_COUNT[kind]
        chosen = rng.sample(pool, rng.randint(low, high))
        if closing:
            chosen.append(rng.choice(cat.CLOSING_SENTENCES))
        elif rng.random() < 0.4:
            chosen.append(self._appointment())
        return " ".join(_fill(s, values) for s in chosen)

    def _appointment(self) -> str:
        rng = self._rng
        day = rng.choice(_WEEKDAYS)
        hour = rng.randint(8, 16)
        minute = rng.choice(("00", "15", "30", "45"))
        return rng.choice(_APPOINTMENTS).format(day=day, time=f"{hour}.{minute}")

    def step(self, values: Mapping[str, str]) -> str:
        return _fill(self._rng.choice(cat.STEP_TEXTS), values)

    def referral(self, contact: str) -> str:
        return _fill(self._rng.choice(cat.REFERRAL_NOTES), {"contact": contact})

    def signals(self) -> str:
        """Signals and recommendations for an annual report: patterns only, never a name."""
        rng = self._rng
        signals = rng.sample(cat.SIGNAL_SENTENCES, rng.randint(2, 3))
        advice = rng.sample(cat.RECOMMENDATION_SENTENCES, rng.randint(1, 2))
        return " ".join(signals) + "\n\n" + "\n".join(advice)
