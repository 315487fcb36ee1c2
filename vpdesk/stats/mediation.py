"""The mediation year figures ("Meten = weten"): pure counting, then disclosure control.

A mediation counts as *started* in the year it opened and *ended* in the year it closed. The
breakdowns of form, relation, referrer and initiator cover the mediations started in the
year; result, formal procedure avoided and satisfaction cover those ended in the year (each
party's score counts once). Contact hours are the session minutes dated in the year; the
lead time is the days from the start to the end of the mediations ended in the year.

Mediations never count in the melding figures, nor meldingen here. Counts of mediations and
of evaluations are protected like the annual report's: ``1 .. K-1`` is shown as ``"<K"``,
single-valued breakdowns get secondary suppression, a breakdown whose total is below K or in
which one cell holds every mediation is left out (``null``), and with fewer than K mediations
started only ``started: "<K"`` is published. The all-organisations figures count only the
organisations that started at least K mediations in the year (``organisations`` names them),
so no small organisation can be worked out by subtraction.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vpdesk.domain.mediation import (
    INITIATOR,
    MEDIATION_FORM,
    MEDIATION_RELATION,
    MEDIATION_RESULT,
    PROCEDURE_AVOIDED,
    REFERRER,
    SATISFACTION_SCORES,
    MediationFacts,
)
from vpdesk.domain.taxonomy import Vocabulary
from vpdesk.stats.suppression import MIN_THRESHOLD, Cell, primary, primary_symbol, single_valued

KIND = "mediation"
COUNT_TOTALS = ("started", "ended", "carried_over", "open_at_year_end", "evaluations")
TOTAL_KEYS = (*COUNT_TOTALS, "sessions", "contact_hours", "median_lead_time_days")
SATISFACTION_CODES = tuple(str(s) for s in SATISFACTION_SCORES)
# breakdown -> (codes, which total its cells add up to)
BREAKDOWNS: dict[str, tuple[tuple[str, ...], str]] = {
    "form": (MEDIATION_FORM.codes, "started"),
    "relation": (MEDIATION_RELATION.codes, "started"),
    "referrer": (REFERRER.codes, "started"),
    "initiator": (INITIATOR.codes, "started"),
    "result": (MEDIATION_RESULT.codes, "ended"),
    "procedure_avoided": (PROCEDURE_AVOIDED.codes, "ended"),
    "satisfaction": (SATISFACTION_CODES, "evaluations"),
}
VOCABULARY: dict[str, Vocabulary | None] = {
    "form": MEDIATION_FORM, "relation": MEDIATION_RELATION, "referrer": REFERRER,
    "initiator": INITIATOR, "result": MEDIATION_RESULT, "procedure_avoided": PROCEDURE_AVOIDED,
    "satisfaction": None,
}
NOT_TELLING = frozenset(("unknown", "other"))  # a cell holding everyone here says nothing
LEFT_OUT_FEW, LEFT_OUT_GROUP = "few", "group"


@dataclass(frozen=True)
class MediationCounts:
    """The exact counts of one year (never published as such)."""

    year: int
    totals: dict[str, int]
    sessions: int
    contact_minutes: int
    lead_times: tuple[int, ...]
    breakdowns: dict[str, dict[str, int]]

    @property
    def has_data(self) -> bool:
        return any(self.totals.values()) or self.sessions > 0


def count_mediation_year(facts: Iterable[MediationFacts], year: int) -> MediationCounts:
    """Count one year's mediations exactly (see the module docstring for what counts where)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    totals = dict.fromkeys(COUNT_TOTALS, 0)
    breakdowns = {name: dict.fromkeys(codes, 0) for name, (codes, _) in BREAKDOWNS.items()}
    sessions = minutes = 0
    lead: list[int] = []
    for m in facts:
        for day, mins in m.sessions:
            if first <= day <= last:
                sessions += 1
                minutes += mins
        if m.opened > last:
            continue
        started = m.opened >= first
        ended = m.closed is not None and first <= m.closed <= last
        if started:
            totals["started"] += 1
            for name, value in (("form", m.form), ("relation", m.relation),
                                ("referrer", m.referrer), ("initiator", m.initiator)):
                cells = breakdowns[name]
                cells[value if value in cells else "unknown" if "unknown" in cells else "informal"] += 1
        elif m.closed is None or m.closed >= first:
            totals["carried_over"] += 1
        if ended:
            assert m.closed is not None
            totals["ended"] += 1
            lead.append((m.closed - m.opened).days)
            result = m.result if m.result in breakdowns["result"] else "no_agreement"
            breakdowns["result"][result] += 1
            avoided = m.procedure_avoided if m.procedure_avoided in breakdowns["procedure_avoided"] else "unknown"
            breakdowns["procedure_avoided"][avoided] += 1
            for score in m.satisfaction:
                if str(score) in breakdowns["satisfaction"]:
                    breakdowns["satisfaction"][str(score)] += 1
                    totals["evaluations"] += 1
        if m.closed is None or m.closed > last:
            totals["open_at_year_end"] += 1
    return MediationCounts(year, totals, sessions, minutes, tuple(sorted(lead)), breakdowns)


