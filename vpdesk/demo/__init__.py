"""Realistic synthetic demo data: Dutch names, several organisations, several years.

The generator (and Faker, slow to import) is loaded when first asked for, so that the
window starts without it and loads it only to make the demo vault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vpdesk.demo.vault import DEMO_PASSPHRASE, create_demo_vault, open_demo_vault

if TYPE_CHECKING:
    from vpdesk.demo.generator import DemoError, DemoSummary, generate_demo

_FROM_GENERATOR = frozenset({"DemoError", "DemoSummary", "generate_demo"})

__all__ = [
    "DEMO_PASSPHRASE",
    "DemoError",
    "DemoSummary",
    "create_demo_vault",
    "generate_demo",
    "open_demo_vault",
]


def __getattr__(name: str) -> object:
    if name in _FROM_GENERATOR:
        from vpdesk.demo import generator

        return getattr(generator, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
