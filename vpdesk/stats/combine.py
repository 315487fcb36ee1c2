"""One organisation's figures from several advisers, protected against each adviser's own tables.

Each adviser hands over a :class:`Contribution` (written by ``vpdesk aggregate``): the exact
counts of one organisation for a year and the year before, and every table that adviser's
vault has released around that year, as released (the organisation under its own name, the
adviser's other organisations under a neutral label).

The combined table is the sum of the advisers' tables. A reader who holds it and each
adviser's own report could subtract, so the reader's model (:mod:`vpdesk.stats.audit`) holds
every released table of every adviser, the combined table as the sum of the advisers' tables
of the organisation, and the previous year; the combined table is then protected
(:func:`vpdesk.stats.release.protect`) until no hidden count of any of them can be worked
out exactly. :func:`combine` reads no vault; :func:`prepare_contribution` gathers one
adviser's contribution from their vault, and :func:`encode` / :func:`decode` turn it into the
aggregate file's values (:mod:`vpdesk.vault.aggregate`) and back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import Refused
from vpdesk.domain.models import Release
from vpdesk.stats.audit import PEOPLE_TOTALS, TOTALS, AuditError, CellKey
from vpdesk.stats.figures import BREAKDOWNS, TOTAL_KEYS, YearCounts, YearFigures
from vpdesk.stats.release import (
    KIND,
    SPECS,
    Draft,
    Family,
    Stuck,
    add_counts,
    cells_of_table,
    digest,
    earliest_opened,
    initial_cells,
    organisation_counts,
    protect,
    released_threshold,
    small_cells,
)
from vpdesk.stats.suppression import SECONDARY, Cell, primary
from vpdesk.vault.reader import VaultData

COMBINED = 0  # the scope of the combined table in the reader's model
_STRIDE = 1000  # adviser n's organisations are scopes n * 1000 + 0, 1, 2, ...


@dataclass(frozen=True)
class ReleasedTable:
    """A table an adviser's vault released, as released (the JSON shape of ``vpdesk stats``)."""

    year: int
    scope: str | None  # the organisation's label; None: that vault's all-organisations table
    threshold: int
    released_on: date
    cells: dict[str, Any]
    members: tuple[str, ...] = ()  # for all organisations: the labels of those it sums
    current: bool = True  # made from the counts the vault holds now


@dataclass(frozen=True)
class Contribution:
    """What one adviser hands over for a combined report: counts only, nothing identifying."""

    year: int
    organisation: str
    threshold: int
    personal: bool  # the gender and role breakdowns are switched on in that vault
    counts: dict[int, YearCounts]  # the organisation's exact counts for the year and the year before
    releases: tuple[ReleasedTable, ...] = ()
    first_years: dict[str, int] = field(default_factory=dict)  # label -> year of its first case
    source: str = ""  # the same for every file from one vault
    created_on: date | None = None

    def released(self, year: int) -> list[ReleasedTable]:
        """The adviser's own tables of the organisation for ``year``."""
        return [r for r in self.releases if r.year == year and r.scope == self.organisation]


class CombineRefused(Refused):
    """The files cannot be combined (another year, organisation or threshold), or not safely."""


def check_compatible(parts: Sequence[Contribution], names: Sequence[str]) -> None:
    """Refuse files that do not describe the same organisation, year and threshold."""
    if len(parts) < 2:
        raise CombineRefused("a combined report needs the files of at least two advisers")
    first, first_name = parts[0], names[0]
    for part, name in zip(parts[1:], names[1:], strict=True):
        if part.year != first.year:
            raise CombineRefused(
                f"{name} holds the figures of {part.year}, {first_name} those of {first.year}; "
                "combine files of one year"
            )
        if part.organisation.casefold() != first.organisation.casefold():
            raise CombineRefused(
                f"{name} and {first_name} hold the figures of different organisations; "
                "combine files of one organisation"
            )
        if part.threshold != first.threshold:
            raise CombineRefused(
                f"{name} was made with threshold {part.threshold}, {first_name} with "
                f"{first.threshold}; every adviser must use the same threshold"
            )
    seen: dict[str, str] = {}
    for part, name in zip(parts, names, strict=True):
        if part.source and part.source in seen:
            raise CombineRefused(
                f"{name} and {seen[part.source]} come from the same vault; its cases would count twice"
            )
        seen[part.source] = name