@dataclass(frozen=True)
class MediationFigures:
    """The published mediation figures of one year: what the JSON and the PDF show."""

    year: int
    threshold: int
    organisation: str | None
    organisation_id: int | None
    small: bool
    totals: dict[str, Cell | float | None]
    breakdowns: dict[str, dict[str, Cell] | None]
    left_out: dict[str, str] = field(default_factory=dict)  # breakdown -> LEFT_OUT_FEW / _GROUP
    organisations: tuple[str, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": KIND, "year": self.year, "organisation": self.organisation,
            "threshold": self.threshold,
        }
        if self.small:
            out["totals"] = dict(self.totals)
            return out
        out["totals"] = dict(self.totals)
        for name in BREAKDOWNS:
            cells = self.breakdowns.get(name)
            out[name] = None if cells is None else dict(cells)
        if self.organisations is not None:
            out["organisations"] = list(self.organisations)
        return out


def _group_disclosure(cells: Mapping[str, int]) -> bool:
    total = sum(cells.values())
    return total > 0 and any(n == total and code not in NOT_TELLING for code, n in cells.items())


def publish_mediation(
    counts: MediationCounts,
    *,
    threshold: int = 5,
    organisation: str | None = None,
    organisation_id: int | None = None,
    organisations: tuple[str, ...] | None = None,
) -> MediationFigures:
    """Apply the disclosure control to one year's counts."""
    if threshold < MIN_THRESHOLD:
        raise ValueError("the threshold is never below 3")
    symbol = primary_symbol(threshold)
    t = counts.totals
    if t["started"] < threshold:
        return MediationFigures(counts.year, threshold, organisation, organisation_id, True,
                                {"started": symbol}, {}, organisations=None)
    totals: dict[str, Cell | float | None] = dict(primary({k: t[k] for k in COUNT_TOTALS}, threshold))
    totals["sessions"] = counts.sessions
    totals["contact_hours"] = round(counts.contact_minutes / 60, 1)
    # A median of fewer than K lead times comes close to one mediation's own duration.
    totals["median_lead_time_days"] = (
        float(statistics.median(counts.lead_times)) if len(counts.lead_times) >= threshold else None
    )
    breakdowns: dict[str, dict[str, Cell] | None] = {}
    left_out: dict[str, str] = {}
    for name, (_, total_key) in BREAKDOWNS.items():
        cells = counts.breakdowns[name]
        if t[total_key] < threshold:
            breakdowns[name] = None
            left_out[name] = LEFT_OUT_FEW
        elif _group_disclosure(cells):
            breakdowns[name] = None
            left_out[name] = LEFT_OUT_GROUP
        else:
            breakdowns[name] = single_valued(cells, threshold)
    return MediationFigures(counts.year, threshold, organisation, organisation_id, False, totals,
                            breakdowns, left_out, organisations)


def mediation_figures(
    vault: Any, *, year: int, organisation_id: int | None = None, threshold: int = 5
) -> MediationFigures:
    """The published mediation figures of ``year`` for one organisation or all."""
    from vpdesk.stats import StatsError

    if threshold < MIN_THRESHOLD:
        raise StatsError("the threshold is never below 3")
    name: str | None = None
    names: tuple[str, ...] | None = None
    if organisation_id is not None:
        org = vault.organisations.get(organisation_id)
        if org is None:
            raise StatsError("no such organisation in the vault")
        name = org.name
    facts = vault.mediations.facts(organisation_id, opened_until=date(year, 12, 31))
    if organisation_id is None:
        # An organisation too small to show its own figures is left out of the total as a
        # whole, or the total minus the other organisations' tables would give it away.
        started = vault.mediations.started_per_organisation(year)
        shown = {org for org, n in started.items() if n >= threshold}
        facts = [f for f in facts if f.organisation_id in shown]
        all_names = vault.organisations.names()
        names = tuple(sorted((all_names[i] for i in shown), key=str.casefold))
    return publish_mediation(count_mediation_year(facts, year), threshold=threshold,
                             organisation=name, organisation_id=organisation_id, organisations=names)
