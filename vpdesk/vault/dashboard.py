"""What the dashboard shows, in one pass over the vault: open cases, steps due, cases due
for purge, this year's counts per organisation, and the adviser's *signals*.

Signals are for the adviser only and never leave the vault: they are not logged or
exported. To keep the dashboard quick on a large vault, the accused matches are kept in the
vault (``accused_keys``: each case's meaningful words and its group), and only the
organisations whose cases changed are grouped again; a purge removes a case's key with its
accused (see migration 9).

- **Department cluster**: three or more cases within the last twelve months on the same
  department of one organisation.
- **Accused match**: cases of one organisation whose free-text accused field names the same
  person, after normalising case, accents and whitespace and comparing meaningful words.
"""

from __future__ import annotations

import functools
import json
import re
import string
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import chain, combinations
from typing import TYPE_CHECKING

from vpdesk.domain.deadlines import is_overdue
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.text import fold
from vpdesk.vault.convert import s2d_req

if TYPE_CHECKING:
    from vpdesk.vault.vault import Vault

CLUSTER_SIZE = 3
CLUSTER_MONTHS = 12
DUE_SOON_DAYS = 7

# Words that say nothing about *who*: articles, titles, and roles that many different
# accused share ("mijn leidinggevende"). A match on these alone would be noise.
_STOPWORD_TEXT = """
    de het een en of van der den ter te in op bij voor met aan uit door naar over dit dat die
    mijn zijn haar hun onze jouw je ze hij zij wij ik u men niet geen ook nog wel
    dhr heer meneer mevr mevrouw mw mr mrs ms miss sir dr drs ir ing prof
    the a an and or of to at by for with from on in my his her their our this that not
    leidinggevende leidinggevenden manager managers teamleider teamleiders teamlead
    collega collegas collega's medewerker medewerkers directeur directie afdelingshoofd
    chef baas klant klanten leverancier leveranciers bezoeker bezoekers patient patienten
    leerling leerlingen ouder ouders extern externe onbekend onbekende iemand persoon
    meerdere diverse verschillende team groep afdeling
    colleague colleagues employee employees director boss client clients customer customers
    supplier suppliers visitor visitors external unknown someone person several various group
    department staff
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# A run of two or more letters: shorter words say nothing about who (initials, "J.").
_LONG_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


@dataclass(frozen=True)
class DueStep:
    """A follow-up step that is overdue or due soon, with its case's reference."""

    step_id: int
    case_id: int
    case_ref: str
    what: str
    due: date


@dataclass(frozen=True)
class Signal:
    """A pattern the adviser may want to look at; ``kind`` is "department" or "accused"."""

    kind: str
    organisation: str
    case_ids: tuple[int, ...]
    case_refs: tuple[str, ...]
    department: str = ""
    first: date | None = None
    last: date | None = None


@dataclass
class Dashboard:
    today: date
    open_cases: int = 0
    overdue: list[DueStep] = field(default_factory=list)
    due_soon: list[DueStep] = field(default_factory=list)
    purge_due: list[int] = field(default_factory=list)  # case ids, by closing date
    year_counts: list[tuple[str, int]] = field(default_factory=list)  # (organisation, cases)
    signals: list[Signal] = field(default_factory=list)


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def normalise_words(text: str) -> frozenset[str]:
    """The meaningful words of a free text: folded case, no accents, no stop or role words."""
    # An ASCII text folds to its lower case (collapsing its spaces changes no word), in C.
    folded = text.lower() if text.isascii() else fold(text)
    return frozenset(_LONG_WORD.findall(folded)).difference(_STOPWORDS)


