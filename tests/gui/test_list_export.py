"""The list export's two formats, read back with the libraries that read them."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from vpdesk.gui.list_export import export_format, write_list

HEADER = ["Kenmerk", "Organisatie", "Geopend"]
ROWS = [["2026-014", "Gemeente Zuiderhaven", "06-10-2026"], ["=1+1", "@Zorggroep", "0012"]]


def test_an_xlsx_name_gives_a_workbook_whose_cells_are_the_texts_shown(tmp_path: Path) -> None:
    path = tmp_path / "lijst.XLSX"
    write_list(path, HEADER, ROWS)
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values == [HEADER, *ROWS]  # no date, number or formula made of any text
    assert all(cell.data_type == "s" for row in sheet.iter_rows() for cell in row)
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert not list(tmp_path.glob("*.part"))


def test_any_other_name_gives_csv_for_excel(tmp_path: Path) -> None:
    path = tmp_path / "lijst.csv"
    write_list(path, HEADER, ROWS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as text:
        assert list(csv.reader(text, delimiter=";")) == [HEADER, *ROWS]
    assert export_format(Path("x.txt")) == ".csv"