def _latent(year: int, scope: int, counts: YearCounts | None, threshold: int) -> Draft:
    cells: dict[CellKey, Any] = {(TOTALS, k): None for k in PEOPLE_TOTALS}
    if counts is not None:
        cells, _ = initial_cells(counts, threshold, True)
    return Draft(year, scope, threshold, "latent", counts, cells)


def _unpublished_as_hidden(d: Draft) -> None:
    """Every breakdown an adviser's table of the organisation does not show, as unknown counts.

    A short-form or unreleased table hides all its breakdowns; the combined table sums them,
    so they are counts to keep hidden like any other (the audit checks them against the truth).
    """
    present = {g for g, _ in d.cells}
    for key, spec in SPECS.items():
        if key in present:
            continue
        d.cells.update({(key, c): None for c in spec.codes})
        d.null_groups.add(key)


def _adviser_drafts(n: int, part: Contribution, editions: list[int]) -> list[Draft]:
    """Every table adviser ``n`` released, with their organisation's exact counts attached."""
    base = n * _STRIDE
    scopes = {r.scope for r in part.releases if r.scope is not None}
    labels = sorted((scopes | {m for r in part.releases for m in r.members}) - {part.organisation})
    scope_of: dict[str, int] = {part.organisation: base}
    scope_of.update({label: base + i for i, label in enumerate(labels, start=1)})
    everyone = -n  # this vault's all-organisations table
    drafts: list[Draft] = []
    seen: set[tuple[int, int]] = set()
    for r in part.releases:
        scope = everyone if r.scope is None else scope_of[r.scope]
        members = tuple(scope_of[m] for m in r.members) if r.scope is None else ()
        cells, null, small = cells_of_table(r.cells)
        own = r.scope == part.organisation
        counts = part.counts.get(r.year) if own else None
        d = Draft(r.year, scope, r.threshold, "fixed", counts, cells, null, small, members)
        same = [o for o in drafts if (o.year, o.scope) == (r.year, scope) and o.cells == cells]
        if same:
            continue  # the same table released again tells nothing new
        if r.current and (r.year, scope) not in seen:
            seen.add((r.year, scope))
        else:
            d.edition = editions[0]
            editions[0] += 1
            d.counts = None
        drafts.append(d)
    known = {(d.year, d.scope) for d in drafts if d.edition == 0}
    for year, counts in part.counts.items():
        if (year, base) not in known:  # not released from these counts: the reader holds nothing
            nothing: dict[CellKey, Cell | None] = {(TOTALS, k): None for k in PEOPLE_TOTALS}
            drafts.append(Draft(year, base, part.threshold, "fixed", counts, nothing))
            known.add((year, base))
    for d in drafts:
        if d.scope == base and d.edition == 0:
            _unpublished_as_hidden(d)
    for d in list(drafts):
        if d.edition != 0:
            continue
        for m in d.members:
            if (d.year, m) not in known:
                drafts.append(_latent(d.year, m, None, part.threshold))
                known.add((d.year, m))
    label_of = {s: label for label, s in scope_of.items()}
    for d in drafts:
        if d.edition != 0 or d.scope is None or d.scope not in label_of:
            continue
        first = part.first_years.get(label_of[d.scope])
        d.carried_known_zero = first is not None and first >= d.year
    return drafts


@dataclass
class Combined:
    """The combined figures, the number of advisers, and the reader's model they were checked with."""

    figures: YearFigures
    advisers: int
    family: Family

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``vpdesk stats`` for the combined figures, with ``combined_from``."""
        return {**self.figures.to_dict(), "combined_from": self.advisers}


def combine(parts: Sequence[Contribution], names: Sequence[str] | None = None) -> Combined:
    """The sum of the advisers' figures, protected together with every table they released."""
    names = list(names) if names is not None else [f"file {i}" for i in range(1, len(parts) + 1)]
    check_compatible(parts, names)
    year, k = parts[0].year, parts[0].threshold
    organisation = parts[0].organisation
    personal = all(p.personal for p in parts)
    totals = {
        y: add_counts(y, [p.counts.get(y, YearCounts(year=y)) for p in parts]) for y in (year - 1, year)
    }
    withheld: set[int] = set()
    hide_previous = False
    for _ in range(3):
        drafts = _model(parts, totals, k=k, personal=personal, withheld=withheld, hide_previous=hide_previous)
        try:
            model = protect(drafts)
        except Stuck as stuck:
            stuck_years = {y for y, scope in stuck.tables if scope == COMBINED}
            if year - 1 in stuck_years and not hide_previous:
                hide_previous = True
                continue
            if year in stuck_years and year not in withheld:
                withheld.add(year)
                continue
            break
        except AuditError:
            raise CombineRefused(
                "the tables released by the advisers contradict each other; make the files again"
            ) from None
        names_of = {COMBINED: organisation}
        family = Family(year, k, drafts, names_of, {y: {COMBINED: c} for y, c in totals.items()}, personal)
        family.model = model
        figures = _figures(family, year)
        figures = _mask_records(figures, parts, k)
        return Combined(figures, len(parts), family)
    raise CombineRefused(
        "the combined figures cannot be released: with the tables the advisers released, no further "
        "suppression keeps every hidden count hidden"
    )


