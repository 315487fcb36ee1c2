"""The vault's schema as numbered migrations; ``PRAGMA user_version`` holds the number.

Each migration runs in one transaction. Append new steps; never edit a released one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The text that makes up a case's full-text index row. Shared by per-case updates and the
# full rebuild so the two can never disagree.
SEARCH_ROW_SELECT = """
SELECT c.id, c.ref,
       trim(c.reporter_name || ' ' || c.reporter_email || ' ' || c.reporter_phone),
       c.department,
       c.accused,
       trim(coalesce((SELECT group_concat(note, ' ') FROM conversations WHERE case_id = c.id), '')
            || ' ' || coalesce((SELECT group_concat(what, ' ') FROM steps WHERE case_id = c.id), '')
            || ' ' || coalesce((SELECT group_concat(note, ' ') FROM referrals WHERE case_id = c.id), ''))
FROM cases c
"""

V1 = """
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sector TEXT NOT NULL DEFAULT '',
    retention_months INTEGER NOT NULL DEFAULT 12
);
CREATE TABLE departments (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    PRIMARY KEY (organisation_id, name)
) WITHOUT ROWID;
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    department TEXT NOT NULL DEFAULT '',
    opened TEXT NOT NULL,
    closed TEXT,
    reporter_name TEXT NOT NULL DEFAULT '',
    reporter_email TEXT NOT NULL DEFAULT '',
    reporter_phone TEXT NOT NULL DEFAULT '',
    reporter_gender TEXT NOT NULL DEFAULT 'unknown',
    reporter_role TEXT NOT NULL DEFAULT 'unknown',
    consent_date TEXT,
    accused_relation TEXT NOT NULL DEFAULT 'unknown',
    accused TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'unknown',
    outcome TEXT,
    purged TEXT,
    CHECK (closed IS NULL OR closed >= opened)
);
CREATE TABLE case_behaviours (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (case_id, code)
) WITHOUT ROWID;
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    kind TEXT NOT NULL DEFAULT 'intake',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE steps (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    what TEXT NOT NULL,
    due TEXT,
    done TEXT
);
CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    consent INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE signals (
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (organisation_id, year)
) WITHOUT ROWID;
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    timestamp TEXT NOT NULL,
    kind TEXT NOT NULL,
    case_id INTEGER
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""

V2 = """
CREATE INDEX cases_organisation_opened ON cases(organisation_id, opened);
CREATE INDEX cases_opened ON cases(opened);
CREATE INDEX cases_closed ON cases(closed);
CREATE INDEX conversations_case ON conversations(case_id);
CREATE INDEX conversations_date ON conversations(date);
CREATE INDEX steps_case ON steps(case_id);
CREATE INDEX steps_open_due ON steps(due) WHERE done IS NULL;
CREATE INDEX referrals_case ON referrals(case_id);
CREATE INDEX activities_organisation_date ON activities(organisation_id, date);
CREATE INDEX audit_log_timestamp ON audit_log(timestamp);
CREATE VIRTUAL TABLE case_search USING fts5(
    ref, reporter, department, accused, text,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO case_search(case_search, rank) VALUES ('secure-delete', 1);
"""

V2_FILL = "INSERT INTO case_search(rowid, ref, reporter, department, accused, text) " + SEARCH_ROW_SELECT


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str
    after: Callable[[Any], None] | None = None


# The year figures count conversations and minutes by date; with the minutes and the case in
# the index they never read the table rows, which hold the note text.
V3 = """
DROP INDEX conversations_date;
CREATE INDEX conversations_date_minutes ON conversations(date, minutes, case_id);
"""

# The release ledger: every table of figures released, so that later releases are audited
# together with it and the previous year is shown as it was released.
V4 = """
CREATE TABLE releases (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'melding',
    year INTEGER NOT NULL,
    organisation_id INTEGER,
    threshold INTEGER NOT NULL,
    released_on TEXT NOT NULL,
    cells TEXT NOT NULL,
    members TEXT NOT NULL DEFAULT '[]',
    digest TEXT NOT NULL DEFAULT ''
);
CREATE INDEX releases_year ON releases(kind, year);
"""

# The signals text keeps, beside it, the possible names the adviser marked "not a name" (one
# key per line, each made of the name and its sentence, so an edited passage loses its mark).
V5 = """
ALTER TABLE signals ADD COLUMN not_names TEXT NOT NULL DEFAULT '';
"""

