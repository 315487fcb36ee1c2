"""A year's figures protected together, and what was released before.

Every table of a year — each organisation's and the all-organisations one — is computed and
protected as one family, together with the tables the release ledger holds for the year
before and after, so that no combination of them lets a reader work out a hidden count
(:mod:`vpdesk.stats.audit`). The result does not depend on which table is asked for first.

Steps, deterministic for the same data and ledger:

1. exact counts per organisation; the all-organisations counts are the sum of the
   organisations with at least K cases opened (smaller ones are left out and publish only
   ``cases opened: <K``);
2. primary suppression (``1 .. K-1`` as ``"<K"``, totals of people included) and group
   disclosure (a breakdown where one cell other than unknown/open/other holds every case is
   left out);
3. a released table whose counts have changed since is kept as an earlier edition: a shown
   cell that changed by fewer than K since then is hidden as ``"x"``;
4. the audit runs over all tables; while a hidden count can be worked out exactly, one more
   cell is hidden as ``"x"``, the smallest suitable one first (in the same breakdown of the same
   table, then the same cell of a linked table, then elsewhere), preferring a cell that
   removes the disclosure on its own.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any, Literal

from vpdesk.collector import collector_paused
from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import Refused
from vpdesk.domain.models import CaseFacts, Release
from vpdesk.stats.audit import (
    PEOPLE_TOTALS,
    RESIDUAL_CODES,
    TOTALS,
    AuditResult,
    AuditTable,
    CellKey,
    GroupSpec,
    ReaderModel,
)
from vpdesk.stats.figures import (
    BREAKDOWNS,
    Breakdown,
    Personal,
    YearCounts,
    YearFigures,
    count_year,
    durations,
    hours,
)
from vpdesk.stats.suppression import SECONDARY, Cell, primary, primary_symbol
from vpdesk.vault.reader import VaultData

KIND = "melding"
# Every round hides at least one more cell; far fewer are ever needed.
ROUNDS = 500

SPECS: dict[str, GroupSpec] = {
    s.key: GroupSpec(
        s.key,
        s.codes,
        s.single,
        at_least_one=(s.key == "behaviour"),
        at_most_one=s.at_most_one,
        within=s.within,
        parents=tuple(tx.BEHAVIOUR.roll_up(c) for c in s.codes) if s.within else (),
    )
    for s in BREAKDOWNS
}


class ThresholdRefused(Refused):
    """The year was released at another threshold; a second one would let a reader combine them."""


class DisclosureRefused(Refused):
    """No further suppression removes a disclosure (it lies in tables released earlier)."""

    def __init__(self) -> None:
        super().__init__(
            "the figures cannot be released: tables released earlier already let a reader work "
            "out a hidden count, and hiding more cells does not change that"
        )


@dataclass
class Draft:
    """One table of the model: about to be released (``new``), released (``fixed``) or neither."""

    year: int
    scope: int | None
    threshold: int
    kind: Literal["new", "fixed", "latent"]
    counts: YearCounts | None  # exact counts behind the table (None: unknown, earlier data)
    cells: dict[CellKey, Cell | None]
    null_groups: set[str] = field(default_factory=set)
    small: bool = False
    members: tuple[int, ...] = ()
    edition: int = 0
    release: Release | None = None
    carried_known_zero: bool = False

    @property
    def key(self) -> tuple[int, int | None, int]:
        return (self.year, self.scope, self.edition)

    def audit_table(self) -> AuditTable:
        return AuditTable(
            year=self.year,
            scope=self.scope,
            threshold=self.threshold,
            cells=self.cells,  # shared: hiding a cell in the model hides it in the draft
            kind=self.kind,
            members=self.members,
            null_groups=frozenset(self.null_groups),
            edition=self.edition,
            carried_known_zero=self.carried_known_zero,
            small=self.small,
        )


# -- exact counts -------------------------------------------------------------------------


# The plain counts of a year that several organisations' counts add up to.
SUMMED_COUNTS = (*PEOPLE_TOTALS, "conversations", "minutes")


def add_counts(year: int, parts: Iterable[YearCounts]) -> YearCounts:
    """The sum of several organisations' counts."""
    total = YearCounts(year=year)
    total.activities = dict.fromkeys(tx.ACTIVITY_KIND.codes, 0)
    total.breakdowns = {s.key: dict.fromkeys(s.codes, 0) for s in BREAKDOWNS}
    for p in parts:
        for f in SUMMED_COUNTS:
            setattr(total, f, getattr(total, f) + getattr(p, f))
        for k, n in p.activities.items():
            total.activities[k] = total.activities.get(k, 0) + n
        for key, cells in p.breakdowns.items():
            for code, n in cells.items():
                total.breakdowns[key][code] += n
        for mine, theirs in (
            (total.close_days, p.close_days),
            (total.close_conversations, p.close_conversations),
        ):
            for value, n in theirs.items():
                mine[value] = mine.get(value, 0) + n
    return total


