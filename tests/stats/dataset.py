"""A small, hand-counted data set shared by the statistics, report and CLI tests.

Organisation "Gemeente Voorbeeld", year 2026, threshold 5 (counted by hand):

- 12 cases opened in 2026: Q1 5, Q2 6, Q3 1, Q4 0 -> Q3 "<5", Q1 "x"
- accused relation: manager 5, colleague 6, unknown 1 -> unknown "<5", manager "x"
- channel: phone 7, email 3, in person 2 -> both small ones "<5"; 3 + 2 = 5 pins neither
- outcome: listening 6, referral 3, open 3 -> "<5", "<5"
- behaviour: bullying 8, sexual harassment 2, intimidation 5 (multi-valued)
- referrals: occupational physician 5, hr 2 (one case referred to hr twice counts once)
- gender: woman 8, man 4 -> man "<5", woman "x"
- carried over: 3 (opened 2024/2025, open on 1 January 2026), open at year end 4,
  closed in 2026: 9 + 2 = 11
- conversations in 2026: 12 + 1 = 13; minutes 12 * 45 + 30 = 570, activities 60 + 60 + 93
  -> 783 minutes = 13.05 h -> 13.1
- 2025: 3 cases opened (small), 1 conversation

Organisation "Stichting Klein" has 3 cases in 2026: a small organisation.
"""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tests.support import PASSPHRASE, run_cli
from vpdesk.domain.models import Activity, Case, Conversation, Organisation, Referral, Signals, Step
from vpdesk.vault import Vault

ORG_A = "Gemeente Voorbeeld"
ORG_B = "Stichting Klein"

# The tables Gemeente Voorbeeld publishes for 2026 at threshold 5, as ``vpdesk stats`` prints them.
PUBLISHED_A_2026: dict[str, Any] = {
    "totals": {
        "cases_opened": 12,
        "cases_closed": 11,
        "carried_over": "<5",  # counts of people: primary suppression like any cell
        "open_at_year_end": "<5",
        "conversations": 13,
        "hours": 13.1,
    },
    "behaviour": {
        "bullying": 8,
        "sexual_harassment": "<5",
        "intimidation": 5,
        "aggression_violence": 0,
        "discrimination": 0,
        "integrity": 0,
        "other": 0,
    },
    # Manager 5, colleague 6, unknown 1: with manager "x" (5 or more) and colleague shown,
    # the sum would pin both; both large cells are hidden.
    "accused_relation": {"manager": "x", "colleague": "x", "subordinate": 0, "external": 0, "unknown": "<5"},
    "outcome": {
        "listening": 6,
        "informal_solution": 0,
        "mediation": 0,
        "referral": "<5",
        "formal_complaint": 0,
        "withdrawn": 0,
        "other": 0,
        "open": "<5",
    },
    "referrals": {
        "occupational_physician": 5,
        "hr": "<5",
        "manager": 0,
        "complaints_committee": 0,
        "mediator": 0,
        "police": 0,
        "social_work": 0,
        "gp_psychologist": 0,
        "legal": 0,
        "integrity_office": 0,
        "other": 0,
    },
    # 3 + 2 = 5 leaves both small cells uncertain: primary suppression only.
    "channel": {"phone": 7, "email": "<5", "in_person": "<5", "video": 0, "unknown": 0},
    # Q1 5, Q2 6, Q3 1: with Q1 "x" (5 or more) and Q2 shown, Q1 + Q3 = 6 would pin Q3 to 1
    # and Q1 to 5, so Q2 is hidden too.
    "quarter": {"Q1": "x", "Q2": "x", "Q3": "<5", "Q4": 0},
    "activities": {"information": 2, "management_meeting": 0, "training": 1, "intervision": 0, "other": 0},
}

REPORTER_NAMES = [
    "Wilhelmina Zwartkruis",
    "Bartholomeus van der Kwaak",
    "Gerbrand Oudshoorn",
    "Fenneke Rijnsburger",
    "Hendrikus de Kluiver",
    "Aaltje Spijkerman",
    "Cornelis Wagenvoort",
    "Dirkje Hoogendoorn",
    "Evertjan Brouwershaven",
    "Froukje Lammertsma",
    "Gijsbrecht Plomp",
    "Hermina Tjalsma",
]
DEPARTMENT = "Afdeling Grondzaken"
ACCUSED = "teamleider Reinier Kolkhorst"
NOTE_WORD = "Zeepziederij"  # a distinctive word written in one conversation note
STEP_TEXT = "Terugbellen over Kwakkelsteeg"
PHONE = "06-12345678"
EMAIL = "w.zwartkruis@voorbeeld.example"
REF_PREFIX = "GV-2026-"


