"""Demo data: deterministic, valid, plausibly distributed, searchable and fast enough."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, TEST_KDF_ITER
from vpdesk.demo import DemoError, DemoSummary, generate_demo
from vpdesk.domain import taxonomy as tx
from vpdesk.domain.validation import (
    validate_activity,
    validate_case,
    validate_conversation,
    validate_organisation,
    validate_referral,
    validate_step,
)
from vpdesk.vault import Vault, connection

TODAY = date(2026, 6, 17)  # a Wednesday, halfway through the year
N = 400


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, DemoSummary]]:
    """One generated vault shared by the read-only tests of this module."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(connection, "KDF_ITER", TEST_KDF_ITER)
        v = Vault.create(tmp_path_factory.mktemp("demo") / "demo.vpdesk", PASSPHRASE)
    summary = generate_demo(v, cases=N, seed=7, today=TODAY)
    yield v, summary
    v.close()


def _dump(v: Vault) -> dict[str, list[str]]:
    """Every table's rows in a canonical order; audit times are left out (they are the clock)."""
    tables = [r[0] for r in v.db.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    dump = {}
    for table in sorted(tables):
        if table == "audit_log":
            sql = "SELECT kind, case_id FROM audit_log"
        elif table == "case_search":
            sql = "SELECT rowid, * FROM case_search"
        else:
            sql = f'SELECT * FROM "{table}"'
        dump[table] = sorted(repr(row) for row in v.db.query(sql))
    return dump


def _generate(path: Path, seed: int, cases: int = 60) -> dict[str, list[str]]:
    with Vault.create(path, PASSPHRASE) as v:
        generate_demo(v, cases=cases, seed=seed, today=TODAY)
        return _dump(v)


def test_same_seed_and_day_give_identical_vaults(tmp_path: Path) -> None:
    first = _generate(tmp_path / "a.vpdesk", seed=3)
    second = _generate(tmp_path / "b.vpdesk", seed=3)
    assert first == second
    # the comparison covers the data, not just empty tables
    assert len(first["cases"]) == 60 and len(first["conversations"]) > 60
    assert first["case_search"] and first["contacts"] and first["signals"]
    other = _generate(tmp_path / "c.vpdesk", seed=4)
    assert other["cases"] != first["cases"]
    assert other["conversations"] != first["conversations"]


def test_counts_and_summary(demo: tuple[Vault, DemoSummary]) -> None:
    v, summary = demo
    assert v.cases.count() == N == summary.cases
    conversations = v.db.query_one("SELECT count(*) FROM conversations")[0]
    assert summary.conversations == conversations
    assert 4.0 <= conversations / N <= 6.0
    per_case = [r[0] for r in v.db.query("SELECT count(*) FROM conversations GROUP BY case_id")]
    assert len(per_case) == N and min(per_case) >= 1 and max(per_case) <= 8
    assert summary.steps == v.db.query_one("SELECT count(*) FROM steps")[0] > 0
    assert summary.referrals == v.db.query_one("SELECT count(*) FROM referrals")[0] > 0
    assert summary.activities == v.db.query_one("SELECT count(*) FROM activities")[0] > 0
    text = str(summary)
    assert text == f"{N} cases, {summary.organisations} organisations, {conversations:,} conversations"


def test_summary_text_formats_thousands() -> None:
    s = DemoSummary(cases=10_000, organisations=7, conversations=50_803)
    assert str(s) == "10,000 cases, 7 organisations, 50,803 conversations"
    assert str(DemoSummary(cases=1, organisations=3, conversations=1)) == (
        "1 case, 3 organisations, 1 conversation"
    )


def test_organisations_have_departments_address_book_and_retention(
    demo: tuple[Vault, DemoSummary],
) -> None:
    v, summary = demo
    orgs = v.organisations.list()
    assert len(orgs) == summary.organisations >= 3
    assert len({o.sector for o in orgs}) >= 3
    for org in orgs:
        assert org.id is not None
        assert validate_organisation(org) == {}
        assert org.sector
        assert 4 <= len(org.departments) <= 10
        assert org.retention_months in (12, 24)
        targets = {c.target for c in org.contacts}
        assert {"occupational_physician", "hr", "complaints_committee"} <= targets
        assert all(c.name and c.phone for c in org.contacts)
        assert sum(1 for c in org.contacts if "@" in c.email) >= 3
        departments = set(org.departments)
        used = {
            r[0]
            for r in v.db.query("SELECT DISTINCT department FROM cases WHERE organisation_id = ?", (org.id,))
        }
        assert used - {""} <= departments
        assert v.organisations.case_count(org.id) > 0
    assert v.settings.get("adviser_name").count(" ") >= 1


def test_every_record_is_valid(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo
    ids = [r[0] for r in v.db.query("SELECT id FROM cases ORDER BY id")]
    for case_id in ids[::4]:
        case = v.cases.get(case_id)
        assert case is not None
        assert validate_case(case) == {}, case.ref
        for conv in v.conversations.for_parent(case_id):
            assert validate_conversation(conv) == {}
        for step in v.steps.for_parent(case_id):
            assert validate_step(step) == {}
        for ref in v.referrals.for_parent(case_id):
            assert validate_referral(ref) == {}
    for act in v.activities.all():
        assert validate_activity(act) == {}


def test_all_codes_are_taxonomy_codes(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo

    def values(sql: str) -> set[str]:
        return {r[0] for r in v.db.query(sql)}

    assert values("SELECT code FROM case_behaviours") <= set(tx.BEHAVIOUR.codes)
    assert values("SELECT accused_relation FROM cases") <= set(tx.ACCUSED_RELATION.codes)
    assert values("SELECT channel FROM cases") <= set(tx.CHANNEL.codes)
    assert values("SELECT reporter_gender FROM cases") <= set(tx.GENDER.codes)
    assert values("SELECT reporter_role FROM cases") <= set(tx.REPORTER_ROLE.codes)
    assert values("SELECT outcome FROM cases WHERE outcome IS NOT NULL") <= set(tx.OUTCOME.codes)
    assert values("SELECT target FROM referrals") <= set(tx.REFERRAL_TARGET.codes)
    assert values("SELECT target FROM contacts") <= set(tx.REFERRAL_TARGET.codes)
    assert values("SELECT kind FROM conversations") == set(tx.CONVERSATION_KIND.codes)
    assert values("SELECT kind FROM activities") >= {
        "information",
        "management_meeting",
        "training",
        "intervision",
    }


def test_distributions_are_plausible(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo
    facts = v.cases.facts()
    behaviours = Counter(b for f in facts for b in f.behaviours)
    top_two = [code for code, _ in behaviours.most_common(2)]
    assert "bullying" in top_two
    assert behaviours["bullying"] > behaviours["discrimination"] > 0
    assert behaviours["sexual_harassment"] > behaviours["integrity"]
    two = sum(1 for f in facts if len(f.behaviours) == 2)
    assert 0.05 * N < two < 0.35 * N
    relations = Counter(f.accused_relation for f in facts)
    assert relations["manager"] + relations["colleague"] > 0.6 * N
    assert len(relations) >= 4
    assert len(Counter(f.channel for f in facts)) >= 4
    genders = Counter(f.reporter_gender for f in facts)
    assert genders["woman"] > genders["man"] > genders["other"]
    assert Counter(f.reporter_role for f in facts).most_common(1)[0][0] == "employee"
    outcomes = Counter(f.outcome for f in facts if f.outcome)
    assert outcomes.most_common(1)[0][0] == "listening" and len(outcomes) >= 5
    # a referral outcome comes with at least one referral
    assert all(f.referrals for f in facts if f.outcome == "referral")


def test_dates_and_status_are_consistent(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo
    facts = v.cases.facts()
    assert all(f.outcome is None for f in facts if f.closed is None)
    assert all(f.outcome for f in facts if f.closed is not None)
    assert all(f.closed >= f.opened for f in facts if f.closed)
    assert all(f.opened <= TODAY and (f.closed or TODAY) <= TODAY for f in facts)
    years = Counter(f.opened.year for f in facts)
    assert set(years) == {2023, 2024, 2025, 2026}
    # most old cases are closed; the ones opened in the last weeks are mostly open
    old = [f for f in facts if f.opened.year <= 2024]
    assert sum(1 for f in old if f.closed) > 0.9 * len(old)
    recent = [f for f in facts if f.opened > TODAY - timedelta(days=21)]
    assert recent and sum(1 for f in recent if f.closed is None) > 0.5 * len(recent)
    bad = v.db.query(
        "SELECT count(*) FROM conversations v JOIN cases c ON c.id = v.case_id "
        "WHERE v.date < c.opened OR v.date > coalesce(c.closed, ?)",
        (TODAY.isoformat(),),
    )
    assert bad[0][0] == 0
    consent = v.db.query(
        "SELECT count(*), sum(consent_date IS NOT NULL), sum(consent_date < opened) FROM cases"
    )[0]
    assert 0.6 * N < consent[1] < N and consent[2] == 0


def test_refs_run_per_year_and_are_unique(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo
    rows = v.db.query("SELECT ref, opened FROM cases ORDER BY opened, id")
    refs = [r[0] for r in rows]
    assert len(set(refs)) == len(refs)
    by_year: dict[str, list[int]] = {}
    for ref, opened in rows:
        m = re.fullmatch(r"(\d{4})-(\d{3,})", ref)
        assert m and m.group(1) == opened[:4]
        by_year.setdefault(m.group(1), []).append(int(m.group(2)))
    for numbers in by_year.values():
        assert numbers == list(range(1, len(numbers) + 1))


def test_follow_up_steps_include_overdue_and_this_week(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo
    overdue = v.steps.open_due_before(TODAY - timedelta(days=1))
    assert overdue
    week = [s for s in v.steps.open_due_before(TODAY + timedelta(days=6)) if s.due and s.due >= TODAY]
    assert week
    # open steps belong to open cases; done dates never lie in the future
    open_cases = {f.id for f in v.cases.facts() if f.closed is None}
    assert {s.case_id for s in overdue + week} <= open_cases
    assert v.db.query_one("SELECT count(*) FROM steps WHERE done > ?", (TODAY.isoformat(),))[0] == 0


def test_referrals_point_at_the_address_book(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo
    stray = v.db.query(
        "SELECT count(*) FROM referrals r JOIN cases c ON c.id = r.case_id "
        "WHERE r.target NOT IN (SELECT target FROM contacts WHERE organisation_id = c.organisation_id)"
    )
    assert stray[0][0] == 0
    assert 0.1 * N < v.db.query_one("SELECT count(DISTINCT case_id) FROM referrals")[0] < 0.6 * N


def test_notes_are_dutch_and_mention_people_sometimes(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo
    notes = [r[0] for r in v.db.query("SELECT note FROM conversations")]
    assert all(n.strip() for n in notes)
    assert sum("Melder" in n or "melder" in n for n in notes) > 0.5 * len(notes)
    assert len(set(notes)) > 0.85 * len(notes)  # varied, not a handful of templates
    named = v.db.query_one(
        "SELECT count(*) FROM conversations v JOIN cases c ON c.id = v.case_id "
        "WHERE c.reporter_name != '' "
        "AND instr(v.note, substr(c.reporter_name, 1, instr(c.reporter_name, ' ') - 1)) > 0"
    )[0]
    assert named > 0.1 * len(notes)
    assert "{" not in "".join(notes)  # every placeholder was filled


def test_activities_and_signals_per_organisation_and_year(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo
    for org in v.organisations.list():
        assert org.id is not None
        totals = v.activities.year_totals(org.id)
        for year in (2023, 2024, 2025):
            kinds = {kind for (y, kind) in totals if y == year}
            assert {"information", "management_meeting", "training", "intervision"} <= kinds
            assert v.signals.get(org.id, year).text
    # signals are written for the report: no reporter, accused or department appears in them
    texts = " ".join(s.text for s in v.signals.all())
    identifying = {
        value
        for row in v.db.query("SELECT reporter_name, accused, department FROM cases")
        for value in row
        if value
    }
    assert not [value for value in identifying if value in texts]


def test_search_finds_a_generated_reporter(demo: tuple[Vault, DemoSummary]) -> None:
    v, _ = demo
    case_id, name = v.db.query_one(
        "SELECT id, reporter_name FROM cases WHERE reporter_name != '' ORDER BY id DESC LIMIT 1"
    )
    assert case_id in v.cases.search(name)
    accused_id, accused = v.db.query_one(
        "SELECT id, accused FROM cases WHERE accused LIKE '% %' ORDER BY id LIMIT 1"
    )
    assert accused_id in v.cases.search(accused)


def test_zero_cases_gives_organisations_only(vault: Vault) -> None:
    summary = generate_demo(vault, cases=0, seed=1, today=TODAY)
    assert vault.cases.count() == 0
    assert len(vault.organisations.list()) == summary.organisations == 3
    assert str(summary) == "0 cases, 3 organisations, 0 conversations"
    assert vault.activities.all()


def test_progress_reports_up_to_the_total(vault: Vault) -> None:
    seen: list[tuple[int, int]] = []
    generate_demo(vault, cases=600, seed=2, today=TODAY, progress=lambda d, t: seen.append((d, t)))
    assert len(seen) >= 3
    assert all(t == 600 for _, t in seen)
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == 600


def test_refuses_a_vault_with_data_and_a_negative_count(vault: Vault) -> None:
    with pytest.raises(DemoError):
        generate_demo(vault, cases=-1)
    generate_demo(vault, cases=5, seed=1, today=TODAY)
    with pytest.raises(DemoError) as err:
        generate_demo(vault, cases=5, seed=1, today=TODAY)
    assert "empty" in str(err.value)
    assert vault.cases.count() == 5


def test_default_day_is_today(vault: Vault) -> None:
    generate_demo(vault, cases=30, seed=5)
    facts = vault.cases.facts()
    assert max(f.opened for f in facts) <= date.today()
    assert min(f.opened for f in facts) >= date(date.today().year - 3, 1, 1)


@pytest.mark.slow
def test_ten_thousand_cases(vault: Vault) -> None:
    # How long this takes is measured by bench/run.py, not asserted here.
    summary = generate_demo(vault, cases=10_000, seed=1, today=TODAY)
    assert vault.cases.count() == 10_000
    assert summary.organisations > 3
    # the full-text index covers the last case too
    case_id, name = vault.db.query_one(
        "SELECT id, reporter_name FROM cases WHERE reporter_name != '' ORDER BY id DESC LIMIT 1"
    )
    assert case_id in vault.cases.search(name)


def test_signals_pass_the_report_leak_check(demo: tuple[Vault, DemoSummary]) -> None:
    from vpdesk.report.leaks import find_hits

    v, _ = demo
    for org in v.organisations.list():
        assert org.id is not None
        text = "\n".join(s.text for s in v.signals.all() if s.organisation_id == org.id)
        assert text
        assert find_hits(v, text) == []  # against the whole vault


def test_signal_wording_shares_no_distinctive_word_with_case_texts() -> None:
    """Holds for every seed: signals never reuse a word the notes, roles or departments use."""
    from vpdesk.demo import catalogue as cat
    from vpdesk.demo import notes
    from vpdesk.normal import runs as tokens
    from vpdesk.report.wordlists import common_words, fixed_words

    def flat(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, (tuple, list)):
            for item in value:
                yield from flat(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from flat(key)
                yield from flat(item)
        elif isinstance(value, cat.OrganisationKind):
            for part in (value.patterns, value.departments, value.externals):
                yield from flat(part)

    signal_texts = cat.SIGNAL_SENTENCES + cat.RECOMMENDATION_SENTENCES
    others = [
        text
        for name in dir(cat)
        if not name.startswith(("_", "SIGNAL_", "RECOMMENDATION_"))
        for text in flat(getattr(cat, name))
    ]
    others += [*notes._TARGET_PHRASES, *notes._APPOINTMENTS]
    safe = fixed_words() | common_words()
    signal_words = {w for t in signal_texts for w in tokens(t)} - safe
    other_words = {w for t in others for w in tokens(t)}
    assert others and signal_words
    assert signal_words & other_words == set()
