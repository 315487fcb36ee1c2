"""The encrypted vault: SQLCipher connection, schema, migrations and repositories. No Qt."""

from vpdesk.vault.errors import (
    DiskFull,
    NotAVault,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from vpdesk.vault.vault import Vault

__all__ = [
    "DiskFull",
    "NotAVault",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultNotFound",
    "VaultTooNew",
    "WrongPassphrase",
]
