"""Demo mediations: a few a year per organisation, with parties, sessions and evaluations.

Drawn from their own seeded random source, so the meldingen of a demo vault stay exactly what
they were for the same seed and day.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from vpdesk.demo.people import People, slug
from vpdesk.domain import mediation as mx
from vpdesk.domain.mediation import Evaluation, Mediation, MediationParty, MediationSession
from vpdesk.vault import Vault

SESSION_NOTES = (
    "Kennismaking en uitleg over vertrouwelijkheid en vrijwilligheid.",
    "Beide partijen hebben hun kant van het verhaal verteld.",
    "Afspraken over de samenwerking op de werkvloer besproken.",
    "Concept van de afspraken doorgenomen; volgende keer ondertekenen.",
    "Evaluatie van de gemaakte afspraken; het gaat beter.",
)
RELATIONS = (
    ("manager_employee", 5),
    ("colleagues", 4),
    ("team", 1),
    ("employee_organisation", 1),
    ("unknown", 1),
)
REFERRERS = (
    ("hr", 4),
    ("occupational_physician", 3),
    ("manager", 2),
    ("reintegration_adviser", 1),
    ("confidential_adviser", 1),
    ("party", 1),
)
RESULTS = (
    ("full_agreement", 6),
    ("partial_agreement", 2),
    ("no_agreement", 1),
    ("stopped_by_party", 1),
    ("stopped_by_mediator", 1),
)


def _pick(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


def add_demo_mediations(vault: Vault, seed: int, today: date, first_year: int) -> int:
    """Write the demo mediations of every organisation; returns how many."""
    rng = random.Random(seed * 7919 + 17)
    people = People(rng, seed + 104729)
    count = 0
    for org in vault.organisations.list():
        domain = slug(org.name, "-") + ".nl"
        for year in range(first_year, today.year + 1):
            for n in range(rng.randint(4, 9)):
                opened = date(year, 1, 1) + timedelta(days=rng.randrange(0, 330))
                if opened > today:
                    continue
                sessions = []
                day = opened
                for k in range(rng.randint(1, 5)):
                    day += timedelta(days=rng.randint(0 if k == 0 else 7, 21))
                    kind = "individual" if k == 0 and rng.random() < 0.5 else "joint"
                    sessions.append(
                        MediationSession(
                            day,
                            kind,
                            rng.choice((60, 90, 90, 120, 150)),
                            SESSION_NOTES[min(k, len(SESSION_NOTES) - 1)],
                        )
                    )
                ended = day + timedelta(days=rng.randint(3, 20))
                closed = ended if ended <= today and rng.random() < 0.9 else None
                sessions = [s for s in sessions if s.date <= today]
                if not sessions:
                    sessions = [MediationSession(opened, "individual", 60, SESSION_NOTES[0])]
                result = _pick(rng, RESULTS) if closed else None
                relation = _pick(rng, RELATIONS)
                roles = (
                    ("manager", "employee") if relation == "manager_employee" else ("colleague", "colleague")
                )
                parties = []
                for role in roles:
                    first, last = people.name()
                    parties.append(MediationParty(f"{first} {last}", role, people.email(first, last, domain)))
                evaluations = []
                if closed:
                    for i in range(len(parties)):
                        if rng.random() < 0.75:
                            evaluations.append(
                                Evaluation(i, rng.choices((1, 2, 3, 4, 5), (1, 1, 3, 6, 4))[0])
                            )
                formal = rng.random() < 0.4
                vault.mediations.add(
                    Mediation(
                        ref=f"M{year}-{n + 1:02d}-{org.id}",
                        organisation_id=org.id or 0,
                        opened=opened,
                        closed=closed,
                        parties=parties,
                        relation=relation,
                        channel=rng.choice(("phone", "email", "in_person")),
                        referrer=_pick(rng, REFERRERS),
                        initiator=rng.choice(mx.INITIATOR.codes[:5]),
                        form="formal" if formal else "informal",
                        agreement_signed=opened if formal else None,
                        co_mediator=rng.random() < 0.15,
                        result=result,
                        written_agreement=closed
                        if result == "full_agreement" and rng.random() < 0.7
                        else None,
                        procedure_avoided=(
                            rng.choice(("yes", "yes", "no", "unknown")) if closed else "unknown"
                        ),
                        sessions=sessions,
                        evaluations=evaluations,
                    )
                )
                count += 1
    return count