# Mediation as a case kind beside the melding, the adviser's professional record, a retention
# term per case kind and a hold on a single case.
V6 = """
CREATE TABLE mediations (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    opened TEXT NOT NULL,
    closed TEXT,
    relation TEXT NOT NULL DEFAULT 'unknown',
    channel TEXT NOT NULL DEFAULT 'unknown',
    referrer TEXT NOT NULL DEFAULT 'unknown',
    initiator TEXT NOT NULL DEFAULT 'unknown',
    form TEXT NOT NULL DEFAULT 'informal',
    agreement_signed TEXT,
    co_mediator INTEGER NOT NULL DEFAULT 0,
    result TEXT,
    written_agreement TEXT,
    procedure_avoided TEXT NOT NULL DEFAULT 'unknown',
    note TEXT NOT NULL DEFAULT '',
    hold_reason TEXT,
    purged TEXT,
    CHECK (closed IS NULL OR closed >= opened)
);
CREATE INDEX mediations_organisation_opened ON mediations(organisation_id, opened);
CREATE TABLE mediation_parties (
    id INTEGER PRIMARY KEY,
    mediation_id INTEGER NOT NULL REFERENCES mediations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'employee',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mediation_parties_mediation ON mediation_parties(mediation_id);
CREATE TABLE mediation_sessions (
    id INTEGER PRIMARY KEY,
    mediation_id INTEGER NOT NULL REFERENCES mediations(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'joint',
    minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mediation_sessions_mediation ON mediation_sessions(mediation_id, date);
CREATE TABLE mediation_evaluations (
    id INTEGER PRIMARY KEY,
    mediation_id INTEGER NOT NULL REFERENCES mediations(id) ON DELETE CASCADE,
    party INTEGER NOT NULL,
    satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mediation_evaluations_mediation ON mediation_evaluations(mediation_id);
CREATE TABLE professional_activities (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    pe_points REAL NOT NULL DEFAULT 0 CHECK (pe_points >= 0),
    with_whom TEXT NOT NULL DEFAULT ''
);
CREATE INDEX professional_activities_date ON professional_activities(date);
ALTER TABLE organisations ADD COLUMN mediation_retention_months INTEGER NOT NULL DEFAULT 60;
ALTER TABLE cases ADD COLUMN hold_reason TEXT;
"""

# What the field publishes besides today's figures: whether the reporter stayed anonymous,
# their age group (optional in the figures, like gender) and, asked on closing, what they
# wanted. Finer behaviour kinds need no column: they are codes in case_behaviours.
V7 = """
ALTER TABLE cases ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1));
ALTER TABLE cases ADD COLUMN reporter_age TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE cases ADD COLUMN wish TEXT;
"""

# The dashboard's accused signals, kept up to date instead of recomputed over every case:
# each case's meaningful accused words and its group of matching cases (NULL: none), with
# the reference and date the signal shows. The triggers forget a case's key when one of
# those changes (so a purge leaves no words behind) and mark its organisation to be grouped
# again on the next load. Three indexes let the window read what it shows at start-up
# (the case list, the next step of each case, what the retention period reaches) without
# reading every case's whole row.
V9 = """
CREATE TABLE accused_keys (
    case_id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL,
    words TEXT NOT NULL,
    group_id INTEGER,
    ref TEXT NOT NULL,
    opened TEXT NOT NULL
);
CREATE INDEX accused_keys_group ON accused_keys(group_id) WHERE group_id IS NOT NULL;
CREATE TABLE accused_stale (organisation_id INTEGER PRIMARY KEY);
INSERT INTO accused_stale SELECT id FROM organisations;
CREATE TRIGGER accused_keys_case_added AFTER INSERT ON cases WHEN NEW.accused != '' BEGIN
    INSERT OR IGNORE INTO accused_stale VALUES (NEW.organisation_id);
END;
CREATE TRIGGER accused_keys_case_changed
AFTER UPDATE OF accused, organisation_id, purged, ref, opened ON cases
WHEN OLD.accused IS NOT NEW.accused OR OLD.organisation_id IS NOT NEW.organisation_id
    OR OLD.purged IS NOT NEW.purged OR OLD.ref IS NOT NEW.ref OR OLD.opened IS NOT NEW.opened
BEGIN
    INSERT OR IGNORE INTO accused_stale VALUES (OLD.organisation_id);
    INSERT OR IGNORE INTO accused_stale VALUES (NEW.organisation_id);
    DELETE FROM accused_keys WHERE case_id = OLD.id;
END;
CREATE TRIGGER accused_keys_case_deleted AFTER DELETE ON cases BEGIN
    INSERT OR IGNORE INTO accused_stale VALUES (OLD.organisation_id);
    DELETE FROM accused_keys WHERE case_id = OLD.id;
END;
CREATE INDEX cases_list ON cases(opened, id, ref, organisation_id, closed, department);
CREATE INDEX steps_case_open ON steps(case_id, due) WHERE done IS NULL;
CREATE INDEX cases_retention ON cases(closed, organisation_id, purged, hold_reason)
    WHERE closed IS NOT NULL AND purged IS NULL AND hold_reason IS NULL;
"""

