"""The audit's solver answers integer questions exactly, also where the relaxation does not.

It asks the linear relaxation first and takes its optimum when that is a whole-numbered point;
these models are built so that the relaxation's optimum is fractional, where only the integer
program gives the right answer.
"""

from __future__ import annotations

import math

from vpdesk.stats.audit import _Model, _Solver


def _triangle() -> _Model:
    """x + y <= 1, y + z <= 1, x + z <= 1 over 0..1: the relaxation reaches 1.5, whole numbers 1."""
    model = _Model(bound=1)
    x, y, z = (model.var(("v", i)) for i in range(3))
    for a, b in ((x, y), (y, z), (x, z)):
        model.row({a: 1, b: 1}, -math.inf, 1)
    return model


def test_a_weighted_question_with_a_fractional_relaxation_gets_a_whole_numbered_optimum() -> None:
    solver = _Solver(_triangle(), [0, 1, 2], [0, 1, 2])
    x = solver.solve({0: -1.0, 1: -1.0, 2: -1.0})  # as many as possible
    assert sorted(x.values()) == [0, 0, 1]


def test_an_extreme_with_a_fractional_relaxation_is_the_integer_one() -> None:
    model = _Model(bound=10)
    x = model.var(("x", 0))
    model.row({x: 2}, -math.inf, 3)  # 2x <= 3: the relaxation allows 1.5
    solver = _Solver(model, [x], [0])
    assert solver.extreme(x, -1.0) == 1
    assert solver.extreme(x, 1.0) == 0


def test_a_whole_numbered_relaxation_is_taken_as_it_is() -> None:
    model = _Model(bound=100)
    a, b, total = (model.var(("c", i)) for i in range(3))
    model.var(("c", 2), 12, 12)  # the total is shown: 12
    model.var(("c", 0), 5, 100)  # a hidden "x": at least 5
    model.var(("c", 1), 5, 100)
    model.row({a: 1, b: 1, total: -1}, 0, 0)
    solver = _Solver(model, [a, b], [0])
    assert (solver.extreme(a, 1.0), solver.extreme(a, -1.0)) == (5, 7)
    assert solver.integer is None  # the integer program was never needed
