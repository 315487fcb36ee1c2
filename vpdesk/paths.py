"""Locations: find files under ``resources/`` the same way from a checkout, a wheel and a bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # a PyInstaller bundle
        return Path(bundle) / "resources"
    try:
        import vpdesk.resources as pkg  # installed: resources/ is carried as vpdesk.resources

        if pkg.__file__:
            return Path(pkg.__file__).parent
    except ImportError:
        pass
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
