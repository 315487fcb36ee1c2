"""The mediation year report ("Meten = weten") as a Word document, from the command line."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pytest

from tests.report.test_docx import docx_text
from tests.stats.mediation_dataset import PARTY_NAMES, mediation_report_cli, mediation_vault
from tests.support import PASSPHRASE
from vpdesk.report.leaks import LeakIndex
from vpdesk.vault import Vault

ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def cli_vault(tmp_path: Path, real_kdf: None) -> Path:
    return mediation_vault(tmp_path / "med.vpdesk")


def test_mediation_report_as_word_document(cli_vault: Path, tmp_path: Path) -> None:
    word, pdf = tmp_path / "meten.docx", tmp_path / "meten.pdf"
    assert mediation_report_cli(cli_vault, word).returncode == 0
    assert mediation_report_cli(cli_vault, pdf).returncode == 0
    in_word = docx_text(word.read_bytes())
    in_pdf = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Meten = weten" in in_word and "Gestarte mediations" in in_word and "Contacturen" in in_word
    assert "13,8" in in_word and "73,0" in in_word
    assert set(in_word.split()) <= set(in_pdf.split())
    assert set(in_pdf.split()) <= set(in_word.split())  # no charts, no page numbers: the same words
    for secret in (*PARTY_NAMES, "M-01", "zeepkist", "example.org", "2025-"):
        assert secret.lower() not in in_word.lower(), secret
    with Vault.open(cli_vault, PASSPHRASE, write=False) as vault:
        assert LeakIndex.build(vault, None).scan(in_word) == []
    props = docx.Document(str(word)).core_properties
    assert props.title == "Meten = weten: mediation 2025"
    assert props.author == "Desiree Pinguinhart"
    assert props.comments == "" and props.last_modified_by == ""
