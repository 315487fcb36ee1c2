"""The full-text indexes of cases: their records' texts, and their identifying values.

The leak check (:mod:`vpdesk.report.leaks`) finds the words of notes through the index: where
the index splits and folds every character of a case's texts exactly as
:func:`vpdesk.normal.normal_form` does, its terms are the words the check looks for, and the
notes need not be read. Texts holding another character (``ß``, ligatures, ``ı``, invisible
format characters, ...) must be read. Which cases those are is kept beside the index, in
``search_folding``: one row per case whose indexed text goes beyond ASCII, saying whether a
character in it is folded otherwise, and for which tokenizer (a digest of the characters it
folds alike). Every write of an index row goes through :func:`write_index_rows`, which
refreshes those rows with it, so the check never reads every note to find them.

``case_values`` holds each case's identifying values as the words of the normal form, in an
index of their own (without the notes, a word's list of cases is short): the reporter's name
and e-mail, the reference and department, the accused, and the names and e-mails made of
particles alone. The leak check of one text reads only the cases with a value that shares a
word with it. Made under another normal form (``settings`` key ``case_values_form``), the
whole index is made anew at the next write, and read as missing until then.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence
from itertools import chain
from pathlib import Path
from typing import Any

import sqlcipher3

from vpdesk.normal import FORM_VERSION, PARTICLES, runs
from vpdesk.vault.connection import has_table
from vpdesk.vault.schema import SEARCH_ROW_SELECT

DEFAULT_TOKENIZER = "unicode61"
_BATCH = 2000


def fts_tokens(tokenize: str, texts: Sequence[str]) -> list[list[str]]:
    """The terms the full-text index makes of each text, with the tokenizer ``tokenize``.

    Built in a private in-memory table (no key, nothing on disk), so the answer is SQLite's own.
    """
    conn = sqlcipher3.connect(":memory:")
    try:
        quoted = tokenize.replace("'", "''")
        conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '{quoted}')")
        conn.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", [(i, t) for i, t in enumerate(texts, 1)])
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
        found: list[list[str]] = [[] for _ in texts]
        for term, doc in conn.execute('SELECT term, doc FROM v ORDER BY doc, "offset"'):
            found[doc - 1].append(term)
        return found
    finally:
        conn.close()


@functools.lru_cache(maxsize=4)
def index_alike(tokenize: str) -> frozenset[str] | None:
    """The characters the full-text index splits and folds exactly as the normal form.

    Each is tried between two letters, through SQLite's own tokenizer: a text made only of
    these characters has the same words in the index as in the normal form. None when an
    ASCII character differs (then the index cannot stand in for reading the notes).
    """
    ascii_chars = [chr(c) for c in range(1, 128)]
    others = [chr(c) for c in chain(range(0x80, 0x250), range(0x1E00, 0x1F00), range(0x2000, 0x2070))]
    candidates = ascii_chars + others
    samples = [f"a{c}a" for c in candidates]
    alike = {
        c
        for c, sample, terms in zip(candidates, samples, fts_tokens(tokenize, samples), strict=True)
        if terms == runs(sample)
    }
    if not alike.issuperset(ascii_chars):
        return None
    return frozenset(alike)


@functools.lru_cache(maxsize=4)
def folding_digest(tokenize: str) -> str:
    """Names the tokenizer and the characters it folds alike: a folding row made under another
    (another SQLite, another tokenizer) no longer counts."""
    alike = index_alike(tokenize)
    chars = "" if alike is None else "".join(sorted(alike))
    return hashlib.sha256(f"{tokenize}\x00{chars}".encode()).hexdigest()[:16]


def fts_term(word: str) -> str:
    """A word as one term of an FTS5 query."""
    return '"' + word.replace('"', '""') + '"'


def _of(column: str, ids: str | None, joiner: str = " WHERE ") -> str:
    """The clause keeping the rows whose ``column`` satisfies ``ids`` ("= ?", ...); all: None."""
    return "" if ids is None else f"{joiner}{column} {ids}"


def tokenizer_of(conn: Any) -> str | None:
    """The tokenizer of the vault's full-text index (None when the vault has none)."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'case_search'").fetchone()
    if row is None:
        return None
    match = re.search(r"tokenize\s*=\s*'((?:[^']|'')*)'", str(row[0]))
    return DEFAULT_TOKENIZER if match is None else match.group(1).replace("''", "'")


def write_index_rows(conn: Any, ids: str | None = None, params: Sequence[Any] = ()) -> None:
    """Write the full-text rows of the cases ``c.id {ids}`` selects (all: None) anew, with their
    folding rows. Inside the caller's transaction; ``conn`` is the raw connection."""
    conn.execute("DELETE FROM case_search" + _of("rowid", ids), params)
    conn.execute(
        "INSERT INTO case_search(rowid, ref, reporter, department, accused, text) "
        + SEARCH_ROW_SELECT
        + _of("c.id", ids),
        params,
    )
    refresh_folding(conn, ids, params)
    refresh_values(conn, ids, params)


