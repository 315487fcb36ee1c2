"""Fill an empty vault with realistic, synthetic data: deterministic for a seed and a day.

Random choices come from one seeded ``random.Random`` and one seeded faker instance, drawn
in a fixed order, so the same ``seed`` and ``today`` always give the same vault contents.
Everything is written in one transaction and the full-text index is built once at the end,
which keeps ten thousand cases well within a minute.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from vpdesk.demo import catalogue as cat
from vpdesk.demo.notes import NoteWriter
from vpdesk.demo.people import People, slug
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.models import (
    Activity,
    Case,
    Contact,
    Conversation,
    Organisation,
    Referral,
    Signals,
    Step,
)
from vpdesk.domain.taxonomy import REFERRAL_TARGET
from vpdesk.vault import Vault

Progress = Callable[[int, int], None]
K = TypeVar("K")

YEARS = 4  # the current calendar year and the three before it
CHUNK = 250  # cases written between two progress reports
LINGER_CHANCE = 0.02  # an old case the adviser never closed (carried over each year)


class DemoError(VpdeskError):
    """Demo data cannot be generated as asked."""


@dataclass
class DemoSummary:
    """What was generated; ``str()`` gives the one line the command line prints."""

    cases: int = 0
    organisations: int = 0
    conversations: int = 0
    steps: int = 0
    referrals: int = 0
    activities: int = 0

    def __str__(self) -> str:
        return ", ".join(
            _count(n, word)
            for n, word in (
                (self.cases, "case"),
                (self.organisations, "organisation"),
                (self.conversations, "conversation"),
            )
        )


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def _reporting_chance(day: date) -> float:
    """Relative chance that a report comes in on ``day``: rare at weekends and in holidays."""
    if day.weekday() >= 5:
        return 0.15
    if day.month in (7, 8) or (day.month == 12 and day.day >= 20):
        return 0.6
    return 1.0


def _weighted(rng: random.Random, table: Sequence[tuple[K, int]]) -> K:
    return rng.choices([k for k, _ in table], weights=[w for _, w in table])[0]


@dataclass
class _Org:
    """An organisation as the generator needs it while writing its cases."""

    id: int
    kind: cat.OrganisationKind
    departments: list[str]
    contacts: list[Contact]
    domain: str
    weight: int


@dataclass
class _Plan:
    """The skeleton of one case, drawn before the cases are sorted by date."""

    org: _Org
    opened: date


@dataclass
class _Records:
    """A case's conversations, steps and referrals, waiting for the case's id."""

    conversations: list[Conversation] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    referrals: list[Referral] = field(default_factory=list)


def generate_demo(
    vault: Vault,
    cases: int = 400,
    seed: int = 1,
    *,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill the new, empty ``vault`` with ``cases`` synthetic cases and all that goes with them."""
    if cases < 0:
        raise DemoError("the number of cases must not be negative")
    if vault.organisations.names() or vault.cases.count():
        raise DemoError("demo data can only be written into a new, empty vault")
    return _Generator(vault, seed, today or date.today(), progress).run(cases)


