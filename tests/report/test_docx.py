"""The annual report as a Word document: the PDF's content, charts as pictures, clean properties.

Real vaults, real ReportLab PDFs (read back with pdftotext) and real .docx files read back
with python-docx.
"""

from __future__ import annotations

import getpass
import io
import re
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import pytest
from PIL import Image
from reportlab.graphics.shapes import Drawing, String

from tests.report.test_report import IDENTIFYING
from tests.stats import dataset
from tests.support import PASSPHRASE
from vpdesk.domain.models import Signals
from vpdesk.report import ReportRefused, ReportWriteFailed, build_report, report_content, write_report
from vpdesk.report.docx_writer import UnsupportedFlowable, write_docx
from vpdesk.report.leaks import LeakIndex
from vpdesk.report.render import ReportRenderer
from vpdesk.stats import year_figures
from vpdesk.vault import Vault

ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}
WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@pytest.fixture
def orgs(vault: Vault) -> dict[str, int]:
    return dataset.build(vault)


def docx_text(data: bytes) -> str:
    """Every text of a .docx as python-docx reads it: body, tables, running header and footer."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" ".join(cell.text for cell in row.cells))
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            parts += [p.text for p in part.paragraphs]
    return "\n".join(parts)


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "compare.pdf"
    path.write_bytes(pdf)
    try:
        return subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    finally:
        path.unlink()


def _words(text: str) -> set[str]:
    return set(text.split())


def _chart_words(renderer: ReportRenderer) -> set[str]:
    """The words drawn inside the report's charts (in the Word document they are pictures)."""
    found: set[str] = set()

    def walk(item: object) -> None:
        if isinstance(item, Drawing):
            found.update(w for s in item.contents if isinstance(s, String) for w in s.text.split())
        for child in getattr(item, "_content", None) or []:
            walk(child)
        for row in getattr(item, "_cellvalues", None) or []:
            for cell in row:
                walk(cell)

    for flowable in renderer.story():
        walk(flowable)
    return found


def _same_report(vault: Vault, tmp_path: Path, *, organisation_id: int | None, lang: str) -> str:
    """Build the PDF and the Word document of one report; assert they say the same things."""
    pdf = build_report(vault, year=2026, organisation_id=organisation_id, lang=lang)
    word = build_report(vault, year=2026, organisation_id=organisation_id, lang=lang, fmt="docx")
    assert word.startswith(b"PK")
    in_pdf = _pdftotext(pdf, tmp_path)
    in_word = docx_text(word)
    # Nothing in the Word document that the PDF does not say ...
    assert _words(in_word) - _words(in_pdf) <= {"1"}, _words(in_word) - _words(in_pdf)  # page fields
    # ... and nothing in the PDF missing from it but the words inside the charts and page numbers.
    page = re.compile(r"^(Pagina|Page) \d+ (van|of) \d+$")
    body = "\n".join(line for line in in_pdf.splitlines() if not page.match(line.strip()))
    figures = year_figures(vault, year=2026, organisation_id=organisation_id)
    charts = _chart_words(ReportRenderer(report_content(vault, figures, lang)))
    assert _words(body) - _words(in_word) - charts == set()
    return in_word


def test_word_document_says_what_the_pdf_says(vault: Vault, orgs: dict[str, int], tmp_path: Path) -> None:
    text = _same_report(vault, tmp_path, organisation_id=orgs[dataset.ORG_A], lang="nl")
    for heading in ("Kerncijfers", "Soort gedrag", "Signalen en aanbevelingen", "Meldingen per kwartaal"):
        assert heading in text
    assert "werkdruk en de omgangsvormen" in text
    assert "Nieuwe meldingen 12" in text
    assert "13,1" in text
    for value in IDENTIFYING:
        assert value.casefold() not in text.casefold(), value
    english = _same_report(vault, tmp_path, organisation_id=orgs[dataset.ORG_A], lang="en")
    assert "Key figures" in english and "13.1" in english
    everything = _same_report(vault, tmp_path, organisation_id=None, lang="nl")
    assert "Alle organisaties" in everything
    small = _same_report(vault, tmp_path, organisation_id=orgs[dataset.ORG_B], lang="nl")
    assert "<5" in small and "Soort gedrag" not in small


