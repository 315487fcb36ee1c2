"""The case list as shown, written to a file for the adviser's own use: CSV or an Excel workbook.

Both hold exactly the columns and texts of the list. Neither is encrypted: the window warns
before either is written.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

CSV, XLSX = ".csv", ".xlsx"
FORMATS = (CSV, XLSX)


def export_format(path: Path) -> str:
    """The format a file name asks for (``.xlsx`` or ``.csv``; CSV when it names neither)."""
    return XLSX if path.suffix.lower() == XLSX else CSV


def write_list(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Write ``header`` and ``rows`` to ``path`` in the format its suffix names."""
    if export_format(path) == XLSX:
        write_xlsx(path, header, rows)
    else:
        write_csv(path, header, rows)


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Semicolons and a byte-order mark, so that Excel opens it as it is."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """One sheet: the header in bold and frozen, each column as wide as its texts."""
    # openpyxl takes half a second to import: loaded when a workbook is written, not at start
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "vpdesk"
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        # every cell is stored as text, as the list shows it: a reference such as 2026-014
        # stays a reference, and a text starting with "=" is never read as a formula
        sheet.append([str(value) for value in row])
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"
    sheet.freeze_panes = "A2"
    for index, title in enumerate(header, start=1):
        longest = max([len(title), *(len(str(row[index - 1])) for row in rows if len(row) >= index)])
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = min(60, longest + 2)
    book.properties.creator = "vpdesk"
    book.properties.lastModifiedBy = ""
    partial = path.with_name(path.name + ".part")
    try:
        book.save(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
