"""The finer behaviour kinds, the new reporter roles, the age group and the reporter's wish in
the taxonomy, and the rules for anonymous contact and the wish."""

from __future__ import annotations

from datetime import date

import pytest

from vpdesk.domain import taxonomy as tx
from vpdesk.domain.models import Case
from vpdesk.domain.validation import validate_case


def test_finer_kinds_roll_up_into_the_codes_of_before() -> None:
    assert tx.BEHAVIOUR.top_codes == (
        "bullying",
        "sexual_harassment",
        "intimidation",
        "aggression_violence",
        "discrimination",
        "integrity",
        "other",
    )
    integrity = {t.code for t in tx.BEHAVIOUR.children("integrity")}
    assert len(integrity) == 7 and all(code.startswith("integrity_") for code in integrity)
    assert tx.BEHAVIOUR.roll_up("integrity_corruption") == "integrity"
    assert tx.BEHAVIOUR.roll_up("threat") == "aggression_violence"
    assert tx.BEHAVIOUR.roll_up("stalking") == "intimidation"
    assert tx.BEHAVIOUR.roll_up("online") == "other"
    assert tx.BEHAVIOUR.roll_up("bullying") == "bullying"
    assert set(tx.BEHAVIOUR.sub_codes) | set(tx.BEHAVIOUR.top_codes) == set(tx.BEHAVIOUR.codes)


@pytest.mark.parametrize(
    ("vocab", "text", "code"),
    [
        (tx.BEHAVIOUR, "Belangenverstrengeling", "integrity_conflict_of_interest"),
        (tx.BEHAVIOUR, "fraude/diefstal", "integrity_fraud"),
        (tx.BEHAVIOUR, "Misuse of company resources", "integrity_company_assets"),
        (tx.BEHAVIOUR, "WANGEDRAG IN DE VRIJE TIJD", "integrity_private_conduct"),
        (tx.BEHAVIOUR, "bedreiging", "threat"),
        (tx.BEHAVIOUR, "Stalking", "stalking"),
        (tx.BEHAVIOUR, "sociale media", "online"),
        (tx.BEHAVIOUR, "Online / social media", "online"),
        (tx.REPORTER_ROLE, "leerling", "student"),
        (tx.REPORTER_ROLE, "Patiënt / cliënt", "patient_client"),
        (tx.REPORTER_ROLE, "client", "patient_client"),
        (tx.REPORTER_ROLE, "Vrijwilliger", "volunteer"),
        (tx.AGE_GROUP, "Jonger dan 18", "under_18"),
        (tx.AGE_GROUP, "18-27", "age_18_27"),
        (tx.AGE_GROUP, "28–44 jaar", "age_28_44"),
        (tx.AGE_GROUP, "45-64 years", "age_45_64"),
        (tx.AGE_GROUP, "65+", "age_65_plus"),
        (tx.REPORTER_WISH, "Alleen gehoord worden", "listening"),
        (tx.REPORTER_WISH, "advies", "advice"),
        (tx.REPORTER_WISH, "Onderzoek", "investigation"),
        (tx.REPORTER_WISH, "No action wanted", "no_action"),
        (tx.REPORTER_WISH, "formal complaint", "formal_complaint"),
    ],
)
def test_codes_and_labels_in_either_language_parse(vocab: tx.Vocabulary, text: str, code: str) -> None:
    assert vocab.parse(text) == code


def test_labels_stay_unique_within_each_vocabulary() -> None:
    for vocab in tx.VOCABULARIES.values():
        for lang in ("nl", "en"):
            labels = [t.label(lang).casefold() for t in vocab]
            assert len(labels) == len(set(labels)), (vocab.name, lang)


def _case(**changes: object) -> Case:
    base = Case("2026-001", 1, date(2026, 3, 1), behaviours=["integrity_fraud"])
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def test_a_case_with_the_new_facts_is_valid() -> None:
    case = _case(
        anonymous=True,
        reporter_role="patient_client",
        reporter_age="age_65_plus",
        closed=date(2026, 4, 1),
        outcome="listening",
        wish="no_action",
    )
    assert validate_case(case) == {}


def test_the_wish_belongs_to_a_closed_case() -> None:
    assert validate_case(_case(wish="advice"))["wish"].code == "wish_while_open"
    assert validate_case(_case(wish="sometimes", closed=date(2026, 4, 1)))["wish"].code == "unknown_code"


def test_an_anonymous_reporter_has_no_name() -> None:
    problems = validate_case(_case(anonymous=True, reporter_name="Fenna Dijkhuis"))
    assert problems["reporter_name"].code == "anonymous_with_name"
    # The message never repeats the name.
    assert "Fenna" not in problems["reporter_name"].message("en")
    assert "reporter_name" not in validate_case(_case(anonymous=True, reporter_email="anon@example.nl"))


def test_unknown_age_group_and_behaviour_codes_are_refused() -> None:
    assert validate_case(_case(reporter_age="old"))["reporter_age"].code == "unknown_code"
    assert validate_case(_case(behaviours=["integrity_bribes"]))["behaviours"].code == "unknown_code"
