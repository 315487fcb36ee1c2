"""Fuzzing the CSV import: a file is imported whole, or refused with ImportFailed and no change.

The strategies build what goes wrong with spreadsheet exports: random bytes, valid files with
one cell, one row, the header or a few bytes spoilt, wrong delimiters, mixed encodings, quotes
left open, stray byte-order marks and NUL bytes. Whatever the file, ``import_file`` either
succeeds or raises :class:`ImportFailed` whose lines follow ``FILE:LINE: column: what``; after a
failure every table of the vault, the full-text index included, is byte for byte as before.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.hardening.dump import canonical_dump
from tests.support import PASSPHRASE, run_cli
from tests.vault.sample import SECRETS, fill
from vpdesk.domain import taxonomy as tx
from vpdesk.importer import MAX_LISTED, ImportFailed, import_file
from vpdesk.importer.rows import OPTIONAL, REQUIRED
from vpdesk.vault import Vault

# The vault fixture is shared by the examples of one test on purpose: every example must
# leave it exactly as it found it (or add the whole file), whatever came before.
FUZZ = settings(
    deadline=None,
    # No "explain" phase: on a failure it replays the vault-backed test hundreds of times.
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink),
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

FAILED_MESSAGE = re.compile(r"\d+ problems? in the file; nothing was imported")


def problem_line(name: str) -> re.Pattern[str]:
    """``FILE:LINE: column: what is wrong``, on one physical line."""
    return re.compile(rf"{re.escape(name)}:([1-9]\d*): ([^\r\n]+?): ([^\r\n]+)")


# -- valid content ---------------------------------------------------------------------------

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Every character here is in Windows-1252 too, so a valid sheet can be written in either.
NAME_CHARS = _LETTERS + "éëïöüÉ '-.,;\"|"
NOTE_CHARS = NAME_CHARS + "0123456789\n€:()"

names = st.text(alphabet=NAME_CHARS, min_size=1, max_size=30).map(str.strip).filter(bool)
notes = st.text(alphabet=NOTE_CHARS, max_size=200)


def spellings(vocab: tx.Vocabulary) -> st.SearchStrategy[str]:
    """A code or a Dutch or English label, in any letter case."""
    words = sorted({w for t in vocab for w in (t.code, t.nl, t.en)})
    return st.sampled_from(words).flatmap(lambda w: st.sampled_from([w, w.upper(), w.lower()]))


def several(vocab: tx.Vocabulary, min_size: int) -> st.SearchStrategy[str]:
    return st.lists(spellings(vocab), min_size=min_size, max_size=3).map("|".join)


def optional_code(vocab: tx.Vocabulary) -> st.SearchStrategy[str]:
    return st.just("") | spellings(vocab)


DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y")


@st.composite
def valid_row(draw: st.DrawFn, ref: str) -> dict[str, str]:
    """Every column of one valid case, as a spreadsheet would hold it."""
    fmt = draw(st.sampled_from(DATE_FORMATS))
    opened = draw(st.dates(date(1990, 1, 1), date(2035, 12, 31)))
    closed = draw(st.none() | st.integers(0, 400).map(lambda d: opened + timedelta(days=d)))
    if closed is not None and closed > date.today():
        closed = None  # a close date in the future is refused
    return {
        "case_ref": ref,
        "organisation": draw(st.sampled_from(["Gemeente Voorbeeld", SECRETS["org_name"]]) | names),
        "department": draw(st.just("") | names),
        "opened": opened.strftime(fmt),
        "closed": closed.strftime(fmt) if closed else "",
        "reporter_name": draw(st.just("") | names),
        "reporter_email": draw(st.sampled_from(["", "melder@voorbeeld.nl", "a.b@c.example"])),
        "reporter_phone": draw(st.sampled_from(["", "0612345678", "+31 20 123 4567"])),
        "reporter_gender": draw(optional_code(tx.GENDER)),
        "reporter_role": draw(optional_code(tx.REPORTER_ROLE)),
        "behaviours": draw(several(tx.BEHAVIOUR, 1)),
        "accused_relation": draw(optional_code(tx.ACCUSED_RELATION)),
        "channel": draw(optional_code(tx.CHANNEL)),
        "outcome": draw(optional_code(tx.OUTCOME)) if closed else "",
        "referrals": draw(st.just("") | several(tx.REFERRAL_TARGET, 1)),
        "conversations": draw(st.sampled_from(["", "1", "2", "5"])),
        "minutes": draw(st.sampled_from(["", "0", "45", "600"])),
        "notes": draw(notes),
    }


@dataclass
class Sheet:
    """A CSV file as a spreadsheet writes it; ``data()`` gives its bytes."""

    columns: list[str]
    rows: list[dict[str, str]]
    delimiter: str = ";"
    newline: str = "\r\n"
    encoding: str = "utf-8"
    quote_all: bool = False
    extra: dict[int, list[str]] = field(default_factory=dict)  # row index -> cells to append
    drop: set[int] = field(default_factory=set)  # row indexes missing their last cell

    def text(self) -> str:
        buf = io.StringIO(newline="")
        if self.quote_all:
            writer = csv.writer(
                buf, delimiter=self.delimiter, lineterminator=self.newline, quoting=csv.QUOTE_ALL
            )
        else:
            writer = csv.writer(buf, delimiter=self.delimiter, lineterminator=self.newline)
        writer.writerow(self.columns)
        for i, row in enumerate(self.rows):
            cells = [row.get(c, "") for c in self.columns] + self.extra.get(i, [])
            writer.writerow(cells[:-1] if i in self.drop else cells)
        return buf.getvalue()

    def data(self) -> bytes:
        # A character the encoding lacks becomes "?", as Excel writes it.
        return self.text().encode(self.encoding, "replace")


_SERIAL = itertools.count()


@st.composite
def sheets(draw: st.DrawFn, min_rows: int = 1) -> Sheet:
    """A valid file: required columns plus some optional ones, in any order, 1-4 new cases."""
    # A fresh reference per file (not drawn, so shrinking cannot make two files share one):
    # the vault keeps every file that imported, and a repeated reference would be refused.
    serial = next(_SERIAL)
    count = draw(st.integers(min_rows, 4))
    rows = [draw(valid_row(f"FZ-{serial}-{i}")) for i in range(count)]
    optional = draw(st.lists(st.sampled_from(OPTIONAL), unique=True))
    columns = draw(st.permutations([*REQUIRED, *optional]))
    if "closed" not in columns:
        for row in rows:  # an outcome needs a closed date
            row["outcome"] = ""
    return Sheet(
        columns=list(columns),
        rows=rows,
        delimiter=draw(st.sampled_from([";", ","])),
        newline=draw(st.sampled_from(["\r\n", "\n"])),
        encoding=draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])),
        quote_all=draw(st.booleans()),
    )


# -- spoilt content --------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """Bytes to import; ``must_fail`` when the file is certainly invalid."""

    kind: str
    data: bytes
    must_fail: bool


# ``draw`` is a composite strategy's draw or ``st.data().draw``: both take a strategy.
Draw = Callable[..., Any]
Mutation = Callable[[Draw, Sheet], Sample]


def _with_column(sheet: Sheet, column: str) -> None:
    if column not in sheet.columns:
        sheet.columns.append(column)


def _cell(kind: str, columns: list[str], values: list[str]) -> Mutation:
    """Set one cell of one row to one of ``values``; the file is then certainly invalid."""

    def mutate(draw: Draw, sheet: Sheet) -> Sample:
        column = draw(st.sampled_from(columns))
        row = draw(st.sampled_from(sheet.rows))
        _with_column(sheet, column)
        row[column] = draw(st.sampled_from(values))
        return Sample(kind, sheet.data(), must_fail=True)

    return mutate


BAD_DATES = [
    "31-02-2026",
    "2026-02-30",
    "29-02-2025",
    "2026-13-01",
    "00-00-0000",
    "32-01-2026",
    "2026-02-03x",
    "03-02-26 ",
    "morgen",
    "2026-1-1-1",
    "45000",
]
CODE_COLUMNS = [
    "behaviours",
    "reporter_gender",
    "reporter_role",
    "accused_relation",
    "channel",
    "outcome",
    "referrals",
]
# Alt+Enter in an Excel cell, Unicode line separators, invisible characters: a problem line
# that repeats such a value must still be one line.
INVISIBLE_CODES = [
    "Pesten\nIntimidatie",
    "bullying\r\nintimidation",
    "bul\u2028lying",
    "x\x85y",
    "Pes\u200bten",
]
BAD_CODES = ["bullyingg", "Pestn", "42", "n/a", "?", "ja", "bullying|nonsense", "man;woman"]


def closed_before_opened(draw: Draw, sheet: Sheet) -> Sample:
    row = draw(st.sampled_from(sheet.rows))
    _with_column(sheet, "closed")
    opened = draw(st.dates(date(1990, 1, 2), date(2035, 12, 31)))
    fmt = draw(st.sampled_from(DATE_FORMATS))
    row["opened"] = opened.strftime(fmt)
    row["closed"] = (opened - timedelta(days=draw(st.integers(1, 800)))).strftime(fmt)
    return Sample("closed_before_opened", sheet.data(), must_fail=True)


def duplicate_ref(draw: Draw, sheet: Sheet) -> Sample:
    if draw(st.booleans()):
        sheet.rows.append({**sheet.rows[0], "case_ref": SECRETS["ref"]})  # already in the vault
    else:
        sheet.rows.append(dict(sheet.rows[0]))  # twice in the file
    return Sample("duplicate_ref", sheet.data(), must_fail=True)


def long_cell(draw: Draw, sheet: Sheet) -> Sample:
    row = draw(st.sampled_from(sheet.rows))
    column = draw(st.sampled_from(["case_ref", "organisation", "department", "reporter_name", "notes"]))
    _with_column(sheet, column)
    limit = 100_000 if column == "notes" else 1000
    # Past the csv module's own field limit (131072) as well as below it.
    length = draw(st.sampled_from([limit + 1, limit + 50, 140_000, 300_000]))
    row[column] = "x" + draw(st.sampled_from("xé€ ")) * (length - 2) + "x"
    return Sample("long_cell", sheet.data(), must_fail=True)


def extra_field(draw: Draw, sheet: Sheet) -> Sample:
    index = draw(st.integers(0, len(sheet.rows) - 1))
    sheet.extra[index] = draw(st.lists(st.sampled_from(["", "x", "bullying"]), min_size=1, max_size=3))
    return Sample("extra_field", sheet.data(), must_fail=True)


def missing_field(draw: Draw, sheet: Sheet) -> Sample:
    sheet.drop.add(draw(st.integers(0, len(sheet.rows) - 1)))
    return Sample("missing_field", sheet.data(), must_fail=True)


def unknown_header(draw: Draw, sheet: Sheet) -> Sample:
    name = draw(st.sampled_from(["bogus", "Naam melder", "case ref", "opened:", "behaviour"]))
    sheet.columns.insert(draw(st.integers(0, len(sheet.columns))), name)
    for row in sheet.rows:
        row[name] = "iets"
    return Sample("unknown_header", sheet.data(), must_fail=True)


def line_break_in_header(draw: Draw, sheet: Sheet) -> Sample:
    index = draw(st.integers(0, len(sheet.columns) - 1))
    name = sheet.columns[index]
    cut = draw(st.integers(1, len(name) - 1))
    sheet.columns[index] = (
        name[:cut] + draw(st.sampled_from(["\n", "\r\n", "\u2028", "\x85", "\ufeff"])) + name[cut:]
    )
    # The header's first line must still name several columns, so put a plain one first.
    if index == 0:
        sheet.columns.insert(0, "department")
    return Sample("line_break_in_header", sheet.data(), must_fail=True)


def missing_required_header(draw: Draw, sheet: Sheet) -> Sample:
    sheet.columns.remove(draw(st.sampled_from(REQUIRED)))
    return Sample("missing_required_header", sheet.data(), must_fail=True)


def duplicate_header(draw: Draw, sheet: Sheet) -> Sample:
    sheet.columns.append(draw(st.sampled_from(sheet.columns)))
    return Sample("duplicate_header", sheet.data(), must_fail=True)


def only_header(draw: Draw, sheet: Sheet) -> Sample:
    sheet.rows.clear()
    return Sample("only_header", sheet.data(), must_fail=True)


def wrong_delimiter(draw: Draw, sheet: Sheet) -> Sample:
    sheet.delimiter = draw(st.sampled_from(["\t", "|", ":", " "]))
    return Sample("wrong_delimiter", sheet.data(), must_fail=True)


def mixed_delimiters(draw: Draw, sheet: Sheet) -> Sample:
    header = replace(sheet, rows=[]).data()
    body = replace(sheet, delimiter="," if sheet.delimiter == ";" else ";").data()
    body = body.split(sheet.newline.encode(), 1)[1] if sheet.newline.encode() in body else b""
    return Sample("mixed_delimiters", header + body, must_fail=False)


def utf16(draw: Draw, sheet: Sheet) -> Sample:
    return Sample(
        "utf16", sheet.text().encode(draw(st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))), True
    )


def mixed_encodings(draw: Draw, sheet: Sheet) -> Sample:
    sheet.rows[0]["notes"] = sheet.rows[-1]["reporter_name"] = "cliënt, één € daarna"
    _with_column(sheet, "notes")
    _with_column(sheet, "reporter_name")
    text = sheet.text()
    cut = draw(st.integers(0, len(text)))
    first, second = draw(st.sampled_from([("utf-8", "cp1252"), ("cp1252", "utf-8"), ("utf-8-sig", "cp1252")]))
    return Sample("mixed_encodings", text[:cut].encode(first) + text[cut:].encode(second), False)


def _insert(kind: str, pieces: list[bytes], must_fail: bool, at_start: bool = False) -> Mutation:
    def mutate(draw: Draw, sheet: Sheet) -> Sample:
        data = sheet.data()
        for _ in range(draw(st.integers(1, 3))):
            at = 0 if at_start else draw(st.integers(0, len(data)))
            data = data[:at] + draw(st.sampled_from(pieces)) + data[at:]
        return Sample(kind, data, must_fail)

    return mutate


CONTROL = [bytes([c]) for c in range(1, 32) if c not in (9, 10, 13, 26)]


def cr_only(draw: Draw, sheet: Sheet) -> Sample:
    sheet.newline = "\r"
    return Sample("cr_only", sheet.data(), must_fail=False)


def truncated(draw: Draw, sheet: Sheet) -> Sample:
    data = sheet.data()
    return Sample("truncated", data[: draw(st.integers(0, len(data)))], must_fail=False)


def flipped(draw: Draw, sheet: Sheet) -> Sample:
    data = bytearray(sheet.data())
    for _ in range(draw(st.integers(1, 5))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return Sample("flipped", bytes(data), must_fail=False)


def sep_line(draw: Draw, sheet: Sheet) -> Sample:
    hint = draw(st.sampled_from([f"sep={sheet.delimiter}", "sep=;", "sep=,", "SEP=;", "sep=\t", "sep="]))
    return Sample("sep_line", (hint + sheet.newline).encode() + sheet.data(), must_fail=False)


MUTATIONS: dict[str, Mutation] = {
    "bad_date": _cell("bad_date", ["opened", "closed"], BAD_DATES),
    "unknown_code": _cell("unknown_code", CODE_COLUMNS, BAD_CODES),
    "line_break_in_code": _cell("line_break_in_code", CODE_COLUMNS, INVISIBLE_CODES),
    "line_break_in_header": line_break_in_header,
    "empty_required": _cell("empty_required", list(REQUIRED), ["", "  ", "\t"]),
    "bad_number": _cell(
        "bad_number", ["conversations", "minutes"], ["-1", "1.5", "abc", "١", "99999999", "1e3"]
    ),
    "bad_email": _cell("bad_email", ["reporter_email"], ["geen e-mail", "a@", "@b.nl", "a@b"]),
    "closed_before_opened": closed_before_opened,
    "duplicate_ref": duplicate_ref,
    "long_cell": long_cell,
    "extra_field": extra_field,
    "missing_field": missing_field,
    "unknown_header": unknown_header,
    "missing_required_header": missing_required_header,
    "duplicate_header": duplicate_header,
    "only_header": only_header,
    "wrong_delimiter": wrong_delimiter,
    "mixed_delimiters": mixed_delimiters,
    "utf16": utf16,
    "mixed_encodings": mixed_encodings,
    "nul_bytes": _insert("nul_bytes", [b"\x00", b"\x00\x00", b"a\x00b"], must_fail=True),
    "control_chars": _insert("control_chars", CONTROL, must_fail=True),
    "open_quote": _insert("open_quote", [b'"', b'"x', b'""', b'x"'], must_fail=False),
    "odd_bom": _insert("odd_bom", [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"\xef\xbb"], must_fail=False),
    "double_bom": _insert("double_bom", [codecs.BOM_UTF8], must_fail=False, at_start=True),
    "stray_bytes": _insert("stray_bytes", [b"\x81", b"\xff\xfe", b"\xc3", b"\xe9", b"\x8d\x90"], False),
    "cr_only": cr_only,
    "truncated": truncated,
    "flipped": flipped,
    "sep_line": sep_line,
}


@st.composite
def malformed(draw: st.DrawFn) -> Sample:
    """A file that is probably, and for most kinds certainly, not a valid import."""
    kind = draw(st.sampled_from(sorted(MUTATIONS)))
    return MUTATIONS[kind](draw, draw(sheets()))


raw_files = st.one_of(
    st.binary(max_size=3000).map(lambda b: Sample("random_bytes", b, False)),
    st.text(max_size=1500).map(lambda t: Sample("random_text", t.encode("utf-8", "surrogatepass"), False)),
    st.lists(st.text(alphabet=';,"\r\n \t|\ufeffabc0123-', max_size=40), max_size=20).map(
        lambda parts: Sample("random_csv", "".join(parts).encode(), False)
    ),
    st.sampled_from([b"", b" ", b"\r\n\r\n", b";;;\r\n;;;", b"\xef\xbb\xbf", b"\x1a", b"PK\x03\x04rest"]).map(
        lambda b: Sample("degenerate", b, True)
    ),
)


# -- the checks ------------------------------------------------------------------------------


@pytest.fixture
def filled(vault: Vault) -> Vault:
    """A vault holding one of everything, so refs and organisation names can collide."""
    fill(vault)
    return vault


def attempt(vault: Vault, path: Path, sample: Sample) -> bool:
    """Import ``sample`` from ``path``; True when it was imported, False when refused.

    Any exception other than ImportFailed escapes and fails the test.
    """
    path.write_bytes(sample.data)
    before = canonical_dump(vault)
    try:
        summary = import_file(vault, path)
    except ImportFailed as exc:
        assert canonical_dump(vault) == before, f"{sample.kind}: a refused import changed the vault"
        check_refusal(exc, str(path), sample)
        return False
    assert not sample.must_fail, f"{sample.kind}: an invalid file was imported"
    assert summary.cases >= 1
    assert canonical_dump(vault) != before
    return True


def check_refusal(exc: ImportFailed, name: str, sample: Sample) -> None:
    """The refusal lists 1-20 problems, each on one line, pointing into the file."""
    assert FAILED_MESSAGE.fullmatch(str(exc)), str(exc)
    assert 1 <= len(exc.lines) <= MAX_LISTED
    assert exc.count >= len(exc.lines)
    pattern = problem_line(name)
    # The last physical line a problem can name (a quote left open points one past the end).
    last = sample.data.count(b"\n") + sample.data.count(b"\r") + 2
    for line in exc.lines:
        match = pattern.fullmatch(line)
        assert match, f"{sample.kind}: not FILE:LINE: column: what -> {line!r}"
        # No line break, Unicode line separator or invisible character can split or hide it.
        assert line.isprintable(), f"{sample.kind}: unprintable character in {line!r}"
        assert int(match.group(1)) <= last, f"{sample.kind}: line number past the end: {line!r}"


@settings(FUZZ, max_examples=80)
@given(sheet=sheets())
def test_valid_files_import_completely(filled: Vault, tmp_path: Path, sheet: Sheet) -> None:
    """The generator's valid files do import, so the fuzzing below is not refusing everything."""
    before = filled.cases.count()
    assert attempt(filled, tmp_path / "valid.csv", Sample("valid", sheet.data(), False))
    assert filled.cases.count() == before + len(sheet.rows)
    for row in sheet.rows:
        case = filled.cases.by_ref(row["case_ref"])
        assert case is not None
        assert case.reporter_name == (
            row["reporter_name"].strip() if "reporter_name" in sheet.columns else ""
        )