# What a table released before durations, anonymous contact, the reporter's wish, the age
# group and the finer behaviour kinds were published was made from: its digest is compared on
# these counts alone, so that the new figures do not make it look changed.
_EARLIER_FIELDS = ("year", *SUMMED_COUNTS, "activities", "breakdowns")
_EARLIER_CODES: dict[str, tuple[str, ...]] = {
    "behaviour": tx.BEHAVIOUR.top_codes,
    "accused_relation": tx.ACCUSED_RELATION.codes,
    "outcome": (*tx.OUTCOME.codes, "open"),
    "referrals": tx.REFERRAL_TARGET.codes,
    "channel": tx.CHANNEL.codes,
    "quarter": ("Q1", "Q2", "Q3", "Q4"),
    "gender": tx.GENDER.codes,
    "role": ("employee", "manager", "intern", "volunteer", "external", "unknown"),
}


def digest(counts: YearCounts, members: Sequence[int] = (), *, earlier: bool = False) -> str:
    """A fingerprint of the exact counts; ``earlier``: of those a table released before the
    durations and the newer breakdowns existed was made from."""
    payload: dict[str, Any] = {f.name: getattr(counts, f.name) for f in fields(counts)}
    if earlier:
        payload = {k: payload[k] for k in _EARLIER_FIELDS}
        payload["breakdowns"] = {
            key: {c: n for c, n in counts.breakdowns.get(key, {}).items() if c in codes}
            for key, codes in _EARLIER_CODES.items()
        }
    else:
        for key in ("close_days", "close_conversations"):
            payload[key] = sorted(payload[key].items())
    payload["members"] = list(members)
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def organisation_counts(vault: VaultData, years: Iterable[int]) -> dict[int, dict[int, YearCounts]]:
    """Exact counts per year and organisation (every organisation of the vault)."""
    years = sorted(set(years))
    first, last = years[0], years[-1]
    facts: dict[int, list[CaseFacts]] = {}
    out: dict[int, dict[int, YearCounts]] = {y: {} for y in years}
    # Tens of thousands of facts and the counts made from them form no cycles: collections
    # meanwhile would only walk them again and again.
    with collector_paused():
        for f in vault.cases.facts(None, opened_until=date(last, 12, 31), open_on=date(first, 1, 1)):
            facts.setdefault(f.organisation_id, []).append(f)
        by_org = vault.conversations.year_totals_by_organisation((first, last))
        for org_id in vault.organisations.names():
            conversations = by_org.get(org_id, {})
            activities = vault.activities.year_totals(org_id)
            mine = facts.get(org_id, [])
            for y in years:
                out[y][org_id] = count_year(mine, conversations, activities, y)
    return out


def earliest_opened(vault: VaultData) -> dict[int, date]:
    """The first day a case was opened, per organisation."""
    rows = vault.db.query("SELECT organisation_id, min(opened) FROM cases GROUP BY organisation_id")
    return {r[0]: date.fromisoformat(r[1]) for r in rows if r[1]}


# -- cells --------------------------------------------------------------------------------


def truth(counts: YearCounts, group: str, code: str) -> int:
    if group == TOTALS:
        return int(getattr(counts, code))
    return counts.breakdowns[group][code]


def group_disclosed(counts: YearCounts, key: str) -> bool:
    """One cell other than unknown/open/other holds every case of the year."""
    n = counts.cases_opened
    return n > 0 and any(v == n for c, v in counts.breakdowns[key].items() if c not in RESIDUAL_CODES)


def _groups(personal: Personal) -> list[str]:
    return [s.key for s in BREAKDOWNS if s.shown(personal)]


def initial_cells(
    counts: YearCounts, threshold: int, personal: Personal
) -> tuple[dict[CellKey, Cell | None], set[str]]:
    """Primary suppression and group disclosure."""
    totals = primary({k: truth(counts, TOTALS, k) for k in PEOPLE_TOTALS}, threshold)
    cells: dict[CellKey, Cell | None] = {(TOTALS, k): v for k, v in totals.items()}
    null: set[str] = set()
    for key in _groups(personal):
        if group_disclosed(counts, key):
            null.add(key)
            cells.update({(key, c): None for c in SPECS[key].codes})
        else:
            cells.update({(key, c): v for c, v in primary(counts.breakdowns[key], threshold).items()})
    return cells, null


def small_cells(threshold: int, withheld: bool = False) -> dict[CellKey, Cell | None]:
    """The short form: only cases opened, as "<K" (fewer than K) or "x" (withheld, K or more)."""
    cells: dict[CellKey, Cell | None] = {(TOTALS, k): None for k in PEOPLE_TOTALS}
    cells[(TOTALS, "cases_opened")] = SECONDARY if withheld else primary_symbol(threshold)
    return cells