class _Generator:
    def __init__(self, vault: Vault, seed: int, today: date, progress: Progress | None) -> None:
        self.vault = vault
        self.today = today
        self.rng = random.Random(seed)
        # The facts added later (finer kinds, wish, age group) come from their own source, so
        # that the same seed still gives the same cases, names and notes as before.
        self.facts_rng = random.Random(f"facts-{seed}")
        self.seed = seed
        self.people = People(self.rng, seed)
        self.notes = NoteWriter(self.rng)
        self.progress = progress
        self.summary = DemoSummary()
        self.first_year = today.year - YEARS + 1

    # -- the whole run -------------------------------------------------------------------

    def run(self, n_cases: int) -> DemoSummary:
        vault = self.vault
        with vault.transaction():
            vault.settings.set("adviser_name", " ".join(self.people.name(self._gender())))
            orgs = self._organisations(3 + n_cases // 2500)
            plans = self._plans(orgs, n_cases)
            per_year: dict[int, int] = {}
            for start in range(0, len(plans), CHUNK):
                chunk: list[tuple[Case, _Records]] = []
                for plan in plans[start : start + CHUNK]:
                    year = plan.opened.year
                    per_year[year] = per_year.get(year, 0) + 1
                    chunk.append(self._case(plan, f"{year}-{per_year[year]:03d}"))
                self._write(chunk)
                self._report(min(start + CHUNK, len(plans)), n_cases)
            for org in orgs:
                self._activities(org)
                self._signals(org)
            from vpdesk.demo.mediations import add_demo_mediations

            add_demo_mediations(vault, self.seed, self.today, self.first_year)
            vault.cases.rebuild_index()
        self.summary.cases = n_cases
        self._report(n_cases, n_cases)
        return self.summary

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    # -- organisations -------------------------------------------------------------------

    def _organisations(self, count: int) -> list[_Org]:
        kinds = cat.ORGANISATION_KINDS
        orgs: list[_Org] = []
        used: set[str] = set()
        for i in range(count):
            kind = kinds[i % len(kinds)]
            name = self._org_name(kind, used)
            used.add(name.casefold())
            n_departments = self.rng.randint(4, min(10, len(kind.departments)))
            departments = sorted(self.rng.sample(kind.departments, n_departments))
            domain = slug(name, "-") + ".nl"
            contacts = self._address_book(domain)
            org = Organisation(
                name=name,
                sector=kind.sector,
                retention_months=self.rng.choice(cat.RETENTION_CHOICES),
                departments=departments,
                contacts=contacts,
            )
            org_id = self.vault.organisations.add(org)
            # Organisations differ in size, so their share of the cases does too.
            weight = kind.weight * self.rng.randint(2, 5)
            orgs.append(_Org(org_id, kind, departments, org.contacts, domain, weight))
        self.summary.organisations = len(orgs)
        return orgs

    def _org_name(self, kind: cat.OrganisationKind, used: set[str]) -> str:
        while True:
            pattern = self.rng.choice(kind.patterns)
            name = pattern.format(city=self.people.city(), name=self.people.last_name())
            if name.casefold() not in used:
                return name

    def _address_book(self, domain: str) -> list[Contact]:
        rng = self.rng
        optional = [t for t, _, _ in cat.ADDRESS_BOOK if t not in cat.ADDRESS_BOOK_REQUIRED]
        chosen = set(cat.ADDRESS_BOOK_REQUIRED) | set(rng.sample(optional, rng.randint(3, 6)))
        contacts = []
        for target, naming, note in cat.ADDRESS_BOOK:
            if target not in chosen:
                continue
            if "{person}" in naming:
                first, last = self.people.name(self._gender())
                name = naming.format(person=f"{first} {last}")
                email = self.people.email(first, last, domain)
            else:
                name = naming
                email = f"{slug(REFERRAL_TARGET.label(target), '')}@{domain}"
            if target == "police":
                # The police's general number, not an address at the client's domain.
                phone, email = "0900-8844", ""
            else:
                phone = self.people.landline()
            contacts.append(Contact(target=target, name=name, phone=phone, email=email, note=note))
        return contacts

    # -- cases ---------------------------------------------------------------------------

    def _plans(self, orgs: list[_Org], n_cases: int) -> list[_Plan]:
        """Organisation and opening day of every case, oldest first."""
        rng = self.rng
        start = date(self.first_year, 1, 1)
        span = (self.today - start).days
        weights = [o.weight for o in orgs]
        plans = []
        for _ in range(n_cases):
            org = rng.choices(orgs, weights=weights)[0]
            while True:
                opened = start + timedelta(days=rng.randint(0, span))
                if rng.random() < _reporting_chance(opened):
                    break
            plans.append(_Plan(org, opened))
        plans.sort(key=lambda p: p.opened)  # stable: equal days keep their drawing order
        return plans

    def _gender(self) -> str:
        return _weighted(self.rng, cat.GENDER_WEIGHTS)

    def _write(self, chunk: list[tuple[Case, _Records]]) -> None:
        """Write a run of cases, then their records, a few statements per table."""
        vault = self.vault
        vault.cases.add_many([case for case, _ in chunk])
        for case, records in chunk:
            assert case.id is not None
            items: list[Conversation | Step | Referral] = [
                *records.conversations,
                *records.steps,
                *records.referrals,
            ]
            for item in items:
                item.case_id = case.id
        conversations = [c for _, r in chunk for c in r.conversations]
        steps = [s for _, r in chunk for s in r.steps]
        referrals = [f for _, r in chunk for f in r.referrals]
        vault.conversations.add_many(conversations)
        vault.steps.add_many(steps)
        vault.referrals.add_many(referrals)
        self.summary.conversations += len(conversations)
        self.summary.steps += len(steps)
        self.summary.referrals += len(referrals)

    def _case(self, plan: _Plan, ref: str) -> tuple[Case, _Records]:
        """One case and its records; the records get the case's id once it is written."""
        rng = self.rng
        org = plan.org
        opened = plan.opened
        today = self.today

        # How long the case runs: most a few weeks, some many months.
        length = min(int(rng.lognormvariate(math.log(35), 0.8)), 540)
        planned_end = opened + timedelta(days=length)
        closed: date | None = planned_end
        if planned_end > today or rng.random() < LINGER_CHANCE:
            closed = None
        outcome = _weighted(rng, cat.OUTCOME_WEIGHTS) if closed else None
        last_day = closed or min(planned_end, today)

        behaviours = [_weighted(rng, cat.BEHAVIOUR_WEIGHTS)]
        if rng.random() < cat.SECOND_BEHAVIOUR_CHANCE:
            second = _weighted(rng, cat.BEHAVIOUR_WEIGHTS)
            if second != behaviours[0]:
                behaviours.append(second)

        gender = self._gender()
        role = _weighted(rng, cat.ROLE_WEIGHTS)
        first, last = self.people.name(gender)
        reporter_name = email = phone = ""
        if rng.random() < 0.95:  # a few reporters stay anonymous
            reporter_name = f"{first} {last}"
            if rng.random() < 0.65:
                work = rng.random() < 0.4
                email = self.people.email(first, last, org.domain if work else None)
            if rng.random() < 0.75:
                phone = self.people.mobile()
        else:
            first = ""

        relation = _weighted(rng, cat.ACCUSED_RELATION_WEIGHTS)
        accused, accused_short = self._accused(relation, org)
        department = rng.choice(org.departments) if rng.random() < 0.9 else ""
        channel = _weighted(rng, cat.CHANNEL_WEIGHTS)

        more = self.facts_rng
        recorded = list(behaviours)  # the notes speak of the broad kinds
        for broad in behaviours:
            if broad in cat.SUB_BEHAVIOUR_WEIGHTS:
                finer = _weighted(more, cat.SUB_BEHAVIOUR_WEIGHTS[broad])
                if finer is not None:
                    recorded.append(finer)
        if more.random() < cat.ONLINE_CHANCE:
            recorded.append("online")
        sector_role = cat.SECTOR_ROLES.get(org.kind.sector)
        if sector_role is not None and more.random() < sector_role[1]:
            role = sector_role[0]
        age = _weighted(more, cat.AGE_GROUP_WEIGHTS)
        if role == "student":
            age = "under_18" if more.random() < 0.5 else "age_18_27"
        wish = _weighted(more, cat.WISH_WEIGHTS[outcome]) if outcome else None

        case = Case(
            ref=ref,
            organisation_id=org.id,
            opened=opened,
            closed=closed,
            behaviours=recorded,
            department=department,
            reporter_name=reporter_name,
            reporter_email=email,
            reporter_phone=phone,
            reporter_gender=gender,
            reporter_role=role,
            consent_date=opened if rng.random() < cat.CONSENT_CHANCE else None,
            accused_relation=relation,
            accused=accused,
            channel=channel,
            outcome=outcome,
            anonymous=not reporter_name,
            reporter_age=age,
            wish=wish,
        )
        case_id = 0  # set by _write
        records = _Records()

        c_first, c_last = self.people.name(self._gender())
        values = self.notes.values(
            reporter_first=first,
            colleague=f"{c_first} {c_last}",
            accused_short=accused_short,
            behaviours=behaviours,
            department=department,
        )
        days = self._conversation_days(opened, last_day, closed is not None)
        for i, day in enumerate(days):
            if i == 0:
                kind = "intake" if rng.random() < 0.75 or channel not in ("phone", "email") else channel
            else:
                kind = rng.choices(("follow_up", "phone", "email"), weights=(45, 30, 25))[0]
            low, high, step = cat.CONVERSATION_MINUTES[kind]
            closing = closed is not None and i == len(days) - 1 and i > 0
            records.conversations.append(
                Conversation(
                    case_id=case_id,
                    date=day,
                    minutes=rng.randrange(low, high + 1, step),
                    kind=kind,
                    note=self.notes.conversation(kind, values, closing=closing),
                )
            )
        records.steps = self._steps(case_id, days, closed, values)
        if outcome == "referral" or rng.random() < cat.REFERRAL_CHANCE:
            records.referrals = self._referrals(case_id, org, days)
        return case, records

    def _accused(self, relation: str, org: _Org) -> tuple[str, str]:
        """The accused as recorded, and how notes refer to them."""
        rng = self.rng
        if relation == "external":
            role = rng.choice(org.kind.externals)
        else:
            role = rng.choice(cat.ACCUSED_ROLES[relation])
        if relation == "unknown" and rng.random() < 0.5:
            return "", "de ander"
        form = rng.random()
        if form < 0.3:
            if relation == "unknown":
                return role, "de ander"
            article = "" if relation == "external" else "de "
            return f"{article}{role}", f"{article}{role}"
        first, last = self.people.name(self._gender())
        name = f"{first} {last}"
        if form < 0.55:
            return name, name
        return f"{name} ({role})", name

    def _conversation_days(self, opened: date, last_day: date, closed: bool) -> list[date]:
        rng = self.rng
        count = _weighted(rng, cat.CONVERSATION_COUNT_WEIGHTS)
        span = (last_day - opened).days
        days = [opened]
        if count > 1 and closed:
            # A closed case ends with a final conversation on the day it closed.
            days.append(last_day)
            count -= 1
        days += [opened + timedelta(days=rng.randint(0, span)) for _ in range(count - 1)]
        return sorted(days)

    def _steps(
        self, case_id: int, days: list[date], closed: date | None, values: dict[str, str]
    ) -> list[Step]:
        rng = self.rng
        today = self.today
        result = []
        for _ in range(rng.choices((0, 1, 2, 3), weights=(25, 40, 25, 10))[0]):
            made = rng.choice(days)
            due = made + timedelta(days=rng.randint(2, 21))
            done: date | None = None
            if closed is not None:
                done = min(made + timedelta(days=rng.randint(0, 20)), closed)
            elif due < today and rng.random() < 0.7:
                done = min(made + timedelta(days=rng.randint(0, 20)), today)
            result.append(Step(case_id=case_id, what=self.notes.step(values), due=due, done=done))
        if closed is None and rng.random() < 0.35:
            # Something the adviser promised for the coming days.
            due = today + timedelta(days=rng.randint(0, 6))
            result.append(Step(case_id=case_id, what=self.notes.step(values), due=due))
        return result

    def _referrals(self, case_id: int, org: _Org, days: list[date]) -> list[Referral]:
        rng = self.rng
        candidates = list(org.contacts)
        targets: list[Contact] = []
        for _ in range(2 if rng.random() < 0.2 else 1):
            weights = [cat.REFERRAL_TARGET_WEIGHTS.get(c.target, 1) for c in candidates]
            targets.append(candidates.pop(rng.choices(range(len(candidates)), weights=weights)[0]))
        return [
            Referral(
                case_id=case_id,
                target=contact.target,
                date=rng.choice(days),
                note=self.notes.referral(contact.name),
                consent=rng.random() < 0.9,
            )
            for contact in targets
        ]

    # -- per organisation and year ---------------------------------------------------------

    def _activities(self, org: _Org) -> None:
        rng = self.rng
        items = []
        for year in range(self.first_year, self.today.year + 1):
            first = date(year, 1, 1)
            last = min(date(year, 12, 31), self.today)
            share = ((last - first).days + 1) / 365
            for kind, low, high, min_low, min_high, notes in cat.ACTIVITY_PLAN:
                for _ in range(round(rng.randint(low, high) * share)):
                    items.append(
                        Activity(
                            organisation_id=org.id,
                            date=first + timedelta(days=rng.randint(0, (last - first).days)),
                            kind=kind,
                            minutes=rng.randrange(min_low, min_high + 1, 15),
                            note=rng.choice(notes),
                        )
                    )
        self.vault.activities.add_many(items)
        self.summary.activities += len(items)

    def _signals(self, org: _Org) -> None:
        for year in range(self.first_year, self.today.year + 1):
            # The current year's text is often still unwritten.
            if year == self.today.year and self.rng.random() < 0.5:
                continue
            self.vault.signals.set(Signals(org.id, year, self.notes.signals()))
