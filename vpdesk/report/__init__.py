"""The annual report as PDF or Word document, with the leak check; no Qt.

    write_report(vault, year=2026, organisation_id=None, threshold=5, lang="nl", out=path)

The file name chooses the format: ``.docx`` is an editable Word document with the same
content (:mod:`vpdesk.report.docx_writer`), anything else the PDF.

The figures come from :func:`vpdesk.stats.year_figures`, so the PDF shows exactly what
``vpdesk stats`` prints. Besides the figures and the report's own fixed text (labels, method,
the organisation's name on the cover and in the header, the adviser's name on the cover) the
only free text is the adviser's signals text: it is searched for the identifying values of
the whole vault (:mod:`vpdesk.report.leaks`) before anything is rendered, and the PDF is then
built in memory and written atomically. The Word document is built from the same checked
content as the PDF, so the same leak check and the same release record cover both.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.models import Release
from vpdesk.report.leaks import Hit, LeakIndex, find_hits, keep_marks
from vpdesk.report.output import DOCX, PDF, ReportWriteFailed, report_format, write_atomically
from vpdesk.report.texts import text
from vpdesk.stats import (
    YearFigures,
    YearScope,
    ensure_recordable,
    prepare_release,
    record_releases,
    year_figures,
)
from vpdesk.vault.errors import VaultError
from vpdesk.vault.reader import VaultData

if TYPE_CHECKING:
    from vpdesk.report.render import ReportContent, ReportRenderer, render_report, render_report_docx

F = TypeVar("F")  # the figures a report shows

# The renderer (ReportLab) loads when a report is first drawn, not with every import of the
# leak check or the texts: the window starts without it.
_RENDER = ("ReportContent", "ReportRenderer", "render_report", "render_report_docx")


def __getattr__(name: str) -> Any:
    if name in _RENDER:
        from vpdesk.report import render

        return getattr(render, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DOCX",
    "PDF",
    "Hit",
    "LeakIndex",
    "ReportContent",
    "ReportRefused",
    "ReportRenderer",
    "ReportWriteFailed",
    "build_report",
    "check_signals",
    "find_hits",
    "keep_marks",
    "render_report",
    "render_report_docx",
    "report_content",
    "report_format",
    "write_report",
]


class ReportRefused(VpdeskError):
    """The signals text names someone; one line per hit: field and position, never the value."""

    def __init__(self, hits: list[tuple[str, Hit]]) -> None:
        self.hits = hits
        self.lines = [
            f"signals{f' of {where}' if where else ''}: {hit.describe('en')}" for where, hit in hits
        ]
        count = "1 passage" if len(hits) == 1 else f"{len(hits)} passages"
        super().__init__(
            f"the report was not written: {count} of the signals text may identify someone "
            "(mark a possible name as not a name in the window, or rewrite the passage)"
        )


def check_signals(vault: VaultData, signals: list[tuple[str, str, tuple[str, ...]]]) -> list[tuple[str, Hit]]:
    """Hits in each (heading, text, not-a-name marks), against the whole vault."""
    texts = [body for _, body, _ in signals if body.strip()]
    if not texts:
        return []
    index = LeakIndex.build(vault, within="\n".join(texts))
    return [(where, hit) for where, body, marks in signals for hit in index.scan(body, marks)]


def signal_texts(
    vault: VaultData, organisation_id: int | None, year: int, threshold: int
) -> list[tuple[str | None, str]]:
    """The signals texts a report prints (unless the organisation is small): one organisation's,
    or, for all organisations, each organisation's that is not small itself, under its name."""
    if organisation_id is not None:
        return [(None, vault.signals.get(organisation_id, year).text)]
    found: list[tuple[str | None, str]] = []
    opened = vault.cases.opened_per_organisation(year)
    for org_id, name in vault.organisations.names().items():
        body = vault.signals.get(org_id, year).text
        if body.strip() and opened.get(org_id, 0) >= threshold:
            found.append((name, body))
    return found