def cells_of_table(table: Mapping[str, Any]) -> tuple[dict[CellKey, Cell | None], set[str], bool]:
    """The cells of a released table (the JSON shape), its left-out breakdowns, and whether small."""
    small = set(table) <= {"year", "organisation", "threshold", "totals"}
    totals = table.get("totals") or {}
    cells: dict[CellKey, Cell | None] = {(TOTALS, k): totals.get(k) for k in PEOPLE_TOTALS}
    null: set[str] = set()
    for key, spec in SPECS.items():
        if key not in table:
            continue
        if table[key] is None:
            null.add(key)
            cells.update({(key, c): None for c in spec.codes})
        else:
            cells.update({(key, c): table[key].get(c) for c in spec.codes})
    return cells, null, small


def consistent(draft: Draft, counts: YearCounts) -> bool:
    """Whether the released cells could have been made from these counts."""
    k = draft.threshold
    if draft.small:
        return counts.cases_opened < k
    if counts.cases_opened < k:
        return False
    for (group, code), cell in draft.cells.items():
        if group != TOTALS and group not in counts.breakdowns:
            return False
        n = truth(counts, group, code)
        if cell is None:
            continue
        if isinstance(cell, int):
            if cell != n:
                return False
        elif cell == SECONDARY:
            if n < k:
                return False
        elif cell == primary_symbol(k):
            if not 0 < n < k:
                return False
        else:
            return False
    return True  # a breakdown left out fits any counts


# -- the family ---------------------------------------------------------------------------


@dataclass
class Family:
    """Every table of the model, and the released figures for the year asked."""

    year: int
    threshold: int
    drafts: list[Draft]
    names: dict[int, str]
    counts: dict[int, dict[int, YearCounts]]
    personal: Personal
    model: ReaderModel | None = None

    def audit(self) -> AuditResult:
        """Every hidden count's interval over all tables of the model (released or about to be)."""
        assert self.model is not None
        return self.model.findings()

    def draft(self, year: int, scope: int | None) -> Draft | None:
        for d in self.drafts:
            if d.year == year and d.scope == scope and d.edition == 0:
                return d
        return None

    def figures(self, scope: int | None) -> YearFigures:
        """The figures of one scope for the year, with the previous year attached."""
        current = self.draft(self.year, scope)
        if current is None:
            current = self._small_draft(self.year, scope)
        before = self.draft(self.year - 1, scope)
        if before is None:
            # Released before from data that have changed since: shown as it was released.
            editions = [d for d in self.drafts if (d.year, d.scope) == (self.year - 1, scope) and d.release]
            before = editions[-1] if editions else None
        previous = None
        if before is not None and not (
            before.kind == "new" and before.counts is not None and not before.counts.has_data
        ):
            previous = self._figures_of(before)
        return self._figures_of(current, previous)

    def _small_draft(self, year: int, scope: int | None) -> Draft:
        counts = YearCounts(year=year)
        return Draft(year, scope, self.threshold, "new", counts, small_cells(self.threshold), small=True)

    def _figures_of(self, d: Draft, previous: YearFigures | None = None) -> YearFigures:
        name = None if d.scope is None else self.names.get(d.scope)
        if d.kind == "fixed" and d.release is not None:
            now = self._counts_of(d)
            # A table released before the newer figures existed has the digest of the counts
            # it was made from then; the two digests never coincide, so either may match.
            changed = now is None or d.release.digest not in (
                digest(now, d.members),
                digest(now, d.members, earlier=True),
            )
            figures = YearFigures.from_table(
                d.release.cells,
                organisation_id=d.scope,
                released_on=d.release.released_on,
                changed_since_release=changed,
            )
            return _with(figures, previous=previous, organisation=name)
        counts = d.counts or YearCounts(year=d.year)
        if d.small:
            return YearFigures(
                year=d.year,
                organisation=name,
                organisation_id=d.scope,
                threshold=d.threshold,
                small=True,
                totals={"cases_opened": d.cells[(TOTALS, "cases_opened")]},
                activities={},
                breakdowns={},
                previous=previous,
            )
        totals: dict[str, Any] = {k: d.cells[(TOTALS, k)] for k in PEOPLE_TOTALS}
        totals["conversations"] = counts.conversations
        totals["hours"] = hours(counts.minutes)
        breakdowns: dict[str, Breakdown] = {}
        for spec in BREAKDOWNS:
            if spec.key not in {g for g, _ in d.cells}:
                continue
            cells = None if spec.key in d.null_groups else {c: d.cells[(spec.key, c)] for c in spec.codes}
            breakdowns[spec.key] = Breakdown(spec.key, cells, spec.single)  # type: ignore[arg-type]
        organisations = left_out = None
        if d.scope is None:
            organisations = tuple(self.names[m] for m in d.members)
            left_out = tuple(
                self.names[o]
                for o, c in sorted(self.counts[d.year].items())
                if o not in d.members and c.has_data
            )
        return YearFigures(
            year=d.year,
            organisation=name,
            organisation_id=d.scope,
            threshold=d.threshold,
            small=False,
            totals=totals,
            activities=dict(counts.activities),
            breakdowns=breakdowns,
            previous=previous,
            organisations=organisations,
            left_out=left_out or (),
            durations=durations(counts, d.threshold),
        )

    def _counts_of(self, d: Draft) -> YearCounts | None:
        per_org = self.counts.get(d.year)
        if per_org is None:
            return None
        if d.scope is not None:
            return per_org.get(d.scope)
        return add_counts(d.year, [per_org[m] for m in d.members if m in per_org])

    def releases(self, scope: int | None, today: date) -> list[Release]:
        """The tables that releasing ``scope``'s figures puts out, for the ledger."""
        out = []
        for year in (self.year - 1, self.year):
            d = self.draft(year, scope)
            if d is None or d.kind != "new":
                continue
            figures = self._figures_of(d)
            counts = d.counts or YearCounts(year=year)
            if year != self.year and not counts.has_data:
                continue
            out.append(
                Release(
                    kind=KIND,
                    year=year,
                    organisation_id=scope,
                    threshold=d.threshold,
                    released_on=today,
                    cells=figures.table(),
                    members=d.members,
                    digest=digest(counts, d.members),
                )
            )
        return out