def _figures(family: Family, year: int) -> YearFigures:
    current = family.draft(year, COMBINED)
    before = family.draft(year - 1, COMBINED)
    assert current is not None
    previous = None
    if before is not None and before.kind == "new":
        previous = family._figures_of(before)
    return family._figures_of(current, previous)


def _shows_records(part: Contribution, year: int) -> bool:
    """Whether the adviser's own table of ``year`` shows conversations, hours and activities."""
    if not part.counts[year].has_data:
        return True  # nothing to show: zeros tell a reader nothing about anyone
    return any(r.current and not cells_of_table(r.cells)[2] for r in part.released(year))


def _symbol(n: int, k: int) -> Cell:
    return primary({"n": n}, k)["n"] if n < k else SECONDARY


def _mask_records(figures: YearFigures, parts: Sequence[Contribution], k: int) -> YearFigures:
    """Conversations, hours and activities of a year for which an adviser's own table hides them
    (a short form, or not released): shown in the combined table, the others' exact figures
    would let a reader subtract them back. They are hidden as "x" (or "<K") instead."""

    def masked(f: YearFigures) -> YearFigures:
        if f.small or all(_shows_records(p, f.year) for p in parts):
            return f
        counts = add_counts(f.year, [p.counts[f.year] for p in parts])
        totals = {**f.totals, "conversations": _symbol(counts.conversations, k)}
        totals["hours"] = _symbol(counts.minutes, k) if counts.minutes else 0.0
        activities = {a: _symbol(n, k) for a, n in counts.activities.items()}
        return replace(f, totals=totals, activities=activities)  # type: ignore[arg-type]  # symbols too

    previous = None if figures.previous is None else masked(figures.previous)
    return replace(masked(figures), previous=previous)


def _model(
    parts: Sequence[Contribution],
    totals: dict[int, YearCounts],
    *,
    k: int,
    personal: bool,
    withheld: set[int],
    hide_previous: bool,
) -> list[Draft]:
    year = parts[0].year
    editions = [1]
    drafts: list[Draft] = []
    for n, part in enumerate(parts, start=1):
        drafts += _adviser_drafts(n, part, editions)
    members = tuple(n * _STRIDE for n in range(1, len(parts) + 1))
    for y, counts in sorted(totals.items()):
        shown = y == year or (counts.has_data and not hide_previous)
        if not shown:
            drafts.append(replace(_latent(y, COMBINED, counts, k), members=members))
            continue
        if counts.cases_opened < k:
            d = Draft(y, COMBINED, k, "new", counts, small_cells(k), small=True, members=members)
        elif y in withheld:
            d = Draft(
                y, COMBINED, k, "new", counts, small_cells(k, withheld=True), small=True, members=members
            )
        else:
            cells, null = initial_cells(counts, k, personal)
            d = Draft(y, COMBINED, k, "new", counts, cells, null, members=members)
        firsts = [p.first_years.get(p.organisation) for p in parts]
        d.carried_known_zero = all(f is not None and f >= y for f in firsts)
        drafts.append(d)
    return drafts


# -- from a vault, and to and from the aggregate file ------------------------------------------

FORMAT_VERSION = 1
SOURCE_SETTING = "aggregate_source"  # a random token naming this vault in its aggregate files
_COUNT_FIELDS = (*TOTAL_KEYS[:-1], "minutes")  # the totals as counted: minutes, not hours


