"""The aggregate file: a small SQLCipher 4 database, encrypted with a passphrase advisers share.

``vpdesk aggregate`` writes one (counts and released tables only, see
:mod:`vpdesk.stats.combine`), ``vpdesk combine`` reads several. Like the vault it is a standard
SQLCipher 4 file with SQLCipher's default settings, so its contents can always be read with
any SQLCipher 4 tool and the shared passphrase; one table ``aggregate(key, value)`` holds
JSON values. The file is built under a temporary name and renamed into place when complete.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from vpdesk.vault.connection import (
    PAGE_SIZE,
    SQLITE_HEADER,
    DatabaseError,
    create_private_file,
    raw_connect,
    translate_error,
)
from vpdesk.vault.errors import VaultError, WrongPassphrase
from vpdesk.vault.maintenance import partial_name, remove_partial

FORMAT = "vpdesk-aggregate"
# PRAGMA application_id: "vpag", so a vault or another database is told apart at once.
APPLICATION_ID = 0x76706167


class AggregateUnreadable(WrongPassphrase):
    """The file does not open with this passphrase, is damaged, or is no aggregate file."""


class AggregateWriteFailed(VaultError):
    """The aggregate file could not be written (disk full, no permission, ...)."""


def write_aggregate_file(path: Path, passphrase: str, values: Mapping[str, Any]) -> None:
    """Write ``values`` (JSON-able) as a new encrypted aggregate file at ``path``, atomically."""
    path = Path(path)
    temp = partial_name(path)
    try:
        create_private_file(temp)
        conn = raw_connect(temp, passphrase)
        try:
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA user_version = 1")
            conn.execute("CREATE TABLE aggregate (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            conn.executemany(
                "INSERT INTO aggregate(key, value) VALUES (?, ?)",
                [(k, json.dumps(v, ensure_ascii=False, sort_keys=True)) for k, v in values.items()],
            )
            conn.execute("COMMIT")
        finally:
            conn.close()
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except (OSError, DatabaseError) as exc:
        remove_partial(temp)
        raise AggregateWriteFailed(f"cannot write {path}: {translate_error(exc)}") from None
    except BaseException:
        remove_partial(temp)
        raise
    with contextlib.suppress(OSError):
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_aggregate_file(path: Path, passphrase: str) -> dict[str, Any]:
    """The values of an aggregate file; :class:`AggregateUnreadable` if it cannot be read."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
        size = path.stat().st_size
    except OSError as exc:
        raise VaultError(f"cannot read {path}: {exc.strerror}") from None
    if head.startswith(SQLITE_HEADER) or size < PAGE_SIZE:
        raise AggregateUnreadable(f"{path} is not a vpdesk aggregate file")
    try:
        conn = raw_connect(path, passphrase, read_only=True)
    except (DatabaseError, OSError) as exc:
        raise translate_error(exc) from None
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError:
            raise _diagnose(conn, path, size) from None
        try:
            failures = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
            app = int(conn.execute("PRAGMA application_id").fetchone()[0])
            if failures:
                raise AggregateUnreadable(f"{path} is damaged; ask its adviser for a new aggregate file")
            if app != APPLICATION_ID:
                raise AggregateUnreadable(f"{path} is not a vpdesk aggregate file")
            rows = conn.execute("SELECT key, value FROM aggregate").fetchall()
            values = {str(k): json.loads(v) for k, v in rows}
        except (DatabaseError, ValueError, TypeError):
            raise AggregateUnreadable(
                f"{path} is damaged; ask its adviser for a new aggregate file"
            ) from None
    finally:
        conn.close()
    if values.get("format") != FORMAT:
        raise AggregateUnreadable(f"{path} is not a vpdesk aggregate file")
    return values


def _diagnose(conn: Any, path: Path, size: int) -> AggregateUnreadable:
    """With the right key only damaged pages fail their check; with a wrong key every page does."""
    try:
        failures = len(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    except DatabaseError:
        failures = -1
    pages = size // PAGE_SIZE
    if 0 <= failures < pages and pages > 1:
        return AggregateUnreadable(f"{path} is damaged; ask its adviser for a new aggregate file")
    return AggregateUnreadable(f"wrong shared passphrase for {path}, or it is not a vpdesk aggregate file")
