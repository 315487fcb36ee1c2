"""Data sets described case by case, their true counts, and releases through the CLI.

The attack tests and the property test describe data as :class:`CaseSpec` records, put them in
a vault (through the public CSV import, or the vault's repositories when activities are
needed), release tables with ``vpdesk stats`` in-process, and compare every released cell
with the truth counted here, independently of ``vpdesk.stats``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from tests.stats.attacker import (
    ACTIVITY_KINDS,
    ALL,
    BREAKDOWN_CODES,
    PEOPLE_TOTALS,
    SINGLE_VALUED,
    Var,
    collect_tables,
)
from tests.support import PASSPHRASE
from vpdesk.cli import main
from vpdesk.domain import taxonomy as tx

META_KEYS = ("released_on", "changed_since_release")


@dataclass(frozen=True)
class CaseSpec:
    ref: str
    organisation: str
    opened: date
    closed: date | None = None
    behaviours: tuple[str, ...] = ("bullying",)
    accused_relation: str = "unknown"
    channel: str = "unknown"
    outcome: str | None = None
    referrals: tuple[str, ...] = ()
    conversations: int = 1  # all dated ``opened``
    minutes: int = 0  # booked on the first conversation
    gender: str = "unknown"
    role: str = "unknown"
    anonymous: bool = False
    wish: str | None = None  # only with ``closed``
    age: str = "unknown"


def spread(counts: dict[str, int]) -> list[str]:
    """``{"phone": 2, "email": 1}`` -> ``["phone", "phone", "email"]``."""
    return [code for code, n in counts.items() for _ in range(n)]


def year_cases(
    org: str,
    year: int,
    n: int,
    prefix: str,
    *,
    first: date,
    span: int,
    days_open: int | None,
    minutes: int,
    channels: tuple[str, str],
    columns: Mapping[str, Sequence[Any]],
) -> list[CaseSpec]:
    """``n`` cases of ``org`` opened from ``first`` on, spread over ``span`` days, each closed
    ``days_open`` days later (None: still open, without an outcome). ``columns`` give each
    case's value (sequences of length n); the rest alternate between two values (``channels``:
    the two channels)."""
    out = []
    for i in range(n):
        opened = first + timedelta(days=(i * span) // max(1, n))
        values: dict[str, Any] = {
            "behaviours": ("bullying",) if i % 2 else ("intimidation",),
            "accused_relation": "manager" if i % 2 else "colleague",
            "channel": channels[i % 2],
            "outcome": "listening" if i % 2 else "informal_solution",
        }
        values.update({k: v[i] for k, v in columns.items()})
        if days_open is None:
            values["outcome"] = None
        closed = None if days_open is None else opened + timedelta(days=days_open)
        out.append(
            CaseSpec(
                ref=f"{prefix}-{year}-{i:03d}",
                organisation=org,
                opened=opened,
                closed=closed,
                minutes=minutes,
                **values,
            )
        )
    return out


@dataclass(frozen=True)
class ActivitySpec:
    organisation: str
    day: date
    kind: str
    minutes: int


@dataclass
class DataSet:
    cases: list[CaseSpec] = field(default_factory=list)
    activities: list[ActivitySpec] = field(default_factory=list)

    @property
    def organisations(self) -> list[str]:
        names = [c.organisation for c in self.cases] + [a.organisation for a in self.activities]
        return sorted(set(names))


# -- putting data in a vault -------------------------------------------------------------------


@contextlib.contextmanager
def passphrase_env() -> Iterator[None]:
    old = os.environ.get("VPDESK_PASSPHRASE")
    os.environ["VPDESK_PASSPHRASE"] = PASSPHRASE
    try:
        yield
    finally:
        if old is None:
            del os.environ["VPDESK_PASSPHRASE"]
        else:
            os.environ["VPDESK_PASSPHRASE"] = old


def cli(*args: str) -> tuple[int, str, str]:
    """``vpdesk ARGS`` in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with passphrase_env(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


CSV_COLUMNS = (
    "case_ref",
    "organisation",
    "opened",
    "closed",
    "behaviours",
    "accused_relation",
    "channel",
    "outcome",
    "referrals",
    "conversations",
    "minutes",
    "reporter_gender",
    "reporter_role",
    "anonymous",
    "wish",
    "reporter_age",
)


def import_cases(vault: Path, cases: Sequence[CaseSpec], csv_path: Path) -> None:
    """Add ``cases`` to ``vault`` through ``vpdesk import`` (the public CSV format)."""
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(CSV_COLUMNS)
        for c in cases:
            w.writerow(
                [
                    c.ref,
                    c.organisation,
                    c.opened.isoformat(),
                    c.closed.isoformat() if c.closed else "",
                    "|".join(c.behaviours),
                    c.accused_relation,
                    c.channel,
                    c.outcome or "",
                    "|".join(c.referrals),
                    str(c.conversations),
                    str(c.minutes),
                    c.gender,
                    c.role,
                    "ja" if c.anonymous else "nee",
                    c.wish or "",
                    c.age,
                ]
            )
    code, _, err = cli("import", str(vault), str(csv_path))
    assert code == 0, err


def fill_vault(vault: Any, data: DataSet) -> None:
    """Add ``data`` to an open :class:`vpdesk.vault.Vault` through its repositories."""
    from vpdesk.domain.models import Activity, Case, Conversation, Organisation, Referral

    ids = {name: vault.organisations.add(Organisation(name)) for name in data.organisations}
    with vault.transaction():
        for c in data.cases:
            cid = vault.cases.add(
                Case(
                    c.ref,
                    ids[c.organisation],
                    c.opened,
                    behaviours=list(c.behaviours),
                    closed=c.closed,
                    reporter_gender=c.gender,
                    reporter_role=c.role,
                    accused_relation=c.accused_relation,
                    channel=c.channel,
                    outcome=c.outcome,
                    anonymous=c.anonymous,
                    wish=c.wish,
                    reporter_age=c.age,
                )
            )
            for i in range(c.conversations):
                vault.conversations.add(Conversation(cid, c.opened, minutes=c.minutes if i == 0 else 0))
            for target in c.referrals:
                vault.referrals.add(Referral(cid, target, c.opened))
        for a in data.activities:
            vault.activities.add(Activity(ids[a.organisation], a.day, a.kind, minutes=a.minutes))


def stats(
    vault: Path, year: int, organisation: str | None = None, threshold: int | None = None
) -> tuple[int, dict[str, Any] | None, str]:
    """``vpdesk stats``: (exit code, the JSON or None, stderr)."""
    args = ["stats", str(vault), "--year", str(year)]
    if organisation is not None:
        args += ["--organisation", organisation]
    if threshold is not None:
        args += ["--threshold", str(threshold)]
    code, out, err = cli(*args)
    return code, (json.loads(out) if code == 0 else None), err


def release(
    vault: Path, year: int, organisation: str | None = None, threshold: int | None = None
) -> dict[str, Any]:
    code, table, err = stats(vault, year, organisation, threshold)
    assert code == 0 and table is not None, err
    return table


# -- the truth ---------------------------------------------------------------------------------


def hours_of(minutes: int) -> float:
    return float((Decimal(minutes) / Decimal(60)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def true_counts(data: DataSet, organisation: str, year: int, breakdowns: Sequence[str]) -> dict[str, int]:
    """Every field of the attacker's program for one organisation and year, counted by hand."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    t: dict[str, int] = {f"totals.{k}": 0 for k in PEOPLE_TOTALS}
    t["totals.conversations"] = t["totals.minutes"] = 0
    t.update({f"activities.{k}": 0 for k in ACTIVITY_KINDS})
    for key in breakdowns:
        t.update({f"{key}.{c}": 0 for c in BREAKDOWN_CODES[key]})
    for c in data.cases:
        if c.organisation != organisation:
            continue
        if c.closed is not None and start <= c.closed <= end:
            t["totals.cases_closed"] += 1
        if c.opened < start and (c.closed is None or c.closed >= start):
            t["totals.carried_over"] += 1
        if c.opened <= end and (c.closed is None or c.closed > end):
            t["totals.open_at_year_end"] += 1
        if c.opened.year == year:
            t["totals.conversations"] += c.conversations
            t["totals.minutes"] += c.minutes if c.conversations else 0
        if c.opened.year != year:
            continue
        t["totals.cases_opened"] += 1
        values = {
            "accused_relation": c.accused_relation,
            "outcome": c.outcome or "open",
            "channel": c.channel,
            "quarter": f"Q{(c.opened.month - 1) // 3 + 1}",
            "gender": c.gender,
            "role": c.role,
            "age_group": c.age,
        }
        for key in breakdowns:
            if key in SINGLE_VALUED:
                t[f"{key}.{values[key]}"] += 1
        if "behaviour" in breakdowns:
            for b in {tx.BEHAVIOUR.roll_up(b) for b in c.behaviours}:
                t[f"behaviour.{b}"] += 1
        if "behaviour_detail" in breakdowns:
            for b in set(c.behaviours) & set(BREAKDOWN_CODES["behaviour_detail"]):
                t[f"behaviour_detail.{b}"] += 1
        if "anonymous" in breakdowns and c.anonymous:
            t["anonymous.anonymous"] += 1
        if "wish" in breakdowns and c.closed is not None and c.wish in BREAKDOWN_CODES["wish"]:
            t[f"wish.{c.wish}"] += 1
        if "referrals" in breakdowns:
            for r in set(c.referrals):
                t[f"referrals.{r}"] += 1
    for a in data.activities:
        if a.organisation == organisation and a.day.year == year:
            t[f"activities.{a.kind}"] += 1
            t["totals.minutes"] += a.minutes
    return t


def truth_of_program(
    data: DataSet, released: Sequence[Mapping[str, Any]], variables: Sequence[Var]
) -> dict[Var, int]:
    """The true value of every variable of the attacker's program, where it is known: the
    all-organisations figures of a year whose only table is small and does not say which
    organisations it counts are left out."""
    members: dict[int, list[str]] = {}
    unknown_years: set[int] = set()
    for t in collect_tables(released):
        if t.scope == ALL and "organisations" in t.data:
            members.setdefault(t.year, list(t.data["organisations"]))
        elif t.scope == ALL and t.small:
            unknown_years.add(t.year)
    keys = [k for k in BREAKDOWN_CODES if any(v.field.startswith(f"{k}.") for v in variables)]
    cache: dict[tuple[str, int], dict[str, int]] = {}

    def counts(org: str, year: int) -> dict[str, int]:
        if (org, year) not in cache:
            cache[(org, year)] = true_counts(data, org, year, keys)
        return cache[(org, year)]

    out: dict[Var, int] = {}
    for v in variables:
        if v.scope == ALL:
            if v.year in unknown_years and v.year not in members:
                continue
            orgs = members.get(v.year, data.organisations)
            out[v] = sum(counts(o, v.year)[v.field] for o in orgs)
        else:
            out[v] = counts(v.scope, v.year)[v.field]
    return out


def check_cells_against_truth(data: DataSet, released: Sequence[Mapping[str, Any]]) -> None:
    """Every shown cell is the truth, ``<K`` is 1..K-1, ``x`` is >= K, ``null`` is a group."""
    tables = collect_tables(released)
    members = {
        t.year: list(t.data["organisations"])
        for t in reversed(tables)
        if t.scope == ALL and "organisations" in t.data
    }
    for t in tables:
        if t.scope == ALL and t.small and t.year not in members:
            continue  # which organisations it counts is not said; nothing to compare
        orgs = (
            [t.scope]
            if t.scope != ALL
            else list(t.data.get("organisations", members.get(t.year, data.organisations)))
        )
        keys = [k for k in BREAKDOWN_CODES if k in t.data]
        truth: dict[str, int] = {}
        for o in orgs:
            for f, n in true_counts(data, o, t.year, keys).items():
                truth[f] = truth.get(f, 0) + n
        where = f"{t.scope} {t.year}{' (previous_year)' if t.nested else ''}"
        k = t.threshold
        if t.small and t.data["totals"] == {"cases_opened": "x"}:
            assert truth["totals.cases_opened"] >= k, where  # withheld: nothing else is safe
            continue
        if t.small:
            assert t.data["totals"] == {"cases_opened": f"<{k}"}, where
            if t.scope != ALL:
                assert 1 <= truth["totals.cases_opened"] < k, where
            elif "organisations" in t.data:  # every organisation left out: possibly none counted
                assert truth["totals.cases_opened"] < k, where
            continue
        cells: list[tuple[str, Any]] = [(f"totals.{n}", c) for n, c in t.data["totals"].items()]
        cells += [(f"activities.{n}", c) for n, c in t.data.get("activities", {}).items()]
        for key in keys:
            if t.data[key] is None:
                continue  # left out: for group disclosure, or because it cannot be shown safely
            cells += [(f"{key}.{n}", c) for n, c in t.data[key].items()]
        for name, cell in cells:
            if name == "totals.hours":
                assert cell == hours_of(truth["totals.minutes"]), f"{where} {name}"
                continue
            true = truth[name]
            if isinstance(cell, int):
                assert cell == true, f"{where} {name}: shows {cell}, truth {true}"
            elif cell == "x":
                assert true >= k, f"{where} {name}: 'x' but truth {true}"
            else:
                assert cell == f"<{k}" and 1 <= true < k, f"{where} {name}: {cell!r} but truth {true}"
