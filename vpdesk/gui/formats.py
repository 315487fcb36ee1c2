"""How the window writes dates: one format per language (24-11-2026, or 24/11/2026 in English)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from vpdesk.gui.i18n import current_language


def date_formatter(lang: str | None = None) -> Callable[[date | None], str]:
    """The date format of ``lang`` (default: the window's language); empty for no date.

    Take it once for a long list: the language is looked up here, not per date.
    """
    sep = "/" if (lang or current_language()) == "en" else "-"

    def formatted(value: date | None) -> str:
        # Plain formatting: strftime is several times slower, which shows on 10,000 rows.
        return f"{value.day:02d}{sep}{value.month:02d}{sep}{value.year:04d}" if value is not None else ""

    return formatted


def format_date(value: date | None, lang: str | None = None) -> str:
    """``value`` as readers of ``lang`` write a date (24-11-2026 or 24/11/2026)."""
    return date_formatter(lang)(value)


def format_datetime(moment: datetime, *, seconds: bool = True, lang: str | None = None) -> str:
    """A date with its time of day (24-11-2026 09:20:00)."""
    return (
        f"{format_date(moment.date(), lang)} {moment:%H:%M:%S}"
        if seconds
        else (f"{format_date(moment.date(), lang)} {moment:%H:%M}")
    )


def file_slug(name: str) -> str:
    """An organisation's name as part of a file name: "Gemeente Zoë" becomes "gemeente-zoe"."""
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60]