def test_headings_are_word_headings_and_tables_stay_tables(vault: Vault, orgs: dict[str, int]) -> None:
    data = build_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], fmt="docx")
    document = docx.Document(io.BytesIO(data))
    styles = {p.text: p.style.name for p in document.paragraphs if p.style is not None}
    assert styles["Jaarverslag vertrouwenspersoon"] == "Title"
    assert styles["Kerncijfers"] == "Heading 1"
    assert styles["Soort gedrag"] == "Heading 2"
    key = document.tables[0]
    assert [c.text for c in key.rows[0].cells] == ["Kerncijfer", "2026", "2025"]
    assert [c.text for c in key.rows[1].cells][:2] == ["Nieuwe meldingen", "12"]
    # the running header from page 2 on and "page n of N" as fields Word fills in
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == f"Jaarverslag vertrouwenspersoon 2026\t{dataset.ORG_A}"
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "Pagina" in section.footer.paragraphs[0].text
    # the spelling check in Dutch
    assert 'w:val="nl-NL"' in document.styles.element.xml


def test_every_chart_is_a_picture(vault: Vault, orgs: dict[str, int]) -> None:
    data = build_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], fmt="docx")
    document = docx.Document(io.BytesIO(data))
    figures = year_figures(vault, year=2026, organisation_id=orgs[dataset.ORG_A])
    drawn = sum(1 for b in figures.breakdowns.values() if b.cells is not None)
    assert len(document.inline_shapes) == drawn  # one per breakdown shown (the quarters included)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        pictures = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert len(pictures) == drawn
        bars = 0
        for name in pictures:
            image = Image.open(io.BytesIO(archive.read(name)))
            assert image.format == "PNG" and image.width > 600
            colours = {c for _, c in image.convert("RGB").getcolors(1 << 20) or []}
            assert (0x22, 0x22, 0x22) in colours  # labels and axes
            bars += (0x2E, 0x6B, 0x8A) in colours  # a bar in the report's colour
        assert bars >= drawn // 2
    described = [s._inline.docPr.get("descr") for s in document.inline_shapes]
    assert "Soort gedrag" in described  # alternative text: the chart's heading


def test_properties_carry_what_the_pdf_carries_and_nothing_else(vault: Vault, orgs: dict[str, int]) -> None:
    data = build_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], fmt="docx")
    props = docx.Document(io.BytesIO(data)).core_properties
    assert props.title == "Jaarverslag vertrouwenspersoon 2026"
    assert props.subject == f"Jaarverslag 2026 \u2013 {dataset.ORG_A}"
    assert props.author == "Marleen Vertrouwen"  # the adviser, as in the PDF
    assert props.last_modified_by == "" and props.comments == "" and props.keywords == ""
    assert props.category == "" and props.revision == 1 and props.language == "nl-NL"
    assert props.created is not None
    created = props.created.replace(tzinfo=UTC) if props.created.tzinfo is None else props.created
    assert abs(datetime.now(UTC) - created) < timedelta(minutes=5)  # not the template's 2013
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert not any("thumbnail" in n for n in names)  # the template's picture of an empty page
        assert WORD in archive.read("[Content_Types].xml").decode()
        meta = archive.read("docProps/core.xml").decode() + archive.read("docProps/app.xml").decode()
        assert "<Application>vpdesk</Application>" in meta
        everything = " ".join(archive.read(n).decode("utf-8", "replace") for n in names if n.endswith(".xml"))
    assert "python-docx" not in everything and "Microsoft" not in meta
    user = getpass.getuser()
    assert f">{user}<" not in meta
    for value in IDENTIFYING:
        assert value.casefold() not in everything.casefold(), value


def test_a_leak_refuses_the_word_document_too(vault: Vault, orgs: dict[str, int], tmp_path: Path) -> None:
    vault.signals.set(Signals(orgs[dataset.ORG_A], 2026, "Melding over teamleider Reinier Kolkhorst."))
    out = tmp_path / "lek.docx"
    before = set(tmp_path.iterdir())
    with pytest.raises(ReportRefused) as info:
        write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], out=out)
    assert ": accused" in "\n".join(info.value.lines)
    assert set(tmp_path.iterdir()) == before  # no file, no temporary file
    assert all(e.kind != "report" for e in vault.audit.events(5))
    assert vault.releases.releases([2026]) == []


def test_the_release_is_recorded_as_for_the_pdf(vault: Vault, orgs: dict[str, int], tmp_path: Path) -> None:
    write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], out=tmp_path / "r.docx")
    recorded = vault.releases.releases([2026])
    assert [(r.organisation_id, r.threshold) for r in recorded] == [(orgs[dataset.ORG_A], 5)]
    assert vault.audit.events(5)[0].kind == "report"
    # The PDF of the same figures releases nothing new: the Word document released the same cells.
    write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], out=tmp_path / "r.pdf")
    assert len(vault.releases.releases([2026])) == 1
    assert vault.releases.releases([2026])[0].cells == recorded[0].cells


