"""A small data set, counted by hand, for the finer behaviour kinds, anonymous contact, the
reporter's wish, the age group and the durations."""

from __future__ import annotations

from datetime import date

from vpdesk.domain.models import Case, Conversation, Organisation
from vpdesk.vault import Vault

ORG = "Gemeente Telling"

# (opened, closed, behaviours, anonymous, wish, age group, conversations)
CASES: tuple[tuple[date, date | None, tuple[str, ...], bool, str | None, str, int], ...] = (
    (date(2026, 1, 10), date(2026, 1, 20), ("integrity_fraud",), True, "listening", "age_28_44", 2),
    (
        date(2026, 2, 1),
        date(2026, 3, 3),
        ("integrity_corruption", "integrity_fraud"),
        False,
        "investigation",
        "unknown",
        1,
    ),
    (date(2026, 3, 5), date(2026, 3, 25), ("threat",), True, "investigation", "unknown", 3),
    (date(2026, 4, 1), date(2026, 6, 30), ("bullying", "online"), False, "advice", "unknown", 4),
    (date(2026, 5, 1), date(2026, 5, 6), ("stalking",), False, None, "unknown", 1),
    (date(2026, 6, 1), None, ("intimidation",), True, None, "unknown", 2),
    (date(2026, 7, 1), None, ("integrity",), False, None, "unknown", 0),
    (date(2026, 8, 1), date(2026, 8, 15), ("bullying",), False, "no_action", "unknown", 2),
    # Opened the year before, closed in 2026: in the durations, not in the breakdowns.
    (date(2025, 11, 1), date(2026, 1, 31), ("bullying",), False, "advice", "unknown", 5),
)

# Counted by hand over the cases opened in 2026 (the first eight).
BEHAVIOUR = {
    "bullying": 2,  # cases 4 and 8
    "sexual_harassment": 0,
    "intimidation": 2,  # 5 (stalking rolls up) and 6
    "aggression_violence": 1,  # 3 (threat)
    "discrimination": 0,
    "integrity": 3,  # 1, 2 (finer kinds) and 7
    "other": 1,  # 4 (online)
}
BEHAVIOUR_DETAIL = {
    "integrity_corruption": 1,
    "integrity_fraud": 2,
    "integrity_abuse_of_power": 0,
    "integrity_conflict_of_interest": 0,
    "integrity_information": 0,
    "integrity_private_conduct": 0,
    "integrity_company_assets": 0,
    "threat": 1,
    "stalking": 1,
    "online": 1,
}
ANONYMOUS = {"anonymous": 3}
# Case 5 is closed without a wish; 6 and 7 are open: none of them counts.
WISH = {
    "listening": 1,
    "advice": 1,
    "mediation": 0,
    "investigation": 2,
    "formal_complaint": 0,
    "no_action": 1,
}
AGE_GROUP = {"under_18": 0, "age_18_27": 0, "age_28_44": 1, "age_45_64": 0, "age_65_plus": 0, "unknown": 7}
# Closed in 2026 (seven cases): days 5, 10, 14, 20, 30, 90, 91; conversations 1, 1, 2, 2, 3, 4, 5.
CASES_CLOSED = 7
MEDIAN_DAYS = 20
MEDIAN_CONVERSATIONS = 2.0


def build(vault: Vault) -> int:
    """Put the cases in ``vault``; the organisation's id."""
    org = vault.organisations.add(Organisation(ORG))
    with vault.transaction():
        for n, (opened, closed, behaviours, anonymous, wish, age, talks) in enumerate(CASES, start=1):
            case_id = vault.cases.add(
                Case(
                    f"T-{n:03d}",
                    org,
                    opened,
                    behaviours=list(behaviours),
                    closed=closed,
                    outcome="listening" if closed else None,
                    reporter_name="" if anonymous else f"Melder {n}",
                    anonymous=anonymous,
                    wish=wish,
                    reporter_age=age,
                )
            )
            for _ in range(talks):
                vault.conversations.add(Conversation(case_id, opened, minutes=30))
    return org
