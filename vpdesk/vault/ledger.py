"""The release ledger: every table of figures that left the vault, as it was released.

A row holds the year, the organisation (``None`` for all organisations), the threshold, the
day, and the published cells as JSON — counts and symbols only, nothing identifying — with the
organisations an all-organisations table sums and a digest of the exact counts behind it (so
a later release can tell whether the vault's data have changed since).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from vpdesk.domain.models import Release
from vpdesk.vault import columns as col
from vpdesk.vault.connection import Database

_RELEASES: col.Table[Release] = col.Table(
    "releases",
    Release,
    (
        col.Column("kind"),
        col.Column("year"),
        col.Column("organisation_id"),
        col.Column("threshold"),
        col.day("released_on", required=True),
        col.Column("cells", store=lambda cells: json.dumps(cells, ensure_ascii=False), load=json.loads),
        col.Column("members", store=lambda m: json.dumps(list(m)), load=lambda text: tuple(json.loads(text))),
        col.Column("digest"),
    ),
)


class ReleaseLedger:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, release: Release) -> None:
        self._db.execute(_RELEASES.insert_sql(), _RELEASES.values(release))

    def releases(self, years: Iterable[int], kind: str = "melding") -> list[Release]:
        """The releases of those years, oldest first."""
        years = sorted(set(years))
        if not years:
            return []
        marks = ",".join("?" * len(years))
        rows = self._db.query(
            _RELEASES.select_sql(f"kind = ? AND year IN ({marks}) ORDER BY id"), (kind, *years)
        )
        return [_RELEASES.load(r) for r in rows]
