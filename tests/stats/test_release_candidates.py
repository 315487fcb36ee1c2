"""The cells protection tries for a pinned count, kept in order as cells are hidden.

The candidate order is kept per table and per year, and updated as cells are hidden; these
tests hold it to the order written out plainly: every linked table's shown positive counts,
ranked by tier, then cases opened last, then count, table and position.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path
from typing import Any

from tests.support import PASSPHRASE
from vpdesk.demo import generate_demo
from vpdesk.stats import release as rel
from vpdesk.stats.audit import TOTALS
from vpdesk.stats.suppression import SECONDARY
from vpdesk.vault import Vault


def _plain(pin: tuple[str, str], where: rel.Draft, drafts: list[rel.Draft]) -> list[tuple[int, Any, Any]]:
    """The best of each tier (two below tier 5, one from 5 on), found the long way."""
    sums = [p for p in drafts if p.scope is None and p.edition == 0]
    ranked = []
    for n, d in enumerate(drafts):
        if d.kind != "new" or d.small:
            continue
        same, linked = d.key == where.key, rel._linked(d, where)
        sibling = (
            not same
            and not linked
            and d.year == where.year
            and d.scope is not None
            and where.scope is not None
            and d.scope != where.scope
            and any(p.year == d.year and d.scope in p.members and where.scope in p.members for p in sums)
        )
        if not (same or linked or sibling):
            continue
        for pos, (key, cell) in enumerate(d.cells.items()):
            if isinstance(cell, int) and cell > 0:
                tier = rel._tier(pin, key, (same, linked, sibling))
                ranked.append((tier, key == (TOTALS, "cases_opened"), cell, n, pos, d, key))
    ranked.sort(key=lambda r: r[:5])
    best: list[tuple[int, Any, Any]] = []
    for r in ranked:
        if sum(b[0] == r[0] for b in best) < (2 if r[0] < 5 else 1):
            best.append((r[0], r[5], r[6]))
    return best


def test_the_candidates_kept_in_order_are_the_plain_ranking_as_cells_are_hidden(tmp_path: Path) -> None:
    path = tmp_path / "demo.vpdesk"
    with Vault.create(path, PASSPHRASE) as vault:
        generate_demo(vault, cases=1500, seed=3, today=date(2026, 11, 30))
    with Vault.open(path, PASSPHRASE, write=False) as vault:
        drafts = rel.build_family(vault, year=2025, threshold=5, personal=True).drafts
    new = [d for d in drafts if d.kind == "new" and not d.small]
    assert len(new) > 4
    order = rel._CandidateOrder(drafts)
    rng = random.Random(5)
    compared = 0
    for _ in range(60):
        where = rng.choice(new)
        pin = rng.choice([k for k in where.cells if k[0] != TOTALS or rng.random() < 0.2])
        found = rel._candidates(pin, where, order, set())
        assert found == _plain(pin, where, drafts)
        compared += len(found)
        # Hide one of them, as protection does, and go on with the order kept.
        _, d, key = rng.choice(found)
        d.cells[key] = SECONDARY
        order.hidden(d, key)
    assert compared > 200
