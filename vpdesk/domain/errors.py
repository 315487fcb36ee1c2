"""Domain exceptions: each becomes one clear message at the edge (CLI or GUI)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class VpdeskError(Exception):
    """Base of every error vpdesk reports to a person."""


class Refused(VpdeskError):
    """The request is understood, but fulfilling it would disclose something; nothing was written."""


class ValidationError(VpdeskError):
    """One or more fields are invalid.

    ``problems`` maps a field name to a :class:`~vpdesk.domain.validation.Problem` (which
    can word itself in Dutch or English) or to a plain English message.
    """

    def __init__(self, problems: Mapping[str, Any]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{k}: {self.text(k, 'en')}" for k in self.problems))

    def text(self, field: str, lang: str = "nl") -> str:
        value = self.problems[field]
        return value.message(lang) if hasattr(value, "message") else str(value)