def _with(figures: YearFigures, **changes: Any) -> YearFigures:
    return replace(figures, **changes)


def released_threshold(releases: Iterable[Release], year: int) -> int | None:
    for r in releases:
        if r.year == year:
            return r.threshold
    return None


def build_family(
    vault: VaultData, *, year: int, threshold: int, personal: Personal, new: bool = True
) -> Family:
    """Every table of ``year`` (and the year before), protected together with the ledger.

    With ``new=False`` only what was released is modelled (see :func:`audit_released`).
    """
    ledger: list[Release] = vault.releases.releases((year - 1, year, year + 1), KIND)
    fixed_threshold = released_threshold(ledger, year)
    if new and fixed_threshold is not None and fixed_threshold != threshold:
        raise ThresholdRefused(
            f"the figures for {year} were released with threshold {fixed_threshold}; figures at "
            f"another threshold could be combined with them (use --threshold {fixed_threshold})"
        )
    years = sorted({year - 1, year} | {r.year for r in ledger})
    base = _Base(
        year=year,
        threshold=threshold,
        prev_threshold=released_threshold(ledger, year - 1) or threshold,
        counts=organisation_counts(vault, years),
        names=vault.organisations.names(),
        first=earliest_opened(vault),
        personal=personal,
    )
    if new and ledger and all(r.year in (year - 1, year) for r in ledger):
        # Most often the ledger holds exactly what the same data give again: then the family
        # made without it is the answer, and what was released is part of it.
        pure = _protected(base, [])
        if _agrees(pure, ledger):
            return pure
    if not new:
        family = _assemble(base, ledger, new=False)
        family.model = ReaderModel([d.audit_table() for d in family.drafts], SPECS)
        return family
    return _protected(base, ledger)


def _protected(base: _Base, ledger: list[Release]) -> Family:
    """The family protected; an organisation whose own totals cannot be kept safe is withheld."""
    while True:
        family = _assemble(base, ledger, new=True)
        _revisions(family)
        try:
            family.model = protect(family.drafts)
            return family
        except Stuck as stuck:
            if not stuck.tables or stuck.tables <= base.withheld:
                raise DisclosureRefused from None
            base.withheld |= stuck.tables


@dataclass
class _Base:
    year: int
    threshold: int
    prev_threshold: int
    counts: dict[int, dict[int, YearCounts]]
    names: dict[int, str]
    first: dict[int, date]
    personal: Personal
    # (year, organisation) whose table cannot be shown safely: the short form, left out of
    # the all-organisations figures like a small organisation.
    withheld: set[tuple[int, int]] = field(default_factory=set)


def _agrees(family: Family, ledger: list[Release]) -> bool:
    """Whether every released table is the family's own table; if so, mark them released."""
    matches: list[tuple[Draft, Release]] = []
    for r in ledger:
        d = family.draft(r.year, r.organisation_id)
        if d is None or d.kind != "new" or tuple(r.members) != d.members:
            return False
        if family._figures_of(d).table() != r.cells:
            return False
        matches.append((d, r))
    for d, r in matches:
        d.kind = "fixed"
        if d.release is None or r.released_on < d.release.released_on:
            d.release = r
    return True


