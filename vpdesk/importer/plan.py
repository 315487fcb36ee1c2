"""Checking a whole file against the format and the vault before anything is written.

The result is either a plan (every row valid, organisations resolved) or the complete list
of problems; the vault is only read here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vpdesk.domain.text import fold
from vpdesk.importer.reader import FileProblem, Table
from vpdesk.importer.rows import COLUMNS, REQUIRED, ImportRow, RowParser, _short, close_to
from vpdesk.vault import Vault


@dataclass
class Plan:
    """What the import will write, or the problems that stop it."""

    rows: list[ImportRow] = field(default_factory=list)
    existing_organisations: dict[str, int] = field(default_factory=dict)  # folded name -> id
    new_organisations: dict[str, str] = field(default_factory=dict)  # folded name -> name
    problems: list[FileProblem] = field(default_factory=list)


def _columns(table: Table, plan: Plan) -> list[str | None]:
    """The column name of each header position (None for an unnamed, ignorable one)."""
    names: list[str | None] = []
    seen: dict[str, int] = {}
    at = table.header_line
    known = ", ".join(COLUMNS)
    filled = [raw.strip().lower() for raw in table.header if raw.strip()]
    if filled and not any(name in COLUMNS or close_to(name, list(COLUMNS)) for name in filled):
        # No cell names a column: the sheet starts with data. Its cells are not repeated.
        plan.problems.append(
            FileProblem(
                at,
                "header",
                (
                    "the first line is not a header: none of its cells names a column; add a first "
                    f"line naming the columns (known columns: {known})"
                ),
            )
        )
        return names
    for position, raw in enumerate(table.header, start=1):
        name = raw.strip().lower()
        if not name:
            names.append(None)
            continue
        if name not in COLUMNS:
            # A header cell is only repeated when it is a typo of a column name; otherwise it
            # may be a cell of data (a reporter's name) and is named by its position.
            typo = close_to(name, list(COLUMNS))
            shown = _short(raw.strip()) if typo else f"column {position}"
            hint = f"did you mean '{typo}'?" if typo else "not shown as it is not close to any column name"
            plan.problems.append(FileProblem(at, shown, f"unknown column, {hint} (known columns: {known})"))
        elif name in seen:
            twice = f"column appears twice (positions {seen[name]} and {position})"
            plan.problems.append(FileProblem(at, name, twice))
        else:
            seen[name] = position
        names.append(name)
    for name in REQUIRED:
        if name not in seen:
            missing = "required column is missing from the header"
            plan.problems.append(FileProblem(at, name, missing))
    return names


def make_plan(table: Table, vault: Vault) -> Plan:
    """Check every record of ``table`` and the file as a whole against ``vault``."""
    plan = Plan()
    names = _columns(table, plan)
    if plan.problems:
        return plan  # with the columns wrong, every row would only repeat the same problem
    if not table.records:
        plan.problems.append(
            FileProblem(table.header_line, "file", "the file has a header but no rows to import")
        )
        return plan

    parser = RowParser(lambda line, column, message: plan.problems.append(FileProblem(line, column, message)))
    first_line: dict[str, int] = {}
    for line, cells in table.records:
        if len(cells) != len(names):
            plan.problems.append(
                FileProblem(line, "row", f"has {len(cells)} fields, the header has {len(names)}")
            )
            continue
        unnamed = [i for i, name in enumerate(names, start=1) if name is None and cells[i - 1].strip()]
        if unnamed:
            plan.problems.append(
                FileProblem(line, f"column {unnamed[0]}", "has a value but the header gives it no name")
            )
        row = parser.parse(line, {n: c for n, c in zip(names, cells, strict=True) if n is not None})
        if row is None or unnamed:
            continue
        ref = row.case.ref
        if ref in first_line:
            plan.problems.append(
                FileProblem(line, "case_ref", f"the same reference as on line {first_line[ref]}")
            )
            continue
        first_line[ref] = line
        plan.rows.append(row)

    for ref in sorted(vault.cases.existing_refs(first_line), key=first_line.__getitem__):
        plan.problems.append(FileProblem(first_line[ref], "case_ref", "already in the vault"))
    plan.problems.sort(key=lambda p: p.line)
    if plan.problems:
        return plan

    plan.existing_organisations = {
        fold(o.name, keep_accents=True): int(o.id or 0) for o in vault.organisations.list()
    }
    for row in plan.rows:
        key = fold(row.organisation, keep_accents=True)
        if key not in plan.existing_organisations:
            # The first spelling in the file names the new organisation.
            plan.new_organisations.setdefault(key, " ".join(row.organisation.split()))
    return plan
