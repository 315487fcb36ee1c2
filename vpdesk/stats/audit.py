"""The disclosure audit: what a reader holding every released table can work out.

The reader is assumed to know the method and to hold every table released for a year (each
organisation's, the all-organisations one, and the neighbouring years' tables), and to compute
with them. Each count becomes an integer variable; what the reader knows becomes linear
constraints:

* a shown count is exact; ``"<K"`` lies in ``1 .. K-1``; ``"x"`` hides a count that would
  otherwise have been shown, so it is at least ``K``; a count that is not published at all is
  only known to be a non-negative integer;
* the cells of a single-valued breakdown add up to ``cases_opened``; the cells of a multi-valued
  breakdown lie between 0 and ``cases_opened``, and behaviour cells add up to at least it;
* a finer behaviour kind's cell is at most its broader kind's cell (such cases count in both);
  the cells of the reporter's wish (one per case at most) add up to at most ``cases_opened``;
* ``open_at_year_end = carried_over + cases_opened - cases_closed``, and ``carried_over`` of a
  year equals ``open_at_year_end`` of the year before;
* a table that lists members is their sum: the all-organisations table of the organisations it
  lists, a combined report of the advisers' tables of one organisation;
* a breakdown that is shown has no cell (other than unknown, open or other) holding every case;
  one that is left out (``null``: such a cell held every case, or it could not be shown
  safely) tells only that its cells fit the table's structure.

For every hidden count, integer programming (the HiGHS solver, through ``highspy``) finds its
smallest and largest feasible value. The linear relaxation is solved first: where its optimum
is a whole-numbered point (nearly always, for sums and bounds like these) that point is the
integer optimum; otherwise the integer program is solved. A hidden count whose interval is a
single positive value can be worked out exactly: that is a disclosure. The model splits into
independent parts (variables that no constraint links), which are solved one by one.

Protection asks thousands of such questions while it hides cells one by one; most are answered
without solving, and every such answer is one solving would give: a whole-numbered point found
feasible shows a count can take another value; the relaxation's duals prove a bound that holds
while the bounds they rest on do (rows are never taken away); a part that comes back is known
by its free counts and their bounds; a part made by hiding a cell starts from the solver of a
part it joins.
"""

from __future__ import annotations

import math
import os
import sys
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from vpdesk.stats.suppression import SECONDARY, Cell, primary_symbol

TOTALS = "totals"
# The totals that count people: protected like any cell of a breakdown.
PEOPLE_TOTALS = ("cases_opened", "cases_closed", "carried_over", "open_at_year_end")
# Cells that may hold every case without the breakdown telling anything about a person.
RESIDUAL_CODES = frozenset({"unknown", "open", "other"})

Kind = Literal["new", "fixed", "latent"]
CellKey = tuple[str, str]  # (group, code): ("totals", "cases_opened"), ("channel", "phone")


@dataclass(frozen=True)
class GroupSpec:
    """A breakdown's structure as the reader knows it."""

    key: str
    codes: tuple[str, ...]
    single: bool
    at_least_one: bool = False  # every case has at least one code (behaviour)
    at_most_one: bool = False  # no case has two codes (the reporter's wish)
    # Finer codes: the breakdown of their broader codes, and each code's broader code. A case
    # in a finer cell is in its broader cell too, so a finer cell is at most its broader one.
    within: str | None = None
    parents: tuple[str, ...] = ()


@dataclass
class AuditTable:
    """One table as a reader holds it (``fixed``, ``new``) or as the model needs it (``latent``).

    ``cells`` maps (group, code) to the published value: an exact count, ``"<K"``, ``"x"``, or
    ``None`` for a count the table does not publish (a breakdown left out for group
    disclosure, the figures of a small organisation). A ``latent`` table is never published:
    it only gives the model the organisations' counts that an all-organisations table sums.
    """

    year: int
    scope: int | None  # organisation id; None = all organisations
    threshold: int
    cells: dict[CellKey, Cell | None]
    kind: Kind = "new"
    members: tuple[int, ...] = ()  # the scopes it is the sum of (all organisations: its organisations)
    null_groups: frozenset[str] = frozenset()
    edition: int = 0  # an earlier release made from other data gets its own variables
    carried_known_zero: bool = False  # the reader knows nothing was open before this year
    small: bool = False  # shows only "<K" cases opened, which may then also be none

    @property
    def key(self) -> tuple[int, int | None, int]:
        return (self.year, self.scope, self.edition)

    def hidden(self) -> list[CellKey]:
        """The counts of this table a reader does not see exactly."""
        if self.kind == "latent":
            return []
        # A short-form table's carried-over count is the year before's open-at-year-end,
        # published (and protected) with that year.
        return [
            k
            for k, v in self.cells.items()
            if not isinstance(v, int) and not (self.small and k == (TOTALS, "carried_over"))
        ]


VarKey = tuple[int, int | None, int, str, str]  # year, scope, edition, group, code


@dataclass(frozen=True)
class Finding:
    """One hidden count and the interval a reader can deduce for it."""

    year: int
    scope: int | None
    edition: int
    group: str
    code: str
    low: int
    high: int

    @property
    def pinned(self) -> bool:
        return self.low == self.high and self.high > 0

    @property
    def cell(self) -> CellKey:
        return (self.group, self.code)


