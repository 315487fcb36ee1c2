"""The vault's organisations in a combo box: as a page's filter, or as a record's field.

Every page lists the organisations the same way: by name, sorted without regard to case, the
entry chosen kept when the list is filled again (an organisation added, renamed or deleted
elsewhere), and no change signal for the refill itself. A filter adds "All organisations"
first, with no organisation id behind it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QWidget

from vpdesk.gui.widgets.forms import set_combo_data


class OrganisationCombo(QComboBox):
    """One organisation to choose; ``currentData()`` is its id (None while none is chosen)."""

    everything: str | None = None  # the first entry's text in a filter

    def set_organisations(self, names: Mapping[int, str]) -> None:
        """Fill the list from ``{id: name}``, keeping the entry chosen when it is still there."""
        current = self.currentData()
        self.blockSignals(True)
        try:
            self.clear()
            if self.everything is not None:
                self.addItem(self.everything, None)
            for org_id, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
                self.addItem(name, org_id)
            set_combo_data(self, current)
        finally:
            self.blockSignals(False)

    def empty(self) -> None:
        """No organisations at all (the vault went away), without a change signal."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)

    def choose(self, organisation_id: int | None) -> None:
        """Make ``organisation_id`` the entry chosen (None: all, or none)."""
        set_combo_data(self, organisation_id)


class OrganisationFilter(OrganisationCombo):
    """A page's organisation filter: "All organisations" first, then each organisation."""

    def __init__(self, parent: QWidget | None = None, *, min_length: int = 20) -> None:
        super().__init__(parent)
        self.everything = self.tr("All organisations")
        self.setAccessibleName(self.tr("Filter by organisation"))
        self.setMinimumContentsLength(min_length)
