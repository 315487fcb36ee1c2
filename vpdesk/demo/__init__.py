"""Realistic synthetic demo data: Dutch names, several organisations, several years."""

from __future__ import annotations

from vpdesk.demo.generator import DemoError, DemoSummary, generate_demo
from vpdesk.demo.vault import DEMO_PASSPHRASE, create_demo_vault, open_demo_vault

__all__ = [
    "DEMO_PASSPHRASE",
    "DemoError",
    "DemoSummary",
    "create_demo_vault",
    "generate_demo",
    "open_demo_vault",
]
