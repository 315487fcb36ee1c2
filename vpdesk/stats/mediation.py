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

import hashlib
import json
import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Unpack

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
from vpdesk.domain.models import Release
from vpdesk.domain.taxonomy import Vocabulary
from vpdesk.stats import Scope, check_scope, record_prepared
from vpdesk.stats.protection import AuditReport, HiddenCount, TableProtection
from vpdesk.stats.release import ThresholdRefused
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


def unprotected_totals(counts: MediationCounts, threshold: int) -> dict[str, float | int | None]:
    """The totals that are not counts of people: sessions, contact hours, median lead time."""
    return {
        "sessions": counts.sessions,
        "contact_hours": round(counts.contact_minutes / 60, 1),
        # A median of fewer than K lead times comes close to one mediation's own duration.
        "median_lead_time_days": (
            float(statistics.median(counts.lead_times)) if len(counts.lead_times) >= threshold else None
        ),
    }


def _protected_part(cells: Mapping[str, Any]) -> Any:
    """What a released table says about counts of people (for telling editions apart)."""
    totals = cells.get("totals") or {}
    return (
        {k: totals.get(k) for k in COUNT_TOTALS},
        {name: cells.get(name) for name in BREAKDOWNS},
        cells.get("organisations"),
    )


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
    totals.update(unprotected_totals(counts, threshold))
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


class MediationThresholdRefused(ThresholdRefused):
    """The year's mediation figures were released at another threshold (``released``)."""

    def __init__(self, year: int, released: int) -> None:
        super().__init__(
            f"the mediation figures for {year} were released with threshold {released}; figures "
            f"at another threshold could be combined with them (use --threshold {released})"
        )
        self.year = year
        self.released = released


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

# (year, organisation id or None for all organisations, edition): edition 0 is the table made
# from the vault's data as they are; an earlier release made from other data is an edition of
# its own, which no identity links to the others.
TableKey = tuple[int, int | None, int]


def _specs() -> dict[str, Any]:
    from vpdesk.stats.audit import GroupSpec

    return {name: GroupSpec(name, codes, True) for name, (codes, _) in BREAKDOWNS.items()}


def _audit_tables(
    family: str,
    published: Mapping[Any, MediationFigures],
    members: Mapping[int, tuple[int, ...]],
    *,
    fixed: Iterable[Any] = (),
    year: int | None = None,
    latent: Iterable[tuple[int, int]] = (),
) -> list[Any]:
    """The tables of one family as the reader's model holds them.

    ``published`` is keyed by (year, scope) or (year, scope, edition); ``fixed`` names the
    tables released before (their cells cannot change); ``latent`` the (year, organisation)
    tables an all-organisations table sums that were never released (audit only).
    """
    from vpdesk.stats.audit import PEOPLE_TOTALS, TOTALS, AuditTable

    fixed = set(fixed)
    totals_map, groups = FAMILIES[family]
    keyed = {(k if len(k) == 3 else (*k, 0)): (k, fig) for k, fig in published.items()}
    main = year if year is not None else max((k[0] for k in keyed), default=0)
    tables = []
    for (y, scope, edition), (orig, fig) in sorted(
        keyed.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0, kv[0][2])
    ):
        if family != "started" and (fig.small or y != main):
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
                if shown is None:
                    # Left out (too few, one cell holding all, or not safe to show): it says
                    # nothing a reader could use, not even that no cell holds every mediation.
                    null_groups.add(group)
        tables.append(
            AuditTable(
                y,
                scope,
                fig.threshold,
                cells,
                kind="fixed" if orig in fixed or (y, scope, edition) in fixed else "new",
                members=members.get(y, ()) if scope is None and edition == 0 else (),
                null_groups=frozenset(null_groups),
                edition=edition,
                small=fig.small,
            )
        )
    for y, scope in latent:
        if family == "started" or y == main:
            cells = {(TOTALS, total): None for total in PEOPLE_TOTALS}
            tables.append(AuditTable(y, scope, 5, cells, kind="latent"))
    return tables


