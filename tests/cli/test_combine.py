"""``vpdesk aggregate`` and ``vpdesk combine``: one report from two advisers' vaults.

Two real vaults hold cases of the same organisation (adviser A also serves another one); each
adviser writes an aggregate file, and the combined report is made from both, through the CLI
in this process. The files are real SQLCipher databases and the report a real PDF.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
import sqlcipher3
from pypdf import PdfReader

from tests.stats import combining
from tests.stats.combining import SHARED, cases, cli, combined_json
from tests.stats.releases import import_cases, spread
from tests.support import PASSPHRASE, run_cli
from vpdesk.vault import Vault, connection

ORG = "Gemeente Samen"
OTHER = "Stichting Anders"
REPORTERS = ("Zeynep Yılmaz", "Pieter de Vries", "Łukasz Nowak", "Fatima el Amrani")
DEPARTMENTS = ("Afdeling Burgerzaken", "Team Vergunningen")
ACCUSED = "Hoofd Balie Hendriksen"
NOTE = "Melder vertelde over de kerstborrel in het stadskantoor"


# Adviser A: 12 cases of the organisation in 2025 (2 by phone), 10 of another one, and 6 of
# the organisation in 2024. Adviser B: 11 cases in 2025, 6 by phone and 5 by video, all shown.
# Combined: 8 by phone, which would show A's hidden "<5" as 8 - 6 = 2.
A_CASES = (
    cases(ORG, 2025, 12, "A", channel=spread({"phone": 2, "email": 5, "in_person": 5}))
    + cases(OTHER, 2025, 10, "S")
    + cases(ORG, 2024, 6, "P")
)
B_CASES = cases(ORG, 2025, 11, "B", channel=spread({"phone": 6, "video": 5}))


def _personal(vault: Path) -> None:
    """Give the cases names, e-mails and departments, to look for them in the files."""
    with Vault.open(vault, PASSPHRASE) as v, v.transaction():
        for n, (case_id,) in enumerate(v.db.query("SELECT id FROM cases ORDER BY id")):
            name = REPORTERS[n % len(REPORTERS)]
            first = name.split()[0].lower()
            v.db.execute(
                "UPDATE cases SET reporter_name = ?, reporter_email = ?, reporter_phone = ?, department = ?, "
                "accused = ? WHERE id = ?",
                (name, f"{first}@example.nl", "06-12345678", DEPARTMENTS[n % 2], ACCUSED, case_id),
            )
            v.db.execute("UPDATE conversations SET note = ? WHERE case_id = ?", (NOTE, case_id))


@pytest.fixture
def vaults(tmp_path: Path) -> tuple[Path, Path]:
    a, b = combining.vaults_of(tmp_path, A_CASES, B_CASES)
    _personal(a)
    _personal(b)
    return a, b


def aggregate(vault: Path, out: Path) -> None:
    combining.aggregate(vault, out, ORG)


@pytest.fixture
def files(vaults: tuple[Path, Path], tmp_path: Path) -> tuple[Path, Path]:
    fa, fb = tmp_path / "a.vpagg", tmp_path / "b.vpagg"
    aggregate(vaults[0], fa)
    aggregate(vaults[1], fb)
    return fa, fb


def _dump(path: Path, passphrase: str) -> str:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = '{passphrase}'")
        if connection.KDF_ITER is not None:
            conn.execute(f"PRAGMA kdf_iter = {connection.KDF_ITER}")
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = [repr(row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')]
        return "\n".join(tables + rows)
    finally:
        conn.close()


def test_the_aggregate_file_is_encrypted_and_holds_nothing_identifying(
    files: tuple[Path, Path], vaults: tuple[Path, Path]
) -> None:
    fa, _ = files
    raw = fa.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert ORG.encode() not in raw and b"cases_opened" not in raw
    with pytest.raises(sqlcipher3.DatabaseError):
        _dump(fa, "not the shared passphrase")
    with pytest.raises(sqlcipher3.DatabaseError):
        _dump(fa, PASSPHRASE)  # the vault's own passphrase does not open it either
    text = _dump(fa, SHARED)
    assert "cases_opened" in text and ORG in text
    folded = text.casefold()
    with Vault.open(vaults[0], PASSPHRASE) as v:
        refs = [r[0] for r in v.db.query("SELECT ref FROM cases")]
    needles = [*REPORTERS, *DEPARTMENTS, OTHER, "example.nl", "12345678", ACCUSED, NOTE, *refs]
    needles += ["Hendriksen", "kerstborrel", "stadskantoor"]
    needles += [w for name in REPORTERS for w in name.split() if len(w) > 3]
    found = [n for n in needles if n.casefold() in folded]
    assert not found, f"the aggregate file holds {found}"


def test_combine_gives_the_sums(files: tuple[Path, Path]) -> None:
    d = combined_json(*files)
    assert d["combined_from"] == 2
    assert d["organisation"] == ORG and d["year"] == 2025 and d["threshold"] == 5
    # By hand: A 12 + B 11 cases opened, all closed nine days later within the year.
    totals = d["totals"]
    assert totals["cases_opened"] == 23
    assert totals["cases_closed"] == 23
    assert totals["conversations"] == 23
    assert totals["hours"] == 17.3  # 23 x 45 minutes = 1035 minutes
    # Each aggregate carries the durations of its closed cases: the medians are of all 23.
    assert d["durations"] == {"median_days_to_close": 9, "median_conversations": 1.0}
    # A opened 3, 4, 3, 2 per quarter, B 3, 3, 3, 2: Q4's 4 is "<5", and another cell hides it.
    quarter = d["quarter"]
    assert quarter["Q4"] == "<5"
    assert {q: v for q, v in quarter.items() if v != "x"}.items() <= {
        "Q1": 6,
        "Q2": 7,
        "Q3": 6,
        "Q4": "<5",
    }.items()
    assert list(quarter.values()).count("x") == 1
    # A: 6 bullying, 6 intimidation; B: 5 bullying, 6 intimidation.
    assert d["behaviour"]["bullying"] == 11 and d["behaviour"]["intimidation"] == 12
    # Phone 2 + 6 = 8 would give A's "<5" away beside B's 6: hidden, as is another channel.
    channel = d["channel"]
    assert channel["phone"] == "x"
    assert sum(1 for v in channel.values() if v == "x") >= 2
    shown = {k: v for k, v in channel.items() if isinstance(v, int) and v}
    assert shown.items() <= {"email": 5, "in_person": 5, "video": 5}.items()
    assert d["previous_year"]["totals"]["cases_opened"] == 6  # only A had cases in 2024
    assert set(d) >= {"accused_relation", "outcome", "referrals", "activities", "previous_year"}


def test_combined_report_pdf(files: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "combined.pdf"
    code, stdout, err = cli("combine", *map(str, files), "--out", str(out))
    assert code == 0, err
    assert "2 advisers" in stdout
    pages = PdfReader(out).pages
    first = pages[0].extract_text()
    assert ORG in first and "2025" in first
    assert "combineert de cijfers van 2 vertrouwenspersonen" in " ".join(first.split())
    whole = " ".join(p.extract_text() for p in pages)
    assert not any(name.split()[-1] in whole for name in REPORTERS)
    english = tmp_path / "combined-en.pdf"
    code, _, err = cli("combine", *map(str, files), "--out", str(english), "--lang", "en")
    assert code == 0, err
    cover = " ".join(PdfReader(english).pages[0].extract_text().split())
    assert "combines the figures of 2 confidential advisers" in cover
    word = tmp_path / "combined.docx"
    code, _, err = cli("combine", *map(str, files), "--out", str(word))
    assert code == 0, err
    text = " ".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "combineert de cijfers van 2 vertrouwenspersonen" in text and ORG in text


def test_aggregate_releases_the_advisers_own_table(vaults: tuple[Path, Path], tmp_path: Path) -> None:
    a, _ = vaults
    with Vault.open(a, PASSPHRASE) as v:
        assert v.releases.releases((2025,)) == []
    code, out, err = cli(
        "aggregate", str(a), "--year", "2025", "--organisation", ORG, "--out", str(tmp_path / "a.vpagg")
    )
    assert code == 0, err
    assert "released now: 2024, 2025" in out
    assert "note: 2 other tables of 2025 not released yet" in out  # the other organisation's, everyone's
    with Vault.open(a, PASSPHRASE) as v:
        released = v.releases.releases((2024, 2025))
    assert [(r.year, r.organisation_id is not None) for r in released] == [(2024, True), (2025, True)]
    # The adviser's own report later shows exactly that table.
    code, out, err = cli("stats", str(a), "--year", "2025", "--organisation", ORG)
    assert code == 0, err
    table = {k: v for k, v in json.loads(out).items() if k != "previous_year"}
    assert table == released[-1].cells


def test_wrong_shared_passphrase(files: tuple[Path, Path]) -> None:
    code, out, err = cli("combine", *map(str, files), "--json", shared="an entirely different phrase")
    assert code == 3, err
    assert out == "" and len(err.strip().splitlines()) == 1 and "passphrase" in err


def test_a_damaged_file_is_refused_in_one_line(files: tuple[Path, Path], tmp_path: Path) -> None:
    fa, fb = files
    data = bytearray(fa.read_bytes())
    data[len(data) - 200] ^= 0xFF  # a byte in the last page
    broken = tmp_path / "broken.vpagg"
    broken.write_bytes(bytes(data))
    code, _, err = cli("combine", str(broken), str(fb), "--json")
    assert code == 3 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    code, _, err = cli("combine", str(fb), str(fb.parent / "a.csv"), "--json")  # not an aggregate
    assert code == 3 and len(err.strip().splitlines()) == 1, err


def test_another_year_or_threshold_is_refused(vaults: tuple[Path, Path], files: tuple[Path, Path]) -> None:
    a, b = vaults
    fa, _ = files
    other_year = fa.parent / "b-2024.vpagg"
    code, _, err = cli("aggregate", str(b), "--year", "2024", "--organisation", ORG, "--out", str(other_year))
    assert code == 0, err
    code, _, err = cli("combine", str(fa), str(other_year), "--json")
    assert code == 4 and "one year" in err and len(err.strip().splitlines()) == 1, err
    # B has released nothing for 2026 yet: a file at threshold 7 can be made, but not combined.
    a7, b7 = fa.parent / "a7.vpagg", fa.parent / "b7.vpagg"
    code, _, err = cli(
        "aggregate", str(a), "--year", "2025", "--organisation", ORG, "--out", str(a7), "--threshold", "7"
    )
    assert code == 4, "A released 2025 at threshold 5: another threshold is refused"
    code, _, err = cli(
        "aggregate", str(b), "--year", "2026", "--organisation", ORG, "--out", str(b7), "--threshold", "7"
    )
    assert code == 0, err
    code, _, err = cli("aggregate", str(a), "--year", "2026", "--organisation", ORG, "--out", str(a7))
    assert code == 0, err
    code, _, err = cli("combine", str(a7), str(b7), "--json")
    assert code == 4 and "threshold" in err and len(err.strip().splitlines()) == 1, err


def test_the_same_vault_twice_is_refused(vaults: tuple[Path, Path], files: tuple[Path, Path]) -> None:
    fa, _ = files
    again = fa.parent / "a-again.vpagg"
    aggregate(vaults[0], again)
    code, _, err = cli("combine", str(fa), str(again), "--json")
    assert code == 4 and "same vault" in err, err


def test_the_report_may_not_overwrite_an_input(files: tuple[Path, Path]) -> None:
    fa, fb = files
    before = fa.read_bytes()
    target = fa.with_suffix(".pdf")
    fa.rename(target)
    code, _, err = cli("combine", str(target), str(fb), "--out", str(target))
    assert code == 2 and "one of the files" in err, err
    assert target.read_bytes() == before


def test_the_shared_passphrase_must_not_be_the_vaults(vaults: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "a.vpagg"
    code, _, err = combining.aggregate_cli(vaults[0], out, ORG, shared=PASSPHRASE)
    assert code == 2 and "differ" in err, err
    assert not out.exists()
    with Vault.open(vaults[0], PASSPHRASE) as v:
        assert v.releases.releases((2025,)) == []


def test_the_shared_passphrase_from_a_file(vaults: tuple[Path, Path], tmp_path: Path) -> None:
    secret = tmp_path / "shared.txt"
    secret.write_text("\ufeff" + SHARED + "\r\n", encoding="utf-8")
    out = tmp_path / "a.vpagg"
    code, _, err = combining.aggregate_cli(
        vaults[0], out, ORG, 2025, "--shared-passphrase-file", str(secret), shared=None
    )
    assert code == 0, err
    assert "cases_opened" in _dump(out, SHARED)


def test_the_file_is_standard_sqlcipher_with_the_real_key_derivation(tmp_path: Path, real_kdf: None) -> None:
    """Made by the real command in its own process: opens with SQLCipher 4's defaults alone."""
    vault = tmp_path / "real.vpdesk"
    Vault.create(vault, PASSPHRASE).close()
    import_cases(vault, cases(ORG, 2025, 6, "R"), tmp_path / "real.csv")
    out = tmp_path / "real.vpagg"
    args = ("aggregate", str(vault), "--year", "2025", "--out", str(out))
    result = run_cli(*args, env={"VPDESK_PASSPHRASE": PASSPHRASE, "VPDESK_SHARED_PASSPHRASE": SHARED})
    assert result.returncode == 0, result.stderr
    assert "cases_opened" in _dump(out, SHARED)  # no kdf_iter: SQLCipher's default settings
    result = run_cli("combine", str(out), str(out), "--json", env={"VPDESK_SHARED_PASSPHRASE": SHARED})
    assert result.returncode == 4 and "same vault" in result.stderr, result.stderr


def test_the_organisation_may_be_left_out_only_when_the_vault_has_one(
    vaults: tuple[Path, Path], tmp_path: Path
) -> None:
    a, b = vaults
    out = tmp_path / "x.vpagg"
    code, _, err = cli("aggregate", str(a), "--year", "2025", "--out", str(out))
    assert code == 2 and "--organisation" in err and not out.exists(), err
    code, _, err = cli("aggregate", str(b), "--year", "2025", "--out", str(out))
    assert code == 0 and out.exists(), err
