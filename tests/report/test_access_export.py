"""The subject access export: the reporter's data as a PDF, with passages blacked out."""

from __future__ import annotations

import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pypdf
import pytest

from vpdesk.domain.models import Case, Conversation, Organisation, Referral, Step
from vpdesk.report.access_export import (
    BLOCK,
    CaseNotFound,
    add_range,
    build_access_export,
    load_access_data,
    redact,
    remove_range,
    write_access_export,
)
from vpdesk.report.output import ReportWriteFailed
from vpdesk.vault import Vault

SECRET_ACCUSED = "Piet Geheimzinnig"
SECRET_NOTE_NAME = "Klaas Verborgenheid"
NOTE = f"Zij vertelde over {SECRET_NOTE_NAME} en zijn gedrag op de afdeling."
STEP = "Terugbellen over het gesprek met Marieke Onzichtbaar"
REFERRAL_NOTE = "Doorverwezen; bedrijfsarts kent Johan Weglating"


@pytest.fixture
def case_ids(vault: Vault) -> dict[str, int]:
    org = vault.organisations.add(Organisation("Gemeente Voorbeeld"))
    case_id = vault.cases.add(
        Case(
            "2026-014",
            org,
            date(2026, 3, 2),
            ["bullying", "intimidation"],
            reporter_name="Anna de Vries",
            reporter_email="anna@example.nl",
            reporter_phone="06-12345678",
            accused=f"{SECRET_ACCUSED}, chef inkoop",
            accused_relation="manager",
            channel="phone",
            department="Inkoop",
        )
    )
    conv = vault.conversations.add(Conversation(case_id, date(2026, 3, 2), 45, "intake", NOTE))
    step = vault.steps.add(Step(case_id, STEP, due=date(2026, 3, 9)))
    ref = vault.referrals.add(
        Referral(case_id, "occupational_physician", date(2026, 3, 5), REFERRAL_NOTE, consent=True)
    )
    return {"case": case_id, "conv": conv, "step": step, "ref": ref}


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(BytesIO(pdf)).pages)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_redact_keeps_length_and_hides_characters() -> None:
    assert redact("abc def", [(4, 7)]) == "abc " + BLOCK * 3
    assert redact("ab\ncd", [(0, 5)]) == BLOCK * 2 + "\n" + BLOCK * 2
    ranges = add_range([(0, 3)], (2, 6), 10)
    assert ranges == [(0, 6)]
    assert remove_range(ranges, (2, 4), 10) == [(0, 2), (4, 6)]


def test_export_shows_the_reporters_data_in_dutch(vault: Vault, case_ids: dict[str, int]) -> None:
    pdf = build_access_export(vault, case_ids["case"], lang="nl", redactions={})
    text = _text(pdf)
    assert "Inzageverzoek — gegevens van de melder" in text
    for value in (
        "Anna de Vries",
        "anna@example.nl",
        "06-12345678",
        "2026-014",
        "Pesten",
        "Intimidatie",
        "Leidinggevende",
        "Telefoon",
        "Bedrijfsarts",
        "02-03-2026",
        "Intake",
        "45",
        SECRET_NOTE_NAME,
        STEP,
        "Anoniem",
        "Leeftijd",
        "Pagina 1 van 2",
    ):
        assert value in text, value


def test_export_in_english(vault: Vault, case_ids: dict[str, int]) -> None:
    text = " ".join(_text(build_access_export(vault, case_ids["case"], lang="en")).split())
    assert "Subject access request — the reporter's data" in text
    assert "Bullying" in text and "Occupational physician" in text and "Manager" in text
    assert "Age group" in text and "Anonymous (no name given) no" in text
    assert "Page 1 of 2" in text


