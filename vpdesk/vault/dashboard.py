"""What the dashboard shows, in one pass over the vault: open cases, steps due, cases due
for purge, this year's counts per organisation, and the adviser's *signals*.

Signals are for the adviser only and never leave the vault: they are computed in memory on
demand and are not stored, logged or exported.

- **Department cluster**: three or more cases within the last twelve months on the same
  department of one organisation.
- **Accused match**: cases of one organisation whose free-text accused field names the same
  person, after normalising case, accents and whitespace and comparing meaningful words.
"""

from __future__ import annotations

import re
import string
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from vpdesk.domain.deadlines import is_overdue
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
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


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
    purge_due: list[tuple[int, str]] = field(default_factory=list)  # (case id, ref)
    year_counts: list[tuple[str, int]] = field(default_factory=list)  # (organisation, cases)
    signals: list[Signal] = field(default_factory=list)


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def normalise_words(text: str) -> frozenset[str]:
    """The meaningful words of a free text: folded case, no accents, no stop or role words."""
    return frozenset(w for w in _WORD.findall(fold(text)) if len(w) >= 2 and w not in _STOPWORDS)


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
    for case_id, ref, org_id, org_name, department, opened in cases:
        key = fold(department, keep_accents=True)
        if key:
            groups[(org_id, key)].append((opened, case_id, ref, org_name, department.strip()))
    signals: list[Signal] = []
    for items in groups.values():
        items.sort()
        flagged: set[int] = set()
        start = 0
        for end in range(len(items)):
            while _add_months(items[start][0], months) <= items[end][0]:
                start += 1
            if end - start + 1 >= size:
                flagged.update(range(start, end + 1))
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
    words = {c[0]: normalise_words(c[4]) for c in cases}
    info = {c[0]: c for c in cases}
    parent = {c[0]: c[0] for c in cases}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(ids: list[int]) -> None:
        root = find(ids[0])
        for other in ids[1:]:
            other_root = find(other)
            if other_root != root:
                parent[other_root] = root

    # ``accused_match`` without comparing every pair: two descriptions match exactly when
    # they share a pair of words, or when one of them is a single word the other contains.
    by_pair: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    by_word: dict[tuple[int, str], list[int]] = defaultdict(list)
    single: set[tuple[int, str]] = set()
    for case_id, _ref, org_id, _org, _accused, _opened in cases:
        ordered = sorted(words[case_id])
        for i, first in enumerate(ordered):
            by_word[(org_id, first)].append(case_id)
            for second in ordered[i + 1 :]:
                by_pair[(org_id, first, second)].append(case_id)
        if len(ordered) == 1:
            single.add((org_id, ordered[0]))
    for ids in by_pair.values():
        if len(ids) > 1:
            union(ids)
    for key in single:
        union(by_word[key])
    members: dict[int, list[int]] = defaultdict(list)
    for case_id, meaningful in words.items():
        if meaningful:
            members[find(case_id)].append(case_id)
    signals = []
    for ids in members.values():
        if len(ids) < 2:
            continue
        ids.sort(key=lambda i: (info[i][5], i))
        signals.append(
            Signal(
                kind="accused",
                organisation=info[ids[0]][3],
                case_ids=tuple(ids),
                case_refs=tuple(info[i][1] for i in ids),
                first=info[ids[0]][5],
                last=info[ids[-1]][5],
            )
        )
    return signals


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

    purge_ids = vault.cases.past_retention(today)
    if purge_ids:
        refs = dict(db.query("SELECT id, ref FROM cases WHERE closed IS NOT NULL AND purged IS NULL"))
        board.purge_due = [(i, refs.get(i, "")) for i in purge_ids]

    names = vault.organisations.names()
    board.year_counts = sorted(
        (
            (names[org_id], int(count))
            for org_id, count in vault.cases.opened_per_organisation(today.year).items()
        ),
        key=lambda item: (-item[1], item[0].translate(_ASCII_LOWER)),  # as SQLite's NOCASE sorts
    )

    rows = db.query(
        "SELECT c.id, c.ref, c.organisation_id, o.name, c.department, c.accused, c.opened "
        "FROM cases c JOIN organisations o ON o.id = c.organisation_id WHERE c.purged IS NULL"
    )
    # a department signal is about now: the twelve months up to today
    since = _add_months(today, -CLUSTER_MONTHS)
    dept = [
        (r[0], r[1], r[2], r[3], r[4] or "", s2d_req(r[6])) for r in rows if since < s2d_req(r[6]) <= today
    ]
    accused = [(r[0], r[1], r[2], r[3], r[5] or "", s2d_req(r[6])) for r in rows if r[5]]
    signals = department_clusters(dept) + accused_groups(accused)
    signals.sort(key=lambda s: (s.last or today, s.organisation), reverse=True)
    board.signals = signals
    return board


__all__ = [
    "Dashboard",
    "DueStep",
    "Signal",
    "accused_groups",
    "accused_match",
    "department_clusters",
    "load_dashboard",
    "normalise_words",
]
