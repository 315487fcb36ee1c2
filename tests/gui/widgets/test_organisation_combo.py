"""The organisation combo every page uses: sorted by name, the choice kept over a refill."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vpdesk.gui.widgets.organisation_combo import OrganisationCombo, OrganisationFilter


def test_the_filter_lists_all_first_then_the_names_sorted_without_regard_to_case(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = OrganisationFilter()
    qtbot.addWidget(combo)
    combo.set_organisations({3: "zorggroep West", 1: "Gemeente Oost", 2: "bibliotheek"})
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All organisations",
        "bibliotheek",
        "Gemeente Oost",
        "zorggroep West",
    ]
    assert combo.itemData(0) is None and combo.itemData(2) == 1
    assert combo.accessibleName() == "Filter by organisation"


def test_a_refill_keeps_the_choice_and_signals_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = OrganisationFilter()
    qtbot.addWidget(combo)
    combo.set_organisations({1: "Gemeente Oost", 2: "Bibliotheek"})
    combo.show()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_G)  # chosen by typing, as an adviser does
    assert combo.currentData() == 1
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    combo.set_organisations({1: "Gemeente Oost-Noord", 2: "Bibliotheek", 4: "Aquarius"})  # renamed, added
    assert combo.currentData() == 1 and combo.currentText() == "Gemeente Oost-Noord"
    assert changes == []
    combo.set_organisations({2: "Bibliotheek"})  # the chosen one deleted elsewhere: back to all
    assert combo.currentData() is None


def test_a_field_has_no_all_entry_and_empties_quietly(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = OrganisationCombo()
    qtbot.addWidget(combo)
    combo.set_organisations({5: "Gemeente Oost"})
    assert combo.count() == 1 and combo.currentData() == 5
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    combo.empty()
    assert combo.count() == 0 and changes == []