def prepare_contribution(
    vault: VaultData,
    *,
    year: int,
    organisation_id: int,
    threshold: int | None = None,
    today: date | None = None,
) -> tuple[Contribution, list[Release]]:
    """One organisation's contribution to a combined report, and the ledger rows it adds.

    Handing over the counts is not a publication, but the combined report that sums them is;
    its audit can only account for this adviser's own table of the organisation if that table
    is fixed first. So the organisation's table (and the year before, where the report would
    release it) is released now, exactly as ``vpdesk stats --organisation`` releases it:
    a report made later shows the same table. ``threshold`` defaults to the one the year was
    released at (else 5).
    """
    from vpdesk.stats import gender_and_role_enabled, prepare_release

    today = today or date.today()
    before = vault.releases.releases((year - 1, year, year + 1), KIND)
    if threshold is None:
        threshold = released_threshold(before, year) or 5
    personal = gender_and_role_enabled(vault)
    _, new = prepare_release(
        vault, year=year, organisation_id=organisation_id, threshold=threshold, personal=personal, today=today
    )
    ledger = before + new
    years = sorted({year - 1, year} | {r.year for r in ledger})
    counts = organisation_counts(vault, years)
    name = vault.organisations.names()[organisation_id]
    others = [o.id for o in vault.organisations.list() if o.id is not None and o.id != organisation_id]
    labels: dict[int, str] = {organisation_id: name}
    labels.update({o: f"organisation {i}" for i, o in enumerate(others, start=1)})

    def label(org: int) -> str:
        return labels.setdefault(org, f"organisation {len(labels)}")  # removed since it was released

    tables = []
    for r in ledger:
        per_org = counts.get(r.year, {})
        if r.organisation_id is None:
            now: YearCounts | None = add_counts(r.year, [per_org[m] for m in r.members if m in per_org])
        else:
            now = per_org.get(r.organisation_id)
        members = tuple(label(m) for m in r.members)
        scope = None if r.organisation_id is None else label(r.organisation_id)
        cells = {**r.cells, "organisation": scope}
        if "organisations" in cells:
            cells["organisations"] = list(members)
        current = now is not None and digest(now, r.members) == r.digest
        tables.append(ReleasedTable(r.year, scope, r.threshold, r.released_on, cells, members, current))
    first_years = {label(o): d.year for o, d in earliest_opened(vault).items()}
    part = Contribution(
        year=year,
        organisation=name,
        threshold=threshold,
        personal=personal,
        counts={y: counts[y][organisation_id] for y in (year - 1, year)},
        releases=tuple(tables),
        first_years=first_years,
        source=vault.settings.get(SOURCE_SETTING),
        created_on=today,
    )
    return part, new


@dataclass(frozen=True)
class Handed:
    """What writing an aggregate file did: the threshold, the years released now, and how many
    of the year's other tables are still unreleased."""

    threshold: int
    released_years: tuple[int, ...]
    unreleased: int


def write_contribution(
    vault: VaultData, *, year: int, organisation_id: int, threshold: int | None, out: Path, shared: str
) -> Handed:
    """Write one organisation's aggregate file, encrypted with ``shared``, and record in the
    ledger the tables it fixes (:func:`prepare_contribution`), in one transaction: when the
    file cannot be written, nothing is released."""
    import secrets

    from vpdesk.stats import ensure_recordable, record_releases
    from vpdesk.vault.aggregate import write_aggregate_file

    ensure_recordable(vault)
    with vault.transaction():
        if not vault.settings.get(SOURCE_SETTING):
            vault.settings.set(SOURCE_SETTING, secrets.token_hex(16))
        part, releases = prepare_contribution(
            vault, year=year, organisation_id=organisation_id, threshold=threshold
        )
        record_releases(vault, releases)
        vault.audit.record("export")
        write_aggregate_file(out, shared, encode(part, [r.year for r in releases]))
    return Handed(part.threshold, tuple(sorted({r.year for r in releases})), unreleased_tables(vault, year))


def unreleased_tables(vault: VaultData, year: int) -> int:
    """How many of the year's tables with data (each organisation's, all organisations') the vault
    has not released: released after a combined report, they are not checked against it."""
    released = {r.organisation_id for r in vault.releases.releases((year,), KIND) if r.year == year}
    counts = organisation_counts(vault, [year])[year]
    missing = sum(1 for o, c in counts.items() if c.has_data and o not in released)
    return missing + (0 if None in released or len(counts) < 2 else 1)