@dataclass
class AuditResult:
    findings: list[Finding] = field(default_factory=list)

    @property
    def disclosures(self) -> list[Finding]:
        return [f for f in self.findings if f.pinned]

    @property
    def safe(self) -> bool:
        return not self.disclosures


class _Model:
    """The reader's linear model, built up row by row."""

    def __init__(self, bound: int) -> None:
        self.bound = bound
        self.index: dict[VarKey | tuple[str, int], int] = {}
        self.low: list[float] = []
        self.high: list[float] = []
        self.rows: list[tuple[dict[int, float], float, float]] = []

    def var(self, key: VarKey | tuple[str, int], low: float = 0, high: float | None = None) -> int:
        if key not in self.index:
            self.index[key] = len(self.low)
            self.low.append(0)
            self.high.append(self.bound)
        i = self.index[key]
        self.low[i] = max(self.low[i], low)
        self.high[i] = min(self.high[i], self.bound if high is None else high)
        return i

    def row(self, coefs: Mapping[int, float], low: float, high: float) -> None:
        self.rows.append((dict(coefs), low, high))


def _build(tables: Iterable[AuditTable], specs: Mapping[str, GroupSpec], bound: int) -> _Model:
    model = _Model(bound)
    tables = list(tables)
    by_key = {t.key: t for t in tables}

    def vkey(t: AuditTable, group: str, code: str) -> VarKey:
        return (t.year, t.scope, t.edition, group, code)

    # Which groups each table's variables cover: its own, and those an all-organisations
    # table that sums it needs.
    # A latent table needs only its totals: its breakdown cells would link nothing that the
    # totals do not already link (any split of its cases fits its own breakdowns).
    groups: dict[tuple[int, int | None, int], set[str]] = {
        t.key: {TOTALS} if t.kind == "latent" else {g for g, _ in t.cells} | {TOTALS} for t in tables
    }
    for t in tables:
        for group in groups[t.key]:
            codes = PEOPLE_TOTALS if group == TOTALS else specs[group].codes
            for code in codes:
                value = t.cells.get((group, code))
                low: int = 0
                high: int | None = None
                if t.kind != "latent" and isinstance(value, int):
                    low = high = value
                elif t.kind != "latent" and value == SECONDARY:
                    low = t.threshold
                elif t.kind != "latent" and value == primary_symbol(t.threshold):
                    low, high = (0 if t.small else 1), t.threshold - 1
                model.var(vkey(t, group, code), low, high)
        if t.carried_known_zero:
            model.var(vkey(t, TOTALS, "carried_over"), 0, 0)
        tot = {code: model.index[vkey(t, TOTALS, code)] for code in PEOPLE_TOTALS}
        opened = tot["cases_opened"]
        # open_at_year_end = carried_over + cases_opened - cases_closed
        model.row(
            {tot["open_at_year_end"]: 1, tot["carried_over"]: -1, opened: -1, tot["cases_closed"]: 1}, 0, 0
        )
        for group in sorted(groups[t.key] - {TOTALS}):
            spec = specs[group]
            cells = [model.index[vkey(t, group, c)] for c in spec.codes]
            if spec.single:
                model.row({**dict.fromkeys(cells, 1.0), opened: -1}, 0, 0)
            else:
                for c in cells:
                    model.row({c: 1, opened: -1}, -math.inf, 0)
                if spec.at_least_one:
                    model.row({**dict.fromkeys(cells, 1.0), opened: -1}, 0, math.inf)
                if spec.at_most_one:
                    model.row({**dict.fromkeys(cells, 1.0), opened: -1}, -math.inf, 0)
            if spec.within is not None and spec.within in groups[t.key]:
                for code, parent in zip(spec.codes, spec.parents, strict=True):
                    model.row(
                        {model.index[vkey(t, group, code)]: 1, model.index[vkey(t, spec.within, parent)]: -1},
                        -math.inf,
                        0,
                    )
            if t.kind != "latent" and group not in t.null_groups:
                # Shown, so no cell other than unknown/open/other holds every case (such a
                # breakdown is left out).
                for code, c in zip(spec.codes, cells, strict=True):
                    if code not in RESIDUAL_CODES:
                        model.row({c: 1, opened: -1}, -math.inf, -1)
        # carried_over(Y) = open_at_year_end(Y - 1) for the same scope and data.
        before = by_key.get((t.year - 1, t.scope, t.edition))
        # For a sum (all organisations), only when both years sum the same tables.
        if before is not None and before.members == t.members:
            model.row({tot["carried_over"]: 1, model.var(vkey(before, TOTALS, "open_at_year_end")): -1}, 0, 0)
    for t in tables:
        if t.edition != 0 or not t.members:
            continue
        members = [by_key[(t.year, m, 0)] for m in t.members if (t.year, m, 0) in by_key]
        if len(members) != len(t.members):
            continue  # a member's counts are not in the model: the sum says nothing more
        for group in groups[t.key]:
            # A member that does not model this breakdown only adds a count of 0 or more.
            modelled = [m for m in members if group in groups[m.key]]
            top: float = 0 if len(modelled) == len(members) else math.inf
            codes = PEOPLE_TOTALS if group == TOTALS else specs[group].codes
            for code in codes:
                coefs: dict[int, float] = {model.index[vkey(t, group, code)]: 1.0}
                for m in modelled:
                    coefs[model.index[vkey(m, group, code)]] = -1.0
                model.row(coefs, 0, top)
    return model


