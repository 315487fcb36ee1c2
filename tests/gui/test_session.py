"""VaultSession: the one owner of the open vault, and the signals pages subscribe to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.gui.shell_support import seed_vault
from tests.support import PASSPHRASE
from vpdesk.gui.session import UNLOCK, VaultSession
from vpdesk.vault import Vault, WrongPassphrase


class _Page:
    def __init__(self) -> None:
        self.seen: list[Vault | None] = []

    def set_vault(self, vault: Vault | None) -> None:
        self.seen.append(vault)


def _subscribed(qtbot, tmp_path: Path) -> tuple[VaultSession, Path, _Page]:  # type: ignore[no-untyped-def]
    """A session with a page subscribed, and a seeded vault (not chosen yet)."""
    seeded = seed_vault(tmp_path / "s.vpdesk")
    owner = QWidget()
    qtbot.addWidget(owner)
    session = VaultSession(owner)
    page = _Page()
    session.subscribe(page)
    return session, seeded.path, page


def test_unlock_lock_and_close_are_announced_to_subscribed_pages(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, path, page = _subscribed(qtbot, tmp_path)
    events: list[str] = []
    session.closing.connect(lambda: events.append("closing"))
    session.locked.connect(lambda: events.append("locked"))
    session.closed.connect(lambda: events.append("closed"))

    session.choose(path)
    with qtbot.waitSignal(session.opened, timeout=10_000) as opened:
        session.unlock(PASSPHRASE)
    vault = opened.args[0]
    assert isinstance(vault, Vault) and session.vault is vault and page.seen == [vault]
    assert session.is_open() and not session.is_locked()

    session.lock()
    assert events == ["closing", "locked"]
    assert page.seen == [vault, None]
    assert session.vault is None and session.is_locked() and session.path == path

    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(PASSPHRASE)
    session.close()
    assert events == ["closing", "locked", "closing", "closed"]
    assert session.vault is None and not session.is_locked()


def test_a_wrong_passphrase_is_reported_not_raised(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, path, _page = _subscribed(qtbot, tmp_path)
    session.choose(path)
    with qtbot.waitSignal(session.open_failed, timeout=10_000) as failed:
        session.unlock("not the passphrase")
    action, exc = failed.args
    assert action == UNLOCK and isinstance(exc, WrongPassphrase)
    assert session.vault is None


def _opened(qtbot, tmp_path: Path) -> tuple[VaultSession, Vault, _Page]:  # type: ignore[no-untyped-def]
    session, path, page = _subscribed(qtbot, tmp_path)
    session.choose(path)
    with qtbot.waitSignal(session.opened, timeout=10_000) as opened:
        session.unlock(PASSPHRASE)
    return session, opened.args[0], page


def test_the_session_imports_and_shows_the_vault_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.support import SAMPLE_CSV

    session, vault, page = _opened(qtbot, tmp_path)
    before = vault.cases.count()
    with qtbot.waitSignal(session.import_done, timeout=30_000) as done:
        session.import_cases(SAMPLE_CSV, "…")
    assert done.args[0].cases == 40
    assert vault.cases.count() == before + 40
    assert page.seen == [vault, vault]  # shown again after the import


def test_a_refused_import_changes_nothing_and_says_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from vpdesk.importer import ImportFailed

    session, vault, _page = _opened(qtbot, tmp_path)
    bad = tmp_path / "blad.csv"
    bad.write_text("case_ref;organisation;opened;behaviours\nA-1;Org;31-02-2025;pesten\n", encoding="utf-8")
    with qtbot.waitSignal(session.import_refused, timeout=30_000) as refused:
        session.import_cases(bad, "…")
    assert isinstance(refused.args[0], ImportFailed)
    assert vault.cases.count() == 3


def test_the_session_makes_a_backup_that_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, _vault, _page = _opened(qtbot, tmp_path)
    folder = tmp_path / "kopieen"
    folder.mkdir()
    with qtbot.waitSignal(session.backup_made, timeout=30_000) as made:
        session.backup(folder, "…")
    copy = made.args[0]
    assert copy.parent == folder
    with Vault.open(copy, PASSPHRASE) as restored:
        assert restored.cases.count() == 3
    with qtbot.waitSignal(session.backup_refused, timeout=30_000):
        session.backup(tmp_path / "bestaat-niet" / "ook-niet", "…")


def test_the_session_changes_the_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session, vault, _page = _opened(qtbot, tmp_path)
    path = vault.path
    with qtbot.waitSignal(session.passphrase_changed, timeout=30_000):
        session.change_passphrase("nieuwe zin voor de kluis", "…")
    session.close()
    with Vault.open(path, "nieuwe zin voor de kluis") as reopened:
        assert reopened.cases.count() == 3
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
