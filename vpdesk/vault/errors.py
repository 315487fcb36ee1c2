"""Errors of the vault layer. Messages never contain anything read from the vault."""

from __future__ import annotations

from vpdesk.domain.errors import VpdeskError


class VaultError(VpdeskError):
    """Something is wrong with the vault file or its use."""


class VaultNotFound(VaultError):
    """There is no file at the given path."""


class VaultExists(VaultError):
    """A new vault was asked for where a file already exists."""


class WrongPassphrase(VaultError):
    """The passphrase does not open this file, or the file is not a vault."""


class NotAVault(WrongPassphrase):
    """The file is recognisably something else than a vault (for example plain SQLite)."""


class VaultDamaged(VaultError):
    """The passphrase is right but pages of the file are damaged."""


class VaultInUse(VaultError):
    """Another process has the vault open for writing."""


class VaultTooNew(VaultError):
    """The vault was written by a newer version of vpdesk."""


class DiskFull(VaultError):
    """The disk is full or a write failed; nothing was committed."""