def _assemble(base: _Base, ledger: list[Release], *, new: bool) -> Family:
    year, threshold = base.year, base.threshold
    counts, first, personal = base.counts, base.first, base.personal
    years = sorted(counts)
    prev_threshold = base.prev_threshold
    drafts: list[Draft] = []
    edition = 1

    def latest(y: int, scope: int | None) -> list[Release]:
        return [r for r in ledger if r.year == y and r.organisation_id == scope]

    for y in years:
        k = (
            threshold
            if y == year
            else prev_threshold
            if y == year - 1
            else (released_threshold(ledger, y) or threshold)
        )
        per_org = counts[y]
        members = tuple(
            o for o, c in sorted(per_org.items()) if c.cases_opened >= k and (y, o) not in base.withheld
        )
        scopes: list[int | None] = [o for o, c in sorted(per_org.items()) if c.has_data or latest(y, o)]
        scopes.append(None)
        for scope in scopes:
            own = add_counts(y, [per_org[m] for m in members]) if scope is None else per_org[scope]
            releases = latest(y, scope)
            linked = None
            for r in releases:
                if linked is not None and linked.release is not None and r.cells == linked.release.cells:
                    continue  # the same table released again tells nothing new
                cells, null, small = cells_of_table(r.cells)
                d = Draft(y, scope, r.threshold, "fixed", own, cells, null, small, r.members, release=r)
                rcounts = (
                    own
                    if scope is not None
                    else add_counts(y, [per_org[m] for m in r.members if m in per_org])
                )
                ok = False if scope is None and tuple(r.members) != members else consistent(d, rcounts)
                if ok and linked is None:
                    linked = d
                else:
                    d.edition = edition
                    d.counts = None
                    edition += 1
                drafts.append(d)
            # A year before that was released shows as released, even when its data changed since.
            shown_as_released = y == year - 1 and bool(releases)
            if linked is None and new and y in (year - 1, year) and not shown_as_released:
                if own.cases_opened < k:  # for all organisations: none had K cases or more
                    d = Draft(y, scope, k, "new", own, small_cells(k), small=True)
                elif scope is not None and (y, scope) in base.withheld:
                    d = Draft(y, scope, k, "new", own, small_cells(k, withheld=True), small=True)
                else:
                    cells, null = initial_cells(own, k, personal)
                    d = Draft(y, scope, k, "new", own, cells, null, members=members if scope is None else ())
                drafts.append(d)
            elif linked is None and not shown_as_released:
                cells, null = initial_cells(own, k, True)
                drafts.append(
                    Draft(y, scope, k, "latent", own, cells, null, members=members if scope is None else ())
                )
    # The reader may know that nothing was open before an organisation's first case.
    for d in drafts:
        if d.edition == 0 and d.scope is not None and d.scope in first and first[d.scope].year >= d.year:
            d.carried_known_zero = True
        if (
            d.edition == 0
            and d.scope is None
            and all(m in first and first[m].year >= d.year for m in d.members)
        ):
            d.carried_known_zero = bool(d.members)
    return Family(year, threshold, drafts, base.names, counts, personal)


def audit_released(vault: VaultData, year: int) -> Family:
    """What a reader holding every table released for ``year`` (and its neighbours) can deduce."""
    ledger: list[Release] = vault.releases.releases((year,), KIND)
    threshold = released_threshold(ledger, year) or 5
    return build_family(vault, year=year, threshold=threshold, personal=True, new=False)


def _revisions(family: Family) -> None:
    """A shown cell that changed by fewer than K since an earlier edition is hidden."""
    for new in family.drafts:
        if new.kind != "new" or new.small or new.counts is None:
            continue
        for old in family.drafts:
            if old.edition == 0 or (old.year, old.scope) != (new.year, new.scope) or old.small:
                continue
            for key, cell in new.cells.items():
                before = old.cells.get(key)
                if not (isinstance(cell, int) and isinstance(before, int)):
                    continue
                if cell > 0 and 0 < abs(cell - before) < new.threshold:
                    new.cells[key] = SECONDARY


# -- protection ---------------------------------------------------------------------------


def _linked(a: Draft, b: Draft) -> bool:
    """One table sums the other, or the same scope in the year next to it."""
    if a.year == b.year:
        return (bool(a.members) and b.scope in a.members) or (bool(b.members) and a.scope in b.members)
    return a.scope == b.scope and abs(a.year - b.year) == 1


def _tier(pin: CellKey, key: CellKey, relation: tuple[bool, bool, bool]) -> int:
    """How close a candidate cell is to the pinned one (0 = the same breakdown of the same table);
    above 6 it lies in a table that no constraint links to the pinned one."""
    same, linked, sibling = relation
    group = key[0]
    if same and group == pin[0]:
        return 0
    if linked and key == pin:
        return 1
    if sibling and key == pin:
        return 2
    if linked and group == pin[0]:
        return 3
    if sibling and group == pin[0]:
        return 4
    if same:
        return 5
    return 6 if linked else 7


