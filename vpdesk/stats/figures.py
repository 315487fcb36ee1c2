"""The annual figures: counting (pure, over domain objects) and publishing them safely.

:func:`count_year` turns the non-identifying facts into exact counts; :func:`publish` applies
disclosure control and gives the :class:`YearFigures` that the JSON, the PDF and the window
all show. Exact counts never leave this module except inside :class:`YearCounts`, which only
the publishing step reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.models import CaseFacts
from vpdesk.stats.suppression import Cell

QUARTERS = ("Q1", "Q2", "Q3", "Q4")
OPEN = "open"  # the outcome (and wish) cell of cases without an outcome yet
ANONYMOUS = "anonymous"  # the one cell of the anonymous-contact breakdown
WISH_CODES = tuple(c for c in tx.REPORTER_WISH.codes if c != "unknown")

# Breakdowns about the reporter's person appear only where the adviser switches them on; each
# switch is a vault setting (see vpdesk.stats).
GENDER_AND_ROLE = "gender_and_role"
AGE_GROUP = "age_group"
SWITCHES = (GENDER_AND_ROLE, AGE_GROUP)
# True: gender and role on (as the flag meant before the age group came); False: none; or
# the switches that are on.
Personal = bool | frozenset[str]


def switched_on(personal: Personal) -> frozenset[str]:
    """The switches that are on, from the gender-and-role flag or a set of switches."""
    if isinstance(personal, bool):
        return frozenset({GENDER_AND_ROLE}) if personal else frozenset()
    return frozenset(personal)


TOTAL_KEYS = (
    "cases_opened",
    "cases_closed",
    "carried_over",
    "open_at_year_end",
    "conversations",
    "hours",
)


@dataclass(frozen=True)
class BreakdownSpec:
    """One breakdown: its JSON key, its cells in order, and whether a case falls in one cell."""

    key: str
    codes: tuple[str, ...]
    single: bool
    switch: str | None = None  # gender, role, age group: only when this switch is on
    # For finer codes, the breakdown holding their broader codes (a case counted in a finer
    # cell is counted in its broader cell too).
    within: str | None = None
    at_most_one: bool = False  # multi-valued cells that no case is in twice: they add up to at most all

    @property
    def personal(self) -> bool:
        return self.switch is not None

    def shown(self, personal: Personal) -> bool:
        """Whether this breakdown is published with these switches."""
        return self.switch is None or self.switch in switched_on(personal)


BREAKDOWNS: tuple[BreakdownSpec, ...] = (
    BreakdownSpec("behaviour", tx.BEHAVIOUR.top_codes, single=False),
    BreakdownSpec("accused_relation", tx.ACCUSED_RELATION.codes, single=True),
    BreakdownSpec("outcome", (*tx.OUTCOME.codes, OPEN), single=True),
    BreakdownSpec("referrals", tx.REFERRAL_TARGET.codes, single=False),
    BreakdownSpec("channel", tx.CHANNEL.codes, single=True),
    BreakdownSpec("quarter", QUARTERS, single=True),
    BreakdownSpec("gender", tx.GENDER.codes, single=True, switch=GENDER_AND_ROLE),
    BreakdownSpec("role", tx.REPORTER_ROLE.codes, single=True, switch=GENDER_AND_ROLE),
    # The finer behaviour kinds, each also counted under its broader kind above.
    BreakdownSpec("behaviour_detail", tx.BEHAVIOUR.sub_codes, single=False, within="behaviour"),
    # Reporters who did not give their name (the others gave it).
    BreakdownSpec("anonymous", (ANONYMOUS,), single=False),
    # What the reporter wanted, asked on closing: the closed cases whose wish is known, each in
    # one cell (no "open" cell: it would repeat the outcome's).
    BreakdownSpec("wish", WISH_CODES, single=False, at_most_one=True),
    BreakdownSpec("age_group", tx.AGE_GROUP.codes, single=True, switch=AGE_GROUP),
)
SPECS = {s.key: s for s in BREAKDOWNS}

# The durations of the cases closed in the year: shown only where at least K were closed, as
# a median of fewer cases could point to one of them.
DURATION_KEYS = ("median_days_to_close", "median_conversations")


@dataclass
class YearCounts:
    """Exact counts for one year; private to the statistics (publish before showing)."""

    year: int
    cases_opened: int = 0
    cases_closed: int = 0
    carried_over: int = 0
    open_at_year_end: int = 0
    conversations: int = 0
    minutes: int = 0
    activities: dict[str, int] = field(default_factory=dict)
    breakdowns: dict[str, dict[str, int]] = field(default_factory=dict)
    # Of the cases closed in the year: how many took so many days from first contact to
    # closing, and how many had so many conversations (value -> number of cases).
    close_days: dict[int, int] = field(default_factory=dict)
    close_conversations: dict[int, int] = field(default_factory=dict)

    @property
    def has_data(self) -> bool:
        return bool(
            self.cases_opened
            or self.cases_closed
            or self.carried_over
            or self.conversations
            or any(self.activities.values())
        )


@dataclass(frozen=True)
class Breakdown:
    """A published breakdown: every code with a count, ``"<K"`` or ``"x"``.

    ``cells`` is ``None`` when the breakdown is left out for group disclosure: one cell (other
    than unknown, open or other) held every case.
    """

    key: str
    cells: dict[str, Cell] | None
    single: bool

    @property
    def left_out(self) -> bool:
        return self.cells is None


@dataclass(frozen=True)
class YearFigures:
    """The published figures for one year: what the JSON, the PDF and the window show."""

    year: int
    organisation: str | None
    organisation_id: int | None
    threshold: int
    small: bool
    totals: dict[str, Any]
    activities: dict[str, int]
    breakdowns: dict[str, Breakdown]
    previous: YearFigures | None = None
    # All organisations: the names of those it counts, and of those left out as small.
    organisations: tuple[str, ...] | None = None
    left_out: tuple[str, ...] = ()
    # When these figures were first released (None: released now), and whether the vault's
    # data have changed since then (the figures are shown as they were released).
    released_on: date | None = None
    changed_since_release: bool = False
    # Medians of the cases closed in the year (None where fewer than K were closed); an empty
    # dict for a table released before durations were published.
    durations: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``vpdesk stats``, with ``previous_year`` as it was released."""
        out = self.table()
        if self.small:
            return out
        prev = self.previous
        if prev is None:
            out["previous_year"] = None
        else:
            out["previous_year"] = {
                **prev.table(),
                "released_on": (prev.released_on or date.today()).isoformat(),
                "changed_since_release": prev.changed_since_release,
            }
        return out

    def table(self) -> dict[str, Any]:
        """This year's table alone, as it is released and kept in the release ledger."""
        out: dict[str, Any] = {
            "year": self.year,
            "organisation": self.organisation,
            "threshold": self.threshold,
            "totals": dict(self.totals),
        }
        if self.small:
            return out
        for key, breakdown in self.breakdowns.items():
            out[key] = None if breakdown.cells is None else dict(breakdown.cells)
        out["activities"] = dict(self.activities)
        if self.durations:  # a table released before durations were published has none
            out["durations"] = dict(self.durations)
        if self.organisation_id is None:
            out["organisations"] = list(self.organisations or ())
        return out

    @classmethod
    def from_table(
        cls,
        table: dict[str, Any],
        *,
        organisation_id: int | None,
        released_on: date | None = None,
        changed_since_release: bool = False,
    ) -> YearFigures:
        """The figures of a released table (see :meth:`table`)."""
        small = set(table) <= {"year", "organisation", "threshold", "totals"}
        breakdowns = {
            spec.key: Breakdown(
                spec.key, None if table[spec.key] is None else dict(table[spec.key]), spec.single
            )
            for spec in BREAKDOWNS
            if spec.key in table
        }
        organisations = table.get("organisations")
        return cls(
            year=int(table["year"]),
            organisation=table.get("organisation"),
            organisation_id=organisation_id,
            threshold=int(table["threshold"]),
            small=small,
            totals=dict(table["totals"]),
            activities=dict(table.get("activities") or {}),
            breakdowns=breakdowns,
            organisations=None if organisations is None else tuple(organisations),
            released_on=released_on,
            changed_since_release=changed_since_release,
            durations=dict(table.get("durations") or {}),
        )


