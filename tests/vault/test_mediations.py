"""Mediations and the professional record in a real vault; retention per kind, holds, and
the purge reaching automatic backups and migration copies."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.hardening.dump import canonical_dump
from tests.support import PASSPHRASE
from tests.vault.test_migrations import _make_v1
from vpdesk.domain.errors import ValidationError
from vpdesk.domain.mediation import (
    Evaluation,
    Mediation,
    MediationParty,
    MediationSession,
    ProfessionalActivity,
)
from vpdesk.domain.models import Case, Organisation
from vpdesk.report.leaks import LeakIndex
from vpdesk.vault import Vault
from vpdesk.vault.autobackup import auto_backup
from vpdesk.vault.purge import purge_cases
from vpdesk.vault.retention import due_soon, own_copies, purge_copies, set_case_hold, set_mediation_hold

PARTY_A = "Wendelmoet Zeekoeijen"
PARTY_B = "Ruprecht Haverkamp"
MINUTES_TEXT = "Afspraken over de roosterpuzzel gemaakt"


def mediation(org_id: int, ref: str = "MED-2026-01", *, closed: date | None = date(2020, 3, 1)) -> Mediation:
    return Mediation(
        ref=ref,
        organisation_id=org_id,
        opened=date(2020, 1, 10),
        closed=closed,
        parties=[
            MediationParty(PARTY_A, "manager", "w.zeekoeijen@example.org", "0611122233"),
            MediationParty(PARTY_B, "employee", "", "06 4445 5566"),
        ],
        relation="manager_employee",
        referrer="occupational_physician",
        initiator="manager",
        form="formal",
        agreement_signed=date(2020, 1, 10),
        co_mediator=True,
        result="full_agreement" if closed else None,
        written_agreement=closed,
        procedure_avoided="yes",
        note="Intake via de bedrijfsarts",
        sessions=[
            MediationSession(date(2020, 1, 10), "individual", 60, "Kennismaking"),
            MediationSession(date(2020, 2, 1), "joint", 120, MINUTES_TEXT),
        ],
        evaluations=[Evaluation(0, 4, "Tevreden"), Evaluation(1, None, "")],
    )


@pytest.fixture
def org(vault: Vault) -> int:
    return vault.organisations.add(Organisation("Waterschap Rijnmond"))


def test_round_trip_and_list(vault: Vault, org: int) -> None:
    m = mediation(org)
    mid = vault.mediations.add(m)
    got = vault.mediations.get(mid)
    assert got is not None
    assert [p.name for p in got.parties] == [PARTY_A, PARTY_B]
    assert [s.minutes for s in got.sessions] == [60, 120] and got.contact_minutes == 180
    assert [(e.party, e.satisfaction) for e in got.evaluations] == [(0, 4), (1, None)]
    assert got.form == "formal" and got.co_mediator and got.written_agreement == date(2020, 3, 1)
    got.sessions.append(MediationSession(date(2020, 2, 20), "joint", 90))
    vault.mediations.update(got)
    again = vault.mediations.get(mid)
    assert again is not None and len(again.sessions) == 3
    rows = vault.mediations.rows(today=date(2020, 2, 15))
    assert rows[0].ref == "MED-2026-01" and rows[0].next_session == date(2020, 2, 20)
    assert vault.mediations.search("zeekoei") == [mid]
    assert vault.mediations.search("roosterpuzzel") == [mid]
    assert vault.mediations.search("niets") == []
    facts = vault.mediations.facts()
    assert facts[0].sessions[0] == (date(2020, 1, 10), 60) and facts[0].satisfaction == (4,)


def test_validation(vault: Vault, org: int) -> None:
    m = mediation(org)
    m.parties = m.parties[:1]
    m.evaluations = [Evaluation(0, 7)]
    with pytest.raises(ValidationError) as err:
        vault.mediations.add(m)
    assert set(err.value.problems) == {"parties", "evaluations"}
    vault.mediations.add(mediation(org))
    with pytest.raises(ValidationError) as err:
        vault.mediations.add(mediation(org))
    assert "ref" in err.value.problems


def test_a_mediation_never_counts_as_a_melding(vault: Vault, org: int) -> None:
    from vpdesk.stats import year_figures

    for n in range(6):
        vault.cases.add(Case(f"C-{n}", org, date(2020, 1, 2), ["bullying"]))
    before = year_figures(vault, year=2020).to_dict()
    for n in range(6):
        vault.mediations.add(mediation(org, f"M-{n}"))
    assert year_figures(vault, year=2020).to_dict() == before
    assert before["totals"]["cases_opened"] == 6


def test_leak_index_sees_mediation_values(vault: Vault, org: int) -> None:
    vault.mediations.add(mediation(org))
    vault.professional.add(ProfessionalActivity(date(2020, 5, 1), "intervision", 2, 2, "Groep Kwakernaak"))
    index = LeakIndex.build(vault, None)
    fields = {leak.field for leak in index.scan(f"Mevrouw {PARTY_A.split()[1]} en MED-2026-01")}
    assert fields == {"party_name", "mediation_ref"}
    assert {leak.field for leak in index.scan("de roosterpuzzel")} == {"mediation_note"}
    assert index.scan("bel 0644455566")[0].field == "reporter_phone"
    assert {leak.field for leak in index.scan("met Kwakernaak")} == {"activity_note"}


def test_retention_per_kind_and_holds(vault: Vault, org: int) -> None:
    assert vault.mediations.retention_months(org) == 60
    old = vault.mediations.add(mediation(org, "M-1", closed=date(2020, 3, 1)))
    held = vault.mediations.add(mediation(org, "M-2", closed=date(2020, 3, 1)))
    vault.mediations.add(mediation(org, "M-3", closed=None))
    set_mediation_hold(vault, held, "lopende procedure")
    case = vault.cases.add(
        Case(
            "C-1",
            org,
            date(2020, 1, 1),
            ["bullying"],
            closed=date(2020, 2, 1),
            reporter_name="Hildegard Pompoen",
            outcome="listening",
        )
    )
    set_case_hold(vault, case, "verzoek van de melder")
    # The melding term (12 months) has long passed but the case is held; the mediation term
    # (60 months after the end) ends on 2025-03-01.
    assert due_soon(vault, date(2025, 2, 1)).mediation_ids == (old,)
    assert due_soon(vault, date(2025, 1, 1)).count == 0
    assert purge_cases(vault, today=date(2025, 2, 28)).mediation_ids == []
    result = purge_cases(vault, today=date(2025, 3, 1))
    assert result.mediation_ids == [old] and result.case_ids == []
    assert "1 mediations" in str(result)
    purged = vault.mediations.get(old)
    assert purged is not None and purged.purged == date(2025, 3, 1)
    assert {p.name for p in purged.parties} == {""} and purged.sessions[1].note == ""
    assert purged.sessions[1].minutes == 120  # the figures keep their facts
    kept = vault.mediations.get(held)
    assert kept is not None and kept.parties[0].name == PARTY_A
    dump = canonical_dump(vault)
    assert b"roosterpuzzel" in dump  # only the held mediation still has it
    set_mediation_hold(vault, held, None)
    set_case_hold(vault, case, None)
    assert purge_cases(vault, today=date(2025, 3, 1)).count == 1
    released = vault.mediations.get(held)
    assert released is not None and released.sessions[1].note == "" and released.purged
    assert b"Pompoen" not in canonical_dump(vault)
    with pytest.raises(ValidationError):
        set_case_hold(vault, case, "  ")


def test_purge_reaches_automatic_backups_and_migration_copies(vault_path: Path, tmp_path: Path) -> None:
    _make_v1(vault_path)  # opening it below leaves test.vpdesk.v1.bak beside it
    backups = tmp_path / "backups"
    backups.mkdir()
    with Vault.open(vault_path, PASSPHRASE) as v:
        v.db.execute("UPDATE cases SET closed = '2019-05-01', outcome = 'listening'")
        v.mediations.add(mediation(1))
        assert auto_backup(v, backups, today=date(2024, 1, 1)) is not None
        copies = own_copies(vault_path, [backups])
        assert copies[0].name == "test.vpdesk.v1.bak" and len(copies) == 2
        result = purge_cases(v, today=date(2025, 6, 1))
        assert result.count == 1 and len(result.mediation_ids) == 1
        done = purge_copies(v, copies, today=date(2025, 6, 1))
        assert done.purged == copies and done.failed == []
    for copy in copies:
        with Vault.open(copy, PASSPHRASE, write=False, migrate=False) as c:
            dump = canonical_dump(c)
        for secret in ("Appelboom", "kantine", PARTY_A, PARTY_B, "roosterpuzzel", "0611122233"):
            assert secret.encode() not in dump, (copy.name, secret)
            assert secret.lower().encode() not in dump.lower()
        assert b"2019-001" in dump  # the codes and dates stay


def test_the_annual_report_refuses_a_mediation_party_name(vault: Vault, org: int) -> None:
    from vpdesk.domain.models import Signals
    from vpdesk.report import ReportRefused, build_report

    for n in range(5):
        vault.cases.add(Case(f"C-{n}", org, date(2020, 1, 2), ["bullying"]))
    vault.mediations.add(mediation(org))
    vault.signals.set(Signals(org, 2020, f"Een gesprek met {PARTY_B} liep goed."))
    with pytest.raises(ReportRefused) as refused:
        build_report(vault, year=2020, organisation_id=org)
    assert [hit.field for _where, hit in refused.value.hits] == ["party_name"]
    assert "Haverkamp" not in str(refused.value)
