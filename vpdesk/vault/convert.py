"""Conversions between Python values and the vault's column types."""

from __future__ import annotations

from datetime import date


def d2s(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def s2d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def s2d_req(value: str) -> date:
    return date.fromisoformat(value)


def split_codes(value: str | None) -> tuple[str, ...]:
    return tuple(sorted(value.split("|"))) if value else ()