_OPENED: CellKey = (TOTALS, "cases_opened")
_Entry = tuple[bool, int, int, CellKey]  # (is cases opened, count, position in the table, cell)
_Related = tuple[int, Draft, tuple[int, int | None, int], tuple[int, int, int]]  # position, table, key, tiers
_Ranked = tuple[bool, int, int, int, Draft, CellKey]  # opened, count, table's position, cell's, table, cell


def _tiers(relation: tuple[bool, bool, bool]) -> tuple[int, int, int]:
    """The tiers of a table's cells for a pinned cell: its own count, another count of its
    breakdown, a count in another breakdown (they depend only on how the tables relate)."""
    pin: CellKey = ("", "pin")
    return _tier(pin, pin, relation), _tier(pin, ("", ""), relation), _tier(pin, ("other", ""), relation)


_SIBLING_TIERS = _tiers((False, False, True))


class _CandidateOrder:
    """Per new table, its shown positive counts in the order they are tried for hiding.

    Kept between the questions of one protection run; :meth:`changed` forgets a table whose
    cells were hidden, shown again or left out.
    """

    def __init__(self, drafts: Sequence[Draft]) -> None:
        self._whole: dict[tuple[int, int | None, int], list[_Entry]] = {}
        self._groups: dict[tuple[int, int | None, int], dict[str, list[_Entry]]] = {}
        self._drafts = drafts
        self._sums = [(p.year, frozenset(p.members)) for p in drafts if p.scope is None and p.edition == 0]
        self._related: dict[tuple[int, int | None, int], tuple[list[_Related], frozenset[int]]] = {}
        self._position = {d.key: n for n, d in enumerate(drafts)}
        self._years: dict[
            int, tuple[list[_Ranked], dict[CellKey, list[_Ranked]], dict[str, list[_Ranked]]]
        ] = {}

    def related(self, where: Draft) -> tuple[list[_Related], frozenset[int]]:
        """The new tables that a constraint links to ``where``: those that are the same table or
        linked to it (position, table, key, tiers), and the positions of its siblings."""
        found = self._related.get(where.key)
        if found is None:
            close: list[_Related] = []
            siblings: set[int] = set()
            for n, d in enumerate(self._drafts):
                if d.kind != "new" or d.small:
                    continue
                same, linked, sibling = self._relation(where, d)
                if same or linked:
                    close.append((n, d, d.key, _tiers((same, linked, sibling))))
                elif sibling:
                    siblings.add(n)
            found = self._related[where.key] = (close, frozenset(siblings))
        return found

    def year(self, year: int) -> tuple[list[_Ranked], dict[CellKey, list[_Ranked]], dict[str, list[_Ranked]]]:
        """The organisations' new tables of a year together: their candidates in order, all of
        them, per cell and per breakdown (each as (is cases opened, count, position of the
        table, position in the table, table, cell))."""
        found = self._years.get(year)
        if found is None:
            whole = sorted(
                (opened, cell, n, pos, d, key)
                for n, d in enumerate(self._drafts)
                if d.year == year and d.kind == "new" and not d.small and d.scope is not None
                for opened, cell, pos, key in self.of(d)[0]
            )
            by_key: dict[CellKey, list[_Ranked]] = {}
            by_group: dict[str, list[_Ranked]] = {}
            for entry in whole:
                by_key.setdefault(entry[5], []).append(entry)
                by_group.setdefault(entry[5][0], []).append(entry)
            found = self._years[year] = (whole, by_key, by_group)
        return found

    def _relation(self, where: Draft, d: Draft) -> tuple[bool, bool, bool]:
        """(the same table, linked to it, a sibling of it: another organisation of the same year
        that an all-organisations table sums with it)."""
        same, linked = d.key == where.key, _linked(d, where)
        if linked or same or d.scope is None or where.scope is None or d.scope == where.scope:
            return same, linked, False
        sibling = any(
            year == d.year and d.scope in members and where.scope in members for year, members in self._sums
        )
        return same, linked, d.year == where.year and sibling

    def changed(self, d: Draft) -> None:
        self._whole.pop(d.key, None)
        self._groups.pop(d.key, None)
        self._years.pop(d.year, None)

    def hidden(self, d: Draft, key: CellKey) -> None:
        """The table's cell ``key`` was hidden: it is no longer a candidate."""
        whole = self._whole.get(d.key)
        if whole is not None:
            self._whole[d.key] = [e for e in whole if e[3] != key]
            groups = self._groups[d.key]
            groups[key[0]] = [e for e in groups.get(key[0], ()) if e[3] != key]
        year = self._years.get(d.year)
        if year is not None:
            n = self._position[d.key]
            for entries in (year[0], year[1].get(key, []), year[2].get(key[0], [])):
                for i, e in enumerate(entries):
                    if e[2] == n and e[5] == key:
                        del entries[i]
                        break

    def of(self, d: Draft) -> tuple[list[_Entry], dict[str, list[_Entry]]]:
        whole = self._whole.get(d.key)
        if whole is None:
            whole = sorted(
                (key == _OPENED, cell, pos, key)
                for pos, (key, cell) in enumerate(d.cells.items())
                if isinstance(cell, int) and cell > 0
            )
            groups: dict[str, list[_Entry]] = {}
            for entry in whole:
                groups.setdefault(entry[3][0], []).append(entry)
            self._whole[d.key], self._groups[d.key] = whole, groups
        return whole, self._groups[d.key]


