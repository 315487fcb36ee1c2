"""Locations: vpdesk's own data folder, and files under ``resources/`` found the same way
from a checkout, a wheel and a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    """vpdesk's folder in the user's data folder (found anew each time: tests move it)."""
    return Path(platformdirs.user_data_dir("vpdesk", appauthor=False))


def default_backups_dir() -> Path:
    """Where the automatic backups go until the adviser chooses another folder."""
    return data_dir() / "backups"


def demo_vault_path() -> Path:
    """Where the window's demo vault lives: the user's data folder, never beside real vaults."""
    return data_dir() / "demo.vpdesk"


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
