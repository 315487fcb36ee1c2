"""An independent attacker on the released annual figures, for the tests.

It models the reader of PRODUCT.md ("Annual report and its figures"): someone who holds every
JSON table released for a year (each organisation's, the all-organisations one, their nested
``previous_year`` objects, at every threshold) and knows the method. From those tables alone it
builds the reader's integer program and works out, for every hidden count, the smallest and
largest value it can have. A *disclosure* is a hidden count pinned to one positive value.

This module deliberately shares no code with ``vpdesk.stats``: it reads only the public JSON
(and the code lists of ``vpdesk.domain.taxonomy``), so the product's audit and this one check
each other. Two engines solve the same program:

* :func:`solve_milp`: integer programming with ``scipy.optimize.milp`` (HiGHS), for any size;
* :func:`solve_brute_force`: plain enumeration, for tiny data sets only: the cases-opened totals
  are enumerated, and for each choice the remaining variables split into small independent
  groups that are searched exhaustively.

The reader's knowledge (each line a constraint of the program):

* a shown integer is exact; ``"<K"`` is 1..K-1; ``"x"`` is at least K; hours are rounded to one
  decimal (halves up) from whole minutes;
* single-valued breakdowns add up to ``cases_opened``; behaviour cells lie in 0..cases_opened and
  add up to at least cases_opened; referral cells lie in 0..cases_opened; a finer behaviour
  kind's cell is at most its broader kind's cell; the reporter's wish cells (one per case at
  most) add up to at most cases_opened;
* ``open_at_year_end = carried_over + cases_opened - cases_closed`` and, per scope,
  ``carried_over(Y) = open_at_year_end(Y-1)``;
* the all-organisations table is the sum of the organisations in its ``"organisations"`` key
  (without that key: of every organisation with a table for that year); a combined report
  (``vpdesk combine``) is the sum of the advisers' own tables of its organisation;
* a ``null`` breakdown is left out: either one cell other than unknown/open/other holds every
  case, or no way of showing it keeps every hidden count hidden, so the reader learns nothing
  from it; a breakdown that is shown has no cell holding every case (the method would have
  left it out);
* a small organisation (its table holds only ``cases_opened: "<K"``) opened 0..K-1 cases; all its
  other figures are unknown to the reader except through the other tables; a table withheld in
  the same short form with ``cases_opened: "x"`` opened K or more;
* optionally (``first_year``) the reader knows when the adviser started: nothing was carried
  over into that year.

Keys the method does not describe are ignored; the ``previous_year`` object's
``released_on`` and ``changed_since_release`` are metadata, not figures.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import LinearConstraint, milp
from scipy.sparse import lil_matrix

from vpdesk.domain import taxonomy as tx

ALL = "*all organisations*"  # the scope of the all-organisations table

PEOPLE_TOTALS = ("cases_opened", "cases_closed", "carried_over", "open_at_year_end")
SINGLE_VALUED: dict[str, tuple[str, ...]] = {
    "accused_relation": tx.ACCUSED_RELATION.codes,
    "outcome": (*tx.OUTCOME.codes, "open"),
    "channel": tx.CHANNEL.codes,
    "quarter": ("Q1", "Q2", "Q3", "Q4"),
    "gender": tx.GENDER.codes,
    "role": tx.REPORTER_ROLE.codes,
    "age_group": tx.AGE_GROUP.codes,
}
MULTI_VALUED: dict[str, tuple[str, ...]] = {
    "behaviour": tx.BEHAVIOUR.top_codes,
    "referrals": tx.REFERRAL_TARGET.codes,
    "behaviour_detail": tx.BEHAVIOUR.sub_codes,
    "anonymous": ("anonymous",),
    "wish": tuple(c for c in tx.REPORTER_WISH.codes if c != "unknown"),
}
AT_MOST_ONE = frozenset({"wish"})  # no case in two cells
# A finer cell counts cases that its broader cell (in the named breakdown) counts too.
WITHIN: dict[str, tuple[str, dict[str, str]]] = {
    "behaviour_detail": ("behaviour", {c: tx.BEHAVIOUR.roll_up(c) for c in tx.BEHAVIOUR.sub_codes}),
}
BREAKDOWN_CODES = {**SINGLE_VALUED, **MULTI_VALUED}
DEFAULT_BREAKDOWNS = (
    "behaviour",
    "accused_relation",
    "outcome",
    "referrals",
    "channel",
    "quarter",
    "behaviour_detail",
    "anonymous",
    "wish",
)
NOT_A_GROUP = frozenset({"unknown", "open", "other"})  # cells that may hold every case
ACTIVITY_KINDS = tx.ACTIVITY_KIND.codes
META_KEYS = frozenset({"released_on", "changed_since_release"})
TABLE_KEYS = frozenset(
    {
        "year",
        "organisation",
        "threshold",
        "totals",
        "organisations",
        "activities",
        "previous_year",
        *BREAKDOWN_CODES,
        *META_KEYS,
    }
)

UNBOUNDED = 10**6  # an upper bound no real count reaches; reported maxima at this bound are "no limit"


@dataclass(frozen=True, order=True)
class Var:
    """One count of the data: (scope, year, field), e.g. ("Gemeente A", 2026, "channel.phone")."""

    scope: str
    year: int
    field: str

    def __str__(self) -> str:
        return f"{self.scope} {self.year} {self.field}"


@dataclass
class Linear:
    """lo <= sum(coef * var) <= hi."""

    coefs: dict[Var, int]
    lo: float
    hi: float


@dataclass
class AnyEqual:
    """At least one of ``cells`` equals ``total`` (a breakdown left out for group disclosure)."""

    cells: tuple[Var, ...]
    total: Var


@dataclass
class Program:
    """The reader's integer program: bounded integer variables and constraints."""

    lb: dict[Var, int] = field(default_factory=dict)
    ub: dict[Var, int] = field(default_factory=dict)
    linear: list[Linear] = field(default_factory=list)
    any_equal: list[AnyEqual] = field(default_factory=list)
    hidden: dict[Var, str] = field(default_factory=dict)  # hidden count -> why it is hidden

    capped: set[Var] = field(default_factory=set)  # upper bound still the program's cap

    def add_var(self, var: Var, cap: int) -> None:
        if var not in self.lb:
            self.lb[var] = 0
            self.ub[var] = cap
            self.capped.add(var)

    def bound(self, var: Var, lo: int | None = None, hi: int | None = None) -> None:
        if lo is not None:
            self.lb[var] = max(self.lb[var], lo)
            if var in self.capped and self.ub[var] < lo:
                self.ub[var] = lo
        if hi is not None:
            self.ub[var] = hi if var in self.capped else min(self.ub[var], hi)
            self.capped.discard(var)

    def add(self, coefs: Mapping[Var, int], lo: float, hi: float) -> None:
        self.linear.append(Linear({v: c for v, c in coefs.items() if c}, lo, hi))

    def violations(self, values: Mapping[Var, int]) -> list[str]:
        """The constraints an assignment breaks (empty: it is a feasible point); constraints on
        variables missing from ``values`` are not checked."""
        out = []
        for var in self.lb:
            if var in values and not self.lb[var] <= values[var] <= self.ub[var]:
                out.append(f"{var} = {values[var]} outside {self.lb[var]}..{self.ub[var]}")
        for con in self.linear:
            if any(v not in values for v in con.coefs):
                continue
            s = sum(c * values[v] for v, c in con.coefs.items())
            if not con.lo <= s <= con.hi:
                terms = " + ".join(f"{c}*[{v}]={values[v]}" for v, c in con.coefs.items())
                out.append(f"{con.lo} <= {terms} <= {con.hi} fails")
        for eq in self.any_equal:
            if any(v not in values for v in (*eq.cells, eq.total)):
                continue
            if not any(values[c] == values[eq.total] for c in eq.cells):
                out.append(
                    f"no cell of {eq.cells[0].field.split('.')[0]} ({eq.total.scope} "
                    f"{eq.total.year}) holds all {values[eq.total]} cases"
                )
        return out


