"""The register check on constructed 3- and 4-year histories, and its PDF statement."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from vpdesk.domain.mediation import MediationFacts, ProfessionalActivity
from vpdesk.report.register import render_register
from vpdesk.stats.register import LVV, MFN, check_lvv, check_mfn, co_mediations, period


def fact(
    n: int, sessions: list[tuple[date, int]], *, co: bool = False, written: date | None = None
) -> MediationFacts:
    return MediationFacts(
        n,
        1,
        sessions[0][0],
        sessions[-1][0],
        "colleagues",
        "hr",
        "one_party",
        "formal",
        co,
        "full_agreement" if written else "no_agreement",
        written,
        "yes",
        tuple(sessions),
        (),
    )


def full_history() -> list[MediationFacts]:
    """Three mediations a year in 2024-2026, each 2 x 2 hours: exactly 36 contact hours."""
    out = []
    n = 0
    for year in (2024, 2025, 2026):
        for k in range(3):
            n += 1
            first = date(year, 1, 1) if k == 0 else date(year, 3 + k, 10)
            last = date(year, 12, 31) if k == 2 else date(year, 5 + k, 1)
            out.append(fact(n, [(first, 120), (last, 120)], written=last if k == 0 else None))
    return out


def points(
    year: int, pe: float, kind: str = "training", hours: float = 0.0, day: int = 15
) -> ProfessionalActivity:
    return ProfessionalActivity(date(year, 6, day), kind, hours, pe, "")


PE = [points(2024, 10, "intervision"), points(2025, 8, "intervision"), points(2026, 30)]


def by_key(check: object) -> dict[tuple[str, int | None], tuple[float, bool, float]]:
    return {(r.key, r.year): (r.figure, r.met, r.still_needed) for r in check.requirements}  # type: ignore[attr-defined]


def test_mfn_met_exactly_at_every_boundary() -> None:
    check = check_mfn(full_history(), PE, 2026)
    assert (check.first_year, check.last_year) == (2024, 2026) == period(MFN, 2026)
    got = by_key(check)
    assert got[("mediations", None)] == (9, True, 0)
    assert got[("contact_hours", None)] == (36.0, True, 0)
    assert got[("year_mediations", 2024)] == (3, True, 0)
    assert got[("year_hours", 2026)] == (12.0, True, 0)
    assert got[("written_agreements", None)] == (3, True, 0)
    assert got[("pe_points", None)] == (48, True, 0)
    assert got[("pe_intervision", None)] == (18, True, 0)
    assert check.met


def test_mfn_not_met_outside_the_period_and_with_co_mediations() -> None:
    history = full_history()
    # One session a day before the period: that mediation still counts (it has a session in
    # 2024) but two contact hours fall out, and 2024 then has 10 hours.
    first = history[0]
    history[0] = fact(1, [(date(2023, 12, 31), 120), first.sessions[1]], written=first.written_agreement)
    check = check_mfn(history, PE[:2], 2026)
    got = by_key(check)
    assert got[("mediations", None)] == (9, True, 0)
    assert got[("contact_hours", None)] == (34.0, False, 2.0)
    assert got[("year_hours", 2024)] == (10.0, True, 0)
    assert got[("pe_points", None)] == (18, False, 30)
    assert not check.met
    # The next period (2025-2027) no longer sees 2024, and 2027 is empty.
    later = by_key(check_mfn(full_history(), PE, 2027))
    assert later[("mediations", None)] == (6, False, 3)
    assert later[("year_mediations", 2027)] == (0, False, 2)
    # Co-mediations count for at most three.
    co = [fact(m.id, list(m.sessions), co=m.id <= 5, written=m.written_agreement) for m in full_history()]
    assert by_key(check_mfn(co, PE, 2026))[("mediations", None)] == (7, False, 2)
    assert co_mediations(co, 2026) == 5


def test_lvv_four_years_with_boundaries() -> None:
    acts = [
        points(2023, 0, "intervision", 16, day=1),
        points(2026, 0, "intervision", 16),
        points(2024, 0, "training", 40),
        points(2022, 0, "intervision", 30),  # the year before the period: not counted
    ]
    check = check_lvv(acts, 2026)
    assert (check.first_year, check.last_year) == period(LVV, 2026) == (2023, 2026)
    got = by_key(check)
    assert got[("pe_hours", None)] == (72.0, True, 0)
    assert got[("intervision_hours", None)] == (32.0, True, 0)
    short = by_key(check_lvv(acts[1:], 2026))
    assert short[("pe_hours", None)] == (56.0, False, 16.0)
    assert short[("intervision_hours", None)] == (16.0, False, 16.0)


def test_statement_pdf_has_only_counts(tmp_path: Path) -> None:
    history = full_history()
    pdf = render_register(
        [check_mfn(history, PE[:2], 2026), check_lvv([], 2026)],
        lang="nl",
        adviser="Desiree Pinguinhart",
        co_mediations=0,
    )
    out = tmp_path / "register.pdf"
    out.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Registerverklaring" in text and "MfN-register" in text and "LVV-register" in text
    assert "Contacturen in 2025" in text and "Nog niet aan alle eisen voldaan." in text
    assert "-06-" not in text and "2026-" not in text  # no dates finer than a year


def test_register_checks_read_the_vault(vault) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.domain.mediation import Mediation, MediationParty, MediationSession
    from vpdesk.domain.models import Activity, Organisation
    from vpdesk.stats.register import register_checks

    org = vault.organisations.add(Organisation("Waterschap Veen"))
    vault.mediations.add(
        Mediation(
            "M-1",
            org,
            date(2025, 3, 1),
            date(2025, 4, 1),
            parties=[MediationParty("A"), MediationParty("B")],
            written_agreement=date(2025, 4, 1),
            sessions=[MediationSession(date(2025, 3, 2), "joint", 150)],
        )
    )
    vault.professional.add(ProfessionalActivity(date(2025, 5, 1), "intervision", 3, 4, "groep"))
    vault.activities.add(Activity(org, date(2024, 9, 1), "intervision", 120))
    vault.activities.add(Activity(org, date(2024, 9, 2), "information", 600))
    mfn, lvv = register_checks(vault, 2026)
    assert by_key(mfn)[("contact_hours", None)] == (2.5, False, 33.5)
    assert by_key(mfn)[("written_agreements", None)][0] == 1
    assert by_key(mfn)[("pe_intervision", None)][0] == 4
    assert by_key(lvv)[("intervision_hours", None)] == (5.0, False, 27.0)
    assert by_key(lvv)[("pe_hours", None)][0] == 5.0