def _candidates(
    pin: CellKey,
    where: Draft,
    order: _CandidateOrder,
    skip: set[tuple[Any, ...]],
) -> list[tuple[int, Draft, CellKey]]:
    """Shown cells of the new tables that could be hidden, best first, with their tier.

    Only the best two of each tier below 5 and the best of each other tier are listed (never
    fewer than there are): the protection loop tries no more of a tier.
    """
    scored: list[tuple[int, bool, int, int, int, Draft, CellKey]] = []
    group = pin[0]
    # A table that no constraint links to the pinned one cannot help.
    close, siblings = order.related(where)
    for n, d, dkey, (at_pin, in_group, elsewhere) in close:
        whole, groups = order.of(d)
        taken = 0
        for opened, cell, pos, key in groups.get(group, ()):
            if skip and (dkey, key) in skip:
                continue
            if key == pin:
                scored.append((at_pin, opened, cell, n, pos, d, key))
            elif taken < 2:
                taken += 1
                scored.append((in_group, opened, cell, n, pos, d, key))
        # Another breakdown's cells lie in a tier of 5 or more, of which one is ever tried.
        for opened, cell, pos, key in whole:
            if key[0] != group and not (skip and (dkey, key) in skip):
                scored.append((elsewhere, opened, cell, n, pos, d, key))
                break
    if siblings:
        # The siblings' best of each tier, from the year's candidates in order: the best two
        # of all of them are the best two of each table's best two.
        whole_year, by_key, by_group = order.year(where.year)
        at_pin, in_group, elsewhere = _SIBLING_TIERS
        lists = (
            (at_pin, by_key.get(pin, []), 2),
            (in_group, by_group.get(group, []), 2),
            (elsewhere, whole_year, 1),
        )
        for rank, ranked, most in lists:
            taken = 0
            for opened, cell, n, pos, d, key in ranked:
                if taken == most:
                    break
                if n not in siblings or (skip and (d.key, key) in skip):
                    continue
                if (rank == in_group and key == pin) or (rank == elsewhere and key[0] == group):
                    continue
                scored.append((rank, opened, cell, n, pos, d, key))
                taken += 1
    tiers: dict[int, list[tuple[int, bool, int, int, int, Draft, CellKey]]] = {}
    for entry in scored:
        tiers.setdefault(entry[0], []).append(entry)
    best = []
    for tier in sorted(tiers):
        # (tier, ..., n, pos) differ for every cell: the tables are never compared.
        entries = tiers[tier]
        first = min(entries)
        best.append(first)
        if len(entries) > 1 and tier < 5:
            best.append(min(e for e in entries if e is not first))
    return [(s[0], s[5], s[6]) for s in best]


def _pins(
    model: ReaderModel, drafts: Sequence[Draft], tables: Sequence[AuditTable]
) -> list[tuple[Draft, CellKey]]:
    """The hidden counts a reader can work out exactly."""
    known: list[tuple[int, int]] = []
    where: dict[int, tuple[Draft, CellKey]] = {}
    out = []
    for d, t in zip(drafts, tables, strict=True):
        if d.kind == "latent":
            continue
        for cell in t.hidden():
            var = model.var(t, cell)
            if d.counts is not None:
                known.append((var, truth(d.counts, *cell)))
                where[var] = (d, cell)
            else:
                low, high = model.interval(var)
                if low == high and high > 0:
                    out.append((d, cell))
    pinned = model.pinned_among(known)
    out += [where[v] for v, _ in known if v in pinned]
    return out


def _leave_out(model: ReaderModel, table: AuditTable, d: Draft, group: str) -> None:
    """Publish a breakdown as left out (``null``): its cells become unknown to the reader."""
    d.null_groups.add(group)
    table.null_groups = frozenset(d.null_groups)
    for code in SPECS[group].codes:
        model.forget(table, (group, code))


