"""A canonical dump of a vault's whole content, to prove that a failed operation changed nothing."""

from __future__ import annotations

from vpdesk.vault import Vault
from vpdesk.vault.connection import DatabaseError


def canonical_dump(vault: Vault) -> bytes:
    """Every row of every table (the full-text index and its shadow tables too), in a fixed order.

    Rows carry their rowid where the table has one, so a row that was rewritten under a
    new id shows as a change too.
    """
    conn = vault.db.conn
    out: list[str] = []
    with vault.db.lock:
        out.append(f"user_version={conn.execute('PRAGMA user_version').fetchone()[0]}")
        schema = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        out.extend(repr(tuple(row)) for row in schema)
        tables = [name for kind, name, _, _ in schema if kind == "table"]
        for name in tables:
            quoted = '"' + name.replace('"', '""') + '"'
            try:
                rows = conn.execute(f"SELECT rowid, * FROM {quoted}").fetchall()
            except DatabaseError:  # WITHOUT ROWID tables
                rows = conn.execute(f"SELECT * FROM {quoted}").fetchall()
            out.append(f"-- {name}: {len(rows)} rows")
            out.extend(sorted(repr(tuple(row)) for row in rows))
    return "\n".join(out).encode("utf-8", "surrogatepass")