def _components(model: _Model) -> list[tuple[list[int], list[int]]]:
    """The independent parts of the model: (free variables, row numbers) each.

    A variable whose bounds fix it is a constant and links nothing: hiding a shown cell (which
    frees its variable) is what joins parts.
    """
    free = [lo != hi for lo, hi in zip(model.low, model.high, strict=True)]
    parent = list(range(len(model.low)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for coefs, _, _ in model.rows:
        vs = [v for v in coefs if free[v]]
        for v in vs[1:]:
            ra, rb = find(vs[0]), find(v)
            if ra != rb:
                parent[ra] = rb
    comps: dict[int, tuple[list[int], list[int]]] = {}
    for v in range(len(parent)):
        if free[v]:
            comps.setdefault(find(v), ([], []))[0].append(v)
    for r, (coefs, _, _) in enumerate(model.rows):
        vs = [v for v in coefs if free[v]]
        if vs:
            comps[find(vs[0])][1].append(r)
    return list(comps.values())


class _Part:
    """One independent part of the model: its free variables and the rows that link them.

    A part is known by its free variables and their bounds: the rows are those that hold them,
    and every other variable those rows hold is fixed, always at the same value (a shown count).
    What was learnt about a part (its solver, the answers it gave, the whole-numbered points it
    found feasible) is kept with it and found again when the same part comes back, e.g. when a
    cell tried for hiding is hidden, or tried again in a later round.
    """

    __slots__ = ("answers", "points", "position", "rows", "solver", "variables")

    def __init__(self, variables: Sequence[int], rows: list[int]) -> None:
        self.variables = tuple(variables)
        self.rows = rows
        self.solver: _Solver | None = None
        self.answers: dict[tuple[int, float], tuple[int, _Proof | None]] = {}
        # Feasible whole-numbered points, each a value per variable (in the order of variables).
        self.points: list[Sequence[int]] = []
        self.position: dict[int, int] | None = None

    def at(self, var: int) -> int:
        """The variable's position in the part (and in its points)."""
        if self.position is None:
            self.position = {v: i for i, v in enumerate(self.variables)}
        return self.position[var]

    def certifies(self, var: int, value: int) -> bool:
        """Whether a point known to be feasible gives ``var`` another value than ``value``."""
        if not self.points:
            return False
        i = self.at(var)
        return any(p[i] != value for p in self.points)

    def remember(self, point: Sequence[int]) -> None:
        if len(self.points) == _POINTS:
            del self.points[0]
        self.points.append(point)


class _Proof:
    """A variable's smallest or largest value as the relaxation's row duals prove it.

    The duals bound the variable by the rows' bounds and by the bounds of the variables with a
    reduced cost: the proof holds while those have not changed since ``mark`` (the count of
    bound changes so far) or lie within ``ranges`` (variable -> low, high).
    """

    __slots__ = ("duals", "found", "mark", "ranges")

    def __init__(
        self,
        found: int,
        mark: int,
        duals: dict[int, float],
        ranges: dict[int, tuple[float, float]] | None = None,
    ) -> None:
        self.found, self.mark, self.duals, self.ranges = found, mark, duals, ranges or {}


# How many proofs are kept per variable and direction.
_PROOFS = 4

# How many feasible points a part keeps; how many parts keep their solver.
_POINTS = 16
_SOLVERS = 64

_EMPTY = _Part([], [])


@contextmanager
def _quiet_stdout() -> Iterator[None]:
    """HiGHS greets on standard output when a solver is made; keep that out of the JSON."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError, AttributeError):  # no console (a windowed program)
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
        os.close(devnull)


# How close the relaxation's optimum must come to a count to hold it there (its tolerance).
_HELD = 1e-6

# How close to a whole number a solution's value must be to count as one: the data are whole
# numbers, so a point this close to a whole-numbered one is that point.
_WHOLE = 1e-9


def _highs(*, relaxation: bool = False) -> Any:
    """A quiet HiGHS instance for one small model (``relaxation``: for its linear relaxation)."""
    import highspy

    if _greeted:
        h = highspy.Highs()
    else:  # HiGHS greets on standard output once per process
        with _quiet_stdout():
            h = highspy.Highs()
        _greeted.append(True)
    h.setOptionValue("output_flag", False)
    # These models are small: one thread is many times faster than handing work around.
    h.setOptionValue("threads", 1)
    if relaxation:
        # Small models asked one objective after another: presolving each costs more than it
        # saves, and the primal simplex starts from the last optimum, still feasible when only
        # the objective changed.
        h.setOptionValue("presolve", "off")
        h.setOptionValue("simplex_strategy", 4)
    return h


_greeted: list[bool] = []


def _optimum(h: Any, n: int, cols: Any, cost: Any) -> Any:
    """Solve ``h`` for ``cost`` (its model was fed already); the solution (values and duals)."""
    import highspy

    h.changeColsCost(n, cols, cost)
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        raise AuditError("the released tables are inconsistent; the audit cannot judge them")
    return h.getSolution()


def _add_rows(
    h: Any, model: _Model, rows: Sequence[int], local: Mapping[int, int]
) -> tuple[list[float], list[float]]:
    """Add the model's ``rows`` to HiGHS over its columns ``local`` (variable -> column); a
    variable without a column is fixed, its share moved into the bounds. Returns the bounds."""
    import numpy as np

    starts: list[int] = []
    index: list[int] = []
    values: list[float] = []
    lo: list[float] = []
    hi: list[float] = []
    for r in rows:
        coefs, low, high = model.rows[r]
        constant = 0.0
        starts.append(len(index))
        for v, c in coefs.items():
            if v in local:
                if c:
                    index.append(local[v])
                    values.append(c)
            else:
                constant += c * model.low[v]
        lo.append(low - constant)  # infinite stays infinite (HiGHS's infinity is inf)
        hi.append(high - constant)
    if rows:
        h.addRows(
            len(rows),
            np.array(lo, dtype=float),
            np.array(hi, dtype=float),
            len(index),
            np.array(starts, dtype=np.int32),
            np.array(index, dtype=np.int32),
            np.array(values, dtype=float),
        )
    return lo, hi


class _Solver:
    """One independent part of the model in HiGHS, ready for min/max questions."""

    def __init__(self, model: _Model, variables: list[int], rows: list[int], highs: Any = None) -> None:
        """``highs``: an empty HiGHS instance to fill (making one costs more than the model)."""
        # HiGHS and numpy load on the first audit, not when the window starts
        import numpy as np

        self.local = {v: i for i, v in enumerate(variables)}
        n = self.n = len(variables)
        h = _highs(relaxation=True) if highs is None else highs
        h.addVars(
            n,
            np.array([model.low[v] for v in variables], dtype=float),
            np.array([model.high[v] for v in variables], dtype=float),
        )
        cols = np.arange(n, dtype=np.int32)
        lo, hi = _add_rows(h, model, rows, self.local)
        # The linear relaxation first: where its optimum is a whole-numbered point (almost
        # always, for sums and bounds like these) that point is the integer optimum too; only
        # otherwise is the integer program solved (a copy of the model, made when first needed).
        self.highs = h
        self.integer: Any = None
        self.cols = cols
        self.rows = rows
        self.variables = variables
        self.model = model
        self.lo, self.hi = lo, hi
        self.row_pos: dict[int, int] | None = None
        # Where the part's variables are among the columns, once they are not the first ones.
        self.pick: list[int] | None = None

    def in_part_order(self, x: Sequence[float]) -> list[int]:
        """A solution's values, whole-numbered, per variable of the part (in its order)."""
        if self.pick is None:
            return [round(v) for v in x]
        return [round(x[i]) for i in self.pick]

    def column(self, var: int, rows_of: Sequence[int], value: float | None = None) -> int | None:
        """The column of a fixed variable that rows of the part hold (``None``: none does).

        It is added when first asked, fixed at its value (``value``, else its bound), so that
        a question can free it.
        """
        import numpy as np

        if var in self.local:
            return self.local[var]
        if self.row_pos is None:
            self.row_pos = {r: k for k, r in enumerate(self.rows)}
        entries = [(self.row_pos[r], self.model.rows[r][0][var]) for r in rows_of if r in self.row_pos]
        entries = [(k, c) for k, c in entries if c]
        if not entries:
            return None
        if value is None:
            value = self.model.low[var]
        h = self.highs
        h.addCol(
            0.0,
            value,
            value,
            len(entries),
            np.array([k for k, _ in entries], dtype=np.int32),
            np.array([c for _, c in entries], dtype=float),
        )
        for k, c in entries:  # its count is no longer folded into the row's bounds
            self.lo[k] += c * value
            self.hi[k] += c * value
            h.changeRowBounds(k, self.lo[k], self.hi[k])
        self.local[var] = self.n
        self.variables.append(var)
        self.n += 1
        self.cols = np.arange(self.n, dtype=np.int32)
        self.integer = None
        return self.n - 1

    def adopt(self, variables: Sequence[int], rows: Sequence[int], joining: int) -> None:
        """Become the solver of a part that holds this one's: ``variables`` and ``rows`` are
        the larger part's; ``joining``, the variable that joined them, already has a column
        (whose bounds become its own now: the others' stay).

        The last optimum stays the starting point, so the first question is not asked cold.
        """
        import numpy as np

        model, h = self.model, self.highs
        if self.row_pos is None:
            self.row_pos = {r: k for k, r in enumerate(self.rows)}
        new = [v for v in variables if v not in self.local]
        h.changeColBounds(self.local[joining], model.low[joining], model.high[joining])
        if new:
            h.addVars(
                len(new),
                np.array([model.low[v] for v in new], dtype=float),
                np.array([model.high[v] for v in new], dtype=float),
            )
            for v in new:
                self.local[v] = self.n
                self.variables.append(v)
                self.n += 1
        added = [r for r in rows if r not in self.row_pos]
        if added:
            for r in added:
                self.row_pos[r] = len(self.rows)
                self.rows.append(r)
            lo, hi = _add_rows(h, model, added, self.local)
            self.lo = [*self.lo, *lo]
            self.hi = [*self.hi, *hi]
        self.cols = np.arange(self.n, dtype=np.int32)
        self.integer = None
        self.pick = [self.local[v] for v in variables]

    def relaxed_extreme(
        self, var: int, sign: float, col: int, low: float, high: float
    ) -> tuple[float, Any, Any]:
        """The relaxation's smallest or largest value of ``var`` while column ``col`` lies in
        ``low .. high``, its optimal point where that is whole-numbered (else ``None``), and the
        solution (whose :meth:`duals` prove that value)."""
        import numpy as np

        fixed = self.model.low[self.variables[col]]
        self.highs.changeColBounds(col, low, high)
        try:
            cost = np.zeros(self.n)
            cost[self.local[var]] = sign
            solution = _optimum(self.highs, self.n, self.cols, cost)
        finally:
            self.highs.changeColBounds(col, fixed, fixed)
        x = solution.col_value
        whole = all(abs(v - round(v)) < _WHOLE for v in x)
        return x[self.local[var]], [round(v) for v in x] if whole else None, solution

    def duals(self, solution: Any) -> dict[int, float]:
        """The solution's row duals, by model row (those that are not zero)."""
        return {r: y for r, y in zip(self.rows, solution.row_dual, strict=True) if y > _WHOLE or y < -_WHOLE}

    def release(self) -> Any:
        """The solver's HiGHS instance emptied, for another part."""
        self.highs.clearModel()
        return self.highs

    def _run(self, cost: Any) -> tuple[list[float], dict[int, float] | None]:
        """An optimal whole-numbered solution for ``cost``, and, where the linear relaxation gave
        it, the row duals that prove it optimal (``None`` where the integer program did)."""
        import highspy
        import numpy as np

        solution = _optimum(self.highs, self.n, self.cols, cost)
        x: list[float] = solution.col_value
        if all(abs(v - round(v)) < _WHOLE for v in x):
            return x, self.duals(solution)
        if self.integer is None:
            self.integer = _highs()
            self.integer.passModel(self.highs.getLp())
            kinds = np.array([highspy.HighsVarType.kInteger] * self.n)
            self.integer.changeColsIntegrality(self.n, self.cols, kinds)
        return _optimum(self.integer, self.n, self.cols, cost).col_value, None

    def solve(self, weights: Mapping[int, float]) -> dict[int, int]:
        """A solution minimising the weighted sum of the given variables."""
        import numpy as np

        cost = np.zeros(self.n)
        for v, w in weights.items():
            cost[self.local[v]] = w
        x, _ = self._run(cost)
        return {v: round(x[i]) for v, i in self.local.items()}

    def point(self, weights: Mapping[int, float]) -> list[int]:
        """:meth:`solve`'s solution as a value per variable, in the solver's order."""
        import numpy as np

        cost = np.zeros(self.n)
        for v, w in weights.items():
            cost[self.local[v]] = w
        x, _ = self._run(cost)
        return self.in_part_order(x)

    def extreme(self, var: int, sign: float) -> int:
        """The smallest (``sign`` 1) or largest (-1) value of one variable."""
        return self.extreme_proved(var, sign)[0]

    def extreme_proved(self, var: int, sign: float) -> tuple[int, dict[int, float] | None, list[int]]:
        """:meth:`extreme`, with the row duals that prove it (see :meth:`_run`) and the optimal
        point (a value per variable of the part, in its order)."""
        import numpy as np

        i = self.local[var]
        cost = np.zeros(self.n)
        cost[i] = sign
        x, duals = self._run(cost)
        return round(x[i]), duals, self.in_part_order(x)


class AuditError(ValueError):
    """The tables cannot all be true at once (a table made from other data)."""


class ReaderModel:
    """The reader's integer program over a set of tables, built once.

    Hiding a cell only changes the bounds of its variable (:meth:`hide`), so the protection
    loop asks again without rebuilding; answers for parts of the model whose bounds have not
    changed are reused.
    """

    def __init__(
        self, tables: Iterable[AuditTable], specs: Mapping[str, GroupSpec], *, bound: int | None = None
    ) -> None:
        self.tables = list(tables)
        if bound is None:
            shown = [v for t in self.tables for v in t.cells.values() if isinstance(v, int)]
            bound = max(100, 10 * max(shown, default=0))
        self.model = _build(self.tables, specs, bound)
        self._parts: dict[tuple[Any, ...], _Part] = {}
        # (variable, direction) -> (its smallest or largest value, the bounds that proof rests on)
        self._proofs: dict[tuple[int, float], list[_Proof]] = {}
        self._changed: list[int] = []  # every variable whose bounds changed, in turn
        self._solvers: OrderedDict[int, _Part] = OrderedDict()
        self._idle: list[Any] = []  # HiGHS instances of solvers let go
        self._trying = False
        # The value each fixed variable is fixed at: the parts known assume it never changes.
        low, high = self.model.low, self.model.high
        self._fixed_at = {v: low[v] for v in range(len(low)) if low[v] == high[v]}
        self._rows_of: dict[int, list[int]] = {}
        for r, (coefs, _, _) in enumerate(self.model.rows):
            for v in coefs:
                self._rows_of.setdefault(v, []).append(r)
        self._split()

    def _split(self) -> None:
        self.comps = [self._part(variables, rows) for variables, rows in _components(self.model)]
        self.comp_of = {v: n for n, part in enumerate(self.comps) for v in part.variables}
        self._dirty = False

    def _part(self, variables: Sequence[int], rows: list[int]) -> _Part:
        """The part of these free variables under their current bounds (known, or new)."""
        low, high = self.model.low, self.model.high
        key = (tuple(variables), tuple([low[v] for v in variables]), tuple([high[v] for v in variables]))
        part = self._parts.get(key)
        if part is None:
            part = self._parts[key] = _Part(variables, rows)
        return part

    def _solver(self, part: _Part) -> _Solver:
        """The part's solver; only the most recently used parts keep theirs."""
        if part.solver is None:
            if len(self._solvers) == _SOLVERS:
                _, old = self._solvers.popitem(last=False)
                assert old.solver is not None
                self._idle.append(old.solver.release())
                old.solver = None
            highs = self._idle.pop() if self._idle else None
            part.solver = _Solver(self.model, list(part.variables), part.rows, highs)
        self._solvers[id(part)] = part
        self._solvers.move_to_end(id(part))
        return part.solver

    def _adopt(self, part: _Part, children: Sequence[_Part], v: int, value: float) -> None:
        """Hand the largest solver of the parts joined into ``part`` on to it (``v``, fixed at
        ``value`` until now, joined them)."""
        donors = [c for c in children if c.solver is not None]
        if not donors:
            return
        donor = max(donors, key=lambda c: len(c.variables))
        solver = donor.solver
        assert solver is not None
        donor.solver = None
        self._solvers.pop(id(donor), None)
        if solver.column(v, self._rows_of.get(v, ()), value) is None:
            self._idle.append(solver.release())
            return
        solver.adopt(part.variables, part.rows, v)
        part.solver = solver
        self._solver(part)

    def _fix(self, v: int, value: int) -> None:
        self.model.low[v] = self.model.high[v] = value
        self._changed.append(v)
        if self._fixed_at.setdefault(v, value) != value:
            # A count shown at another value than before: what was learnt about parts holding it
            # no longer holds.
            self._fixed_at[v] = value
            self._parts.clear()
            self._solvers.clear()
            self._dirty = True

    def var(self, table: AuditTable, cell: CellKey) -> int:
        return self.model.index[(table.year, table.scope, table.edition, *cell)]

    def hide(self, table: AuditTable, cell: CellKey) -> None:
        """The cell is published as ``"x"`` from now on."""
        table.cells[cell] = SECONDARY
        self._free(self.var(table, cell), table.threshold)

    def _free(self, v: int, low: int) -> None:
        """The variable lies in ``low .. bound`` from now on; a fixed one joins the parts it links."""
        old = self.model.low[v]
        was_free = old != self.model.high[v]
        self.model.low[v], self.model.high[v] = low, self.model.bound
        self._changed.append(v)
        if was_free or self._dirty:
            self._dirty = True
            return
        # The freed variable joins the parts its rows touch (and those rows): merge them.
        if self._trying:  # the parts as they were come back afterwards
            self.comps = list(self.comps)
            self.comp_of = dict(self.comp_of)
        rows = self._rows_of.get(v, [])
        joined = {self.comp_of[u] for r in rows for u in self.model.rows[r][0] if u in self.comp_of}
        variables, new_rows = [v], set(rows)
        children = [self.comps[n] for n in joined]
        for n in joined:
            variables += self.comps[n].variables
            new_rows.update(self.comps[n].rows)
            self.comps[n] = _EMPTY
        n = len(self.comps)
        part = self._part(sorted(variables), sorted(new_rows))
        if part.solver is None and not self._trying:
            self._adopt(part, children, v, old)
        self.comps.append(part)
        for u in variables:
            self.comp_of[u] = n

    def forget(self, table: AuditTable, cell: CellKey) -> None:
        """The cell is not published at all from now on (its breakdown is left out)."""
        if table.cells.get(cell) == SECONDARY or table.cells.get(cell) is None:
            table.cells[cell] = None
            v = self.var(table, cell)
            self.model.low[v], self.model.high[v] = 0, self.model.bound
            self._changed.append(v)
            self._dirty = True
            return
        self._free(self.var(table, cell), 0)
        table.cells[cell] = None

    @contextmanager
    def trying(self, table: AuditTable, cell: CellKey) -> Iterator[None]:
        """Hide a shown cell for the questions asked inside, then show it again."""
        value = table.cells[cell]
        assert isinstance(value, int)
        saved = (self.comps, self.comp_of, self._dirty)
        self._trying = True  # the parts joined come back afterwards: they keep their solvers
        self.hide(table, cell)
        self._trying = False
        try:
            yield
        finally:
            table.cells[cell] = value
            self._fix(self.var(table, cell), value)
            if not self._dirty:
                self.comps, self.comp_of, self._dirty = saved

    def show(self, table: AuditTable, cell: CellKey, value: int) -> None:
        """Undo :meth:`hide` (the protection loop tries cells before it chooses one)."""
        table.cells[cell] = value
        self._fix(self.var(table, cell), value)
        self._dirty = True

    def _extreme(self, var: int, sign: float) -> int:
        if self._dirty:
            self._split()
        if self.model.low[var] == self.model.high[var]:
            return int(self.model.low[var])
        part = self.comps[self.comp_of[var]]
        if not part.rows:
            return int(self.model.low[var] if sign > 0 else self.model.high[var])
        answer = part.answers.get((var, sign))
        if answer is None:
            found, duals, point = self._solver(part).extreme_proved(var, sign)
            part.remember(point)
            proof = None if duals is None else _Proof(found, len(self._changed), duals)
            answer = part.answers[(var, sign)] = (found, proof)
        if answer[1] is not None:
            self._keep_proof(var, sign, answer[1])
        return answer[0]

    def _keep_proof(self, var: int, sign: float, proof: _Proof) -> None:
        proofs = self._proofs.setdefault((var, sign), [])
        if proof not in proofs:
            proofs.insert(0, proof)
            del proofs[_PROOFS:]

    def _held(
        self, var: int, sign: float, value: int, moved: int | None = None, to: tuple[float, float] = (0, 0)
    ) -> bool:
        """Whether a proof found earlier shows ``var`` at least (``sign`` 1) or at most (-1)
        ``value`` now (or once ``moved`` lies in ``to``).

        A proof from the linear relaxation's duals bounds the variable by the rows' bounds and
        the bounds of the variables with a reduced cost; narrower bounds only bound it tighter.
        So it holds while each of those lies within the bounds it had when the proof was made:
        rows are never removed, and more rows (parts joined since) only narrow what is feasible.
        """
        proofs = self._proofs.get((var, sign))
        if not proofs:
            return False
        low, high = self.model.low, self.model.high
        for proof in list(proofs):
            if (proof.found < value) if sign > 0 else (proof.found > value):
                continue
            if proof.mark != len(self._changed):
                for w in set(self._changed[proof.mark :]):
                    if self._rests_on(proof, var, sign, w):
                        lo, hi = proof.ranges.get(w, (math.inf, -math.inf))
                        if low[w] < lo or high[w] > hi:
                            break
                else:
                    proof.mark = len(self._changed)  # holds until now
                if proof.mark != len(self._changed):
                    proofs.remove(proof)  # and never again: a bound it rests on changed
                    continue
            if moved is not None and self._rests_on(proof, var, sign, moved):
                lo, hi = proof.ranges.get(moved, (math.inf, -math.inf))
                if to[0] < lo or to[1] > hi:
                    continue
            return True
        return False

    def _rests_on(self, proof: _Proof, var: int, sign: float, w: int) -> bool:
        """Whether ``w`` has a reduced cost under the proof's duals (the objective is ``var``)."""
        reduced = sign if w == var else 0.0
        for r in self._rows_of.get(w, ()):
            y = proof.duals.get(r)
            if y is not None:
                reduced -= y * self.model.rows[r][0][w]
        return reduced > _WHOLE or reduced < -_WHOLE

    def interval(self, var: int) -> tuple[int, int]:
        return self._extreme(var, 1.0), self._extreme(var, -1.0)

    def pinned(self, var: int, value: int) -> bool:
        """Whether ``value`` (the true count) is the only one the reader finds possible."""
        if value <= 0:
            return False
        low, high = self.model.low[var], self.model.high[var]
        if low == high:
            return True
        if self._dirty:
            self._split()
        if self.comps[self.comp_of[var]].certifies(var, value):
            return False
        # The true value is feasible: a bound it sits on needs no solving.
        if value > low and not self._held(var, 1.0, value) and self._extreme(var, 1.0) < value:
            return False
        return not (value < high and not self._held(var, -1.0, value) and self._extreme(var, -1.0) > value)

    def stays_pinned(self, var: int, value: int, table: AuditTable, cell: CellKey) -> bool:
        """Whether ``var``, pinned to ``value``, provably stays pinned when the shown ``cell`` is
        hidden (``False``: it may not; ask with :meth:`trying`).

        A side of the interval that the variable's own bound holds stays held; so does one that
        a proof holds which does not rest on the cell's bounds (see :meth:`_held`).
        """
        low, high = self.model.low[var], self.model.high[var]
        u = self.var(table, cell)
        if low == high or self.model.low[u] != self.model.high[u] or not self.pinned(var, value):
            return False
        to = (table.threshold, self.model.bound)  # the cell's bounds once hidden
        for sign, bound in ((1.0, low), (-1.0, high)):
            if value == bound or self._held(var, sign, value, u, to):
                continue
            # The part's own proof (if it has one) may not rest on the cell where earlier ones do.
            answer = self.comps[self.comp_of[var]].answers.get((var, sign))
            if answer is None or answer[1] is None:
                return False
            self._keep_proof(var, sign, answer[1])
            if not self._held(var, sign, value, u, to):
                return False
        return True

    def frees(self, var: int, value: int, table: AuditTable, cell: CellKey) -> bool:
        """Whether hiding the shown ``cell`` lets the reader find ``var`` (pinned to ``value``) at
        another value."""
        if self.stays_pinned(var, value, table, cell):
            return False
        found = self._frees_relaxed(var, value, table, cell)
        if found is not None:
            return found
        with self.trying(table, cell):
            return not self.pinned(var, value)

    def _frees_relaxed(self, var: int, value: int, table: AuditTable, cell: CellKey) -> bool | None:
        """:meth:`frees` asked of the part of ``var`` alone, the cell's count freed in its solver
        (``None``: that does not tell).

        The part's rows are some of the rows of the part that hiding the cell makes: where they
        keep ``var`` at ``value``, so do all. Where they let it move, the point found is one of
        the larger part too if the other rows of the cell's count hold it together with points
        known for the other parts they hold.
        """
        if self._dirty:
            self._split()
        u = self.var(table, cell)
        low, high = self.model.low[var], self.model.high[var]
        if low == high or self.model.low[u] != self.model.high[u]:
            return None
        part = self.comps[self.comp_of[var]]
        if not part.rows:
            return None
        solver = self._solver(part)
        col = solver.column(u, self._rows_of.get(u, ()))
        if col is None:
            return None
        to = (table.threshold, self.model.bound)
        for sign, bound in ((1.0, low), (-1.0, high)):
            if value == bound or self._held(var, sign, value, u, to):
                continue
            best, point, solution = solver.relaxed_extreme(var, sign, col, *to)
            if (best > value - _HELD) if sign > 0 else (best < value + _HELD):
                # Held with the cell free: a proof that also holds while it is not.
                self._keep_proof(
                    var, sign, _Proof(value, len(self._changed), solver.duals(solution), {u: to})
                )
                continue
            if point is not None and self._extends(solver, point, u):
                return True
            return None
        return False

    def _extends(self, solver: _Solver, point: Sequence[int], u: int) -> bool:
        """Whether the rows of ``u`` outside the solver's part hold with ``point`` (the part's
        variables and ``u``) and a known point of each other part they hold."""
        assert solver.row_pos is not None
        low, high = self.model.low, self.model.high
        chosen: dict[int, Sequence[int] | None] = {}
        for r in self._rows_of.get(u, ()):
            if r in solver.row_pos:
                continue
            coefs, lo, hi = self.model.rows[r]
            total = 0.0
            for w, c in coefs.items():
                x: float
                if w == u:
                    x = point[solver.local[u]]
                elif low[w] == high[w]:
                    x = low[w]
                else:
                    n = self.comp_of[w]
                    if n not in chosen:
                        points = self.comps[n].points
                        chosen[n] = points[-1] if points else None
                    known = chosen[n]
                    if known is None:
                        return False
                    x = known[self.comps[n].at(w)]
                total += c * x
            if not lo <= total <= hi:
                return False
        return True

    def pinned_among(self, cells: Sequence[tuple[int, int]]) -> set[int]:
        """Of (variable, true value) pairs, the variables pinned to their value.

        One weighted solve in each direction per part of the model shows most counts free at
        once; only those that did not move are asked about one by one.
        """
        if self._dirty:
            self._split()
        open_: dict[int, dict[int, int]] = {}
        pinned: set[int] = set()
        for var, value in cells:
            if value <= 0:
                continue
            if self.model.low[var] == self.model.high[var]:
                pinned.add(var)
            else:
                open_.setdefault(self.comp_of[var], {})[var] = value
        for n, todo in open_.items():
            part = self.comps[n]
            for v in [v for v, t in todo.items() if part.certifies(v, t)]:
                del todo[v]
            if part.rows and len(todo) > 2:
                solver = self._solver(part)
                for sign in (1.0, -1.0):
                    if not todo:
                        break
                    point = solver.point({v: sign * (k + 1) for k, v in enumerate(todo)})
                    part.remember(point)
                    for v in [v for v, t in todo.items() if part.certifies(v, t)]:
                        del todo[v]
            pinned |= {v for v, t in todo.items() if self.pinned(v, t)}
        return pinned

    def findings(self, targets: Iterable[tuple[AuditTable, CellKey]] | None = None) -> AuditResult:
        """Every hidden count's interval (of the given cells, else of every table)."""
        if targets is None:
            targets = [(t, c) for t in self.tables for c in t.hidden()]
        result = AuditResult()
        for t, (group, code) in targets:
            low, high = self.interval(self.var(t, (group, code)))
            result.findings.append(Finding(t.year, t.scope, t.edition, group, code, low, high))
        return result


def audit(
    tables: Iterable[AuditTable],
    specs: Mapping[str, GroupSpec],
    *,
    bound: int | None = None,
) -> AuditResult:
    """Every hidden count's feasible interval over all ``tables`` together.

    ``bound`` caps every count (it only ever narrows the reader's intervals, so a cap that is
    too small errs on the safe side); by default it is ten times the largest published count.
    """
    return ReaderModel(tables, specs, bound=bound).findings()
