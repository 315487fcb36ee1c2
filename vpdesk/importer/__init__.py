"""CSV import of cases: the whole file is checked first, then written all or nothing.

The format is the product contract's "Import format (CSV)": UTF-8 (with or without BOM) or
Windows-1252, ``;`` or ``,`` as delimiter, a header naming the columns in any order.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vpdesk.collector import collector_paused
from vpdesk.domain.errors import VpdeskError
from vpdesk.importer.plan import make_plan
from vpdesk.importer.reader import MAX_BYTES, FileProblem, Unreadable, read_table
from vpdesk.importer.writer import Progress, write_plan
from vpdesk.vault import Vault

MAX_LISTED = 20


class ImportFailed(VpdeskError):
    """The file has problems; nothing was imported.

    ``lines`` holds the first problems as ``FILE:LINE: column: what is wrong``; ``count``
    is the number of all problems found.
    """

    def __init__(self, lines: list[str], count: int) -> None:
        self.lines = lines
        self.count = count
        what = "1 problem" if count == 1 else f"{count} problems"
        super().__init__(f"{what} in the file; nothing was imported")


@dataclass(frozen=True)
class ImportSummary:
    """What an import added to the vault."""

    cases: int
    new_organisations: int
    conversations: int
    referrals: int

    def __str__(self) -> str:
        cases = "1 case" if self.cases == 1 else f"{self.cases} cases"
        orgs = (
            "1 new organisation"
            if self.new_organisations == 1
            else (f"{self.new_organisations} new organisations")
        )
        return f"imported {cases} ({orgs})"


def _failed(name: str, problems: list[FileProblem]) -> ImportFailed:
    lines = [f"{name}:{p.line}: {p.column}: {p.message}" for p in problems[:MAX_LISTED]]
    return ImportFailed(lines, len(problems))


def import_file(vault: Vault, path: Path | str, progress: Progress | None = None) -> ImportSummary:
    """Import the cases of the CSV file at ``path`` into ``vault``; all of them or none.

    Raises :class:`ImportFailed` listing the problems when the file is not valid, with the
    vault unchanged. ``progress(done, total)`` is called while rows are written.
    """
    name = str(path)
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            too_large = f"the file is larger than {MAX_BYTES // 2**20} MB"
            raise _failed(name, [FileProblem(1, "file", too_large)])
        data = Path(path).read_bytes()
    except IsADirectoryError:
        raise _failed(name, [FileProblem(1, "file", "is a folder, not a file")]) from None
    except FileNotFoundError:
        raise _failed(name, [FileProblem(1, "file", "no such file")]) from None
    except OSError as exc:
        raise _failed(name, [FileProblem(1, "file", f"cannot be read ({exc.strerror})")]) from None
    try:
        table = read_table(data)
    except Unreadable as exc:
        raise _failed(name, [exc.problem]) from None
    with collector_paused():
        plan = make_plan(table, vault)
        if plan.problems:
            raise _failed(name, plan.problems)
        write_plan(vault, plan, progress)
    return ImportSummary(
        cases=len(plan.rows),
        new_organisations=len(plan.new_organisations),
        conversations=sum(r.conversations for r in plan.rows),
        referrals=sum(len(r.referrals) for r in plan.rows),
    )


__all__ = ["ImportFailed", "ImportSummary", "import_file"]