def _signals_of(
    vault: VaultData, content: ReportContent, organisation_id: int | None, year: int
) -> list[tuple[str, str, tuple[str, ...]]]:
    """The signals texts the report prints, each with its marks."""
    found: list[tuple[str, str, tuple[str, ...]]] = []
    for heading, body in content.signals:
        org_id = organisation_id
        if heading is not None:
            org = vault.organisations.by_name(heading)
            org_id = None if org is None else org.id
        marks = vault.signals.get(org_id, year).not_names if org_id is not None else ()
        found.append((heading or "", body, marks))
    return found


def report_content(vault: VaultData, figures: YearFigures, lang: str) -> ReportContent:
    """Gather what the report shows besides the figures: names, signals text."""
    year = figures.year
    if figures.organisation_id is not None:
        label = figures.organisation or ""
    else:
        label = text(lang, "all_organisations")
    signals = [] if figures.small else signal_texts(vault, figures.organisation_id, year, figures.threshold)
    from vpdesk.report.render import ReportContent

    return ReportContent(
        figures=figures,
        lang="en" if lang == "en" else "nl",
        adviser=vault.settings.get("adviser_name").strip(),
        organisation_label=label,
        signals=tuple(signals),
    )


def build_report(vault: VaultData, *, lang: str = "nl", fmt: str = PDF, **scope: Unpack[YearScope]) -> bytes:
    """The checked report of the scope (see :class:`~vpdesk.stats.YearScope`) as PDF (or, with
    ``fmt=DOCX``, Word) bytes; raises :class:`ReportRefused` on a leak.

    By default the vault's setting decides on the gender and role breakdowns (off unless the
    adviser switches them on).
    """
    return _checked_report(vault, year_figures(vault, **scope), lang, fmt)


def _checked_report(vault: VaultData, figures: YearFigures, lang: str, fmt: str = PDF) -> bytes:
    content = report_content(vault, figures, lang)
    hits = check_signals(vault, _signals_of(vault, content, figures.organisation_id, figures.year))
    if hits:
        raise ReportRefused(hits)
    from vpdesk.report.render import render_report, render_report_docx

    return render_report_docx(content) if fmt == DOCX else render_report(content)


def write_report(vault: VaultData, *, out: Path | str, lang: str = "nl", **scope: Unpack[YearScope]) -> None:
    """Build, check and atomically write the annual report; nothing is written on a leak.

    A name ending in ``.docx`` gets the Word document, any other the PDF.

    The tables it releases are recorded in the release ledger in the same transaction as the
    audit line, and the file is written inside it: when the vault cannot record the release,
    no report is left behind.
    """

    def render(figures: YearFigures, fmt: str) -> bytes:
        return _checked_report(vault, figures, lang, fmt)

    write_release(vault, prepare_release(vault, **scope), render, out)


def render_release(
    vault: VaultData, prepared: tuple[F, list[Release]], render: Callable[[F, str], bytes], out: Path | str
) -> tuple[bytes, list[Release]]:
    """Prepared figures rendered (``render(figures, fmt)``) in the format the name ``out``
    chooses, with the tables they release; refused where the release cannot be recorded."""
    figures, releases = prepared
    if releases:
        ensure_recordable(vault)
    return render(figures, report_format(Path(out))), releases


def write_release(
    vault: VaultData, prepared: tuple[F, list[Release]], render: Callable[[F, str], bytes], out: Path | str
) -> None:
    """Render prepared figures (:func:`render_release`) and write the file with the record of
    the tables it releases (:func:`write_released`)."""
    data, releases = render_release(vault, prepared, render, out)
    write_released(vault, data, Path(out), releases)


def write_released(vault: VaultData, data: bytes, out: Path, releases: list[Release]) -> None:
    """Write a report and record the tables it releases, in one transaction with the audit
    line: when the vault cannot record the release, no report is left behind."""
    if not releases:
        # Everything in it was released before: nothing to record but the audit line, which a
        # full or read-only disk may not take (the report is written all the same).
        write_atomically(data, out)
        if getattr(vault, "writable", False):
            with contextlib.suppress(VaultError):
                vault.audit.record("report")
        return
    existed = out.exists()
    try:
        with vault.transaction():
            record_releases(vault, releases)
            vault.audit.record("report")
            write_atomically(data, out)
    except VaultError:
        if not existed:
            with contextlib.suppress(OSError):
                out.unlink()
        raise