# For the leak check (see vpdesk.vault.search): which cases' indexed texts go beyond ASCII, and
# whether a character in them is folded by the full-text index otherwise than by the normal
# form, so that only those notes are read instead of every note to find them; and each case's
# identifying values in the normal form, in an index of their own.
V10 = """
CREATE TABLE search_folding (
    case_id INTEGER PRIMARY KEY,
    otherwise INTEGER NOT NULL CHECK (otherwise IN (0, 1)),
    digest TEXT NOT NULL
);
CREATE VIRTUAL TABLE case_values USING fts5(
    reporter, refdep, accused, particles
);
INSERT INTO case_values(case_values, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER case_search_rows_case_deleted AFTER DELETE ON cases BEGIN
    DELETE FROM search_folding WHERE case_id = OLD.id;
    DELETE FROM case_values WHERE rowid = OLD.id;
END;
"""


# The year figures count each organisation's conversations and minutes: walked from the cases
# in the order of the organisation index, they are read by case and date from this index,
# never from the table rows (which hold the note text) nor by a lookup of each conversation's
# case. It also serves every lookup by case, so the index on the case alone goes.
V11 = """
CREATE INDEX conversations_case_date ON conversations(case_id, date, minutes);
DROP INDEX conversations_case;
"""


# What the year figures read of each case besides its own row: its behaviours and referral
# targets (codes joined by "|", in no particular order) and its number of conversations, kept
# by triggers with every change of those tables, so that counting a year reads one row per
# case instead of looking each case up in three tables.
_TALLIES = {
    "behaviours": "(SELECT group_concat(code, '|') FROM case_behaviours WHERE case_id = {case})",
    "referrals": "(SELECT group_concat(target, '|') FROM referrals WHERE case_id = {case})",
    "conversations": "(SELECT count(*) FROM conversations WHERE case_id = {case})",
}
TALLY_COLUMNS = tuple(_TALLIES)


def tally_of(column: str, case: str) -> str:
    """The SQL that works out a tally column (``behaviours``, ``referrals``, ``conversations``)
    of the case whose id is the SQL expression ``case``."""
    return _TALLIES[column].format(case=case)


def _retally(cases: str) -> str:
    columns = ", ".join(f"{c} = {tally_of(c, 'case_tallies.case_id')}" for c in TALLY_COLUMNS)
    return f"UPDATE case_tallies SET {columns} WHERE case_id IN ({cases});"


# The tables whose rows the tallies are made from, and the name of a row in the triggers' names.
_TALLIED = (("case_behaviours", "behaviour"), ("referrals", "referral"), ("conversations", "conversation"))
_TALLY_TRIGGERS = "".join(
    f"CREATE TRIGGER case_tallies_{name}_{event.lower()} AFTER {event} ON {table} BEGIN\n"
    f"    {_retally(cases)}\nEND;\n"
    for table, name in _TALLIED
    for event, cases in (
        ("INSERT", "NEW.case_id"),
        ("DELETE", "OLD.case_id"),
        ("UPDATE", "OLD.case_id, NEW.case_id"),
    )
)

V12 = f"""
CREATE TABLE case_tallies (
    case_id INTEGER PRIMARY KEY,
    behaviours TEXT,
    referrals TEXT,
    conversations INTEGER NOT NULL DEFAULT 0
);
INSERT INTO case_tallies SELECT c.id, {", ".join(tally_of(c, "c.id") for c in TALLY_COLUMNS)} FROM cases c;
CREATE TRIGGER case_tallies_case_added AFTER INSERT ON cases BEGIN
    INSERT OR IGNORE INTO case_tallies(case_id) VALUES (NEW.id);
END;
CREATE TRIGGER case_tallies_case_deleted AFTER DELETE ON cases BEGIN
    DELETE FROM case_tallies WHERE case_id = OLD.id;
END;
{_TALLY_TRIGGERS}"""


