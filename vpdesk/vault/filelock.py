"""An advisory lock beside the vault so a second process cannot open it for writing.

The lock file is empty: it holds nothing identifying. The operating system releases the
lock when the process dies, so a crash never leaves a vault locked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vpdesk.vault.errors import VaultInUse

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


class WriterLock:
    """Held for as long as a vault is open for writing."""

    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path(vault_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        for _ in range(5):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                os.close(fd)
                raise VaultInUse("this vault is already open in another vpdesk window or process")
            # The holder before us may have removed the file just before we locked it;
            # only a lock on the file that is still at the path counts.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                return
            os.close(fd)
        raise VaultInUse("could not take the vault's lock")

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.unlink(self.path)
        except OSError:
            pass
        _unlock(fd)
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def hold(path: Path) -> int:
    """Lock a temporary file while it is being written; returns the descriptor to close."""
    fd = os.open(path, os.O_RDONLY)
    _try_lock(fd)
    return fd


def in_use(path: Path) -> bool:
    """True while another process holds :func:`hold` on ``path``."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if not _try_lock(fd):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)
