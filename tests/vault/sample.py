"""A small, fully filled vault used by several vault tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from tests.support import PASSPHRASE
from vpdesk.domain.models import (
    Activity,
    Case,
    Contact,
    Conversation,
    Organisation,
    Referral,
    Signals,
    Step,
)
from vpdesk.vault import Vault, connection
from vpdesk.vault import vault as vault_module

# Distinctive values written into every free-text and identifying field.
SECRETS = {
    "org_name": "Zwanenburgstichting",
    "sector": "Kwartelzorgsector",
    "department": "Afdeling Xylofoonbouw",
    "contact_name": "Bartholomeus Quackelaar",
    "contact_phone": "0612398745",
    "contact_email": "quackelaar@bedrijfsarts.example",
    "ref": "QQ-2026-777",
    "reporter_name": "Ermintrude Vlasbloem",
    "reporter_email": "ermintrude.vlasbloem@example.org",
    "reporter_phone": "0687654321",
    "accused": "Gijsbrecht Knollenkamp",
    "note": "Gesprek over de zonnebloempitten incident",
    "step": "Terugbellen over de walrusvergadering",
    "referral_note": "Doorverwezen wegens pelikaanklachten",
    "activity_note": "Voorlichting over flamingogedrag",
    "signals": "Signaal over de kameleonafdeling",
    "adviser": "Desiree Pinguinhart",
}


def fill(vault: Vault) -> int:
    """Write one of everything, with SECRETS in every text field; returns the case id."""
    s = SECRETS
    org = Organisation(
        s["org_name"],
        sector=s["sector"],
        departments=[s["department"]],
        contacts=[
            Contact("occupational_physician", s["contact_name"], s["contact_phone"], s["contact_email"])
        ],
    )
    vault.organisations.add(org)
    assert org.id is not None
    case = Case(
        ref=s["ref"],
        organisation_id=org.id,
        opened=date(2026, 2, 3),
        closed=date(2026, 5, 6),
        outcome="mediation",
        behaviours=["bullying", "intimidation"],
        department=s["department"],
        reporter_name=s["reporter_name"],
        reporter_email=s["reporter_email"],
        reporter_phone=s["reporter_phone"],
        reporter_gender="woman",
        reporter_role="employee",
        consent_date=date(2026, 2, 3),
        accused_relation="manager",
        accused=s["accused"],
        channel="phone",
    )
    case_id = vault.cases.add(case)
    vault.conversations.add(Conversation(case_id, date(2026, 2, 3), 60, "intake", s["note"]))
    vault.steps.add(Step(case_id, s["step"], due=date(2026, 3, 1)))
    vault.referrals.add(
        Referral(case_id, "occupational_physician", date(2026, 2, 10), s["referral_note"], True)
    )
    vault.activities.add(Activity(org.id, date(2026, 4, 1), "information", 90, s["activity_note"]))
    vault.signals.set(Signals(org.id, 2026, s["signals"]))
    vault.settings.set("adviser_name", s["adviser"])
    return case_id


def pad(vault: Vault, kib: int) -> None:
    """Make the vault about ``kib`` KiB larger with random settings that compress to nothing."""
    with vault.transaction():
        for i in range(kib):
            vault.settings.set(f"pad{i}", os.urandom(512).hex())


def filled_vault(path: Path, pad_kib: int = 0) -> Vault:
    """A new vault at ``path``, open, with the sample data (:func:`fill`) and ``pad_kib`` KiB more."""
    vault = Vault.create(path, PASSPHRASE)
    fill(vault)
    if pad_kib:
        pad(vault, pad_kib)
    return vault


def filled_file(path: Path, pad_kib: int = 0) -> Path:
    """The same vault as :func:`filled_vault`, closed: its path."""
    filled_vault(path, pad_kib).close()
    return path


def vault_of_version(path: Path, version: int, behaviour: str, **case: str) -> connection.Database:
    """A new vault at ``path`` as schema ``version`` left it, with one organisation (id 1) and
    one case of it (id 1: the columns ``case`` and one behaviour), open at the database level
    so that a test can add more rows of that version."""
    db = connection.connect(path, PASSPHRASE, create=True)
    vault_module._migrate(db, 0, version)
    db.execute("INSERT INTO organisations(name) VALUES ('Gemeente Oudstad')")
    marks = ", ".join("?" * len(case))
    db.execute(
        f"INSERT INTO cases(organisation_id, {', '.join(case)}) VALUES (1, {marks})", tuple(case.values())
    )
    db.execute("INSERT INTO case_behaviours VALUES (1, ?)", (behaviour,))
    return db


def past_term_vault(path: Path, closed: date) -> Vault:
    """A new vault, open, with one case closed on ``closed`` under a 12-month term, and every
    line of its audit log dated that day (as if the clock now ran far ahead of it)."""
    vault = Vault.create(path, PASSPHRASE)
    org = Organisation("Gemeente Oud", retention_months=12)
    vault.organisations.add(org)
    assert org.id is not None
    opened = closed.replace(month=1, day=2)
    case = Case(
        "O-1", org.id, opened, ["bullying"], closed=closed, outcome="listening", reporter_name="Naam Oud"
    )
    vault.cases.add(case)
    vault.db.execute("UPDATE audit_log SET timestamp = ?", (f"{closed.isoformat()}T12:00:00",))
    return vault


def demo_import_purge(vault: Vault, folder: Path, holds: Callable[[Vault], None]) -> None:
    """Write ``vault`` the three bulk ways (a demo, an import of cases with conversations, a
    purge), asking ``holds(vault)`` after each: for what triggers keep beside the records."""
    from vpdesk.demo import generate_demo
    from vpdesk.importer import import_file
    from vpdesk.vault.purge import purge_cases

    generate_demo(vault, cases=120, seed=3)
    holds(vault)
    sheet = folder / "in.csv"
    sheet.write_text(
        "case_ref;organisation;opened;behaviours;conversations;minutes\n"
        "A-1;Gemeente Noord;2026-01-02;bullying|intimidation;2;90\n"
        "A-2;Gemeente Noord;2026-01-03;other;1;30\n",
        encoding="utf-8",
    )
    import_file(vault, sheet)
    holds(vault)
    assert purge_cases(vault, today=date(2100, 1, 1)).count
    holds(vault)


def check_after(vault: Vault, sql: str) -> list[str]:
    """What ``vpdesk check`` finds in ``vault`` (one case with a conversation, a sound file
    first) once ``sql`` has changed what triggers keep beside the records."""
    from vpdesk.vault.maintenance import check_file

    org_id = vault.organisations.add(Organisation(name="Bakkerij"))
    case_id = vault.cases.add(
        Case(ref="2026-001", organisation_id=org_id, opened=date(2026, 3, 1), behaviours=["bullying"])
    )
    vault.conversations.add(Conversation(case_id, date(2026, 3, 4), 45, "intake", ""))
    path = vault.path
    vault.close()
    assert check_file(path, PASSPHRASE).ok
    with Vault.open(path, PASSPHRASE) as v:
        v.db.execute(sql)
    return check_file(path, PASSPHRASE).problems
