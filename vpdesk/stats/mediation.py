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

from vpdesk.domain.errors import Refused
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
from vpdesk.stats.suppression import MIN_THRESHOLD, SECONDARY, Cell, primary, primary_symbol
from vpdesk.vault.reader import VaultData

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
    "form": MEDIATION_FORM,
    "relation": MEDIATION_RELATION,
    "referrer": REFERRER,
    "initiator": INITIATOR,
    "result": MEDIATION_RESULT,
    "procedure_avoided": PROCEDURE_AVOIDED,
    "satisfaction": None,
}
NOT_TELLING = frozenset(("unknown", "other"))  # a cell holding everyone here says nothing
LEFT_OUT_FEW, LEFT_OUT_GROUP, LEFT_OUT_PROTECTED = "few", "group", "protected"


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
            for name, value in (
                ("form", m.form),
                ("relation", m.relation),
                ("referrer", m.referrer),
                ("initiator", m.initiator),
            ):
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
            avoided = (
                m.procedure_avoided if m.procedure_avoided in breakdowns["procedure_avoided"] else "unknown"
            )
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
            "kind": KIND,
            "year": self.year,
            "organisation": self.organisation,
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
        return MediationFigures(
            counts.year,
            threshold,
            organisation,
            organisation_id,
            True,
            {"started": symbol if t["started"] else 0},
            {},
            organisations=None,
        )
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
            # primary only: the audit over every table of the year adds the "x" cells
            breakdowns[name] = dict(primary(cells, threshold))
    return MediationFigures(
        counts.year,
        threshold,
        organisation,
        organisation_id,
        False,
        totals,
        breakdowns,
        left_out,
        organisations,
    )


class MediationRefused(Refused):
    """No further suppression removes a disclosure in the mediation tables."""


# The audit model knows the melding totals; each family of mediation tables maps its own
# totals onto them. Breakdowns of the mediations started add up to "started", those of the
# mediations ended to "ended", the satisfaction scores to "evaluations". The "ended" family
# keeps the identity between the totals, written the other way round (carried over = open at
# year end + ended - started), so a reader combining the results with the totals is modelled;
# the families are audited in turn until none hides anything more.
FAMILIES: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {
    "started": (
        {
            "cases_opened": "started",
            "cases_closed": "ended",
            "carried_over": "carried_over",
            "open_at_year_end": "open_at_year_end",
        },
        ("form", "relation", "referrer", "initiator"),
    ),
    "ended": (
        {
            "cases_opened": "ended",
            "cases_closed": "started",
            "carried_over": "open_at_year_end",
            "open_at_year_end": "carried_over",
        },
        ("result", "procedure_avoided"),
    ),
    "evaluations": ({"cases_opened": "evaluations"}, ("satisfaction",)),
}


def _specs() -> dict[str, Any]:
    from vpdesk.stats.audit import GroupSpec

    return {name: GroupSpec(name, codes, True) for name, (codes, _) in BREAKDOWNS.items()}