@pytest.mark.parametrize("kind", sorted(MUTATIONS))
@settings(FUZZ, max_examples=20)
@given(data=st.data())
def test_malformed_files_change_nothing(
    filled: Vault, tmp_path: Path, kind: str, data: st.DataObject
) -> None:
    """Each kind of damage: refused (certainly, where the kind is always invalid), vault unchanged."""
    sample = MUTATIONS[kind](data.draw, data.draw(sheets()))
    attempt(filled, tmp_path / "fuzz.csv", sample)


@settings(FUZZ, max_examples=150)
@given(sample=raw_files)
def test_random_files_change_nothing(filled: Vault, tmp_path: Path, sample: Sample) -> None:
    attempt(filled, tmp_path / "random.csv", sample)


# -- the same through the command line -------------------------------------------------------

LINE_OUT = re.compile(r"[^\r\n]+:[1-9]\d*: [^\r\n]+?: [^\r\n]+")


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A vault made by ``vpdesk init`` (so it has the real key derivation) with one import."""
    folder = tmp_path_factory.mktemp("cli_fuzz")
    path = folder / "fuzz.vpdesk"
    env = {"VPDESK_PASSPHRASE": PASSPHRASE}
    assert run_cli("init", str(path), env=env).returncode == 0
    seed = folder / "seed.csv"
    # Also SECRETS["ref"]: duplicate_ref draws it as the reference already in the vault.
    seed.write_text(
        "case_ref;organisation;opened;behaviours\r\n"
        "CLI-1;Gemeente Voorbeeld;2026-02-03;bullying\r\n"
        f"{SECRETS['ref']};Gemeente Voorbeeld;2026-02-04;bullying\r\n",
        encoding="utf-8",
    )
    assert run_cli("import", str(path), str(seed), env=env).returncode == 0
    return path, env


@pytest.mark.slow
@settings(FUZZ, max_examples=20, database=None)
@given(sample=st.one_of(malformed(), raw_files))
def test_cli_import_fuzz(cli_vault: tuple[Path, dict[str, str]], tmp_path: Path, sample: Sample) -> None:
    """Exit 0 or 4, never a traceback; a refusal lists problems as FILE:LINE: column: what."""
    path, env = cli_vault
    source = tmp_path / "input file.csv"
    source.write_bytes(sample.data)
    before = path.read_bytes()
    result = run_cli("import", str(path), str(source), env=env)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.returncode in (0, 4), (sample.kind, result.returncode, result.stderr)
    if result.returncode == 0:
        assert not sample.must_fail, sample.kind
        assert result.stdout.startswith("imported ")
        return
    assert path.read_bytes() == before, f"{sample.kind}: a refused import changed the vault file"
    # Split as a terminal or a script reading lines would: at line feeds only.
    lines = result.stderr.rstrip("\n").split("\n")
    assert lines[-1].startswith("vpdesk: error: ") and FAILED_MESSAGE.search(lines[-1])
    listed = lines[:-1]
    assert 1 <= len(listed) <= MAX_LISTED
    for line in listed:
        assert line.startswith(f"{source}:"), line
        assert LINE_OUT.fullmatch(line), line
        assert line.isprintable(), line