def test_blacked_out_passages_are_nowhere_in_the_pdf(
    vault: Vault, case_ids: dict[str, int], tmp_path: Path
) -> None:
    case = vault.cases.get(case_ids["case"])
    assert case is not None
    redactions = {
        "accused": [_span(case.accused, SECRET_ACCUSED)],
        f"conversation:{case_ids['conv']}": [_span(NOTE, SECRET_NOTE_NAME)],
        f"step:{case_ids['step']}": [_span(STEP, "Marieke Onzichtbaar")],
        f"referral:{case_ids['ref']}": [_span(REFERRAL_NOTE, "Johan Weglating")],
    }
    out = tmp_path / "inzage.pdf"
    write_access_export(vault, case_ids["case"], lang="nl", redactions=redactions, out=out)
    pdf = out.read_bytes()
    layout = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    extracted = _text(pdf)
    reader = pypdf.PdfReader(out)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    raw = b"".join(page.get_contents().get_data() for page in reader.pages)  # type: ignore[union-attr]
    for secret in (SECRET_ACCUSED, SECRET_NOTE_NAME, "Marieke Onzichtbaar", "Johan Weglating"):
        for word in secret.split():
            assert word not in layout, word
            assert word not in extracted, word
            assert word not in meta, word
            assert word.encode() not in raw and word.encode() not in pdf, word
    # what was hidden reads as blocks, also to text extraction and screen readers
    assert "\u2588" * len("Marieke") in layout
    # the rest of each passage stays readable
    assert "chef inkoop" in layout and "zijn gedrag op de afdeling" in " ".join(layout.split())
    assert "Terugbellen over het gesprek met" in layout
    # the export is logged with the internal id only
    event = vault.audit.events(1)[0]
    assert (event.kind, event.case_id) == ("export", case_ids["case"])


def test_blacked_out_text_is_drawn_as_a_black_bar(
    vault: Vault, case_ids: dict[str, int], tmp_path: Path
) -> None:
    """The bar is really black on the page, and as long as the hidden text."""
    case = vault.cases.get(case_ids["case"])
    assert case is not None

    def dark_pixels(redactions: dict) -> int:
        out = tmp_path / "p.pdf"
        out.write_bytes(build_access_export(vault, case_ids["case"], redactions=redactions))
        subprocess.run(
            ["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True
        )
        image = next(tmp_path.glob("p-*.pgm")).read_bytes()
        for old in tmp_path.glob("p-*.pgm"):
            old.unlink()
        return sum(1 for b in image[-200_000:] if b < 40)

    plain = dark_pixels({})
    short = dark_pixels({"accused": [(0, 4)]})
    long = dark_pixels({"accused": [_span(case.accused, SECRET_ACCUSED)]})
    assert plain < short < long


def test_every_font_is_embedded(vault: Vault, case_ids: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "f.pdf"
    out.write_bytes(build_access_export(vault, case_ids["case"]))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVuSans" in row and row.split()[-5:-2] == ["yes", "yes", "yes"], row
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0


def test_long_case_gets_page_numbers(vault: Vault, case_ids: dict[str, int]) -> None:
    for day in range(1, 29):
        vault.conversations.add(
            Conversation(case_ids["case"], date(2026, 4, day), 30, "follow_up", "Vervolg. " * 30)
        )
    text = _text(build_access_export(vault, case_ids["case"]))
    assert "Pagina 1 van " in text and "Pagina 2 van " in text


def test_passages_lists_every_free_text(vault: Vault, case_ids: dict[str, int]) -> None:
    keys = [p.key for p in load_access_data(vault, case_ids["case"]).passages()]
    assert keys == [
        "accused",
        f"conversation:{case_ids['conv']}",
        f"step:{case_ids['step']}",
        f"referral:{case_ids['ref']}",
    ]


def test_unknown_case_and_unwritable_target(vault: Vault, case_ids: dict[str, int], tmp_path: Path) -> None:
    with pytest.raises(CaseNotFound):
        build_access_export(vault, 999)
    with pytest.raises(ReportWriteFailed) as info:
        write_access_export(vault, case_ids["case"], out=tmp_path / "missing" / "x.pdf")
    assert "Anna" not in str(info.value)
    assert not list(tmp_path.glob("**/*.part"))
    assert vault.audit.events(1)[0].kind != "export"


def test_the_font_has_the_letters_of_names_an_adviser_meets() -> None:
    from reportlab.pdfbase import pdfmetrics

    from vpdesk.report.fonts import REGULAR, register_fonts

    register_fonts()
    glyphs = pdfmetrics.getFont(REGULAR).face.charToGlyph
    for name in (
        "Şükrü Yılmaz",
        "Łukasz Wójcik",
        "Győző Kovács",
        "Nguyễn Thị Ánh",
        "Zoë Ørsted",
        "\u2588\u20ac",
    ):
        missing = [ch for ch in name if ch != " " and ord(ch) not in glyphs]
        assert missing == [], (name, missing)