def refresh_folding(conn: Any, ids: str | None = None, params: Sequence[Any] = ()) -> None:
    """The folding rows of the cases ``rowid {ids}`` selects, from their index rows."""
    if not has_table(conn, "search_folding"):
        return  # a vault before that table: its migration fills it
    conn.execute("DELETE FROM search_folding" + _of("case_id", ids), params)
    tokenize = tokenizer_of(conn)
    if tokenize is None:
        return
    alike = index_alike(tokenize)
    digest = folding_digest(tokenize)
    cursor = conn.execute(
        "SELECT rowid, text FROM case_search WHERE length(text) != octet_length(text)"
        + _of("rowid", ids, " AND "),
        params,
    )
    try:
        while rows := cursor.fetchmany(_BATCH):
            conn.executemany(
                "INSERT INTO search_folding(case_id, otherwise, digest) VALUES (?, ?, ?)",
                [(rowid, int(alike is None or not alike.issuperset(text)), digest) for rowid, text in rows],
            )
    finally:
        cursor.close()


@functools.lru_cache(maxsize=1)
def values_form() -> str:
    """Names the normal form the values are kept in (the transliteration's version, the
    particles): values kept under another are made anew."""
    version = _unidecode_version()  # its transliteration tables
    words = " ".join(sorted(PARTICLES))
    return hashlib.sha256(f"{FORM_VERSION}\x00{version}\x00{words}".encode()).hexdigest()[:16]


def _unidecode_version() -> str:
    """The installed unidecode's version: from the name of its ``.dist-info`` folder beside
    it, else from ``importlib.metadata`` (whose import alone takes 25 ms)."""
    import unidecode

    site = Path(unidecode.__file__).parent.parent
    found = sorted(site.glob("[Uu]nidecode-*.dist-info"))
    if len(found) == 1:
        return found[0].name[len("unidecode-") : -len(".dist-info")]
    from importlib import metadata

    try:
        return metadata.version("unidecode")
    except metadata.PackageNotFoundError:  # pragma: no cover - a bundle without the metadata
        return ""


VALUES_COLUMNS = ("reporter", "refdep", "accused", "particles")


def values_row(ref: str, name: str, email: str, department: str, accused: str) -> tuple[str, ...]:
    """A case's ``case_values`` row: the words of its values, per column of the index."""
    name_words = runs(name)
    email_words = runs(email)
    local = runs(email.split("@", 1)[0]) if "@" in email else []
    alone = [ws for ws in (name_words, email_words, local) if ws and PARTICLES.issuperset(ws)]
    return (
        " ".join(name_words + email_words),
        " ".join(runs(ref) + runs(department)),
        " ".join(runs(accused)),
        " ".join(w for ws in alone for w in ws),
    )


def _values_form_current(conn: Any) -> bool:
    row = conn.execute("SELECT value FROM settings WHERE key = 'case_values_form'").fetchone()
    return row is not None and bool(row[0] == values_form())


def values_current(conn: Any) -> bool:
    """Whether ``case_values`` is there, made under this normal form, with a row per case."""
    if not has_table(conn, "case_values"):
        return False
    if not _values_form_current(conn):
        return False
    # One row per case: a case written without its index row is never taken for one without
    # values (a cheap count of both, not a proof the rows hold the case's present values).
    counts = conn.execute("SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM case_values_docsize)")
    cases, indexed = counts.fetchone()
    return bool(cases == indexed)


def refresh_values(conn: Any, ids: str | None = None, params: Sequence[Any] = ()) -> None:
    """The ``case_values`` rows of the cases ``c.id {ids}`` selects (all of them when the index
    was made under another normal form)."""
    if not has_table(conn, "case_values"):
        return
    if not _values_form_current(conn):
        ids, params = None, ()
        conn.execute(
            "INSERT OR REPLACE INTO settings(key, value) VALUES ('case_values_form', ?)", (values_form(),)
        )
    conn.execute("DELETE FROM case_values" + _of("rowid", ids), params)
    cursor = conn.execute(
        "SELECT c.id, c.ref, c.reporter_name, c.reporter_email, c.department, c.accused FROM cases c"
        + _of("c.id", ids),
        params,
    )
    marks = ", ".join("?" * (len(VALUES_COLUMNS) + 1))
    try:
        while rows := cursor.fetchmany(_BATCH):
            conn.executemany(
                f"INSERT INTO case_values(rowid, {', '.join(VALUES_COLUMNS)}) VALUES ({marks})",
                [(r[0], *values_row(*(v or "" for v in r[1:]))) for r in rows],
            )
    finally:
        cursor.close()


__all__ = [
    "folding_digest",
    "fts_term",
    "fts_tokens",
    "index_alike",
    "refresh_folding",
    "refresh_values",
    "tokenizer_of",
    "values_current",
    "values_form",
    "values_row",
    "write_index_rows",
]