def hours(minutes: int) -> float:
    """Minutes as hours with one decimal, halves rounded up (as people round)."""
    value = (Decimal(minutes) / Decimal(60)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return float(value)


def median(histogram: Mapping[int, int]) -> float | None:
    """The median of values given as value -> how often; None when there are none."""
    n = sum(histogram.values())
    if n == 0:
        return None
    middle = [(n - 1) // 2, n // 2]  # the one or two middle positions
    found: list[int] = []
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        while middle and middle[0] < seen:
            found.append(value)
            middle.pop(0)
    return (found[0] + found[1]) / 2


def half_up(value: float, places: int = 0) -> float:
    step = Decimal(1).scaleb(-places)
    return float(Decimal(str(value)).quantize(step, rounding=ROUND_HALF_UP))


def durations(counts: YearCounts, threshold: int) -> dict[str, Any]:
    """The published durations: medians over the cases closed in the year, or None (fewer than K)."""
    if counts.cases_closed < threshold:
        return dict.fromkeys(DURATION_KEYS)
    days = median(counts.close_days)
    talks = median(counts.close_conversations)
    return {
        "median_days_to_close": None if days is None else int(half_up(days)),
        "median_conversations": None if talks is None else half_up(talks, 1),
    }


def quarter(day: date) -> str:
    return QUARTERS[(day.month - 1) // 3]


class _Lookup(dict[Any, str]):
    """``lookup[value]``: the value when it is one of the codes, else the fallback."""

    def __init__(self, codes: tuple[str, ...], fallback: str) -> None:
        super().__init__((c, c) for c in codes)
        self.fallback = fallback

    def __missing__(self, value: Any) -> str:
        return self.fallback


class _Sets(dict[tuple[str, ...], tuple[str, ...]]):
    """``sets[codes]``: the cells a case's set of codes counts in, worked out once per set."""

    def __init__(self, cells: Callable[[tuple[str, ...]], tuple[str, ...]]) -> None:
        super().__init__()
        self.cells = cells

    def __missing__(self, codes: tuple[str, ...]) -> tuple[str, ...]:
        found = self[codes] = self.cells(codes)
        return found


def count_year(
    facts: Iterable[CaseFacts],
    conversation_totals: Mapping[int, tuple[int, int]],
    activity_totals: Mapping[tuple[int, str], tuple[int, int]],
    year: int,
) -> YearCounts:
    """Exact counts for ``year`` from case facts and the per-year record totals."""
    counts = YearCounts(year=year)
    start, end = date(year, 1, 1), date(year, 12, 31)
    cells = {s.key: dict.fromkeys(s.codes, 0) for s in BREAKDOWNS}
    # Codes are looked up in tables made once, and each set of behaviours or referrals is
    # worked out once: most cases share a few dozen of them.
    relation = _Lookup(tx.ACCUSED_RELATION.codes, "unknown")
    outcome = _Lookup(tx.OUTCOME.codes, "other")
    channel, gender = _Lookup(tx.CHANNEL.codes, "unknown"), _Lookup(tx.GENDER.codes, "unknown")
    role, age = _Lookup(tx.REPORTER_ROLE.codes, "unknown"), _Lookup(tx.AGE_GROUP.codes, "unknown")
    behaviour_cells, referral_cells = cells["behaviour"], cells["referrals"]
    detail_cells, roll_up = cells["behaviour_detail"], tx.BEHAVIOUR.roll_up
    # (A code outside the cells counts as "other", once for each such code.)
    rolled = _Sets(
        lambda codes: tuple(c if c in behaviour_cells else "other" for c in {roll_up(b) for b in codes})
    )
    detailed = _Sets(lambda codes: tuple(c for c in set(codes) if c in detail_cells))
    referred = _Sets(lambda codes: tuple(c if c in referral_cells else "other" for c in set(codes)))
    wish_cells = cells["wish"]
    relation_cells, outcome_cells, channel_cells = (
        cells["accused_relation"],
        cells["outcome"],
        cells["channel"],
    )
    quarter_cells, gender_cells, role_cells = cells["quarter"], cells["gender"], cells["role"]
    age_cells, anonymous_cells = cells["age_group"], cells["anonymous"]
    close_days, close_conversations = counts.close_days, counts.close_conversations
    for f in facts:
        opened, closed = f.opened, f.closed
        if closed is not None and start <= closed <= end:
            counts.cases_closed += 1
            days = (closed - opened).days
            close_days[days] = close_days.get(days, 0) + 1
            close_conversations[f.conversations] = close_conversations.get(f.conversations, 0) + 1
        if opened < start and (closed is None or closed >= start):
            counts.carried_over += 1
        if opened <= end and (closed is None or closed > end):
            counts.open_at_year_end += 1
        if opened.year != year:
            continue
        counts.cases_opened += 1
        for key in rolled[f.behaviours]:
            behaviour_cells[key] += 1
        for key in detailed[f.behaviours]:
            detail_cells[key] += 1
        if f.anonymous:
            anonymous_cells[ANONYMOUS] += 1
        for key in referred[f.referrals]:
            referral_cells[key] += 1
        relation_cells[relation[f.accused_relation]] += 1
        outcome_cells[OPEN if not f.outcome else outcome[f.outcome]] += 1
        channel_cells[channel[f.channel]] += 1
        quarter_cells[quarter(opened)] += 1
        gender_cells[gender[f.reporter_gender]] += 1
        role_cells[role[f.reporter_role]] += 1
        if closed is not None and f.wish in wish_cells:
            wish_cells[f.wish] += 1
        age_cells[age[f.reporter_age]] += 1
    counts.breakdowns = cells
    conv_count, conv_minutes = conversation_totals.get(year, (0, 0))
    counts.conversations = conv_count
    counts.minutes = conv_minutes
    counts.activities = dict.fromkeys(tx.ACTIVITY_KIND.codes, 0)
    for (act_year, kind), (n, minutes) in activity_totals.items():
        if act_year != year:
            continue
        key = kind if kind in counts.activities else "other"
        counts.activities[key] += n
        counts.minutes += minutes
    return counts
