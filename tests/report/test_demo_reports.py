"""Reports over realistic demo data: never refused for nothing, and fast on a large vault."""

from __future__ import annotations

from datetime import date

import pytest

from vpdesk.demo import generate_demo
from vpdesk.report import build_report
from vpdesk.report.leaks import pdf_text
from vpdesk.vault import Vault

TODAY = date(2026, 11, 1)


def test_demo_reports_are_not_refused_and_hold_no_names(vault: Vault) -> None:
    generate_demo(vault, cases=500, seed=7, today=TODAY)
    names = [r[0] for r in vault.db.query("SELECT reporter_name FROM cases WHERE reporter_name != ''")]
    assert names
    for org in [*vault.organisations.list(), None]:
        org_id = org.id if org is not None else None
        for year, lang in ((2025, "nl"), (2026, "en")):
            pdf = build_report(vault, year=year, organisation_id=org_id, lang=lang)
            extracted = pdf_text(pdf)
            for name in names:
                assert name not in extracted


@pytest.mark.slow
def test_report_for_ten_thousand_cases(vault: Vault) -> None:
    # How long this takes is measured by bench/run.py, not asserted here.
    generate_demo(vault, cases=10_000, seed=1, today=TODAY)
    pdf = build_report(vault, year=2026, lang="nl")
    assert pdf.startswith(b"%PDF")
    assert "Pagina 2 van" in pdf_text(pdf)
