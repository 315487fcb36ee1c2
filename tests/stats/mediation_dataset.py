"""A small mediation data set whose 2025 figures were counted by hand (see EXPECTED_2025)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from tests.support import PASSPHRASE, run_cli
from vpdesk.domain.mediation import Evaluation, Mediation, MediationParty, MediationSession
from vpdesk.domain.models import Organisation
from vpdesk.vault import Vault

D = date.fromisoformat
# ref, opened, closed, form, relation, referrer, initiator, result, avoided, sessions, scores
ROWS: list[tuple] = [
    (
        "M-01",
        "2024-11-01",
        "2025-02-01",
        "formal",
        "manager_employee",
        "hr",
        "manager",
        "full_agreement",
        "yes",
        [("2024-11-05", 60), ("2025-01-10", 90)],
        [4, 5],
    ),
    (
        "M-02",
        "2025-01-15",
        "2025-03-01",
        "formal",
        "manager_employee",
        "occupational_physician",
        "one_party",
        "full_agreement",
        "yes",
        [("2025-01-20", 120), ("2025-02-20", 120)],
        [5, 5],
    ),
    (
        "M-03",
        "2025-02-01",
        "2025-04-15",
        "informal",
        "colleagues",
        "hr",
        "both_parties",
        "partial_agreement",
        "unknown",
        [("2025-02-10", 60)],
        [3],
    ),
    (
        "M-04",
        "2025-03-01",
        None,
        "formal",
        "colleagues",
        "manager",
        "manager",
        None,
        "unknown",
        [("2025-03-05", 90), ("2026-01-10", 60)],
        [],
    ),
    (
        "M-05",
        "2025-04-01",
        "2025-06-30",
        "informal",
        "team",
        "hr",
        "hr",
        "no_agreement",
        "no",
        [("2025-04-02", 45)],
        [2, 3],
    ),
    (
        "M-06",
        "2025-05-01",
        "2025-05-31",
        "informal",
        "manager_employee",
        "party",
        "one_party",
        "stopped_by_party",
        "unknown",
        [("2025-05-03", 30)],
        [],
    ),
    (
        "M-07",
        "2025-06-01",
        "2025-09-01",
        "formal",
        "colleagues",
        "hr",
        "both_parties",
        "full_agreement",
        "yes",
        [("2025-06-10", 120)],
        [4],
    ),
    (
        "M-08",
        "2025-09-01",
        "2026-02-01",
        "informal",
        "colleagues",
        "reintegration_adviser",
        "one_party",
        "full_agreement",
        "yes",
        [("2025-09-15", 60), ("2026-01-15", 60)],
        [5, 4],
    ),
    (
        "M-09",
        "2025-11-01",
        "2025-12-31",
        "formal",
        "manager_employee",
        "hr",
        "manager",
        "full_agreement",
        "yes",
        [("2025-11-05", 90)],
        [4, 4],
    ),
    (
        "M-10",
        "2023-01-01",
        "2023-06-01",
        "formal",
        "team",
        "hr",
        "hr",
        "full_agreement",
        "yes",
        [("2023-01-10", 60)],
        [5],
    ),
    ("M-11", "2026-01-05", None, "formal", "team", "hr", "hr", None, "unknown", [("2026-01-06", 60)], []),
    (
        "M-12",
        "2024-03-01",
        None,
        "informal",
        "colleagues",
        "hr",
        "one_party",
        None,
        "unknown",
        [("2024-03-05", 60)],
        [],
    ),
]

# Counted by hand from ROWS.
EXPECTED_2025: dict[str, Any] = {
    "totals": {"started": 8, "ended": 7, "carried_over": 2, "open_at_year_end": 3, "evaluations": 10},
    "sessions": 10,
    "contact_minutes": 825,  # 90 + 240 + 60 + 90 + 45 + 30 + 120 + 60 + 90
    "lead_times": (30, 45, 60, 73, 90, 92, 92),  # median 73
    "form": {"formal": 4, "informal": 4},
    "relation": {"manager_employee": 3, "colleagues": 4, "team": 1},
    "referrer": {"occupational_physician": 1, "hr": 4, "manager": 1, "party": 1, "reintegration_adviser": 1},
    "initiator": {"one_party": 3, "both_parties": 2, "manager": 2, "hr": 1},
    "result": {"full_agreement": 4, "partial_agreement": 1, "no_agreement": 1, "stopped_by_party": 1},
    "procedure_avoided": {"yes": 4, "unknown": 2, "no": 1},
    "satisfaction": {"1": 0, "2": 1, "3": 2, "4": 4, "5": 3},
}

PARTY_NAMES = ("Wendelmoet Zeekoeijen", "Ruprecht Haverkamp")


def fill_mediations(vault: Vault, org_name: str = "Gemeente Meetstad") -> int:
    org = vault.organisations.add(Organisation(org_name))
    for n, (
        ref,
        opened,
        closed,
        form,
        relation,
        referrer,
        initiator,
        result,
        avoided,
        sessions,
        scores,
    ) in enumerate(ROWS):
        parties = [
            MediationParty(
                f"{PARTY_NAMES[0]} {n}" if n else PARTY_NAMES[0],
                "manager",
                f"party{n}@example.org",
                f"06{n:08d}",
            ),
            MediationParty(PARTY_NAMES[1], "employee"),
        ]
        vault.mediations.add(
            Mediation(
                ref=ref,
                organisation_id=org,
                opened=D(opened),
                closed=D(closed) if closed else None,
                parties=parties,
                relation=relation,
                referrer=referrer,
                initiator=initiator,
                form=form,
                result=result,
                procedure_avoided=avoided,
                co_mediator=n % 3 == 0,
                written_agreement=D(closed) if result == "full_agreement" else None,
                note=f"Verloop van {ref}: zeepkistoverleg",
                sessions=[
                    MediationSession(D(d), "joint", m, "Verslag over de zeepkistkwestie") for d, m in sessions
                ],
                evaluations=[Evaluation(i, s) for i, s in enumerate(scores)],
            )
        )
    return org


def mediation_vault(path: Path) -> Path:
    """A vault at ``path`` with the data set and an adviser's name (made under ``real_kdf``)."""
    with Vault.create(path, PASSPHRASE) as vault:
        fill_mediations(vault)
        vault.settings.set("adviser_name", "Desiree Pinguinhart")
    return path


def mediation_report_cli(path: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``vpdesk report --kind mediation`` of 2025 for Gemeente Meetstad at threshold 3."""
    return run_cli(
        *("report", str(path), "--year", "2025", "--kind", "mediation", "--threshold", "3"),
        *("--organisation", "Gemeente Meetstad", "--out", str(out)),
        env={"VPDESK_PASSPHRASE": PASSPHRASE},
    )
