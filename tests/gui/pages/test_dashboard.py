"""The dashboard: its Qt-free figures and signals, and the page that shows them."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.gui.shell_support import seed_vault, unlocked_window, wait_until
from tests.support import PASSPHRASE
from vpdesk.domain.models import Case, Organisation, Step
from vpdesk.gui.pages.dashboard import DashboardPage
from vpdesk.vault import Vault
from vpdesk.vault.dashboard import (
    accused_groups,
    accused_match,
    department_clusters,
    load_dashboard,
    normalise_words,
)

TODAY = date(2026, 6, 15)
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


# -- signals, Qt-free --------------------------------------------------------------------


def test_normalise_words_drops_case_accents_titles_and_roles() -> None:
    assert normalise_words("  Mevr.  J. de VRIES-Çelik ") == {"vries", "celik"}
    assert normalise_words("mijn leidinggevende") == frozenset()
    assert normalise_words("Dhr. Jansen, teamleider") == {"jansen"}


@pytest.mark.parametrize(
    ("a", "b", "match"),
    [
        ("Jan de Vries", "jan  de vries", True),
        ("Jan de Vries", "J. de Vries", True),  # the shorter one's words all appear
        ("Jan de Vries", "De Vries (teamleider)", True),
        ("Jan de Vries", "Piet de Vries", False),  # same surname, another person
        ("Jan de Vries", "Jan Bakker", False),
        ("mijn leidinggevende", "de leidinggevende", False),  # role words say nothing
        ("Fatima el Amrani", "F. El-Amrani", True),
    ],
)
def test_accused_match(a: str, b: str, match: bool) -> None:
    assert accused_match(normalise_words(a), normalise_words(b)) is match


def _rows(*items: tuple[str, str, date], org: int = 1) -> list[tuple[int, str, int, str, str, date]]:
    return [(i + 1, ref, org, "Org", text, day) for i, (ref, text, day) in enumerate(items)]


def test_three_cases_within_twelve_months_on_one_department() -> None:
    rows = _rows(
        ("a", "Inkoop", date(2025, 1, 10)),
        ("b", "inkoop ", date(2025, 6, 1)),
        ("c", "INKOOP", date(2026, 1, 9)),
        ("d", "Verkoop", date(2025, 3, 1)),
    )
    [signal] = department_clusters(rows)
    assert signal.case_refs == ("a", "b", "c")
    assert signal.first == date(2025, 1, 10)


def test_three_cases_spread_over_more_than_twelve_months_are_no_signal() -> None:
    rows = _rows(
        ("a", "Inkoop", date(2025, 1, 10)),
        ("b", "Inkoop", date(2025, 6, 1)),
        ("c", "Inkoop", date(2026, 1, 10)),  # exactly twelve months after the first
    )
    assert department_clusters(rows) == []


def test_departments_of_different_organisations_do_not_add_up() -> None:
    rows = [*_rows(("a", "HR", TODAY), ("b", "HR", TODAY), org=1), (9, "z", 2, "Other", "HR", TODAY)]
    assert department_clusters(rows) == []


def test_accused_groups_link_matching_cases_of_one_organisation() -> None:
    rows = _rows(
        ("a", "Jan de Vries", date(2025, 1, 1)),
        ("b", "J. de Vries", date(2025, 2, 1)),
        ("c", "Piet Jansen", date(2025, 3, 1)),
        ("d", "jan de vries (afdeling inkoop)", date(2025, 4, 1)),
    )
    rows.append((9, "z", 2, "Other", "Jan de Vries", date(2025, 5, 1)))
    [signal] = accused_groups(rows)
    assert signal.case_refs == ("a", "b", "d")
    assert signal.kind == "accused"


# -- figures from a real vault -----------------------------------------------------------


def test_load_dashboard(vault: Vault) -> None:
    org = vault.organisations.add(Organisation(name="Gemeente Test", retention_months=12))
    other = vault.organisations.add(Organisation(name="Stichting Ander"))

    def case(ref: str, opened: date, **kw: object) -> int:
        return vault.cases.add(
            Case(ref=ref, organisation_id=kw.pop("org", org), opened=opened, behaviours=["bullying"], **kw)  # type: ignore[arg-type]
        )

    a = case("a", date(2026, 2, 1), department="Inkoop", accused="Jan de Vries")
    b = case("b", date(2026, 3, 1), department="Inkoop", accused="J. de Vries")
    case("c", date(2026, 5, 1), department="Inkoop")
    old = case("old", date(2024, 1, 1), closed=date(2024, 3, 1), outcome="listening")
    case("x", date(2026, 4, 1), org=other)
    vault.steps.add(Step(case_id=a, what="late", due=TODAY - timedelta(days=1)))
    vault.steps.add(Step(case_id=b, what="soon", due=TODAY + timedelta(days=7)))
    vault.steps.add(Step(case_id=b, what="later", due=TODAY + timedelta(days=8)))
    vault.steps.add(Step(case_id=b, what="done", due=TODAY, done=TODAY))
    vault.steps.add(Step(case_id=old, what="history", due=date(2024, 2, 1)))

    board = load_dashboard(vault, TODAY)
    assert board.open_cases == 4
    assert [s.what for s in board.overdue] == ["late"]
    assert [s.what for s in board.due_soon] == ["soon"]
    assert board.overdue[0].case_ref == "a"
    assert board.purge_due == [old]
    assert board.year_counts == [("Gemeente Test", 3), ("Stichting Ander", 1)]
    kinds = sorted((s.kind, s.case_refs) for s in board.signals)
    assert kinds == [("accused", ("a", "b")), ("department", ("a", "b", "c"))]


# -- the page ----------------------------------------------------------------------------


@pytest.fixture
def seeded_vault(tmp_path: Path):  # type: ignore[no-untyped-def]
    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    with Vault.open(seeded.path, PASSPHRASE) as vault:
        yield seeded, vault


def test_page_shows_and_empties(qtbot, qtmodeltester, seeded_vault) -> None:  # type: ignore[no-untyped-def]
    seeded, vault = seeded_vault
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.set_vault(vault)
    assert page.open_tile.number.text() == "3"
    assert page.overdue_tile.number.text() == "1"
    assert page.soon_tile.number.text() == "1"
    assert "Dana Tester" in page.greeting.text()
    assert page.overdue_model.rowCount() == 1
    assert page.overdue_model.index(0, 1).data() == "xq-2025-901"
    assert page.overdue_model.index(0, 0).data(Qt.ItemDataRole.UserRole) == seeded.overdue_case_id
    assert page.chart.counts() == [("Oranjerie Kwekerij Secret", 3)]
    assert page.signals_model.rowCount() == 2  # department cluster and matching accused
    for model in (page.overdue_model, page.soon_model, page.signals_model):
        qtmodeltester.check(model)

    # the chart draws a bar in the bar colour
    image = page.chart.grab().toImage()
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert QColor("#1f5f8b").name() in colours
    ARTIFACTS.mkdir(exist_ok=True)
    page.grab().save(str(ARTIFACTS / "dashboard_page.png"))

    # click-through: a step opens its case on the Steps tab
    with qtbot.waitSignal(page.open_case_steps_requested) as blocker:
        page.overdue_view.activated.emit(page.overdue_model.index(0, 2))
    assert blocker.args == [seeded.overdue_case_id]

    page.set_vault(None)
    for model in (page.overdue_model, page.soon_model, page.signals_model):
        assert model.rowCount() == 0
        qtmodeltester.check(model)
    assert page.chart.counts() == []
    assert page.open_tile.number.text() == "–"
    assert "Dana Tester" not in page.greeting.text()


def test_results_arriving_after_lock_are_dropped(qtbot, seeded_vault) -> None:  # type: ignore[no-untyped-def]
    _seeded, vault = seeded_vault
    page = DashboardPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    page.set_vault(None)  # locked before the load finished
    from vpdesk.gui.tasks import wait_for_tasks

    wait_for_tasks()
    QApplication.processEvents()  # the late result arrives, and is ignored
    assert page.overdue_model.rowCount() == 0
    assert page.board() is None


def test_window_routes_click_through_to_the_case(qtbot, seeded_vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded, vault = seeded_vault
    vault.close()
    window = unlocked_window(qtbot, seeded.path, None)
    cases = window.pages["cases"]
    if not hasattr(cases, "open_case"):
        window.close()
        pytest.skip("the cases page is not part of this build")
    view = window.dashboard.overdue_view
    rect = view.visualRect(window.dashboard.overdue_model.index(0, 1))
    # a double click is a press, a release and a double-click event
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "cases"
    wait_until(qtbot, lambda: cases.state().get("case_id") == seeded.overdue_case_id)
    window.close()


def test_accused_groups_equal_comparing_every_pair() -> None:
    """The indexed grouping gives the same signals as checking ``accused_match`` on all pairs."""
    import random

    rng = random.Random(7)
    vocabulary = ["jan", "piet", "de", "vries", "bakker", "el", "amrani", "smit", "mw", "kees", "lotte"]
    rows = []
    for i in range(300):
        text = " ".join(rng.sample(vocabulary, rng.randint(1, 3)))
        rows.append((i, f"r{i}", rng.randint(1, 2), "Org", text, date(2025, 1, 1) + timedelta(days=i)))
    got = {frozenset(s.case_ids) for s in accused_groups(rows)}

    parent = list(range(len(rows)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    words = [normalise_words(r[4]) for r in rows]
    for a in range(len(rows)):
        for b in range(a + 1, len(rows)):
            if rows[a][2] == rows[b][2] and accused_match(words[a], words[b]):
                parent[find(a)] = find(b)
    groups: dict[int, set[int]] = {}
    for i in range(len(rows)):
        if words[i]:
            groups.setdefault(find(i), set()).add(i)
    expected = {frozenset(g) for g in groups.values() if len(g) > 1}
    assert got == expected


def test_coming_back_to_the_dashboard_refreshes_it(qtbot, seeded_vault) -> None:  # type: ignore[no-untyped-def]
    seeded, vault = seeded_vault
    page = DashboardPage()
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.set_vault(vault)
    assert page.open_tile.number.text() == "3"
    vault.cases.add(
        Case(ref="nieuw-1", organisation_id=seeded.organisation_id, opened=date.today(), behaviours=["other"])
    )
    page.hide()
    page._requested_at = 0.0  # the last load was a while ago
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.open_tile.number.text() == "4"
