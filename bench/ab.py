"""The window until idle, taken in turns between source trees on one demo vault.

    .venv/bin/python bench/ab.py --cases 100000 --turns 5 . ../vpdesk-before

Each tree is a checkout of vpdesk (``git worktree add ../vpdesk-before COMMIT``); each turn
starts the window of every tree once and the floor once (``bench/run.py``'s own
``IDLE_SCRIPT`` and ``FLOOR_SCRIPT``, run with that tree's sources), so that a machine whose
speed changes from minute to minute weighs on every tree alike. Prints each start and the
medians.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
from pathlib import Path
from types import ModuleType


def bench_of(tree: Path, name: str) -> ModuleType:
    """``bench/run.py`` of ``tree``: its processes start in that tree (its ``ROOT``) and
    import that tree's vpdesk."""
    spec = importlib.util.spec_from_file_location(name, tree / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(tree))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(tree))
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", type=Path, nargs="+", help="checkouts of vpdesk")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--turns", type=int, default=5)
    args = parser.parse_args()
    trees = [t.resolve() for t in args.trees]
    benches = [bench_of(t, f"bench_{i}") for i, t in enumerate(trees)]
    starts: dict[Path, list[tuple[float, float]]] = {t: [] for t in trees}
    floors: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="vpdesk-ab-") as tmp:
        folder = Path(tmp)
        vault, _seconds = benches[0].build_demo(folder, args.cases)
        homes = []
        for i, bench in enumerate(benches):
            home = folder / f"tree-{i}"
            home.mkdir()
            bench._cache_bytecode(home)
            homes.append(home)
        for _ in range(args.turns):
            floors.append(benches[0]._start_to_idle(benches[0].FLOOR_SCRIPT, vault, homes[0]))
            for tree, bench, home in zip(trees, benches, homes, strict=True):
                starts[tree].append(bench._start_to_idle(bench.IDLE_SCRIPT, vault, home))
    print(f"{args.cases:,} cases, {args.turns} turns")
    print(
        f"floor: {[round(s, 2) for s, _ in floors]}, median {statistics.median(s for s, _ in floors):.2f} s"
    )
    for tree in trees:
        seconds = [s for s, _ in starts[tree]]
        peak = statistics.median(mb for _, mb in starts[tree])
        median = statistics.median(seconds)
        print(f"{tree}: {[round(s, 2) for s in seconds]}, median {median:.2f} s, {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
