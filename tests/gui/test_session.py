"""VaultSession: the one owner of the open vault, and the signals pages subscribe to."""

from __future__ import annotations

from pathlib import Path

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


def test_unlock_lock_and_close_are_announced_to_subscribed_pages(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_vault(tmp_path / "s.vpdesk")
    owner = QWidget()
    qtbot.addWidget(owner)
    session = VaultSession(owner)
    page = _Page()
    session.subscribe(page)
    events: list[str] = []
    session.closing.connect(lambda: events.append("closing"))
    session.locked.connect(lambda: events.append("locked"))
    session.closed.connect(lambda: events.append("closed"))

    session.choose(seeded.path)
    with qtbot.waitSignal(session.opened, timeout=10_000) as opened:
        session.unlock(PASSPHRASE)
    vault = opened.args[0]
    assert isinstance(vault, Vault) and session.vault is vault and page.seen == [vault]
    assert session.is_open() and not session.is_locked()

    session.lock()
    assert events == ["closing", "locked"]
    assert page.seen == [vault, None]
    assert session.vault is None and session.is_locked() and session.path == seeded.path

    with qtbot.waitSignal(session.opened, timeout=10_000):
        session.unlock(PASSPHRASE)
    session.close()
    assert events == ["closing", "locked", "closing", "closed"]
    assert session.vault is None and not session.is_locked()


def test_a_wrong_passphrase_is_reported_not_raised(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seeded = seed_vault(tmp_path / "s.vpdesk")
    owner = QWidget()
    qtbot.addWidget(owner)
    session = VaultSession(owner)
    session.choose(seeded.path)
    with qtbot.waitSignal(session.open_failed, timeout=10_000) as failed:
        session.unlock("not the passphrase")
    action, exc = failed.args
    assert action == UNLOCK and isinstance(exc, WrongPassphrase)
    assert session.vault is None
