"""Automatic backups (at most one a day, the last N kept) and restoring from a backup."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from vpdesk.vault.errors import VaultDamaged, VaultError
from vpdesk.vault.filelock import WriterLock
from vpdesk.vault.maintenance import check_file, partial_name, remove_partial
from vpdesk.vault.vault import Vault

DEFAULT_KEEP = 10
_STAMP = re.compile(r"-(\d{8})-(\d{6})(?:-\d+)?\.vpdesk$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime


def _stem(vault_path: Path) -> str:
    name = vault_path.name
    return name[: -len(".vpdesk")] if name.endswith(".vpdesk") else name


def list_backups(vault_path: Path, folder: Path) -> list[BackupFile]:
    """This vault's automatic backups in ``folder``, newest first."""
    stem = _stem(vault_path)
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _STAMP.search(p.name)
            if m and p.name[: m.start()] == stem and p.is_file():
                taken = datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
                found.append(BackupFile(p, taken))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def auto_backup(
    vault: Vault, folder: Path, *, keep: int = DEFAULT_KEEP, today: date | None = None
) -> Path | None:
    """Back up into ``folder`` unless today's backup exists; prune to the newest ``keep``.

    Returns the new backup's path, or None when today's was already there.
    """
    today = today or date.today()
    if not folder.is_dir():
        raise VaultError("the backup folder does not exist")
    existing = list_backups(vault.path, folder)
    if existing and existing[0].taken.date() == today:
        return None
    target = vault.backup(folder)
    for old in list_backups(vault.path, folder)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target


def restore_backup(backup: Path, passphrase: str, vault_path: Path) -> Path | None:
    """Replace the vault by a checked backup; the replaced file is kept beside it.

    Returns where the previous file was moved to (None if there was none). The vault must
    not be open anywhere.
    """
    report = check_file(backup, passphrase)  # raises WrongPassphrase for a foreign backup
    if not report.ok:
        raise VaultDamaged("this backup is damaged too; choose another one")
    lock = WriterLock(vault_path)
    lock.acquire()
    tmp = partial_name(vault_path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, backup.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        if not check_file(tmp, passphrase).ok:
            raise VaultDamaged("the restored copy failed its check; nothing was changed")
        kept: Path | None = None
        if vault_path.exists():
            kept = vault_path.with_name(f"{vault_path.name}.replaced-{datetime.now():%Y%m%d-%H%M%S}")
            os.replace(vault_path, kept)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.replace(f"{vault_path}{suffix}", f"{kept}{suffix}")
        os.replace(tmp, vault_path)
    except BaseException:
        remove_partial(tmp)
        raise
    finally:
        lock.release()
    return kept
