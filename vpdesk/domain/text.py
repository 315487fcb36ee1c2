"""How names and words are compared: the one folding rule of the vault, importer and window."""

from __future__ import annotations

import unicodedata


def fold(text: str, *, keep_accents: bool = False) -> str:
    """``text`` for comparing: spaces trimmed and collapsed, case folded, accents dropped.

    With ``keep_accents`` the accents stay ("Zoë" and "Zoe" differ): organisation names,
    departments and vocabulary labels are compared that way.
    """
    folded = " ".join(text.split()).casefold()
    if keep_accents or folded.isascii():
        return folded
    return "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