def encode(part: Contribution, released_now: Sequence[int] = ()) -> dict[str, Any]:
    """The aggregate file's values (JSON): counts, labels and symbols only."""

    def counts(c: YearCounts) -> dict[str, Any]:
        out: dict[str, Any] = {f: getattr(c, f) for f in _COUNT_FIELDS}
        out["activities"] = dict(c.activities)
        out["breakdowns"] = {k: dict(v) for k, v in c.breakdowns.items()}
        # Of the cases closed in the year: (days to closing or conversations, cases), for the
        # medians; whole numbers only.
        out["close_days"] = sorted(c.close_days.items())
        out["close_conversations"] = sorted(c.close_conversations.items())
        return out

    return {
        "format": "vpdesk-aggregate",
        "format_version": FORMAT_VERSION,
        "year": part.year,
        "organisation": part.organisation,
        "threshold": part.threshold,
        "personal": part.personal,
        "source": part.source,
        "created_on": (part.created_on or date.today()).isoformat(),
        "counts": {str(y): counts(c) for y, c in sorted(part.counts.items())},
        "first_years": dict(sorted(part.first_years.items())),
        "released_now": sorted(released_now),
        "releases": [
            {
                "year": r.year,
                "scope": r.scope,
                "threshold": r.threshold,
                "released_on": r.released_on.isoformat(),
                "cells": r.cells,
                "members": list(r.members),
                "current": r.current,
            }
            for r in part.releases
        ],
    }


class ContributionUnreadable(CombineRefused):
    """The aggregate file opened, but its contents are not what this vpdesk writes."""


def decode(values: dict[str, Any], name: str) -> Contribution:
    """A :class:`Contribution` from an aggregate file's values; checks every count."""
    version = values.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise ContributionUnreadable(f"{name} was written by a newer version of vpdesk; update vpdesk")
    try:
        year = _int(values["year"])
        part = Contribution(
            year=year,
            organisation=str(values["organisation"]),
            threshold=_int(values["threshold"]),
            personal=bool(values["personal"]),
            counts={_int(y): _counts(_int(y), c) for y, c in values["counts"].items()},
            releases=tuple(
                ReleasedTable(
                    year=_int(r["year"]),
                    scope=None if r["scope"] is None else str(r["scope"]),
                    threshold=_int(r["threshold"]),
                    released_on=date.fromisoformat(r["released_on"]),
                    cells=dict(r["cells"]),
                    members=tuple(str(m) for m in r["members"]),
                    current=bool(r["current"]),
                )
                for r in values["releases"]
            ),
            first_years={str(k): _int(v) for k, v in values["first_years"].items()},
            source=str(values["source"]),
            created_on=date.fromisoformat(values["created_on"]),
        )
        if version != FORMAT_VERSION or set(part.counts) != {year - 1, year}:
            raise ValueError("not this format")
        for r in part.releases:
            cells_of_table(r.cells)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ContributionUnreadable(f"{name} is not an aggregate file this vpdesk can read") from None
    return part


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("not a count")
    number = int(value)
    if number < 0:
        raise ValueError("negative")
    return number


def _counts(year: int, data: dict[str, Any]) -> YearCounts:
    c = YearCounts(year=year)
    for f in _COUNT_FIELDS:
        setattr(c, f, _int(data[f]))
    c.activities = dict.fromkeys(tx.ACTIVITY_KIND.codes, 0)
    for k, n in data["activities"].items():
        if k not in c.activities:
            raise ValueError("unknown activity")
        c.activities[k] = _int(n)
    c.breakdowns = {s.key: dict.fromkeys(s.codes, 0) for s in BREAKDOWNS}
    for key, cells in data["breakdowns"].items():
        for code, n in cells.items():
            if code not in c.breakdowns[key]:
                raise ValueError("unknown code")
            c.breakdowns[key][code] = _int(n)
    for key in ("close_days", "close_conversations"):  # absent from files of before
        histogram: dict[int, int] = {}
        for value, n in data.get(key, []):
            histogram[_int(value)] = histogram.get(_int(value), 0) + _int(n)
        setattr(c, key, histogram)
    if c.open_at_year_end != c.carried_over + c.cases_opened - c.cases_closed:
        raise ValueError("totals do not add up")
    for s in BREAKDOWNS:
        if s.single and sum(c.breakdowns[s.key].values()) != c.cases_opened:
            raise ValueError("a breakdown does not add up")
    return c
