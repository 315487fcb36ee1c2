"""Writing a checked plan into the vault: one transaction, bulk statements, one reindex."""

from __future__ import annotations

from collections.abc import Callable

from vpdesk.domain.models import Conversation, Organisation, Referral
from vpdesk.domain.text import fold
from vpdesk.importer.plan import Plan
from vpdesk.vault import Vault

Progress = Callable[[int, int], None]

# Rows per bulk statement: large enough to be fast, small enough to report progress often.
CHUNK = 1000


def write_plan(vault: Vault, plan: Plan, progress: Progress | None = None) -> None:
    """Write every row of ``plan``; all of it or, on any failure, nothing."""
    total = len(plan.rows)
    with vault.transaction():
        org_ids = dict(plan.existing_organisations)
        for key, name in plan.new_organisations.items():
            org_ids[key] = vault.organisations.add(Organisation(name=name))
        departments = sorted(
            {
                (org_ids[fold(r.organisation, keep_accents=True)], r.case.department)
                for r in plan.rows
                if r.case.department
            }
        )
        for organisation_id, department in departments:
            vault.organisations.add_department(organisation_id, department)

        first_id: int | None = None
        last_id = 0
        for start in range(0, total, CHUNK):
            chunk = plan.rows[start : start + CHUNK]
            for row in chunk:
                row.case.organisation_id = org_ids[fold(row.organisation, keep_accents=True)]
            vault.cases.add_many([r.case for r in chunk])
            conversations: list[Conversation] = []
            referrals: list[Referral] = []
            for row in chunk:
                case_id = row.case.id
                assert case_id is not None
                opened = row.case.opened
                for n in range(row.conversations):
                    if n == 0:
                        conversations.append(Conversation(case_id, opened, row.minutes, "intake", row.notes))
                    else:
                        conversations.append(Conversation(case_id, opened, 0, "follow_up", ""))
                referrals.extend(Referral(case_id, target, opened) for target in row.referrals)
            vault.conversations.add_many(conversations)
            vault.referrals.add_many(referrals)
            if first_id is None:
                first_id = chunk[0].case.id
            last_id = chunk[-1].case.id or last_id
            if progress is not None:
                progress(start + len(chunk), total)
        if first_id is not None:
            vault.cases.reindex_range(first_id, last_id)
        vault.audit.record("import")
