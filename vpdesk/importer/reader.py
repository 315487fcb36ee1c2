"""Reading a spreadsheet's CSV as Excel writes it: encoding, delimiter, physical line numbers.

The reader knows nothing of cases; it turns bytes into a header and records, each record
with the physical line it starts on (header = line 1), so every problem can point at the
line a person sees in a text editor even when a quoted note spans several lines.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field

# A spreadsheet of a few hundred thousand cases stays far below this; anything larger is
# not a registration sheet, and reading it whole would only exhaust memory.
MAX_BYTES = 200 * 1024 * 1024

DELIMITERS = (";", ",")

# A character of two to four bytes as UTF-8 writes it; Windows-1252 text almost never holds one.
_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

# Python's csv module refuses a cell longer than its limit (131,072 characters by default).
MAX_CELL = 131_072

# Control characters that never occur in text a spreadsheet writes (tab, CR, LF do).
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\r", "\n"}


@dataclass(frozen=True)
class FileProblem:
    """Something wrong with the file as a whole or with one physical line of it."""

    line: int
    column: str
    message: str


@dataclass
class Table:
    """The decoded file: header cells, records with their first physical line, and how it was read."""

    header: list[str]
    header_line: int = 1
    records: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ";"


class Unreadable(Exception):
    """The file cannot be read as CSV at all; carries the problem to report."""

    def __init__(self, problem: FileProblem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _fail(message: str, line: int = 1, column: str = "file") -> Unreadable:
    return Unreadable(FileProblem(line, column, message))


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding used: UTF-8 (BOM optional), else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _fail("the file is UTF-16 text; save it as 'CSV UTF-8' or plain CSV")
    if data.startswith(b"PK\x03\x04"):
        raise _fail("the file is an Excel workbook or other archive, not CSV; save it as CSV")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail("the file is an old Excel workbook (.xls), not CSV; save it as CSV")
    if b"\x00" in data:
        raise _fail("the file is not text (it contains NUL bytes)", _line_of(data, data.find(b"\x00")))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        try:
            return data.decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise _fail(
                "not valid UTF-8 although the file starts with a UTF-8 mark", _line_of(data, exc.start)
            ) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_LETTER.search(data):
            # UTF-8 letters elsewhere: reading the whole file as Windows-1252 would garble
            # every one of them, so the file is refused at the first line that is not UTF-8.
            raise _fail(
                "this line is not UTF-8 while the rest of the file is; save the whole file as "
                "'CSV UTF-8' again",
                _line_of(data, exc.start),
                column="row",
            ) from None
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise _fail(
            "the file is neither UTF-8 nor Windows-1252 text",
            _line_of(data, exc.start),
        ) from None


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, max(position, 0)) + 1


def detect_delimiter(header_line: str) -> str:
    """``;`` or ``,``: whichever occurs more often outside quotes in the header line."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    if counts[best] == 0:
        if "\t" in header_line:
            raise _fail("columns are separated by tabs; separate them by ';' or ','", column="header")
        raise _fail("the header names only one column; separate column names by ';' or ','", column="header")
    return best


def read_table(data: bytes) -> Table:
    """Decode ``data`` and split it into a header and records; raises :class:`Unreadable`."""
    if len(data) > MAX_BYTES:
        raise _fail(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    text, encoding = decode(data)
    # An old DOS end-of-file mark is harmless; any other control character means binary.
    text = text.rstrip("\x1a")
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if not _CONTROL.isdisjoint(line):
            raise _fail("the file is not text (it contains control characters)", number)
    if not text.strip():
        raise _fail("the file is empty")
    first_line = next(line for line in io.StringIO(text, newline="") if line.strip())
    # Excel writes (and obeys) a first line "sep=;" when asked to name its delimiter.
    hint = first_line.strip().lower()
    skip = len(hint) == 5 and hint.startswith("sep=") and hint[4] in DELIMITERS
    delimiter = hint[4] if skip else detect_delimiter(first_line)

    # newline="" keeps line ends inside quoted fields and lets the csv module count every
    # physical line (CRLF, LF or CR) in ``line_num``.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    table: Table | None = None
    previous_end = 0
    try:
        for cells in reader:
            start = previous_end + 1
            previous_end = reader.line_num
            # Blank lines and rows of only separators are what Excel leaves around the data.
            if not any(c.strip() for c in cells):
                continue
            if skip:
                skip = False
                continue
            if table is None:
                table = Table(header=cells, header_line=start, encoding=encoding, delimiter=delimiter)
                continue
            table.records.append((start, cells))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _fail(
                f"a cell is longer than {MAX_CELL:,} characters; shorten it or split the text",
                previous_end + 1,
                column="row",
            ) from None
        raise _fail(
            "a quote is not closed or a quoted field is followed by other text "
            "(write a quote inside a field as two quotes)",
            previous_end + 1,
            column="row",
        ) from None
    if table is None:
        raise _fail("the file has no header line after the 'sep=' line")
    return table