def _case(org_id: int, i: int, opened: date) -> Case:
    q = opened
    closed = None if i in (9, 10, 11) else q + timedelta(days=30)
    outcome = None if closed is None else ("listening" if i <= 5 else "referral")
    behaviours = []
    if i <= 7:
        behaviours.append("bullying")
    if i in (8, 9):
        behaviours.append("sexual_harassment")
    if i in (0, 2, 4, 10, 11):
        behaviours.append("intimidation")
    relation = "unknown" if i == 11 else ("manager" if i in (0, 2, 4, 6, 8) else "colleague")
    channel = "phone" if i <= 6 else ("email" if i <= 9 else "in_person")
    return Case(
        ref=f"{REF_PREFIX}{i + 1:03d}",
        organisation_id=org_id,
        opened=q,
        closed=closed,
        outcome=outcome,
        behaviours=behaviours,
        department=DEPARTMENT,
        reporter_name=REPORTER_NAMES[i],
        reporter_email=EMAIL if i == 0 else "",
        reporter_phone=PHONE if i == 0 else "",
        reporter_gender="woman" if i < 8 else "man",
        reporter_role="employee",
        accused_relation=relation,
        accused=ACCUSED if i == 0 else "",
        channel=channel,
    )


def opened_dates() -> list[date]:
    q1 = [date(2026, 1, 5), date(2026, 1, 20), date(2026, 2, 3), date(2026, 2, 17), date(2026, 3, 2)]
    q2 = [
        date(2026, 4, 1),
        date(2026, 4, 15),
        date(2026, 5, 6),
        date(2026, 5, 20),
        date(2026, 6, 3),
        date(2026, 6, 17),
    ]
    return [*q1, *q2, date(2026, 8, 12)]


def build(vault: Vault) -> dict[str, int]:
    """Fill ``vault`` with the data set; returns the organisation ids."""
    org_a = vault.organisations.add(Organisation(ORG_A, departments=[DEPARTMENT]))
    org_b = vault.organisations.add(Organisation(ORG_B))
    with vault.transaction():
        for i, opened in enumerate(opened_dates()):
            case = _case(org_a, i, opened)
            cid = vault.cases.add(case)
            note = f"Intake; melder noemt {NOTE_WORD} als plek van het incident." if i == 1 else "Intake."
            vault.conversations.add(Conversation(cid, opened, minutes=45, note=note))
            if i <= 4:
                vault.referrals.add(Referral(cid, "occupational_physician", opened))
            if i == 5:
                vault.referrals.add(Referral(cid, "hr", opened))
                vault.referrals.add(Referral(cid, "hr", opened + timedelta(days=7)))
            if i == 6:
                vault.referrals.add(Referral(cid, "hr", opened))
            if i == 2:
                vault.steps.add(Step(cid, STEP_TEXT, due=opened + timedelta(days=3)))
        # Carried over into 2026.
        p1 = vault.cases.add(
            Case(
                f"{REF_PREFIX}P1",
                org_a,
                date(2025, 11, 3),
                behaviours=["other"],
                reporter_name="Jozefien Akkermans",
            )
        )
        vault.conversations.add(Conversation(p1, date(2026, 2, 2), minutes=30, note="Vervolg."))
        vault.cases.add(
            Case(
                f"{REF_PREFIX}P2",
                org_a,
                date(2025, 6, 1),
                closed=date(2026, 2, 10),
                outcome="mediation",
                behaviours=["bullying"],
            )
        )
        p3 = vault.cases.add(
            Case(
                f"{REF_PREFIX}P3",
                org_a,
                date(2025, 3, 1),
                closed=date(2025, 12, 31),
                outcome="listening",
                behaviours=["bullying"],
            )
        )
        vault.conversations.add(Conversation(p3, date(2025, 3, 1), minutes=60))
        vault.cases.add(
            Case(
                f"{REF_PREFIX}P4",
                org_a,
                date(2024, 1, 1),
                closed=date(2026, 1, 1),
                outcome="withdrawn",
                behaviours=["integrity"],
            )
        )
        for day, kind, minutes in (
            (date(2026, 3, 10), "information", 60),
            (date(2026, 9, 1), "information", 60),
            (date(2026, 10, 5), "training", 93),
            (date(2025, 10, 5), "training", 120),
        ):
            vault.activities.add(Activity(org_a, day, kind, minutes=minutes, note="Voorlichting team."))
        for i, day in enumerate((date(2026, 2, 1), date(2026, 5, 1), date(2026, 7, 1))):
            vault.cases.add(
                Case(f"SK-{i}", org_b, day, behaviours=["other"], reporter_name=f"Klaasje Drijfhout{i}")
            )
        vault.signals.set(Signals(org_a, 2026, "Er zijn zorgen over de werkdruk en de omgangsvormen."))
    vault.settings.set("adviser_name", "Marleen Vertrouwen")
    return {ORG_A: org_a, ORG_B: org_b}


def cli_vault(path: Path) -> Path:
    """A vault at ``path`` holding the data set, for the command line (made under ``real_kdf``)."""
    with Vault.create(path, PASSPHRASE) as vault:
        build(vault)
    return path


def report_cli(path: Path, out: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``vpdesk report`` of Gemeente Voorbeeld's 2026 into ``out``, with further ``args``."""
    return run_cli(
        *("report", str(path), "--year", "2026", "--organisation", ORG_A, "--out", str(out), *args),
        env={"VPDESK_PASSPHRASE": PASSPHRASE},
    )


def leaking_signals(path: Path) -> None:
    """Give Gemeente Voorbeeld's 2026 signals text a reporter's name, which the leak check refuses."""
    with Vault.open(path, PASSPHRASE) as vault:
        org = vault.organisations.by_name(ORG_A)
        assert org is not None and org.id is not None
        vault.signals.set(Signals(org.id, 2026, f"Let op de situatie van {REPORTER_NAMES[3]}."))
