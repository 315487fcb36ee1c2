"""Realistic synthetic demo data: Dutch names, several organisations, several years."""

from __future__ import annotations

from vpdesk.demo.generator import DemoError, DemoSummary, generate_demo

__all__ = ["DemoError", "DemoSummary", "generate_demo"]
