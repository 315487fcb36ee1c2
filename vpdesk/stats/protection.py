"""What a reader could deduce from released tables: the adviser's view of the audit.

``vpdesk audit`` and the report page's protection panel show, for every hidden count, the
values a reader holding all released tables (and knowing the method) still finds possible.
Only counts and symbols appear here, never anything identifying.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vpdesk.stats.audit import TOTALS
from vpdesk.stats.release import Draft, Family, audit_released
from vpdesk.vault.reader import VaultData


@dataclass(frozen=True)
class HiddenCount:
    cell: str  # "channel.phone", "totals.carried_over"
    low: int
    high: int | None  # None: no upper limit a reader can name

    @property
    def pinned(self) -> bool:
        return self.high is not None and self.low == self.high and self.high > 0

    def text(self) -> str:
        if self.high is None:
            return f"{self.cell}: {self.low} or more"
        if self.low == self.high:
            return f"{self.cell}: exactly {self.low}"
        return f"{self.cell}: {self.low} to {self.high}"


@dataclass(frozen=True)
class TableProtection:
    year: int
    organisation: str | None  # None: all organisations
    released_on: date | None  # None: not released yet
    threshold: int
    hidden: tuple[HiddenCount, ...]

    @property
    def label(self) -> str:
        return self.organisation or "all organisations"


@dataclass
class AuditReport:
    year: int
    threshold: int | None
    tables: list[TableProtection] = field(default_factory=list)

    @property
    def safe(self) -> bool:
        return not any(h.pinned for t in self.tables for h in t.hidden)

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "threshold": self.threshold,
            "safe": self.safe,
            "tables": [
                {
                    "year": t.year,
                    "organisation": t.organisation,
                    "released_on": t.released_on.isoformat() if t.released_on else None,
                    "threshold": t.threshold,
                    "hidden": {h.cell: [h.low, h.high] for h in t.hidden},
                }
                for t in self.tables
            ],
        }

    def text(self) -> str:
        if not self.tables:
            return f"Nothing has been released for {self.year}; nothing to audit."
        lines = [
            f"Figures released for {self.year} (threshold {self.threshold}): {len(self.tables)} tables, "
            "audited together with the neighbouring years' releases."
        ]
        for t in self.tables:
            when = f"released {t.released_on.isoformat()}" if t.released_on else "not released yet"
            lines.append(f"{t.label}, {t.year} ({when}): {len(t.hidden)} hidden counts")
            lines += [f"  {h.text()}" for h in t.hidden]
        if self.safe:
            lines.append("Safe: no hidden count can be worked out exactly from the released tables together.")
        else:
            pinned = [f"{t.label} {t.year} {h.cell}" for t in self.tables for h in t.hidden if h.pinned]
            lines.append("NOT SAFE: a reader can work out exactly: " + "; ".join(pinned))
        return "\n".join(lines)


def _protection(family: Family, d: Draft) -> TableProtection:
    assert family.model is not None
    model = family.model
    table = next(t for t in model.tables if t.key == d.key)
    hidden = []
    for group, code in table.hidden():
        if d.small and (group, code) != (TOTALS, "cases_opened"):
            continue  # what a small organisation does not show at all is not listed
        low, high = model.interval(model.var(table, (group, code)))
        hidden.append(HiddenCount(f"{group}.{code}", low, None if high >= model.model.bound else high))
    name = None if d.scope is None else family.names.get(d.scope, "")
    released = d.release.released_on if d.release is not None else None
    return TableProtection(d.year, name, released, d.threshold, tuple(hidden))


def audit_report(vault: VaultData, year: int) -> AuditReport:
    """The audit of every table released for ``year``, over the ledger as it stands."""
    family = audit_released(vault, year)
    tables = [d for d in family.drafts if d.kind == "fixed" and d.year == year]
    report = AuditReport(year, tables[0].threshold if tables else None)
    report.tables = [_protection(family, d) for d in tables]
    return report


def release_protection(family: Family, scope: int | None) -> list[TableProtection]:
    """For the report page: what a reader could deduce from this scope's figures once released."""
    out = []
    for year in (family.year, family.year - 1):
        d = family.draft(year, scope)
        if d is not None and d.kind != "latent":
            out.append(_protection(family, d))
    return out