@dataclass
class Result:
    intervals: dict[Var, tuple[int, int | None]]  # max None: no upper limit
    program: Program

    @property
    def disclosures(self) -> list[Var]:
        return sorted(v for v, (lo, hi) in self.intervals.items() if hi is not None and lo == hi and lo > 0)

    def describe(self) -> str:
        lines = [
            f"{v}: pinned to {self.intervals[v][0]} ({self.program.hidden[v]})" for v in self.disclosures
        ]
        return "\n".join(lines) or "no disclosure"


# -- reading the tables ----------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    scope: str
    year: int
    threshold: int
    data: dict[str, Any]
    nested: bool  # a "previous_year" object

    @property
    def small(self) -> bool:
        return set(self.data) <= {"year", "organisation", "threshold", "totals", "organisations"} and set(
            self.data.get("totals", {})
        ) == {"cases_opened"}

    @property
    def breakdowns(self) -> list[str]:
        return [k for k in BREAKDOWN_CODES if k in self.data]


def collect_tables(released: Iterable[Mapping[str, Any]]) -> list[Table]:
    """Every table a reader holds: the releases and their ``previous_year`` objects, deduplicated."""
    seen: set[str] = set()
    out: list[Table] = []

    def add(d: Mapping[str, Any], scope: str, nested: bool) -> None:
        # Keys the method does not describe carry no figures the reader could use: left out.
        data = {k: v for k, v in d.items() if k in TABLE_KEYS and k not in META_KEYS and k != "previous_year"}
        key = json.dumps([scope, data], sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(Table(scope, int(d["year"]), int(d["threshold"]), data, nested))

    for d in released:
        scope = d["organisation"] if d["organisation"] is not None else ALL
        add(d, scope, nested=False)
        prev = d.get("previous_year")
        if prev is not None:
            # Same shape as a release; where it leaves out who, when or K, they are the release's.
            defaults = {
                "year": int(d["year"]) - 1,
                "organisation": d["organisation"],
                "threshold": d["threshold"],
            }
            add({**defaults, **prev}, scope, nested=True)
    return out


_PRIMARY = re.compile(r"^<(\d+)$")


def _no_revisions(tables: Sequence[Table]) -> None:
    """Two different tables for one scope, year and threshold: the data changed in between and
    the difference describes the changed cases (a previous year recomputed, not as released)."""
    by_key: dict[tuple[str, int, int], Table] = {}
    for t in tables:
        other = by_key.setdefault((t.scope, t.year, t.threshold), t)
        if other is t:
            continue
        cells = _differing(t.data, other.data)
        raise Infeasible(
            f"two releases of {t.scope} {t.year} at K={t.threshold} differ in "
            f"{', '.join(cells)}: the difference describes the cases changed in between"
        )


def _differing(a: Mapping[str, Any], b: Mapping[str, Any]) -> list[str]:
    out = []
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if isinstance(x, dict) and isinstance(y, dict):
            out += [f"{key}.{c}" for c in sorted(set(x) | set(y)) if x.get(c) != y.get(c)]
        elif x != y:
            out.append(key)
    return out


def _fields(breakdowns: Iterable[str]) -> list[str]:
    out = [f"totals.{t}" for t in PEOPLE_TOTALS]
    out += ["totals.conversations", "totals.minutes"]
    out += [f"activities.{k}" for k in ACTIVITY_KINDS]
    for key in breakdowns:
        out += [f"{key}.{code}" for code in BREAKDOWN_CODES[key]]
    return out


def build_program(
    released: Iterable[Mapping[str, Any]],
    *,
    first_year: int | None = None,
    cap: int = UNBOUNDED,
    sums: Mapping[str | tuple[str, int], Sequence[str]] | None = None,
) -> Program:
    """The reader's integer program over every table in ``released``.

    ``sums`` names tables the reader knows to be sums of others: a combined report (its scope,
    for every year, or a (scope, year)) of the advisers' own tables of the organisation (their
    scopes).
    """
    tables = collect_tables(released)
    _no_revisions(tables)
    prog = Program()
    # Which breakdowns each year's tables have (gender and role only when switched on).
    year_breakdowns: dict[int, list[str]] = {}
    for t in tables:
        if not t.small:
            keys = year_breakdowns.setdefault(t.year, [])
            keys.extend(k for k in t.breakdowns if k not in keys)
    scopes_years: dict[tuple[str, int], None] = {}

    def ensure(scope: str, year: int) -> None:
        if (scope, year) in scopes_years:
            return
        scopes_years[(scope, year)] = None
        keys = year_breakdowns.get(year, list(DEFAULT_BREAKDOWNS))
        for f in _fields(keys):
            prog.add_var(Var(scope, year, f), cap)
        _structure(prog, scope, year, keys)

    for t in tables:
        ensure(t.scope, t.year)
    # The all-organisations table is the sum of the organisations it lists.
    members_of: dict[int, set[str] | None] = {}
    for t in tables:
        if t.scope != ALL:
            continue
        if "organisations" in t.data:
            members = list(t.data["organisations"])
        elif t.nested or t.small:
            continue  # the reader cannot tell which organisations it counts
        else:
            members = sorted({u.scope for u in tables if u.scope != ALL and u.year == t.year})
        known = members_of.setdefault(t.year, set(members))
        if known != set(members):
            members_of[t.year] = None  # two lists for one year: the identity below is unsafe
        for m in members:
            ensure(m, t.year)
        for f in _fields(year_breakdowns.get(t.year, list(DEFAULT_BREAKDOWNS))):
            coefs = {Var(ALL, t.year, f): 1}
            for m in members:
                coefs[Var(m, t.year, f)] = -1
            prog.add(coefs, 0, 0)
    # A combined report is the sum of the advisers' tables, in every year it has a table for.
    for key, parts in (sums or {}).items():
        scope, only = (key, None) if isinstance(key, str) else key
        for year in sorted({t.year for t in tables if t.scope == scope and only in (None, t.year)}):
            for part in parts:
                ensure(part, year)
            for f in _fields(year_breakdowns.get(year, list(DEFAULT_BREAKDOWNS))):
                coefs = {Var(scope, year, f): 1}
                coefs.update({Var(part, year, f): -1 for part in parts})
                prog.add(coefs, 0, 0)
    # Consecutive years, per scope.
    for scope, year in list(scopes_years):
        # For all organisations only when both years count the same organisations.
        same = scope != ALL or (
            members_of.get(year) is not None and members_of.get(year) == members_of.get(year - 1)
        )
        if sums and ((scope, year) in sums or (scope, year - 1) in sums):  # a sum of other tables
            same = set(sums.get((scope, year), ())) == set(sums.get((scope, year - 1), ())) != set()
        if (scope, year - 1) in scopes_years and same:
            prog.add(
                {
                    Var(scope, year, "totals.carried_over"): 1,
                    Var(scope, year - 1, "totals.open_at_year_end"): -1,
                },
                0,
                0,
            )
        if first_year is not None and year == first_year:
            prog.bound(Var(scope, year, "totals.carried_over"), hi=0)
    for t in tables:
        _table(prog, t)
    return prog


def _structure(prog: Program, scope: str, year: int, breakdowns: Sequence[str]) -> None:
    """What holds for any data set: sums of breakdowns and the identities between totals."""

    def v(f: str) -> Var:
        return Var(scope, year, f)

    opened = v("totals.cases_opened")
    prog.add(
        {
            v("totals.open_at_year_end"): 1,
            v("totals.carried_over"): -1,
            opened: -1,
            v("totals.cases_closed"): 1,
        },
        0,
        0,
    )
    for key in breakdowns:
        cells = [v(f"{key}.{c}") for c in BREAKDOWN_CODES[key]]
        if key in SINGLE_VALUED:
            prog.add({**dict.fromkeys(cells, 1), opened: -1}, 0, 0)
        else:
            for cell in cells:
                prog.add({cell: 1, opened: -1}, -np.inf, 0)
            if key == "behaviour":
                prog.add({**dict.fromkeys(cells, 1), opened: -1}, 0, np.inf)
            if key in AT_MOST_ONE:
                prog.add({**dict.fromkeys(cells, 1), opened: -1}, -np.inf, 0)
        if key in WITHIN and WITHIN[key][0] in breakdowns:
            broad, parent = WITHIN[key]
            for c in BREAKDOWN_CODES[key]:
                prog.add({v(f"{key}.{c}"): 1, v(f"{broad}.{parent[c]}"): -1}, -np.inf, 0)


def _table(prog: Program, t: Table) -> None:
    """What one table tells the reader."""

    def v(f: str) -> Var:
        return Var(t.scope, t.year, f)

    where = f"{'previous_year in ' if t.nested else ''}{t.scope} {t.year} at K={t.threshold}"
    if t.small:
        cell = t.data["totals"]["cases_opened"]
        m = _PRIMARY.match(str(cell))
        if cell == "x":  # withheld: K or more cases, but nothing else can be shown safely
            prog.bound(v("totals.cases_opened"), lo=t.threshold)
        elif not m:
            raise ValueError(f"a small organisation's table shows {cell!r}")
        else:
            prog.bound(v("totals.cases_opened"), hi=int(m.group(1)) - 1)
        for f in _fields(_breakdowns_of(prog, t.scope, t.year)):
            if f == "totals.carried_over":
                continue  # the year before's open at year end, published with that year
            prog.hidden.setdefault(v(f), f"not shown: small organisation, {where}")
        return
    for key, cell in t.data["totals"].items():
        if key == "hours" and isinstance(cell, str):
            _cell(prog, v("totals.minutes"), cell, t.threshold, where)  # hidden: at least K minutes
        elif key == "hours":
            tenths = round(float(cell) * 10)
            prog.bound(v("totals.minutes"), lo=max(0, 6 * tenths - 3), hi=6 * tenths + 2)
        else:
            _cell(prog, v(f"totals.{key}"), cell, t.threshold, where)
    for kind, cell in t.data.get("activities", {}).items():
        _cell(prog, v(f"activities.{kind}"), cell, t.threshold, where)
    opened = v("totals.cases_opened")
    for key in t.breakdowns:
        cells = t.data[key]
        eligible = tuple(v(f"{key}.{c}") for c in BREAKDOWN_CODES[key] if c not in NOT_A_GROUP)
        if cells is None:
            for c in BREAKDOWN_CODES[key]:
                prog.hidden.setdefault(v(f"{key}.{c}"), f"breakdown left out, {where}")
            continue
        if set(cells) != set(BREAKDOWN_CODES[key]):
            raise ValueError(f"{key} of {where} does not list every code")
        for code, cell in cells.items():
            _cell(prog, v(f"{key}.{code}"), cell, t.threshold, where)
        # Shown, so no cell other than unknown/open/other holds every case.
        for e in eligible:
            prog.add({e: 1, opened: -1}, -np.inf, -1)


def _breakdowns_of(prog: Program, scope: str, year: int) -> list[str]:
    return [k for k in BREAKDOWN_CODES if Var(scope, year, f"{k}.{BREAKDOWN_CODES[k][0]}") in prog.lb]


def _cell(prog: Program, var: Var, cell: Any, threshold: int, where: str) -> None:
    if isinstance(cell, bool):
        raise ValueError(f"{var}: unexpected {cell!r}")
    if isinstance(cell, int):
        if cell < 0:
            raise ValueError(f"{var}: negative count {cell}")
        prog.bound(var, lo=cell, hi=cell)
        return
    if cell == "x":
        prog.bound(var, lo=threshold)
        prog.hidden.setdefault(var, f"'x' in {where}")
        return
    m = _PRIMARY.match(str(cell))
    if m and int(m.group(1)) == threshold:
        prog.bound(var, lo=1, hi=threshold - 1)
        prog.hidden.setdefault(var, f"'{cell}' in {where}")
        return
    raise ValueError(f"{var}: unexpected cell {cell!r} in {where}")


# -- engine 1: integer programming -----------------------------------------------------------


def solve_milp(prog: Program) -> dict[Var, tuple[int, int | None]]:
    """Each hidden count's feasible interval, by integer programming (HiGHS through scipy)."""
    variables = sorted(prog.lb)
    index = {v: i for i, v in enumerate(variables)}
    # Bounds that hold for every solution (propagated through the linear constraints): they
    # size the group-disclosure constraints, and a count seen at such a bound in a solution
    # needs no solve for that end.
    low_bound, high_bound = propagate(prog)
    n = len(variables)
    rows: list[tuple[dict[int, float], float, float]] = []
    for con in prog.linear:
        rows.append(({index[v]: float(c) for v, c in con.coefs.items()}, con.lo, con.hi))
    lb = [float(prog.lb[v]) for v in variables]
    ub = [float(prog.ub[v]) for v in variables]
    integrality = [1] * n
    # Group disclosure: binaries z_c, sum z_c = 1, cell_c >= total - M (1 - z_c).
    for eq in prog.any_equal:
        first = len(lb)
        for cell in eq.cells:
            z = len(lb)
            lb.append(0.0)
            ub.append(1.0)
            integrality.append(1)
            big = float(min(high_bound[eq.total], prog.ub[eq.total]))
            rows.append(({index[cell]: 1.0, index[eq.total]: -1.0, z: -big}, -big, np.inf))
        rows.append((dict.fromkeys(range(first, len(lb)), 1.0), 1.0, 1.0))
    width = len(lb)
    matrix = lil_matrix((max(1, len(rows)), width))
    lo_row = np.full(max(1, len(rows)), -np.inf)
    hi_row = np.full(max(1, len(rows)), np.inf)
    for r, (coefs, lo, hi) in enumerate(rows):
        for j, c in coefs.items():
            matrix[r, j] = c
        lo_row[r], hi_row[r] = lo, hi
    constraints = LinearConstraint(matrix.tocsr(), lo_row, hi_row)
    bounds = (np.array(lb), np.array(ub))
    integ = np.array(integrality)
    seen_lo = dict.fromkeys(prog.hidden, np.inf)
    seen_hi = dict.fromkeys(prog.hidden, -np.inf)

    def solve(objective: np.ndarray) -> np.ndarray:
        res = milp(objective, integrality=integ, bounds=bounds, constraints=constraints)
        if res.status != 0 or res.x is None:
            raise Infeasible(f"the released tables admit no data set ({res.message})")
        x = np.round(res.x)
        for v in prog.hidden:  # every solution found narrows what is still to be proved
            val = x[index[v]]
            seen_lo[v] = min(seen_lo[v], val)
            seen_hi[v] = max(seen_hi[v], val)
        return x

    # A few solutions in broad directions first: every hidden count they show at its own
    # bound needs no solve of its own (a pure speed-up; the intervals do not depend on it).
    hidden_idx = [index[v] for v in sorted(prog.hidden)]
    rng = np.random.default_rng(0)
    for sign in (1.0, -1.0, *rng.choice([-1.0, 1.0], size=(4, len(hidden_idx)))):
        goal = np.zeros(width)
        goal[hidden_idx] = sign
        solve(goal)
    intervals: dict[Var, tuple[int, int | None]] = {}
    for v in sorted(prog.hidden):
        i = index[v]
        goal = np.zeros(width)
        if seen_lo[v] > low_bound[v]:
            goal[i] = 1.0
            low = int(solve(goal)[i])
        else:
            low = int(seen_lo[v])
        if seen_hi[v] < high_bound[v]:
            goal[i] = -1.0
            high = int(solve(goal)[i])
        else:
            high = int(seen_hi[v])
        intervals[v] = (low, None if high >= UNBOUNDED else high)
    return intervals


def propagate(prog: Program, rounds: int = 50) -> tuple[dict[Var, int], dict[Var, int]]:
    """Bounds on every variable implied by its bounds and the linear constraints."""
    lo = dict(prog.lb)
    hi = dict(prog.ub)
    for _ in range(rounds):
        changed = False
        for con in prog.linear:
            low_sum = sum(c * (lo[v] if c > 0 else hi[v]) for v, c in con.coefs.items())
            high_sum = sum(c * (hi[v] if c > 0 else lo[v]) for v, c in con.coefs.items())
            for v, c in con.coefs.items():
                rest_low = low_sum - c * (lo[v] if c > 0 else hi[v])
                rest_high = high_sum - c * (hi[v] if c > 0 else lo[v])
                a, b = con.lo - rest_high, con.hi - rest_low  # a <= c * v <= b
                if c < 0:
                    a, b, c = -b, -a, -c
                if a != -np.inf and -((-int(a)) // c) > lo[v]:
                    lo[v] = -((-int(a)) // c)
                    changed = True
                if b != np.inf and int(b) // c < hi[v]:
                    hi[v] = int(b) // c
                    changed = True
                if lo[v] > hi[v]:
                    raise Infeasible(f"the released tables admit no value of {v}")
        if not changed:
            break
    return lo, hi


class Infeasible(AssertionError):
    """The tables contradict the method: no data set gives them all."""


# -- engine 2: brute force -------------------------------------------------------------------


def solve_brute_force(prog: Program, *, limit: int = 2_000_000) -> dict[Var, tuple[int, int | None]]:
    """Each hidden count's feasible interval by enumeration (tiny programs, finite bounds only).

    The cases-opened totals are enumerated; with them fixed, the other variables fall apart
    into groups that share no constraint, and each group is searched exhaustively for the
    values each of its variables can take. ``limit`` bounds the number of search steps.
    """
    hubs = sorted(v for v in prog.lb if v.field == "totals.cases_opened")
    others = sorted(v for v in prog.lb if v.field != "totals.cases_opened")
    hub_set = set(hubs)
    # Constraints as (variables, check(values) -> bool, linear or None) for the search.
    cons: list[tuple[tuple[Var, ...], Linear | None, AnyEqual | None]] = []
    for lin in prog.linear:
        cons.append((tuple(lin.coefs), lin, None))
    for eq in prog.any_equal:
        cons.append(((*eq.cells, eq.total), None, eq))
    # Groups of non-hub variables linked by a constraint.
    parent = {v: v for v in others}

    def find(v: Var) -> Var:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    for vars_, _, _ in cons:
        free = [v for v in vars_ if v not in hub_set]
        for a, b in itertools.pairwise(free):
            parent[find(a)] = find(b)
    groups: dict[Var, list[Var]] = {}
    for v in others:
        groups.setdefault(find(v), []).append(v)
    group_cons: dict[Var, list[tuple[tuple[Var, ...], Linear | None, AnyEqual | None]]] = {
        g: [] for g in groups
    }
    hub_only = []
    for c in cons:
        free = [v for v in c[0] if v not in hub_set]
        if free:
            group_cons[find(free[0])].append(c)
        else:
            hub_only.append(c)
    steps = [0]
    found: dict[Var, set[int]] = {v: set() for v in prog.lb}
    feasible = False
    for combo in itertools.product(*(range(prog.lb[h], prog.ub[h] + 1) for h in hubs)):
        fixed = dict(zip(hubs, combo, strict=True))
        if not all(_holds(c, fixed) for c in hub_only):
            continue
        per_group: list[dict[Var, set[int]]] = []
        for g, members in groups.items():
            values = _group_values(prog, members, group_cons[g], fixed=fixed, steps=steps, limit=limit)
            if values is None:
                break
            per_group.append(values)
        else:
            feasible = True
            for h, val in fixed.items():
                found[h].add(val)
            for values in per_group:
                for v, vals in values.items():
                    found[v] |= vals
    if not feasible:
        raise Infeasible("the released tables admit no data set")
    out: dict[Var, tuple[int, int | None]] = {}
    for v in prog.hidden:
        hi = max(found[v])
        out[v] = (min(found[v]), None if hi >= UNBOUNDED else hi)
    return out


def _holds(con: tuple[tuple[Var, ...], Linear | None, AnyEqual | None], values: Mapping[Var, int]) -> bool:
    _, lin, eq = con
    if lin is not None:
        s = sum(c * values[v] for v, c in lin.coefs.items())
        return bool(lin.lo <= s <= lin.hi)
    assert eq is not None
    return any(values[c] == values[eq.total] for c in eq.cells)


def _group_values(
    prog: Program,
    members: list[Var],
    cons: list[tuple[tuple[Var, ...], Linear | None, AnyEqual | None]],
    *,
    fixed: Mapping[Var, int],
    steps: list[int],
    limit: int,
) -> dict[Var, set[int]] | None:
    """Every value each member can take in some solution of its group, or None if none.

    For each member and each value not yet seen in a solution, a depth-first search looks for
    one solution with that value; every solution found marks all its values as possible.
    """
    values: dict[Var, int] = dict(fixed)
    domains = {v: (prog.lb[v], prog.ub[v]) for v in members}
    linear = [lin for _, lin, _ in cons if lin is not None]
    groups = [eq for _, _, eq in cons if eq is not None]
    by_var: dict[Var, list[Linear]] = {v: [] for v in members}
    for lin in linear:
        for v in lin.coefs:
            if v in by_var:
                by_var[v].append(lin)

    def allowed(v: Var) -> tuple[int, int]:
        """The values of ``v`` that keep each of its constraints satisfiable."""
        lo, hi = domains[v]
        for lin in by_var[v]:
            rest_lo = rest_hi = 0
            for u, cu in lin.coefs.items():
                if u == v:
                    continue
                if u in values:
                    rest_lo += cu * values[u]
                    rest_hi += cu * values[u]
                else:
                    ulo, uhi = domains[u]
                    rest_lo += cu * (ulo if cu > 0 else uhi)
                    rest_hi += cu * (uhi if cu > 0 else ulo)
            c = lin.coefs[v]
            a = lin.lo - rest_hi  # a <= c * v <= b
            b = lin.hi - rest_lo
            if c < 0:
                a, b, c = -b, -a, -c
            if a != -np.inf:
                lo = max(lo, -((-int(a)) // c))
            if b != np.inf:
                hi = min(hi, int(b) // c)
        return lo, hi

    def narrow() -> bool:
        """Narrow the domains to a fixed point; False when one becomes empty."""
        for _ in range(100):
            changed = False
            for v in members:
                lo, hi = allowed(v)
                if lo > hi:
                    return False
                if (lo, hi) != domains[v]:
                    domains[v] = (lo, hi)
                    changed = True
            if not changed:
                break
        if any(hi - lo > 500 for lo, hi in domains.values()):
            raise ValueError("brute force needs small bounds (build the program with a small cap)")
        return True

    result: dict[Var, set[int]] = {v: set() for v in members}

    def search(order: list[Var], i: int) -> bool:
        steps[0] += 1
        if steps[0] > limit:
            raise ValueError("brute force: too many steps for this program")
        if i == len(order):
            for v in members:
                result[v].add(values[v])
            return True
        v = order[i]
        lo, hi = allowed(v)
        for val in range(lo, hi + 1):
            values[v] = val
            if search(order, i + 1):
                values.pop(v)
                return True
        values.pop(v, None)
        return False

    # A breakdown left out for group disclosure: try each cell as the one holding every case.
    base = dict(domains)
    for choice in itertools.product(*(eq.cells for eq in groups)):
        domains.clear()
        domains.update(base)
        possible = True
        for eq, cell in zip(groups, choice, strict=True):
            n = values[eq.total]  # the group's cases opened: fixed
            lo, hi = domains[cell]
            possible = possible and lo <= n <= hi
            domains[cell] = (n, n)
        if not possible or not narrow():
            continue
        order = sorted(members, key=lambda v: domains[v][1] - domains[v][0])
        for v in members:
            lo, hi = domains[v]
            for val in range(lo, hi + 1):
                if val in result[v]:
                    continue
                domains[v] = (val, val)
                search(order, 0)
                domains[v] = (lo, hi)
    if not any(result[v] for v in members):
        return None
    return result


# -- the attack ------------------------------------------------------------------------------


def attack(
    released: Iterable[Mapping[str, Any]],
    *,
    engine: str = "milp",
    first_year: int | None = None,
    cap: int = UNBOUNDED,
    sums: Mapping[str | tuple[str, int], Sequence[str]] | None = None,
) -> Result:
    """What a reader holding ``released`` can deduce about every hidden count (``sums``: see
    :func:`build_program`)."""
    tables = list(released)
    prog = build_program(tables, first_year=first_year, cap=cap, sums=sums)
    if engine == "milp":
        try:
            intervals = solve_milp(prog)
        except Infeasible as exc:
            raise Infeasible(f"{exc}; {_culprit(tables, first_year, cap)}") from None
    elif engine == "brute":
        intervals = solve_brute_force(prog)
    else:
        raise ValueError(engine)
    return Result(intervals, prog)


def _culprit(tables: Sequence[Mapping[str, Any]], first_year: int | None, cap: int) -> str:
    """Which table alone already contradicts the method, for the message of an infeasible set."""
    for t in tables:
        try:
            solve_milp(build_program([t], first_year=first_year, cap=cap))
        except Infeasible:
            return (
                f"the table of {t['organisation'] or 'all organisations'} {t['year']} at "
                f"K={t['threshold']} alone contradicts the method (e.g. a breakdown shown "
                "although one cell holds every case)"
            )
    return "only the tables together contradict each other"


# -- the mediation tables ("Meten = weten") ---------------------------------------------------
#
# The same reader, holding the mediation year tables (JSON of ``vpdesk stats --kind mediation``)
# in the order they were released. What the method tells about them:
#
# * ``started``, ``ended``, ``carried_over``, ``open_at_year_end``, ``evaluations`` are counts
#   of people; ``open_at_year_end = carried_over + started - ended`` and, per scope,
#   ``carried_over(Y) = open_at_year_end(Y-1)``;
# * form, relation, referrer and initiator add up to ``started``; result and procedure avoided
#   to ``ended``; satisfaction to ``evaluations``; a breakdown shown has no cell other than
#   unknown/other holding every mediation; a ``null`` one tells nothing;
# * the all-organisations table is the sum of the organisations it lists;
# * a small table shows only ``started: "<K"`` (1..K-1) or 0; one withheld, ``started: "x"``
#   (K or more).
#
# A table released again with other cells (the data changed in between) is an earlier edition:
# its counts are those of other data, so it gets variables of its own; the latest table of each
# scope and year is the one the other latest tables are consistent with.

MEDIATION_COUNTS = ("started", "ended", "carried_over", "open_at_year_end", "evaluations")
MEDIATION_BREAKDOWNS: dict[str, tuple[tuple[str, ...], str]] = {}


def _mediation_codes() -> dict[str, tuple[tuple[str, ...], str]]:
    from vpdesk.domain import mediation as md

    if not MEDIATION_BREAKDOWNS:
        MEDIATION_BREAKDOWNS.update(
            {
                "form": (md.MEDIATION_FORM.codes, "started"),
                "relation": (md.MEDIATION_RELATION.codes, "started"),
                "referrer": (md.REFERRER.codes, "started"),
                "initiator": (md.INITIATOR.codes, "started"),
                "result": (md.MEDIATION_RESULT.codes, "ended"),
                "procedure_avoided": (md.PROCEDURE_AVOIDED.codes, "ended"),
                "satisfaction": (tuple(str(s) for s in md.SATISFACTION_SCORES), "evaluations"),
            }
        )
    return MEDIATION_BREAKDOWNS


def mediation_editions(released: Sequence[Mapping[str, Any]]) -> list[tuple[str, Mapping[str, Any]]]:
    """Each distinct table with the scope its variables belong to: the latest table of a scope
    and year under the scope's own name, an earlier different one as ``NAME (edition N)``."""
    by_key: dict[tuple[str, int], list[Mapping[str, Any]]] = {}
    for d in released:
        scope = d["organisation"] if d["organisation"] is not None else ALL
        tables = by_key.setdefault((scope, int(d["year"])), [])
        if d in tables:
            tables.remove(d)
        tables.append(d)
    out = []
    for (scope, _year), tables in by_key.items():
        *earlier, latest = tables
        out.append((scope, latest))
        out += [(f"{scope} (edition {n})", d) for n, d in enumerate(earlier, 1)]
    return out


def revision_differences(released: Sequence[Mapping[str, Any]]) -> list[str]:
    """Counts shown in two editions of a table that differ by fewer than K: the difference
    describes the few mediations changed in between."""
    by_key: dict[tuple[str, int], list[Mapping[str, Any]]] = {}
    for d in released:
        by_key.setdefault((str(d["organisation"]), int(d["year"])), []).append(d)
    out = []
    for (scope, year), tables in by_key.items():
        for a, b in itertools.combinations(tables, 2):
            k = int(b["threshold"])
            pairs = [(f"totals.{c}", a["totals"].get(c), b["totals"].get(c)) for c in MEDIATION_COUNTS]
            for name in _mediation_codes():
                ca, cb = a.get(name), b.get(name)
                if isinstance(ca, dict) and isinstance(cb, dict):
                    pairs += [(f"{name}.{c}", ca.get(c), cb.get(c)) for c in cb]
            for cell, x, y in pairs:
                if isinstance(x, int) and isinstance(y, int) and x > 0 and y > 0 and 0 < abs(x - y) < k:
                    out.append(f"{scope} {year} {cell}: {x} then {y}")
    return out


def build_mediation_program(released: Sequence[Mapping[str, Any]], *, cap: int = UNBOUNDED) -> Program:
    """The reader's integer program over the mediation tables in ``released`` (in release order)."""
    codes = _mediation_codes()
    prog = Program()
    editions = mediation_editions(released)
    fields_ = [f"totals.{c}" for c in MEDIATION_COUNTS]
    fields_ += [f"{name}.{c}" for name, (cs, _) in codes.items() for c in cs]
    seen: set[tuple[str, int]] = set()
    for scope, d in editions:
        year = int(d["year"])
        if (scope, year) in seen:
            continue
        seen.add((scope, year))
        for f in fields_:
            prog.add_var(Var(scope, year, f), cap)

        def v(f: str, scope: str = scope, year: int = year) -> Var:
            return Var(scope, year, f)

        prog.add(
            {
                v("totals.open_at_year_end"): 1,
                v("totals.carried_over"): -1,
                v("totals.started"): -1,
                v("totals.ended"): 1,
            },
            0,
            0,
        )
        for name, (cs, total) in codes.items():
            prog.add({**{v(f"{name}.{c}"): 1 for c in cs}, v(f"totals.{total}"): -1}, 0, 0)
    latest = {(scope, int(d["year"])): d for scope, d in editions}
    # consecutive years of the same scope; all organisations only when both list the same ones
    for (scope, year), d in latest.items():
        before = latest.get((scope, year - 1))
        if before is None:
            continue
        if scope == ALL and d.get("organisations") != before.get("organisations"):
            continue
        prog.add(
            {Var(scope, year, "totals.carried_over"): 1, Var(scope, year - 1, "totals.open_at_year_end"): -1},
            0,
            0,
        )
    for (scope, year), d in latest.items():
        if scope != ALL or "organisations" not in d:
            continue
        members = list(d["organisations"])
        if not all((m, year) in latest for m in members):
            # an organisation it sums without a table of its own: its counts are unknown
            for m in members:
                if (m, year) not in seen:
                    seen.add((m, year))
                    for f in fields_:
                        prog.add_var(Var(m, year, f), cap)
        for f in fields_:
            prog.add({Var(ALL, year, f): 1, **{Var(m, year, f): -1 for m in members}}, 0, 0)
    for scope, d in editions:
        year = int(d["year"])
        k = int(d["threshold"])
        where = f"{scope} {year} at K={k}"

        def v(f: str, scope: str = scope, year: int = year) -> Var:
            return Var(scope, year, f)

        totals = d["totals"]
        if set(totals) == {"started"}:
            cell = totals["started"]
            if cell == 0:
                prog.bound(v("totals.started"), lo=0, hi=0)
            elif cell == "x":  # withheld: K or more, but nothing else can be shown safely
                prog.bound(v("totals.started"), lo=k)
                prog.hidden.setdefault(v("totals.started"), f"'x' in {where}")
            else:
                prog.bound(v("totals.started"), lo=1, hi=k - 1)
                prog.hidden.setdefault(v("totals.started"), f"'{cell}' in {where}")
            continue
        for c in MEDIATION_COUNTS:
            _cell(prog, v(f"totals.{c}"), totals[c], k, where)
        for name, (cs, total) in codes.items():
            cells = d.get(name)
            if cells is None:
                for c in cs:
                    prog.hidden.setdefault(v(f"{name}.{c}"), f"breakdown left out, {where}")
                continue
            for c in cs:
                _cell(prog, v(f"{name}.{c}"), cells[c], k, where)
            for c in cs:
                if c not in NOT_A_GROUP:
                    prog.add({v(f"{name}.{c}"): 1, v(f"totals.{total}"): -1}, -np.inf, -1)
    return prog


def attack_mediation(released: Sequence[Mapping[str, Any]], *, cap: int = UNBOUNDED) -> Result:
    """What a reader holding the mediation tables ``released`` (in release order) can deduce."""
    prog = build_mediation_program(released, cap=cap)
    return Result(solve_milp(prog), prog)
