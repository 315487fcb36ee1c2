"""The annual report as PDF, with the leak check; ReportLab only, no Qt.

    write_report(vault, year=2026, organisation_id=None, threshold=5, lang="nl", out=path)

The figures come from :func:`vpdesk.stats.year_figures`, so the PDF shows exactly what
``vpdesk stats`` prints. The PDF is built in memory, its text and metadata are searched for
identifying values from the vault, and only then is it written, atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vpdesk.domain.errors import VpdeskError
from vpdesk.report.leaks import (
    Leak,
    LeakIndex,
    describe_leaks,
    find_leaks_in_pdf,
    find_leaks_in_text,
)
from vpdesk.report.output import ReportWriteFailed, write_atomically
from vpdesk.report.render import ReportContent, ReportRenderer, render_report
from vpdesk.report.texts import text
from vpdesk.stats import YearFigures, prepare_release, record_releases, year_figures

__all__ = [
    "Leak",
    "LeakIndex",
    "ReportContent",
    "ReportRefused",
    "ReportRenderer",
    "ReportWriteFailed",
    "build_report",
    "find_leaks_in_pdf",
    "find_leaks_in_text",
    "render_report",
    "report_content",
    "write_report",
]


class ReportRefused(VpdeskError):
    """The report would contain identifying data; it names the fields, never the values."""

    def __init__(self, leaks: list[Leak]) -> None:
        self.leaks = leaks
        super().__init__(
            "the report was not written: it would contain identifying data "
            f"({describe_leaks(leaks)}); check the signals text"
        )


def report_content(vault: Any, figures: YearFigures, lang: str) -> ReportContent:
    """Gather what the report shows besides the figures: names, signals text."""
    year = figures.year
    if figures.organisation_id is not None:
        label = figures.organisation or ""
        signals: list[tuple[str | None, str]] = []
        if not figures.small:
            signals.append((None, vault.signals.get(figures.organisation_id, year).text))
    else:
        label = text(lang, "all_organisations")
        signals = []
        if not figures.small:
            # Per organisation, and only where that organisation is not small itself.
            opened = vault.cases.opened_per_organisation(year)
            names = vault.organisations.names()
            for org in vault.organisations.list():
                body = vault.signals.get(org.id, year).text
                if body.strip() and opened.get(org.id, 0) >= figures.threshold:
                    signals.append((names[org.id], body))
    return ReportContent(
        figures=figures,
        lang="en" if lang == "en" else "nl",
        adviser=vault.settings.get("adviser_name").strip(),
        organisation_label=label,
        signals=tuple(signals),
    )


def build_report(
    vault: Any,
    *,
    year: int,
    organisation_id: int | None = None,
    threshold: int = 5,
    lang: str = "nl",
    personal: bool | None = None,
) -> bytes:
    """The checked report as PDF bytes; raises :class:`ReportRefused` on a leak.

    ``personal`` adds the gender and role breakdowns; by default the vault's setting decides
    (off unless the adviser switches it on).
    """
    figures = year_figures(vault, year=year, organisation_id=organisation_id, threshold=threshold,
                           personal=personal)
    return _checked_pdf(vault, figures, lang)


def _checked_pdf(vault: Any, figures: YearFigures, lang: str) -> bytes:
    pdf = render_report(report_content(vault, figures, lang))
    covered = None if figures.organisation_id is None else [figures.organisation_id]
    leaks = find_leaks_in_pdf(vault, covered, pdf)
    if leaks:
        raise ReportRefused(leaks)
    return pdf


def write_report(
    vault: Any,
    *,
    year: int,
    organisation_id: int | None = None,
    threshold: int = 5,
    lang: str = "nl",
    out: Path | str,
    personal: bool | None = None,
) -> None:
    """Build, check and atomically write the annual report; nothing is written on a leak.

    The tables it releases are recorded in the release ledger in the same transaction as the
    audit line: if the file cannot be written, nothing is recorded.
    """
    figures, releases = prepare_release(vault, year=year, organisation_id=organisation_id,
                                        threshold=threshold, personal=personal)
    pdf = _checked_pdf(vault, figures, lang)
    out = Path(out)
    with vault.transaction():
        record_releases(vault, releases)
        vault.audit.record("report")
        write_atomically(pdf, out)