def _fill_search_rows(conn: Any) -> None:
    from vpdesk.vault.search import refresh_folding, refresh_values

    refresh_folding(conn)
    refresh_values(conn)


# Each organisation's conversations and their minutes per calendar year, kept by triggers
# with every change of a conversation or of the organisation of a case, so that the year
# figures read a few rows instead of joining every case to its conversations. A row may hold
# zero conversations (after deletions); readers leave those out.
CONVERSATION_TOTALS = """
SELECT c.organisation_id, CAST(substr(v.date, 1, 4) AS INTEGER), count(*), sum(v.minutes)
FROM cases c JOIN conversations v ON v.case_id = c.id GROUP BY 1, 2
"""
_ADD_TOTALS = (
    " ON CONFLICT (organisation_id, year) DO UPDATE SET conversations = conversations + "
    "excluded.conversations, minutes = minutes + excluded.minutes;"
)


def _counted(sign: str, row: str) -> str:
    """Adding (``sign`` "+") or taking away ("-") the conversation ``row`` (NEW or OLD)."""
    return (
        "INSERT INTO conversation_totals SELECT c.organisation_id, "
        f"CAST(substr({row}.date, 1, 4) AS INTEGER), {sign}1, {sign}{row}.minutes "
        f"FROM cases c WHERE c.id = {row}.case_id" + _ADD_TOTALS
    )


def _case_counted(sign: str, row: str) -> str:
    """Adding or taking away every conversation of the case ``row`` under its organisation."""
    return (
        f"INSERT INTO conversation_totals SELECT {row}.organisation_id, "
        f"CAST(substr(v.date, 1, 4) AS INTEGER), {sign}count(*), {sign}sum(v.minutes) "
        f"FROM conversations v WHERE v.case_id = {row}.id GROUP BY 2" + _ADD_TOTALS
    )


V13 = f"""
CREATE TABLE conversation_totals (
    organisation_id INTEGER NOT NULL,
    year INTEGER NOT NULL,
    conversations INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, year)
) WITHOUT ROWID;
INSERT INTO conversation_totals {CONVERSATION_TOTALS};
CREATE TRIGGER conversation_totals_added AFTER INSERT ON conversations BEGIN
    {_counted("+", "NEW")}
END;
CREATE TRIGGER conversation_totals_changed AFTER UPDATE OF case_id, date, minutes ON conversations BEGIN
    {_counted("-", "OLD")}
    {_counted("+", "NEW")}
END;
-- A conversation deleted with its case is no longer found under it: the case takes its
-- conversations away before it goes.
CREATE TRIGGER conversation_totals_deleted AFTER DELETE ON conversations BEGIN
    {_counted("-", "OLD")}
END;
CREATE TRIGGER conversation_totals_case_deleted BEFORE DELETE ON cases BEGIN
    {_case_counted("-", "OLD")}
END;
CREATE TRIGGER conversation_totals_case_moved AFTER UPDATE OF organisation_id ON cases
WHEN OLD.organisation_id IS NOT NEW.organisation_id BEGIN
    {_case_counted("-", "OLD")}
    {_case_counted("+", "NEW")}
END;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial tables", V1),
    Migration(2, "indexes and full-text search", V2 + V2_FILL + ";"),
    Migration(3, "covering index for the year figures", V3),
    Migration(4, "release ledger", V4),
    Migration(5, "possible names marked as not a name in the signals text", V5),
    Migration(6, "mediations, professional record, retention per case kind, holds", V6),
    Migration(7, "anonymous contact, age group and the reporter's wish on a case", V7),
    Migration(9, "the dashboard's accused signals kept per organisation; indexes for start-up", V9),
    Migration(
        10, "the leak check's indexes: texts folded otherwise, identifying values", V10, _fill_search_rows
    ),
    Migration(11, "conversations indexed by case and date for the year figures", V11),
    Migration(12, "each case's behaviours, referrals and conversations kept for the year figures", V12),
    Migration(13, "each organisation's conversations and minutes per year kept for the year figures", V13),
)

CURRENT_VERSION = MIGRATIONS[-1].version
