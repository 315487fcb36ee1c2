"""The annual report PDF: content, fonts, structure, languages, atomic writing, leak check."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.stats import dataset
from vpdesk.domain.models import Signals
from vpdesk.report import ReportRefused, ReportWriteFailed, build_report, write_report
from vpdesk.vault import Vault


@pytest.fixture
def orgs(vault: Vault) -> dict[str, int]:
    return dataset.build(vault)


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


# Values from the data set that must never show up in a report.
IDENTIFYING = [
    *dataset.REPORTER_NAMES,
    "Zwartkruis",
    "Kwaak",
    dataset.DEPARTMENT,
    "Grondzaken",
    "Kolkhorst",
    dataset.NOTE_WORD,
    "Kwakkelsteeg",
    dataset.PHONE,
    "12345678",
    dataset.EMAIL,
    f"{dataset.REF_PREFIX}001",
    "Jozefien",
    "Drijfhout",
]


def test_dutch_report_has_headings_figures_and_nothing_identifying(
    vault: Vault, orgs: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "jaarverslag.pdf"
    write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], threshold=5, lang="nl", out=out)
    # Nothing but the report was written beside the vault.
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("test.vpdesk")) == [
        "jaarverslag.pdf"
    ]
    text = _pdftotext(out)
    for heading in (
        "Jaarverslag vertrouwenspersoon",
        dataset.ORG_A,
        "Marleen Vertrouwen",
        "Kerncijfers",
        "Soort gedrag",
        "Relatie van de beklaagde",
        "Afloop",
        "Doorverwijzingen",
        "Hoe het contact tot stand kwam",
        "Meldingen per kwartaal",
        "Activiteiten en uren",
        "Signalen en aanbevelingen",
        "Werkwijze en bescherming van kleine aantallen",
    ):
        assert heading in text, heading
    assert "Pagina 2 van " in text
    assert "Nieuwe meldingen" in text and " 12 " in text
    assert "13,1" in text  # hours, the Dutch way
    assert "<5" in text and " x" in text
    assert "werkdruk en de omgangsvormen" in text  # the signals text
    for value in IDENTIFYING:
        assert value.casefold() not in text.casefold(), value
    assert vault.audit.events(5)[0].kind == "report"


def test_every_font_is_embedded_and_the_pdf_is_valid(
    vault: Vault, orgs: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], out=out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "DejaVuSans" in row, row
        assert row.split()[-5:-2] == ["yes", "yes", "yes"], row  # emb sub uni
    assert "Helvetica" not in fonts
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_metadata_names_no_case(vault: Vault, orgs: dict[str, int]) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    pdf = build_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], lang="en")
    meta = PdfReader(BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.title == "Annual report confidential adviser 2026"
    assert dataset.ORG_A in (meta.subject or "")
    assert (meta.author or "") in ("", "Marleen Vertrouwen")
    joined = " ".join(str(v) for v in meta.values())
    for value in IDENTIFYING:
        assert value not in joined


def test_english_report_has_english_headings(vault: Vault, orgs: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "annual.pdf"
    write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], lang="en", out=out)
    text = _pdftotext(out)
    for heading in (
        "Annual report confidential adviser",
        "Key figures",
        "Type of behaviour",
        "Outcome",
        "Referrals",
        "Cases per quarter",
        "Signals and recommendations",
        "Method and protection of small numbers",
        "Page 2 of ",
    ):
        assert heading in text, heading
    assert "13.1" in text
    assert "Kerncijfers" not in text and "Pagina" not in text


def test_small_organisation_report_shows_only_cases_opened(
    vault: Vault, orgs: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "klein.pdf"
    write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_B], out=out)
    text = _pdftotext(out)
    assert "Nieuwe meldingen" in text and "<5" in text
    assert "Werkwijze" in text and dataset.ORG_B in text
    for absent in (
        "Nog open aan het eind",
        "Soort gedrag",
        "Signalen en aanbevelingen",
        "Bestede uren",
        "Meegenomen uit eerdere jaren",
    ):
        assert absent not in text, absent


def test_all_organisations_report(vault: Vault, orgs: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "alle.pdf"
    write_report(vault, year=2026, threshold=5, out=out)
    text = _pdftotext(out)
    assert "Alle organisaties" in text
    assert " 12 " in text  # the small organisation's 3 cases are left out of the sum
    assert "Niet meegeteld in deze cijfers" in text


@pytest.mark.parametrize(
    ("signals", "field"),
    [
        ("Gesprek gevoerd met Gerbrand Oudshoorn over de sfeer.", "reporter name"),
        ("Zorgen bij de familie Zwartkruis.", "reporter name"),
        ("Melding over teamleider Reinier Kolkhorst.", "accused"),
        ("Problemen rond Grondzaken blijven.", "department"),
        ("Bel 06 1234 5678 voor vragen.", "reporter phone"),
        ("Contact: w.zwartkruis@voorbeeld.example.", "reporter e-mail"),
        ("Zie dossier GV-2026-003.", "case reference"),
        ("De zeepziederij blijft een punt van zorg.", "note text"),
    ],
)
def test_leak_in_signals_refuses_the_report_and_writes_nothing(
    vault: Vault, orgs: dict[str, int], tmp_path: Path, signals: str, field: str
) -> None:
    vault.signals.set(Signals(orgs[dataset.ORG_A], 2026, signals))
    out = tmp_path / "lek.pdf"
    before = set(tmp_path.iterdir())
    with pytest.raises(ReportRefused) as info:
        write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], out=out)
    message = "\n".join([*info.value.lines, str(info.value)])
    assert "signals: line 1, word " in message and f": {field}" in message
    for value in ("Oudshoorn", "Zwartkruis", "Kolkhorst", "Grondzaken", "1234", "GV-2026", "zeepziederij"):
        assert value.casefold() not in message.casefold()
    assert set(tmp_path.iterdir()) == before  # no file, no temporary file
    assert all(e.kind != "report" for e in vault.audit.events(5))


def test_ordinary_signals_text_is_not_refused(vault: Vault, orgs: dict[str, int]) -> None:
    text = (
        "Er is veel werkdruk in de teams en het teamoverleg schiet tekort. Medewerkers melden "
        "grensoverschrijdend gedrag van klanten aan de balie. Advies: investeer in leiderschap, "
        "bespreek de gedragscode en organiseer een training over omgangsvormen. De groot aantal "
        "meldingen bij de afdeling vraagt om meer aandacht."
    )
    vault.signals.set(Signals(orgs[dataset.ORG_A], 2026, text))
    assert build_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A]).startswith(b"%PDF")


def test_failed_write_leaves_nothing(vault: Vault, orgs: dict[str, int], tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "r.pdf").mkdir()  # the rename onto a folder fails after the data was written
    with pytest.raises(ReportWriteFailed) as info:
        write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], out=folder / "r.pdf")
    assert "Traceback" not in str(info.value)
    assert [p.name for p in folder.iterdir()] == ["r.pdf"]
    assert (folder / "r.pdf").is_dir()
    assert all(e.kind != "report" for e in vault.audit.events(5))


def test_existing_file_is_replaced_whole(vault: Vault, orgs: dict[str, int], tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")
    write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], out=out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_gender_and_role_only_when_switched_on(vault: Vault, orgs: dict[str, int]) -> None:
    from vpdesk.report.leaks import pdf_text

    plain = pdf_text(build_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A]))
    assert "Gender van de melder" not in plain
    personal = pdf_text(build_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], personal=True))
    assert "Gender van de melder" in personal and "Positie van de melder" in personal
    assert "Vrouw" in personal