def _hide_one(
    model: Any, tables: list[Any], pin: Any, keep: tuple[str, str], known: frozenset[Any] = frozenset()
) -> bool:
    """Hide the smallest shown count that can cover ``pin``: in its group of its table, then
    the same group of the year's other tables, then anything else in its table. Tables
    released before are never changed."""
    from vpdesk.stats.audit import TOTALS

    where = next(t for t in tables if (t.year, t.scope, t.edition) == (pin.year, pin.scope, pin.edition))

    def shown(t: Any, group: str | None) -> list[tuple[int, tuple[str, str]]]:
        if t.kind != "new":
            return []
        return sorted(
            (v, k)
            for k, v in t.cells.items()
            if isinstance(v, int)
            and v > 0
            and (group is None or k[0] == group)
            and k != keep
            and (t.key, k) not in known
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


def counts_digest(counts: MediationCounts, members: Iterable[int] = ()) -> str:
    """A digest of the exact counts behind a table, to tell whether the data changed since."""
    # Only the counts of people the disclosure control protects: sessions, contact hours and
    # the lead time may change without making the table another edition.
    payload = {
        "year": counts.year,
        "totals": counts.totals,
        "breakdowns": counts.breakdowns,
        "members": list(members),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def ledger_table(figures: MediationFigures) -> dict[str, Any]:
    """A table as the release ledger keeps it: the JSON, and why each breakdown was left out."""
    return {**figures.to_dict(), "left_out": dict(figures.left_out)}


def figures_of_table(table: Mapping[str, Any], organisation_id: int | None) -> MediationFigures:
    """The figures of a table as it was released (see :func:`ledger_table`)."""
    totals = dict(table.get("totals") or {})
    small = set(totals) == {"started"} and not any(name in table for name in BREAKDOWNS)
    breakdowns: dict[str, dict[str, Cell] | None] = {}
    if not small:
        for name, (codes, _) in BREAKDOWNS.items():
            cells = table.get(name)
            breakdowns[name] = None if cells is None else {c: cells.get(c, 0) for c in codes}
    organisations = table.get("organisations")
    return MediationFigures(
        int(table["year"]),
        int(table["threshold"]),
        table.get("organisation"),
        organisation_id,
        small,
        totals,
        breakdowns,
        dict(table.get("left_out") or {}),
        tuple(organisations) if organisations is not None else None,
    )


def _revise(new: MediationFigures, old: MediationFigures) -> None:
    """A count shown in an earlier release made from other data, and shown again changed by
    fewer than K, would describe the mediations changed in between: it is hidden as ``"x"``."""
    k = new.threshold
    if new.small or old.small:
        return

    def changed(cell: Any, before: Any) -> bool:
        return isinstance(cell, int) and isinstance(before, int) and cell > 0 and 0 < abs(cell - before) < k

    for key in COUNT_TOTALS:
        if changed(new.totals.get(key), old.totals.get(key)):
            new.totals[key] = SECONDARY
    for name, cells in new.breakdowns.items():
        before = old.breakdowns.get(name)
        if cells is None or before is None:
            continue
        for code, cell in cells.items():
            if changed(cell, before.get(code)):
                cells[code] = SECONDARY


@dataclass
class MediationFamily:
    """Every mediation table of a year and the year before, with what was released of them."""

    year: int
    threshold: int
    tables: dict[TableKey, MediationFigures]
    counts: dict[tuple[int, int | None], MediationCounts]  # exact counts behind edition 0
    members: dict[int, tuple[int, ...]]
    released: dict[TableKey, Release]  # the tables of the model released before
    latent: set[tuple[int, int]] = field(default_factory=set)
    ledger: list[Release] = field(default_factory=list)

    def figures(self, scope: int | None, names: Mapping[int, str]) -> MediationFigures:
        found = self.tables.get((self.year, scope, 0))
        if found is None:  # an organisation without mediations in the year
            found = publish_mediation(
                count_mediation_year([], self.year),
                threshold=self.threshold,
                organisation=None if scope is None else names.get(scope),
                organisation_id=scope,
            )
        return found

    def releases(self, scope: int | None, today: date) -> list[Release]:
        """The ledger row that releasing ``scope``'s figures adds (none when released as they are)."""
        key = (self.year, scope, 0)
        if key not in self.tables:
            return []
        table = ledger_table(self.tables[key])
        if key in self.released and any(
            r.cells == table for r in self.ledger if (r.year, r.organisation_id) == (self.year, scope)
        ):
            return []  # released as it is
        counts = self.counts[(self.year, scope)]
        members = self.members.get(self.year, ()) if scope is None else ()
        return [
            Release(
                kind=KIND,
                year=self.year,
                organisation_id=scope,
                threshold=self.threshold,
                released_on=today,
                cells=ledger_table(self.tables[key]),
                members=tuple(members),
                digest=counts_digest(counts, members),
            )
        ]


def released_threshold(ledger: Iterable[Release], year: int) -> int | None:
    return next((r.threshold for r in ledger if r.year == year), None)


class _Stuck(Exception):
    """Hiding more counts does not protect these tables: (year, organisation) each."""

    def __init__(self, tables: set[tuple[int, int]]) -> None:
        super().__init__("no further suppression helps")
        self.tables = tables


def mediation_family(vault: VaultData, year: int, threshold: int, *, new: bool = True) -> MediationFamily:
    """The year's mediation tables, protected (see :func:`_assemble`).

    An organisation whose table no hiding of counts keeps safe is withheld: it shows only
    ``started: "x"`` (K or more) and is left out of the all-organisations figures, like a
    small organisation.
    """
    # An organisation withheld in a release stays withheld for the releases after it.
    withheld = {
        (r.year, r.organisation_id)
        for r in vault.releases.releases((year - 1, year, year + 1), KIND)
        if r.organisation_id is not None and (r.cells.get("totals") or {}) == {"started": SECONDARY}
    }
    while True:
        family = _assemble(vault, year, threshold, new=new, withheld=withheld)
        if not new:
            return family
        try:
            _protect(family)
        except _Stuck as stuck:
            if not stuck.tables or stuck.tables <= withheld:
                raise MediationRefused(
                    "no further suppression removes a disclosure in the mediation tables"
                ) from None
            withheld |= stuck.tables
            continue
        return family


def _assemble(
    vault: VaultData, year: int, threshold: int, *, new: bool, withheld: set[tuple[int, int]]
) -> MediationFamily:
    """The year's mediation tables of every organisation and of all, protected together with
    the release ledger.

    Primary suppression and group disclosure first. A table released before from the same data
    is published again as it was; one released from data that have changed since is kept as
    an earlier edition, and a count the new table would show changed by fewer than K is hidden.
    The year before enters as released (or, where it was not, as it would be released). Then
    the audit (integer programming over everything a reader holding all these tables can
    combine) runs, and while a hidden count can be worked out exactly one more count is hidden
    as ``"x"``. With ``new=False`` only the released tables are modelled (for the audit).
    """
    ledger: list[Release] = vault.releases.releases((year - 1, year, year + 1), KIND)
    fixed_threshold = released_threshold(ledger, year)
    if new and fixed_threshold is not None and fixed_threshold != threshold:
        raise MediationThresholdRefused(year, fixed_threshold)
    if not new and fixed_threshold is not None:
        threshold = fixed_threshold  # the audit models the year as it was released
    years = tuple(sorted({year - 1, year} | {r.year for r in ledger}))
    facts = vault.mediations.facts(None, opened_until=date(max(years), 12, 31))
    names = vault.organisations.names()
    per_org: dict[int, list[MediationFacts]] = {}
    for f in facts:
        per_org.setdefault(f.organisation_id, []).append(f)
    family = MediationFamily(year, threshold, {}, {}, {}, {}, ledger=ledger)
    for y in years:
        k = threshold if y == year else (released_threshold(ledger, y) or threshold)
        counts = {org: count_mediation_year(fs, y) for org, fs in per_org.items()}
        shown = tuple(
            sorted(org for org, c in counts.items() if c.totals["started"] >= k and (y, org) not in withheld)
        )
        family.members[y] = shown
        for org, c in counts.items():
            family.counts[(y, org)] = c
        family.counts[(y, None)] = count_mediation_year([f for f in facts if f.organisation_id in shown], y)
        released = [r for r in ledger if r.year == y]
        org_scopes = sorted(
            {org for org, c in counts.items() if c.has_data}
            | {r.organisation_id for r in released if r.organisation_id is not None}
        )
        scopes: list[int | None] = [*org_scopes, None]
        edition = 1
        for scope in scopes:
            own = family.counts.get((y, scope)) or count_mediation_year([], y)
            members = shown if scope is None else ()
            now = counts_digest(own, members)
            mine = [r for r in released if r.organisation_id == scope]
            # Released before from the same counts: shown again as released, with today's
            # sessions and hours (they are not counts of people).
            link = next((r for r in reversed(mine) if r.digest == now), None)
            seen: list[Any] = []
            if link is not None:
                fig = figures_of_table(link.cells, scope)
                if y == year and not fig.small:
                    fig.totals.update(unprotected_totals(own, k))
                family.tables[(y, scope, 0)] = fig
                family.released[(y, scope, 0)] = link
                seen.append(_protected_part(link.cells))
            for r in mine:
                part = _protected_part(r.cells)
                if r is link or part in seen:
                    continue  # the same counts released again tell nothing new
                seen.append(part)
                key: TableKey = (y, scope, edition)
                edition += 1
                family.tables[key] = figures_of_table(r.cells, scope)
                family.released[key] = r
            if link is not None:
                continue
            if (
                new
                and y in (year - 1, year)
                and (scope is not None or y == year)
                and (own.has_data or scope is None)
            ):
                if scope is not None and (y, scope) in withheld:
                    family.tables[(y, scope, 0)] = MediationFigures(
                        y, k, names.get(scope), scope, True, {"started": SECONDARY}, {}
                    )
                    continue
                fig = publish_mediation(
                    own,
                    threshold=k,
                    organisation=None if scope is None else names.get(scope),
                    organisation_id=scope,
                    organisations=tuple(sorted((names[i] for i in shown), key=str.casefold))
                    if scope is None
                    else None,
                )
                for key, old in list(family.tables.items()):
                    if key[:2] == (y, scope) and key[2] > 0:
                        _revise(fig, old)
                family.tables[(y, scope, 0)] = fig
            elif not new and scope is not None:
                family.latent.add((y, scope))
    return family


def _hidden_count(tables: Mapping[TableKey, MediationFigures]) -> int:
    n = sum(v == SECONDARY for f in tables.values() for v in f.totals.values())
    return (
        n
        + sum(v == SECONDARY for f in tables.values() for b in f.breakdowns.values() if b for v in b.values())
        + sum(len(f.left_out) for f in tables.values())
    )


def _protect(family: MediationFamily) -> None:
    specs = _specs()
    for _round in range(6):
        before = _hidden_count(family.tables)
        for name in FAMILIES:
            _protect_family(name, family, specs)
        if _hidden_count(family.tables) == before:
            break


def _protect_family(name: str, family: MediationFamily, specs: dict[str, Any]) -> None:
    from vpdesk.stats.audit import TOTALS, ReaderModel

    published, members, fixed = family.tables, family.members, set(family.released)
    tables = _audit_tables(name, published, members, fixed=fixed, year=family.year)
    if not any(t.kind == "new" for t in tables):
        return
    legacy: set[tuple[Any, ...]] = set()
    if fixed:
        # What earlier releases give away without the new tables cannot be undone: it does
        # not block, and hiding a cell for it would be no use.
        old = _audit_tables(
            name, {k: v for k, v in published.items() if k in fixed}, members, fixed=fixed, year=family.year
        )
        if old:
            legacy = {
                (f.year, f.scope, f.edition, f.group, f.code)
                for f in ReaderModel(old, specs).findings().disclosures
            }
    model = ReaderModel(tables, specs)
    withheld: set[tuple[int, int | None, str]] = set()
    known: set[Any] = set()
    for _ in range(500):
        pins = [
            f
            for f in model.findings().disclosures
            if (f.year, f.scope, f.edition, f.group, f.code) not in legacy
        ]
        if not pins:
            break
        pin = pins[0]
        # "started" is the headline figure: always shown (it is at least K here); a family
        # without it (the evaluations) may hide any of its counts
        keep = next(
            ((TOTALS, code) for code, source in FAMILIES[name][0].items() if source == "started"), ("", "")
        )
        if _hide_one(model, tables, pin, keep, frozenset(known)):
            continue
        where = next(t for t in tables if (t.year, t.scope, t.edition) == (pin.year, pin.scope, pin.edition))
        if where.kind == "new" and where.cells.get(pin.cell) == SECONDARY and pin.low == pin.high:
            # Nothing left to hide and the reader works this "x" (K or more) out anyway:
            # showing it tells nothing new.
            model.show(where, pin.cell, pin.low)
            known.add((where.key, pin.cell))  # never hidden again: it would tell nothing
            continue
        # Nothing left to hide around it (the cells are all small): the breakdown is left out
        # of that year's new tables, which the all-organisations sum links; for a total,
        # every breakdown of the family still shown that year.
        groups = FAMILIES[name][1] if pin.group == TOTALS else (pin.group,)
        year_tables = [t for t in tables if t.year == pin.year and t.kind == "new" and not t.small]
        shown = [
            (t, g)
            for t in year_tables
            for g in groups
            if g not in t.null_groups and any(v is not None for k, v in t.cells.items() if k[0] == g)
        ]
        if not shown:
            raise _Stuck(
                {
                    (f.year, f.scope)
                    for f in pins
                    if f.scope is not None
                    and f.edition == 0
                    and (f.year, f.scope, 0) in published
                    and (f.year, f.scope, 0) not in fixed
                }
            )
        for table, group in shown:
            for key in [k for k in table.cells if k[0] == group]:
                table.cells[key] = None
            table.null_groups = table.null_groups | {group}
            withheld.add((table.year, table.scope, group))
        model = ReaderModel(tables, specs)
    else:
        raise MediationRefused("the mediation tables could not be protected")
    totals_map = FAMILIES[name][0]
    for y, scope, group in withheld:
        fig = published[(y, scope, 0)]
        fig.breakdowns[group] = None
        fig.left_out[group] = LEFT_OUT_PROTECTED
    for t in tables:
        if t.kind != "new":
            continue
        fig = published[(t.year, t.scope, t.edition)]
        for (group, code), value in t.cells.items():
            if group == TOTALS:
                if code in totals_map and (
                    value == SECONDARY or fig.totals.get(totals_map[code]) == SECONDARY
                ):
                    fig.totals[totals_map[code]] = value
            elif fig.breakdowns.get(group) is not None:
                cells = fig.breakdowns[group]
                assert cells is not None
                if value == SECONDARY or (cells.get(code) == SECONDARY and isinstance(value, int)):
                    cells[code] = value  # type: ignore[assignment]


def protect_year(vault: VaultData, year: int, threshold: int) -> dict[int | None, MediationFigures]:
    """The year's mediation figures of every organisation and of all, protected together
    (see :func:`mediation_family`)."""
    family = mediation_family(vault, year, threshold)
    return {scope: fig for (y, scope, edition), fig in family.tables.items() if y == year and edition == 0}


def _checked(
    vault: VaultData, *, year: int, organisation_id: int | None = None, threshold: int = 5
) -> MediationFamily:
    check_scope(vault, organisation_id, threshold)
    # Every organisation's table and the all-organisations one are protected together, so
    # the answer does not depend on which is asked for (an organisation too small to show its
    # own figures is left out of the total, or subtraction would give it away).
    return mediation_family(vault, year, threshold)


def mediation_figures(vault: VaultData, **scope: Unpack[Scope]) -> MediationFigures:
    """The published mediation figures of the scope (see :class:`~vpdesk.stats.Scope`); nothing recorded."""
    return _checked(vault, **scope).figures(scope.get("organisation_id"), vault.organisations.names())


def prepare_mediation_release(
    vault: VaultData, *, today: date | None = None, **scope: Unpack[Scope]
) -> tuple[MediationFigures, list[Release]]:
    """The figures of :func:`mediation_figures` and the ledger rows that releasing them adds."""
    family = _checked(vault, **scope)
    organisation_id = scope.get("organisation_id")
    figures = family.figures(organisation_id, vault.organisations.names())
    return figures, family.releases(organisation_id, today or date.today())


def release_mediation_figures(
    vault: VaultData, *, today: date | None = None, **scope: Unpack[Scope]
) -> MediationFigures:
    """The figures of :func:`mediation_figures`, recorded in the release ledger as released."""
    return record_prepared(vault, prepare_mediation_release(vault, today=today, **scope))


def mediation_audit_report(vault: VaultData, year: int) -> MediationAuditReport:
    """What a reader holding every mediation table released for ``year`` (and its neighbours)
    could deduce: each hidden count's interval, over the ledger as it stands."""
    from vpdesk.stats.audit import TOTALS, ReaderModel

    family = mediation_family(vault, year, 5, new=False)
    names = vault.organisations.names()
    fixed = set(family.released)
    specs = _specs()
    # (table, cell) -> (low, high): every family of tables narrows the reader's interval
    found: dict[TableKey, dict[str, tuple[int, int | None]]] = {
        key: {} for key in sorted(fixed, key=lambda k: (k[1] is None, k[1] or 0, k[2])) if key[0] == year
    }
    for name, (totals_map, _groups) in FAMILIES.items():
        tables = _audit_tables(
            name, family.tables, family.members, fixed=fixed, year=year, latent=family.latent
        )
        if not any(t.kind == "fixed" and t.year == year for t in tables):
            continue
        model = ReaderModel(tables, specs)
        for t in tables:
            if t.kind != "fixed" or t.year != year:
                continue
            for group, code in t.hidden():
                if group == TOTALS and code not in totals_map:
                    continue  # a total this family does not publish
                if t.small and (group, code) != (TOTALS, "cases_opened"):
                    continue  # what a small organisation does not show at all is not listed
                low, high = model.interval(model.var(t, (group, code)))
                cell = f"totals.{totals_map[code]}" if group == TOTALS else f"{group}.{code}"
                top = None if high >= model.model.bound else high
                before = found[t.key].get(cell)
                if before is not None:
                    low = max(low, before[0])
                    top = before[1] if top is None else top if before[1] is None else min(top, before[1])
                found[t.key][cell] = (low, top)
    report = MediationAuditReport(year, released_threshold(family.released.values(), year))
    for key, cells in found.items():
        release = family.released[key]
        report.tables.append(
            TableProtection(
                year,
                None if key[1] is None else names.get(key[1], ""),
                release.released_on,
                release.threshold,
                tuple(HiddenCount(cell, low, high) for cell, (low, high) in cells.items()),
            )
        )
    return report


class MediationAuditReport(AuditReport):
    """The audit of the mediation tables: the melding audit's shape, with ``"kind": "mediation"``."""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": KIND, **super().to_dict()}

    def text(self) -> str:
        if not self.tables:
            return f"No mediation figures have been released for {self.year}; nothing to audit."
        return "Mediation f" + super().text()[1:]