def test_failed_write_leaves_nothing(vault: Vault, orgs: dict[str, int], tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "r.docx").mkdir()  # the rename onto a folder fails after the data was written
    with pytest.raises(ReportWriteFailed):
        write_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], out=folder / "r.docx")
    assert [p.name for p in folder.iterdir()] == ["r.docx"]
    assert vault.releases.releases([2026]) == []


def test_signals_text_with_control_characters_still_makes_a_document(
    vault: Vault, orgs: dict[str, int]
) -> None:
    # Text pasted from another program may hold characters XML cannot; they become spaces.
    vault.signals.set(Signals(orgs[dataset.ORG_A], 2026, "Meer aandacht\x01voor\x0bomgangsvormen.\x0c"))
    text = docx_text(build_report(vault, year=2026, organisation_id=orgs[dataset.ORG_A], fmt="docx"))
    assert "Meer aandacht voor omgangsvormen." in " ".join(text.split())


def test_an_unknown_part_of_the_story_is_not_silently_dropped() -> None:
    from reportlab.platypus import Flowable

    with pytest.raises(UnsupportedFlowable):
        write_docx([Flowable()], metadata={})


def test_a_style_named_like_one_of_words_own_kinds() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    # "Strong" is a character style in Word; a paragraph style of that name gets its own.
    data = write_docx([Paragraph("Sterk &amp; <b>vet</b>", ParagraphStyle("Strong"))], metadata={})
    paragraph = docx.Document(io.BytesIO(data)).paragraphs[0]
    assert paragraph.text == "Sterk & vet"
    assert paragraph.style is not None and paragraph.style.name == "Strong (report)"
    assert [r.text for r in paragraph.runs if r.bold] == ["vet"]


# -- the command line ------------------------------------------------------------------------------


@pytest.fixture
def cli_vault(tmp_path: Path, real_kdf: None) -> Path:
    return dataset.cli_vault(tmp_path / "cli.vpdesk")


def test_cli_writes_a_word_document_beside_the_pdf(cli_vault: Path, tmp_path: Path) -> None:
    word, pdf = tmp_path / "jaarverslag.docx", tmp_path / "jaarverslag.pdf"
    result = dataset.report_cli(cli_vault, word)
    assert result.returncode == 0, result.stderr
    assert f"wrote {word}" in result.stdout + result.stderr
    assert dataset.report_cli(cli_vault, pdf).returncode == 0
    in_word = docx_text(word.read_bytes())
    in_pdf = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for heading in ("Kerncijfers", "Soort gedrag", "Afloop", "Werkwijze en bescherming van kleine aantallen"):
        assert heading in in_word and heading in in_pdf
    numbers = re.compile(r"^(?:\d+(?:,\d)?|<\d|x)$")
    assert {w for w in in_word.split() if numbers.match(w)} <= {w for w in in_pdf.split() if numbers.match(w)}
    assert len(docx.Document(str(word)).inline_shapes) >= 6
    with Vault.open(cli_vault, PASSPHRASE, write=False) as vault:
        assert LeakIndex.build(vault, None).scan(in_word) == []
    # another extension is still refused
    other = dataset.report_cli(cli_vault, tmp_path / "jaarverslag.odt")
    assert other.returncode == 2 and ".docx" in other.stderr
    assert not (tmp_path / "jaarverslag.odt").exists()


def test_cli_refuses_a_leaking_word_document(cli_vault: Path, tmp_path: Path) -> None:
    dataset.leaking_signals(cli_vault)
    out = tmp_path / "lek.docx"
    result = dataset.report_cli(cli_vault, out)
    assert result.returncode == 4
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".part")] == []
    assert "reporter name" in result.stderr and "Rijnsburger" not in result.stderr
    assert "Traceback" not in result.stderr


def test_lists_and_rules_a_new_part_of_the_report_may_use() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, ListFlowable, ListItem, Paragraph

    body = ParagraphStyle("Body")
    story = [
        ListFlowable([Paragraph("een", body), ListItem(Paragraph("twee", body))], bulletType="bullet"),
        HRFlowable(),
        ListFlowable([Paragraph("eerst", body)], bulletType="1"),
    ]
    paragraphs = docx.Document(io.BytesIO(write_docx(story, metadata={}))).paragraphs
    assert [(p.text, p.style.name if p.style else "") for p in paragraphs] == [
        ("een", "List Bullet"),
        ("twee", "List Bullet"),
        ("eerst", "List Number"),
    ]
