"""The dashboard's mediation tiles: open mediations, the next session, and what the purge
will reach in the next 30 days (meldingen and mediations, holds left out)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from vpdesk.domain.errors import VpdeskError
from vpdesk.gui.widgets.forms import fmt_date
from vpdesk.vault import Vault

PURGE_WARNING_DAYS = 30


class _Tile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.number = QLabel("–", self)
        font = QFont(self.number.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_text(self, text: str) -> None:
        self.number.setText(text)


@dataclass(frozen=True)
class TileValues:
    open_count: int
    next_session: tuple[int, str, date] | None  # (mediation id, ref, day)
    purge_soon: int


def read_tiles(vault: Vault, today: date | None = None) -> TileValues | None:
    """What the tiles show (None if the vault cannot say); no Qt, so a worker may call it."""
    from vpdesk.vault.retention import due_soon

    today = today or date.today()
    try:
        upcoming = vault.mediations.upcoming_sessions(today, limit=1)
        return TileValues(
            vault.mediations.open_count(),
            upcoming[0] if upcoming else None,
            due_soon(vault, today, PURGE_WARNING_DAYS).count,
        )
    except VpdeskError:
        return None


class MediationTiles(QWidget):
    open_mediation_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self.next_id: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.open_tile = _Tile(self.tr("open mediations"), self)
        self.next_tile = _Tile(self.tr("next mediation session"), self)
        self.purge_soon_tile = _Tile(self.tr("cases and mediations purged in the next 30 days"), self)
        for tile in (self.open_tile, self.next_tile, self.purge_soon_tile):
            layout.addWidget(tile)

    def set_vault(self, vault: Vault | None, *, load: bool = True) -> None:
        """Follow ``vault``; without ``load`` the owner reads the tiles (``read_tiles``) itself."""
        self._vault = vault
        if load or vault is None:
            self.refresh()

    def refresh(self, today: date | None = None) -> None:
        self.show_tiles(read_tiles(self._vault, today) if self._vault is not None else None)

    def show_tiles(self, tiles: TileValues | None) -> None:
        """Show what ``read_tiles`` read (None: nothing to show)."""
        self.next_id = None
        if tiles is None:
            for tile in (self.open_tile, self.next_tile, self.purge_soon_tile):
                tile.set_text("–")
            return
        self.open_tile.set_text(str(tiles.open_count))
        if tiles.next_session is not None:
            self.next_id, ref, day = tiles.next_session
            self.next_tile.set_text(f"{fmt_date(day)} · {ref}")
        else:
            self.next_tile.set_text("–")
        self.purge_soon_tile.set_text(str(tiles.purge_soon))

    def mouseDoubleClickEvent(self, event: Any) -> None:
        if self.next_id is not None:
            self.open_mediation_requested.emit(self.next_id)
        super().mouseDoubleClickEvent(event)
