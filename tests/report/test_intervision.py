"""The intervisie export: no identifying value of the case and no absolute date in the PDF."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from tests.vault.sample import SECRETS, fill
from tests.vault.test_mediations import PARTY_A, PARTY_B, mediation
from vpdesk.domain.models import Conversation
from vpdesk.report.intervision import SummaryRefused, draft_mediation, draft_melding, render_summary
from vpdesk.report.leaks import pdf_text
from vpdesk.vault import Vault

ABSOLUTE_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b(?:19|20)\d{2}\b|januari|maart|mei")
CASE_VALUES = (
    "ref",
    "reporter_name",
    "reporter_email",
    "reporter_phone",
    "accused",
    "department",
    "org_name",
    "contact_name",
)


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    out = tmp_path / "intervisie.pdf"
    out.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    # the placeholder "[afdeling]" is the product's own word, not the department's
    return (text + "\n" + info + "\n" + pdf_text(pdf)).replace("[afdeling]", "[…]")


def _parts(value: str) -> list[str]:
    return [value, *(w for w in re.findall(r"\w+", value) if len(w) > 3 and not w.isdigit())]


def test_melding_summary_strips_identities_and_dates(vault: Vault, tmp_path: Path) -> None:
    case_id = fill(vault)
    s = SECRETS
    vault.conversations.add(
        Conversation(
            case_id,
            date(2026, 2, 17),
            45,
            "follow_up",
            f"{s['reporter_name'].split()[0]} belde op 24-02-2026 vanaf {s['reporter_phone']}; mail "
            f"{s['reporter_email']}, of ermintrude.vlasbloem thuis. "
            f"Knollenkamp van {s['department']} bij {s['org_name']}, 3 maart 2026.",
        )
    )
    draft = draft_melding(vault, case_id)
    assert draft.leaks == [] and draft.leaky_lines == []
    assert "dag 0: eerste contact" in draft.text and "dag 14: Vervolggesprek, 45 minuten" in draft.text
    assert "dag 21" in draft.text  # 24-02-2026 inside the note
    assert "of melder thuis." in draft.text
    assert "melder belde" in draft.text and "leidinggevende van [afdeling] bij organisatie A" in draft.text
    pdf = render_summary(vault, draft.title, draft.text)
    everything = _pdf_text(pdf, tmp_path)
    for key in CASE_VALUES:
        for part in _parts(s[key]):
            assert part.lower() not in everything.lower(), key
    assert s["reporter_phone"][2:] not in everything.replace(" ", "")
    body = everything.split("Producer")[0]
    assert not ABSOLUTE_DATE.search(body.split("Title")[0]), ABSOLUTE_DATE.search(body)
    assert "CreationDate" not in everything and "ModDate" not in everything


def test_mediation_summary_and_the_review_step(vault: Vault, tmp_path: Path) -> None:
    from vpdesk.domain.models import Organisation

    org = fill(vault)
    vault.organisations.add(Organisation("Rederij Stormvogel"))
    m = mediation(org)
    m.note = "Eerder ook bij Rederij Stormvogel gewerkt."
    m.sessions[1].note = f"{PARTY_B} en mevrouw Zeekoeijen spraken op 1 februari 2020 af; tel 0611122233."
    mid = vault.mediations.add(m)
    draft = draft_mediation(vault, mid)
    assert "partij 1 (leidinggevende), partij 2 (medewerker)" in draft.text
    assert "Eerder ook bij organisatie B gewerkt." in draft.text
    assert "partij 2 en mevrouw partij 1 spraken op [datum] af; tel [telefoonnummer]." in draft.text
    assert draft.leaks == []
    pdf = render_summary(vault, draft.title, draft.text)
    everything = _pdf_text(pdf, tmp_path)
    for value in (
        *_parts(PARTY_A),
        *_parts(PARTY_B),
        "MED-2026-01",
        "zeekoeijen@example",
        "Zwanenburg",
        "Stormvogel",
    ):
        assert value.lower() not in everything.lower(), value
    assert not ABSOLUTE_DATE.search(everything.split("Title")[0])
    # The adviser edits a name back in: the review shows the line, the PDF is refused.
    edited = draft.text + f"Later sprak ik {PARTY_A} nog.\n"
    with pytest.raises(SummaryRefused) as refused:
        render_summary(vault, draft.title, edited)
    assert "party name" in str(refused.value) and PARTY_A not in str(refused.value)
    from vpdesk.report.intervision import check_text

    leaks, lines = check_text(vault, edited)
    assert leaks and lines == [len(edited.splitlines()) - 1]
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            str(tmp_path / "intervisie.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
