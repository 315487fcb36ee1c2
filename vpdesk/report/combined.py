"""The combined annual report: one organisation's figures from several advisers, as PDF or Word.

The same renderer as ``vpdesk report`` (:class:`~vpdesk.report.render.ReportRenderer`) with a
line on the cover and in the method saying how many advisers' figures it combines. Its only
text is the report's own wording, labels, numbers and the organisation's name: the advisers'
signals texts stay in their own reports (they were checked against their own vaults), so
there is nothing from a vault for a leak check to find.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from vpdesk.markup import escape
from vpdesk.report.output import write_atomically
from vpdesk.report.render import ReportContent, ReportRenderer
from vpdesk.stats.combine import Combined

TEXTS = {
    "nl": {
        "combined": "Dit verslag combineert de cijfers van {n} vertrouwenspersonen voor deze organisatie.",
        "combined_method": (
            "De cijfers zijn de som van wat elke vertrouwenspersoon vastlegde. Ze zijn zo "
            "afgeschermd dat ook wie dit verslag naast de eigen verslagen van de "
            "vertrouwenspersonen legt, geen afgeschermd aantal kan afleiden."
        ),
        "combined_signals": (
            "Signalen en aanbevelingen staan in de eigen verslagen van de vertrouwenspersonen."
        ),
    },
    "en": {
        "combined": "This report combines the figures of {n} confidential advisers for this organisation.",
        "combined_method": (
            "The figures are the sum of what each adviser recorded. They are protected so that "
            "someone who holds this report beside each adviser's own report cannot work out any "
            "hidden number either."
        ),
        "combined_signals": "Signals and recommendations are in each adviser's own report.",
    },
}


class CombinedRenderer(ReportRenderer):
    """The annual report's renderer with the combined report's own lines."""

    def __init__(self, content: ReportContent, advisers: int) -> None:
        self.advisers = advisers
        super().__init__(content)

    def c(self, key: str) -> str:
        return TEXTS[self.lang][key].format(n=self.advisers)

    def cover(self) -> list[Flowable]:
        items = super().cover()
        # Before the spacer that pushes the cover note down (the last three items).
        line = Paragraph(escape(self.c("combined")), self.styles["cover_meta"])
        at = next(i for i, f in enumerate(items) if isinstance(f, Spacer) and i > 0)
        return [*items[:at], Spacer(1, 6), line, *items[at:]]

    def key_figures(self) -> list[Flowable]:
        items = super().key_figures()
        return [*items[:2], self.p(self.c("combined")), *items[2:]]  # after the introduction

    def signals(self) -> list[Flowable]:
        return [Paragraph(escape(self.t("signals")), self.styles["h2"]), self.p(self.c("combined_signals"))]

    def method(self) -> list[Flowable]:
        return [*super().method(), self.p(self.c("combined_method"))]


def render_combined(combined: Combined, lang: str = "nl", *, docx: bool = False) -> bytes:
    """The combined report as PDF bytes, or (``docx``) as an editable Word document."""
    figures = combined.figures
    content = ReportContent(
        figures=figures, lang="en" if lang == "en" else "nl", organisation_label=figures.organisation or ""
    )
    renderer = CombinedRenderer(content, combined.advisers)
    if docx:
        from vpdesk.report.docx_writer import render_docx

        return render_docx(renderer)
    return renderer.render()


def write_combined(combined: Combined, out: Path, lang: str = "nl") -> None:
    """Render the combined report and write it atomically; a name ending in .docx gets Word."""
    out = Path(out)
    write_atomically(render_combined(combined, lang, docx=out.suffix.lower() == ".docx"), out)