def accused_match(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two accused descriptions name the same person.

    They must share a word, and either share two or more words, or every meaningful word of
    the shorter one appears in the longer ("De Vries" and "Jan de Vries" match; "Jan de
    Vries" and "Piet de Vries" do not).
    """
    common = a & b
    if not common:
        return False
    return len(common) >= 2 or len(common) == min(len(a), len(b))


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    # clamp the day for short months (31 January + 1 month = 28/29 February)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def department_clusters(
    cases: list[tuple[int, str, int, str, str, date]],
    *,
    size: int = CLUSTER_SIZE,
    months: int = CLUSTER_MONTHS,
) -> list[Signal]:
    """Signals for ``size``+ cases within ``months`` on one department of one organisation.

    ``cases`` holds (id, ref, organisation id, organisation name, department, opened).
    Overlapping windows of one department are merged into one signal.
    """
    groups: dict[tuple[int, str], list[tuple[date, int, str, str, str]]] = defaultdict(list)
    keys: dict[str, tuple[str, str]] = {}  # a vault has few departments: each folded once
    for case_id, ref, org_id, org_name, department, opened in cases:
        if department not in keys:
            keys[department] = (fold(department, keep_accents=True), department.strip())
        key, shown = keys[department]
        if key:
            groups[(org_id, key)].append((opened, case_id, ref, org_name, shown))
    window_end = functools.lru_cache(maxsize=None)(lambda day: _add_months(day, months))
    signals: list[Signal] = []
    for items in groups.values():
        items.sort()
        flagged: set[int] = set()
        start = 0
        marked = -1  # every case up to this one is flagged already
        for end in range(len(items)):
            while window_end(items[start][0]) <= items[end][0]:
                start += 1
            if end - start + 1 >= size:
                flagged.update(range(max(start, marked + 1), end + 1))
                marked = end
        if not flagged:
            continue
        # split the flagged cases into runs that are separated by a gap (distinct episodes)
        run: list[int] = []
        for i in sorted(flagged):
            if run and i != run[-1] + 1:
                signals.append(_cluster_signal([items[j] for j in run]))
                run = []
            run.append(i)
        if run:
            signals.append(_cluster_signal([items[j] for j in run]))
    return signals


def _cluster_signal(items: list[tuple[date, int, str, str, str]]) -> Signal:
    return Signal(
        kind="department",
        organisation=items[0][3],
        department=items[0][4],
        case_ids=tuple(i[1] for i in items),
        case_refs=tuple(i[2] for i in items),
        first=items[0][0],
        last=items[-1][0],
    )


def accused_groups(cases: list[tuple[int, str, int, str, str, date]]) -> list[Signal]:
    """Signals for cases of one organisation whose accused texts match (see ``accused_match``).

    ``cases`` holds (id, ref, organisation id, organisation name, accused, opened). Matching
    is transitive: cases linked through a chain of matches form one signal.
    """
    info = {c[0]: c for c in cases}
    components = accused_components([(c[2], c[0], c[4]) for c in cases])
    return [_accused_signal([info[i] for i in ids]) for ids in components]


def _accused_signal(cases: list[tuple[int, str, int, str, str, date]]) -> Signal:
    cases.sort(key=lambda c: (c[5], c[0]))
    return Signal(
        kind="accused",
        organisation=cases[0][3],
        case_ids=tuple(c[0] for c in cases),
        case_refs=tuple(c[1] for c in cases),
        first=cases[0][5],
        last=cases[-1][5],
    )


def accused_components(items: Iterable[tuple[int, int, str]]) -> list[list[int]]:
    """The case ids that ``accused_groups`` puts together, each group of two or more.

    ``items`` holds (organisation id, case id, accused).
    """
    words: dict[str, frozenset[str]] = {}
    # Cases whose texts have the same meaningful words match each other: one node each.
    nodes: dict[int, dict[frozenset[str], list[int]]] = defaultdict(lambda: defaultdict(list))
    for org_id, case_id, text in items:
        meaningful = words.get(text)
        if meaningful is None:
            meaningful = words[text] = normalise_words(text)
        if meaningful:
            nodes[org_id][meaningful].append(case_id)
    return [ids for by_words in nodes.values() for ids in _join_nodes(by_words) if len(ids) > 1]


def _join_nodes(by_words: dict[frozenset[str], list[int]]) -> list[list[int]]:
    """The groups of one organisation's nodes (distinct word sets and their cases), each case
    in exactly one group (one of a single case where it matches no other).

    Two word sets match exactly when they share a pair of words, or when one of them is a
    single word the other contains (``accused_match``). A word in only one set can be part
    of neither, so pairs are formed only from the words that several sets hold.
    """
    sets = list(by_words)
    parent = list(range(len(sets)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[root_b] = root_a

    counts = Counter(chain.from_iterable(sets))
    shared = {w for w, n in counts.items() if n > 1}
    single = {next(iter(s)): n for n, s in enumerate(sets) if len(s) == 1 and counts[next(iter(s))] > 1}
    single_words = set(single)
    first_with_pair: dict[tuple[str, str], int] = {}
    for n, meaningful in enumerate(sets):
        common = meaningful & shared
        if len(common) >= 2:
            for pair in combinations(sorted(common), 2):
                other = first_with_pair.setdefault(pair, n)
                if other != n:
                    union(other, n)
        if single_words and common:
            for word in common & single_words:
                union(single[word], n)
    members: dict[int, list[int]] = defaultdict(list)
    for n, meaningful in enumerate(sets):
        members[find(n)] += by_words[meaningful]
    return list(members.values())


def load_dashboard(vault: Vault, today: date | None = None) -> Dashboard:
    """Everything the dashboard shows. Reads only; safe to run in a worker thread."""
    today = today or date.today()
    db = vault.db
    board = Dashboard(today=today)
    board.open_cases = int(db.query_one("SELECT count(*) FROM cases WHERE closed IS NULL")[0])

    soon = today + timedelta(days=DUE_SOON_DAYS)
    # steps of closed cases are history, not work to do
    for step_id, case_id, ref, what, due in db.query(
        "SELECT s.id, s.case_id, c.ref, s.what, s.due FROM steps s JOIN cases c ON c.id = s.case_id "
        "WHERE s.done IS NULL AND s.due IS NOT NULL AND s.due <= ? AND c.closed IS NULL "
        "ORDER BY s.due, s.id",
        (soon.isoformat(),),
    ):
        item = DueStep(step_id, case_id, ref, what, s2d_req(due))
        (board.overdue if is_overdue(item.due, today) else board.due_soon).append(item)

    board.purge_due = vault.cases.past_retention(today)

    names = vault.organisations.names()
    board.year_counts = sorted(
        (
            (names[org_id], int(count))
            for org_id, count in vault.cases.opened_per_organisation(today.year).items()
        ),
        key=lambda item: (-item[1], item[0].translate(_ASCII_LOWER)),  # as SQLite's NOCASE sorts
    )
    signals = department_signals(vault, today, names) + accused_signals(vault, names)
    signals.sort(key=lambda s: (s.last or today, s.organisation), reverse=True)
    board.signals = signals
    return board


def department_signals(vault: Vault, today: date, names: dict[int, str] | None = None) -> list[Signal]:
    """The department clusters: about now, so over the cases of the twelve months up to today."""
    names = vault.organisations.names() if names is None else names
    since = _add_months(today, -CLUSTER_MONTHS)
    rows = vault.db.query(
        "SELECT id, ref, organisation_id, department, opened FROM cases "
        "WHERE purged IS NULL AND opened > ? AND opened <= ? AND department != ''",
        (since.isoformat(), today.isoformat()),
    )
    return department_clusters([(r[0], r[1], r[2], names[r[2]], r[3], s2d_req(r[4])) for r in rows])


def accused_signals(vault: Vault, names: dict[int, str] | None = None) -> list[Signal]:
    """The accused matches over every case not purged (the same as ``accused_groups``).

    Read from ``accused_keys``; only the organisations whose cases changed since (marked in
    ``accused_stale`` by the vault's triggers) are grouped again, and their keys stored when
    the vault is writable.
    """
    names = vault.organisations.names() if names is None else names
    db = vault.db
    with db.lock:  # no write between reading what is stale and taking the change count
        stale = sorted(r[0] for r in db.query("SELECT organisation_id FROM accused_stale"))
        changes = db.conn.total_changes
    keys: dict[int, list[_Key]] = {}
    changed: dict[int, list[_Key]] = {}
    for org_id in stale:
        keys[org_id], changed[org_id] = _organisation_keys(vault, org_id)
    stored = vault.writable and _store_keys(vault, changed, changes)
    sql, params = _GROUPS_SQL, ()
    signals = []
    if not stored and stale:  # the stale organisations' groups come from memory
        sql += f" HAVING organisation_id NOT IN ({', '.join('?' * len(stale))})"
        params = tuple(stale)
        for org_id, rows in keys.items():
            by_group: dict[int, list[_Key]] = defaultdict(list)
            for row in rows:
                if row[3] is not None:
                    by_group[row[3]].append(row)
            for members in by_group.values():
                members.sort(key=lambda r: (r[5], r[0]))
                signals.append(
                    _group_signal(
                        names[org_id],
                        [r[0] for r in members],
                        [r[4] for r in members],
                        members[0][5],
                        members[-1][5],
                    )
                )
    for org_id, ids, refs, first, last in db.query(sql, params):
        signals.append(_group_signal(names[org_id], json.loads(ids), json.loads(refs), first, last))
    return signals


def _group_signal(organisation: str, ids: list[int], refs: list[str], first: str, last: str) -> Signal:
    return Signal(
        kind="accused",
        organisation=organisation,
        case_ids=tuple(ids),
        case_refs=tuple(refs),
        first=s2d_req(first),
        last=s2d_req(last),
    )


# Every group of two or more cases, its cases in the order they were opened.
_GROUPS_SQL = """
SELECT organisation_id, json_group_array(case_id ORDER BY opened, case_id),
       json_group_array(ref ORDER BY opened, case_id), min(opened), max(opened)
FROM accused_keys WHERE group_id IS NOT NULL GROUP BY group_id
"""

# case id, organisation id, words (sorted, space-separated), group (None: alone), ref, opened
_Key = tuple[int, int, str, int | None, str, str]


def _organisation_keys(vault: Vault, org_id: int) -> tuple[list[_Key], list[_Key]]:
    """Group one organisation's cases anew: every case's key, and those that differ from the
    stored ones (the words of cases that kept their key are reused)."""
    rows = vault.db.query(
        "SELECT c.id, c.accused, c.ref, c.opened, k.words, k.group_id, k.ref, k.opened FROM cases c "
        "LEFT JOIN accused_keys k ON k.case_id = c.id "
        "WHERE c.organisation_id = ? AND c.purged IS NULL AND c.accused != ''",
        (org_id,),
    )
    texts: dict[str, frozenset[str]] = {}
    by_words: dict[frozenset[str], list[int]] = defaultdict(list)
    words_of: dict[int, str] = {}
    for case_id, text, _ref, _opened, stored, *_ in rows:
        if stored is not None:
            meaningful = frozenset(stored.split())
            words_of[case_id] = stored
        else:
            if text not in texts:
                texts[text] = normalise_words(text)
            meaningful = texts[text]
            words_of[case_id] = " ".join(sorted(meaningful))
        if meaningful:
            by_words[meaningful].append(case_id)
    group_of: dict[int, int] = {}
    for ids in _join_nodes(by_words):
        if len(ids) > 1:
            group = min(ids)
            for case_id in ids:
                group_of[case_id] = group
    keys: list[_Key] = []
    changed: list[_Key] = []
    for case_id, _text, ref, opened, stored, stored_group, stored_ref, stored_opened in rows:
        key = (case_id, org_id, words_of[case_id], group_of.get(case_id), ref, opened)
        keys.append(key)
        if stored is None or (stored_group, stored_ref, stored_opened) != key[3:]:
            changed.append(key)
    return keys, changed


def _store_keys(vault: Vault, changed: dict[int, list[_Key]], changes: int) -> bool:
    """Store the organisations' changed keys, unless the vault changed since they were read.

    In transactions of a few thousand rows, so the window never waits long for the vault.
    """
    db = vault.db
    batches: list[list[int]] = [[]]
    size = 0
    for org_id, rows in changed.items():
        if size >= _STORE_BATCH:
            batches.append([])
            size = 0
        batches[-1].append(org_id)
        size += len(rows)
    try:
        for batch in batches:
            with vault.transaction():
                if db.conn.total_changes != changes:
                    return False  # a case was saved meanwhile: grouped again on the next load
                for org_id in batch:
                    db.conn.execute("DELETE FROM accused_stale WHERE organisation_id = ?", (org_id,))
                    db.conn.executemany(
                        "INSERT OR REPLACE INTO accused_keys VALUES (?, ?, ?, ?, ?, ?)", changed[org_id]
                    )
                changes = db.conn.total_changes
    except VpdeskError:
        return False  # a full disk, say: the signals are shown from memory all the same
    return True


_STORE_BATCH = 5000


__all__ = [
    "Dashboard",
    "DueStep",
    "Signal",
    "accused_components",
    "accused_groups",
    "accused_match",
    "accused_signals",
    "department_clusters",
    "department_signals",
    "load_dashboard",
    "normalise_words",
]