def _audit_tables(
    family: str,
    published: dict[tuple[int, int | None], MediationFigures],
    members: dict[int, tuple[int, ...]],
) -> list[Any]:
    from vpdesk.stats.audit import PEOPLE_TOTALS, TOTALS, AuditTable

    totals_map, groups = FAMILIES[family]
    tables = []
    for (year, scope), fig in sorted(published.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        if family != "started" and (fig.small or year != max(y for y, _ in published)):
            continue  # a small organisation publishes only "started"; the year before is linked there
        cells: dict[tuple[str, str], Cell | None] = {}
        for total in PEOPLE_TOTALS:
            source = totals_map.get(total)
            value = fig.totals.get(source) if source else None
            cells[(TOTALS, total)] = value if isinstance(value, int | str) else None
        null_groups = set()
        if not fig.small:
            for group in groups:
                shown = fig.breakdowns.get(group)
                for code in BREAKDOWNS[group][0]:
                    cells[(group, code)] = None if shown is None else shown[code]
                if shown is None and fig.left_out.get(group) == LEFT_OUT_GROUP:
                    null_groups.add(group)
        tables.append(
            AuditTable(
                year,
                scope,
                fig.threshold,
                cells,
                members=members.get(year, ()) if scope is None else (),
                null_groups=frozenset(null_groups),
                small=fig.small,
            )
        )
    return tables


def _hide_one(model: Any, tables: list[Any], pin: Any, keep: tuple[str, str]) -> bool:
    """Hide the smallest shown count that can cover ``pin``: in its group of its table, then
    the same group of the year's other tables, then anything else in its table."""
    from vpdesk.stats.audit import TOTALS

    where = next(t for t in tables if (t.year, t.scope) == (pin.year, pin.scope))

    def shown(t: Any, group: str | None) -> list[tuple[int, tuple[str, str]]]:
        return sorted(
            (v, k)
            for k, v in t.cells.items()
            if isinstance(v, int) and v > 0 and (group is None or k[0] == group) and k != keep
        )

    same_year = [t for t in tables if t.year == pin.year and t is not where]
    # carried_over of a year is open_at_year_end of the year before, for the same scope; an
    # all-organisations table is the sum of its organisations'
    other_year = [t for t in tables if t.scope == pin.scope and t.year != pin.year]
    rest = [t for t in tables if t is not where and t not in same_year and t not in other_year]
    ordered = [where, *same_year, *other_year, *rest]
    tiers = (
        *((t, pin.group) for t in ordered),
        *((t, TOTALS) for t in ordered),
        *((t, None) for t in ordered),
    )
    for table, group in tiers:
        candidates = shown(table, group)
        if candidates:
            model.hide(table, candidates[0][1])
            return True
    return False


def protect_year(vault: VaultData, year: int, threshold: int) -> dict[int | None, MediationFigures]:
    """The year's mediation figures of every organisation and of all, protected together.

    Primary suppression and group disclosure first; then the audit (integer programming over
    everything a reader holding all these tables and the year before can combine) runs, and
    while a hidden count can be worked out exactly one more count is hidden as ``"x"``.
    """

    facts = vault.mediations.facts(None, opened_until=date(year, 12, 31))
    names = vault.organisations.names()
    published: dict[tuple[int, int | None], MediationFigures] = {}
    members: dict[int, tuple[int, ...]] = {}
    for y in (year - 1, year):
        per_org: dict[int, list[MediationFacts]] = {}
        for f in facts:
            per_org.setdefault(f.organisation_id, []).append(f)
        started = {org: count_mediation_year(fs, y) for org, fs in per_org.items()}
        shown = tuple(sorted(org for org, c in started.items() if c.totals["started"] >= threshold))
        members[y] = shown
        for org, counts in started.items():
            if counts.has_data:
                published[(y, org)] = publish_mediation(
                    counts, threshold=threshold, organisation=names.get(org), organisation_id=org
                )
        if y != year:
            # The all-organisations tables of two years count different organisations, so
            # the reader's link between them (carried over = open a year before) would not hold.
            continue
        total = count_mediation_year([f for f in facts if f.organisation_id in shown], y)
        published[(y, None)] = publish_mediation(
            total,
            threshold=threshold,
            organisations=tuple(sorted((names[i] for i in shown), key=str.casefold)),
        )
    specs = _specs()
    for _round in range(6):
        before = _hidden_count(published)
        for family in FAMILIES:
            _protect_family(family, published, members, specs)
        if _hidden_count(published) == before:
            break
    return {scope: fig for (y, scope), fig in published.items() if y == year}


def _hidden_count(published: dict[tuple[int, int | None], MediationFigures]) -> int:
    n = sum(v == SECONDARY for f in published.values() for v in f.totals.values())
    return (
        n
        + sum(
            v == SECONDARY for f in published.values() for b in f.breakdowns.values() if b for v in b.values()
        )
        + sum(len(f.left_out) for f in published.values())
    )


def _protect_family(
    family: str,
    published: dict[tuple[int, int | None], MediationFigures],
    members: dict[int, tuple[int, ...]],
    specs: dict[str, Any],
) -> None:
    from vpdesk.stats.audit import TOTALS, ReaderModel

    if True:
        tables = _audit_tables(family, published, members)
        if not tables:
            return
        model = ReaderModel(tables, specs)
        withheld: set[tuple[int, int | None, str]] = set()
        for _ in range(500):
            pins = model.findings().disclosures
            if not pins:
                break
            pin = pins[0]
            # "started" is the headline figure: always shown (it is at least K here)
            keep = (
                next((TOTALS, code) for code, source in FAMILIES[family][0].items() if source == "started")
                if "started" in FAMILIES[family][0].values()
                else (TOTALS, "cases_opened")
            )
            if _hide_one(model, tables, pin, keep):
                continue
            if pin.group == TOTALS:
                raise MediationRefused("no further suppression removes a disclosure in the mediation tables")
            # Nothing left to hide around it (the cells are all small): the breakdown is left
            # out of that year's tables, which the all-organisations sum links.
            if any(w[0] == pin.year and w[2] == pin.group for w in withheld):
                raise MediationRefused("no further suppression removes a disclosure in the mediation tables")
            for table in (t for t in tables if t.year == pin.year):
                for key in [k for k in table.cells if k[0] == pin.group]:
                    table.cells[key] = None
                withheld.add((table.year, table.scope, pin.group))
            model = ReaderModel(tables, specs)
        else:
            raise MediationRefused("the mediation tables could not be protected")
        totals_map = FAMILIES[family][0]
        for y, scope, group in withheld:
            fig = published[(y, scope)]
            fig.breakdowns[group] = None
            fig.left_out[group] = LEFT_OUT_PROTECTED
        for t in tables:
            fig = published[(t.year, t.scope)]
            for (group, code), value in t.cells.items():
                if value != SECONDARY:
                    continue
                if group == TOTALS:
                    fig.totals[totals_map[code]] = SECONDARY
                elif fig.breakdowns.get(group) is not None:
                    fig.breakdowns[group][code] = SECONDARY  # type: ignore[index]


def mediation_figures(
    vault: VaultData, *, year: int, organisation_id: int | None = None, threshold: int = 5
) -> MediationFigures:
    """The published mediation figures of ``year`` for one organisation or all."""
    from vpdesk.stats import StatsError

    if threshold < MIN_THRESHOLD:
        raise StatsError("the threshold is never below 3")
    name: str | None = None
    if organisation_id is not None:
        org = vault.organisations.get(organisation_id)
        if org is None:
            raise StatsError("no such organisation in the vault")
        name = org.name
    # Every organisation's table and the all-organisations one are protected together, so
    # the answer does not depend on which is asked for (an organisation too small to show its
    # own figures is left out of the total, or subtraction would give it away).
    family = protect_year(vault, year, threshold)
    found = family.get(organisation_id)
    if found is None:  # an organisation without mediations in the year
        found = publish_mediation(
            count_mediation_year([], year),
            threshold=threshold,
            organisation=name,
            organisation_id=organisation_id,
        )
    return found
