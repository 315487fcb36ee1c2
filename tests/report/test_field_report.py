"""The report shows the durations, the finer behaviour kinds, anonymous contact and the
reporter's wish (real ReportLab PDFs, read back with pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.stats import field_dataset as fd
from tests.support import PASSPHRASE
from vpdesk.demo import create_demo_vault
from vpdesk.report import write_report
from vpdesk.vault import Vault

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture
def org(vault: Vault) -> int:
    return fd.build(vault)


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _report_text(vault: Vault, org: int, out: Path, threshold: int, lang: str) -> str:
    """The text of the organisation's 2026 report, written to ``out``."""
    write_report(vault, year=2026, organisation_id=org, threshold=threshold, lang=lang, out=out)
    return _text(out)


def test_dutch_report_shows_the_new_figures(vault: Vault, org: int, tmp_path: Path) -> None:
    text = _report_text(vault, org, tmp_path / "jaarverslag.pdf", 3, "nl")
    assert "Doorlooptijd" in text
    assert "Dagen van eerste contact tot afsluiten (mediaan) 20" in text
    assert "Gesprekken per melding (mediaan) 2,0" in text
    assert "alleen getoond als ten minste 3 meldingen zijn afgesloten" in text
    assert "Soort gedrag, nader bepaald" in text and "Fraude en diefstal" in text and "Bedreiging" in text
    assert "Anoniem contact" in text and "Melder gaf geen naam 3" in text
    assert "Wat de melder wilde" in text and "Onderzoek <3" in text
    assert "Geen actie gewenst" in text
    assert "Leeftijd van de melder" not in text  # off unless switched on
    for ref in ("T-001", "Melder 1"):
        assert ref not in text


def test_demo_report_page_with_the_new_breakdowns(tmp_path: Path) -> None:
    """The demo data use the new facts plausibly; one page is kept for people to look at."""
    demo, _summary = create_demo_vault(tmp_path / "demo.vpdesk", PASSPHRASE, cases=400, seed=3)
    with demo:
        out = tmp_path / "demo.pdf"
        write_report(demo, year=2025, threshold=5, lang="nl", out=out)
    pages = int(_info(out)["Pages"])
    found = [n for n in range(1, pages + 1) if "Wat de melder wilde" in _page_text(out, n)]
    assert found
    page = _page_text(out, found[0])
    assert "Soort gedrag, nader bepaald" in page and "Anoniem contact" in page
    assert "Bedreiging" in page and "Belangenverstrengeling" in page
    if shutil.which("pdftoppm"):
        prefix = tmp_path / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", str(found[0]), "-l", str(found[0]), str(out), str(prefix)],
            check=True,
        )
        (png,) = tmp_path.glob("page-*.png")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, ARTIFACTS / "field-report.png")


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def _page_text(path: Path, page: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(out.stdout.split())


def test_english_report_says_why_durations_are_left_out(vault: Vault, org: int, tmp_path: Path) -> None:
    text = _report_text(vault, org, tmp_path / "annual.pdf", 8, "en")
    assert "Duration" in text
    assert "Days from first contact to closing (median) –" in text
    assert "Not shown: fewer than 8 cases were closed in 2026." in text
    assert "What the reporter wanted" in text and "Type of behaviour in more detail" in text


def test_word_report_shows_the_new_figures_too(vault: Vault, org: int, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "jaarverslag.docx"
    write_report(vault, year=2026, organisation_id=org, threshold=3, lang="nl", out=out)
    document = Document(str(out))
    texts = [p.text for p in document.paragraphs]
    cells = [" ".join(c.text for c in row.cells) for t in document.tables for row in t.rows]
    assert "Doorlooptijd" in texts and "Wat de melder wilde" in texts and "Anoniem contact" in texts
    assert any("Dagen van eerste contact tot afsluiten (mediaan)" in c and "20" in c for c in cells)
    assert any(c.startswith("Onderzoek") and "<3" in c for c in cells)
