"""The register check: does the adviser's record meet the MfN or LVV maintenance rules?

Pure counting over mediation facts and professional activities, for a period of whole
calendar years ending with ``last_year``:

* **MfN** (registermediator, 3 years): at least 9 mediations with at least 36 contact hours
  in the period, co-mediations counting for at most 3 of them; in every year at least 2
  mediations and 8 contact hours; at least 3 mediations ending in a written agreement; 48 PE
  points of which at least 18 for intervisie.
* **LVV** (vertrouwenspersoon, 4 years): 72 hours of training and PE activities, at least 32
  of them intervisie (an organisation's activities of the kind intervisie count too).

A mediation counts in a year when it has a session in that year; contact hours are the
session minutes dated in the period. Nothing here names a case: only counts and hours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from vpdesk.domain.mediation import MediationFacts, ProfessionalActivity

MFN = "mfn"
LVV = "lvv"
RULE_SETS = {MFN: 3, LVV: 4}  # years in a period
MFN_MEDIATIONS, MFN_HOURS, MFN_CO_MAX = 9, 36.0, 3
MFN_YEAR_MEDIATIONS, MFN_YEAR_HOURS = 2, 8.0
MFN_WRITTEN, MFN_PE, MFN_PE_INTERVISION = 3, 48.0, 18.0
LVV_HOURS, LVV_INTERVISION_HOURS = 72.0, 32.0


@dataclass(frozen=True)
class Requirement:
    """One rule: what is asked, what the record shows, and what is still needed."""

    key: str  # e.g. "mediations", "year_hours"
    required: float
    figure: float
    year: int | None = None  # for the per-year rules

    @property
    def met(self) -> bool:
        return self.figure >= self.required

    @property
    def still_needed(self) -> float:
        return max(0.0, self.required - self.figure)


@dataclass(frozen=True)
class RegisterCheck:
    rule_set: str
    first_year: int
    last_year: int
    requirements: tuple[Requirement, ...]

    @property
    def met(self) -> bool:
        return all(r.met for r in self.requirements)


def period(rule_set: str, last_year: int) -> tuple[int, int]:
    return last_year - RULE_SETS[rule_set] + 1, last_year


def _session_years(m: MediationFacts, first: int, last: int) -> dict[int, float]:
    """Contact hours of the mediation per year of the period."""
    hours: dict[int, float] = {}
    for day, minutes in m.sessions:
        if first <= day.year <= last:
            hours[day.year] = hours.get(day.year, 0.0) + minutes / 60
    return hours


def check_mfn(
    mediations: Iterable[MediationFacts], activities: Iterable[ProfessionalActivity], last_year: int
) -> RegisterCheck:
    first, last = period(MFN, last_year)
    solo = co = 0
    total_hours = 0.0
    per_year_count = dict.fromkeys(range(first, last + 1), 0)
    per_year_hours = dict.fromkeys(range(first, last + 1), 0.0)
    written = 0
    for m in mediations:
        years = _session_years(m, first, last)
        if years:
            if m.co_mediator:
                co += 1
            else:
                solo += 1
        for year, h in years.items():
            per_year_count[year] += 1
            per_year_hours[year] += h
            total_hours += h
        if m.written_agreement is not None and first <= m.written_agreement.year <= last:
            written += 1
    pe, pe_intervision = _in_period(activities, first, last, lambda a: a.pe_points)
    reqs = [
        Requirement("mediations", MFN_MEDIATIONS, solo + min(co, MFN_CO_MAX)),
        Requirement("contact_hours", MFN_HOURS, round(total_hours, 1)),
    ]
    for year in range(first, last + 1):
        reqs.append(Requirement("year_mediations", MFN_YEAR_MEDIATIONS, per_year_count[year], year))
        reqs.append(Requirement("year_hours", MFN_YEAR_HOURS, round(per_year_hours[year], 1), year))
    reqs += [
        Requirement("written_agreements", MFN_WRITTEN, written),
        Requirement("pe_points", MFN_PE, round(pe, 1)),
        Requirement("pe_intervision", MFN_PE_INTERVISION, round(pe_intervision, 1)),
    ]
    return RegisterCheck(MFN, first, last, tuple(reqs))


def _in_period(
    activities: Iterable[ProfessionalActivity],
    first: int,
    last: int,
    what: Callable[[ProfessionalActivity], float],
) -> tuple[float, float]:
    """The sum of ``what`` (hours or PE points) over the activities of the years
    ``first .. last``, and that of the intervision among them."""
    total = intervision = 0.0
    for a in activities:
        if first <= a.date.year <= last:
            amount = what(a)
            total += amount
            if a.kind == "intervision":
                intervision += amount
    return total, intervision


def check_lvv(activities: Iterable[ProfessionalActivity], last_year: int) -> RegisterCheck:
    first, last = period(LVV, last_year)
    hours, intervision = _in_period(activities, first, last, lambda a: a.hours)
    return RegisterCheck(
        LVV,
        first,
        last,
        (
            Requirement("pe_hours", LVV_HOURS, round(hours, 1)),
            Requirement("intervision_hours", LVV_INTERVISION_HOURS, round(intervision, 1)),
        ),
    )


def co_mediations(mediations: Iterable[MediationFacts], last_year: int) -> int:
    """Co-mediations in the MfN period (at most 3 of them count)."""
    first, last = period(MFN, last_year)
    return sum(1 for m in mediations if m.co_mediator and _session_years(m, first, last))


def register_checks(vault: object, last_year: int | None = None) -> tuple[RegisterCheck, RegisterCheck]:
    """The MfN and LVV checks of the running period (ending this year) from the vault.

    Besides the professional record, the intervisie sessions logged as an organisation's
    activity count as intervisie hours for the LVV (they carry no PE points).
    """
    last_year = last_year or date.today().year
    facts = vault.mediations.facts()  # type: ignore[attr-defined]
    activities = vault.professional.all()  # type: ignore[attr-defined]
    logged = [
        ProfessionalActivity(a.date, "intervision", a.minutes / 60, 0.0)
        for a in vault.activities.all()  # type: ignore[attr-defined]
        if a.kind == "intervision"
    ]
    return check_mfn(facts, activities, last_year), check_lvv([*activities, *logged], last_year)
