"""The application icon, drawn from ``resources/icons/vpdesk.svg``."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from vpdesk.paths import resource


def app_icon() -> QIcon:
    """vpdesk's icon (an empty icon if the file is missing, so the window still starts)."""
    path = resource("icons", "vpdesk.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
