"""The release ledger: every table of figures that left the vault, as it was released.

A row holds the year, the organisation (``None`` for all organisations), the threshold, the
day, and the published cells as JSON — counts and symbols only, nothing identifying — with the
organisations an all-organisations table sums and a digest of the exact counts behind it (so
a later release can tell whether the vault's data have changed since).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from vpdesk.domain.models import Release
from vpdesk.vault.connection import Database


class ReleaseLedger:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, release: Release) -> None:
        self._db.execute(
            "INSERT INTO releases"
            "(kind, year, organisation_id, threshold, released_on, cells, members, digest) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                release.kind,
                release.year,
                release.organisation_id,
                release.threshold,
                release.released_on.isoformat(),
                json.dumps(release.cells, ensure_ascii=False, sort_keys=False),
                json.dumps(list(release.members)),
                release.digest,
            ),
        )

    def releases(self, years: Iterable[int], kind: str = "melding") -> list[Release]:
        """The releases of those years, oldest first."""
        years = sorted(set(years))
        if not years:
            return []
        marks = ",".join("?" * len(years))
        rows = self._db.query(
            "SELECT id, kind, year, organisation_id, threshold, released_on, cells, members, digest "
            f"FROM releases WHERE kind = ? AND year IN ({marks}) ORDER BY id",
            (kind, *years),
        )
        return [
            Release(
                id=r[0],
                kind=r[1],
                year=r[2],
                organisation_id=r[3],
                threshold=r[4],
                released_on=date.fromisoformat(r[5]),
                cells=json.loads(r[6]),
                members=tuple(json.loads(r[7])),
                digest=r[8],
            )
            for r in rows
        ]