def protect(drafts: list[Draft], *, trials: int = 8) -> ReaderModel:
    """Hide cells of the new tables until no hidden count can be worked out exactly."""
    legacy: set[tuple[Any, ...]] = set()
    if any(d.kind == "fixed" for d in drafts):
        # What earlier releases give away without the new tables cannot be undone: it does not
        # block, and hiding such a cell would be no use.
        copies = [replace(d, cells=dict(d.cells)) for d in drafts if d.kind != "new"]
        copies += [replace(d, cells=dict(d.cells), kind="latent") for d in drafts if d.kind == "new"]
        tables = [d.audit_table() for d in copies]
        legacy = {(d.key, cell) for d, cell in _pins(ReaderModel(tables, SPECS), copies, tables)}
    tables = [d.audit_table() for d in drafts]
    model = ReaderModel(tables, SPECS)
    table_of = {d.key: t for d, t in zip(drafts, tables, strict=True)}
    order = _CandidateOrder(drafts)
    known: set[tuple[Any, ...]] = set()  # shown again: a reader works them out anyway
    for _ in range(ROUNDS):
        pins = [(d, c) for d, c in _pins(model, drafts, tables) if (d.key, c) not in legacy]
        if not pins:
            return model
        handled = False
        progress = False
        for where, cell in pins:
            pin_var = model.var(table_of[where.key], cell)
            pin_value = truth(where.counts, *cell) if where.counts is not None else None
            if handled and pin_value is not None and not model.pinned(pin_var, pin_value):
                continue  # a cell hidden for an earlier one in this round freed it too
            handled = True
            scored = _candidates(cell, where, order, legacy | known)
            candidates = [(d, key) for _, d, key in scored]
            if not candidates:
                if where.kind != "new" or where.counts is None:
                    continue
                if where.cells[cell] == SECONDARY:
                    # Nothing left to hide and the reader works this "x" out anyway: showing it
                    # tells nothing new, so no other count becomes easier to work out.
                    model.show(table_of[where.key], cell, truth(where.counts, *cell))
                    order.changed(where)
                    known.add((where.key, cell))
                    progress = True
                elif cell[0] != TOTALS and cell[0] not in where.null_groups:
                    # No way of showing this breakdown keeps it safe: leave it out.
                    _leave_out(model, table_of[where.key], where, cell[0])
                    order.changed(where)
                    progress = True
                continue
            # Try the best few of each tier; failing that, the best outside the pinned cell's
            # own breakdown (a pin that comes from a linked table is not undone inside it).
            tiers: dict[int, list[tuple[Draft, CellKey]]] = {}
            for tier, d, key in scored:
                tiers.setdefault(tier, []).append((d, key))
            tries = [c for t in sorted(tiers) for c in tiers[t][: (2 if t < 5 else 1)]][:trials]
            outside = [c for t in sorted(tiers) if t > 0 for c in tiers[t][:1]]
            chosen = outside[0] if outside else candidates[0]
            for d, key in tries:
                if pin_value is not None:
                    fixed = model.frees(pin_var, pin_value, table_of[d.key], key)
                else:
                    with model.trying(table_of[d.key], key):
                        low, high = model.interval(pin_var)
                        fixed = low != high
                if fixed:
                    chosen = (d, key)
                    break
            d, key = chosen
            model.hide(table_of[d.key], key)
            order.hidden(d, key)
            progress = True
        if not progress:
            break
    raise Stuck(
        {(d.year, d.scope) for d, c in pins if d.kind == "new" and d.scope is not None and not d.small}
    )


class Stuck(Exception):
    """Hiding more cells does not protect these organisations' tables (year, organisation)."""

    def __init__(self, tables: set[tuple[int, int]]) -> None:
        super().__init__("no further suppression helps")
        self.tables = tables


def publish(
    counts: YearCounts,
    *,
    threshold: int,
    organisation: str | None = None,
    organisation_id: int | None = None,
    personal: Personal = False,
) -> YearFigures:
    """One table protected on its own, as if no other table were ever released beside it.

    The annual figures protect every table of a year together (:func:`build_family`); this is
    the same method for a single table, e.g. an aggregate that stands alone.
    """
    scope = organisation_id if organisation_id is not None else -1
    names = {scope: organisation or ""}
    if counts.cases_opened < threshold:
        d = Draft(counts.year, scope, threshold, "new", counts, small_cells(threshold), small=True)
    else:
        cells, null = initial_cells(counts, threshold, personal)
        d = Draft(counts.year, scope, threshold, "new", counts, cells, null)
    family = Family(counts.year, threshold, [d], names, {counts.year: {scope: counts}}, personal)
    family.model = protect(family.drafts)
    return replace(family.figures(scope), organisation=organisation, organisation_id=organisation_id)
