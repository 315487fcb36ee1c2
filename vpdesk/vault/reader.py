"""What the figures, the reports and the leak check read of a vault.

``stats`` and ``report`` take a :class:`VaultData` rather than a :class:`~vpdesk.vault.Vault`:
the repositories and one transaction, none of the life cycle (open, lock, backup, passwd).
A :class:`~vpdesk.vault.Vault` is one; so is anything else with the same repositories.
"""

from __future__ import annotations

import contextlib
from typing import Protocol

from vpdesk.vault.cases import CaseRepository
from vpdesk.vault.connection import Database
from vpdesk.vault.ledger import ReleaseLedger
from vpdesk.vault.mediations import MediationRepository, ProfessionalRepository
from vpdesk.vault.meta import AuditLog, Settings, SignalsRepository
from vpdesk.vault.organisations import OrganisationRepository
from vpdesk.vault.records import (
    ActivityRepository,
    ConversationRepository,
    ReferralRepository,
    StepRepository,
)


class VaultData(Protocol):
    """The repositories of an open vault, as read by stats, report and the leak check."""

    @property
    def db(self) -> Database: ...
    @property
    def organisations(self) -> OrganisationRepository: ...
    @property
    def cases(self) -> CaseRepository: ...
    @property
    def conversations(self) -> ConversationRepository: ...
    @property
    def steps(self) -> StepRepository: ...
    @property
    def referrals(self) -> ReferralRepository: ...
    @property
    def activities(self) -> ActivityRepository: ...
    @property
    def signals(self) -> SignalsRepository: ...
    @property
    def audit(self) -> AuditLog: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def releases(self) -> ReleaseLedger: ...
    @property
    def mediations(self) -> MediationRepository: ...
    @property
    def professional(self) -> ProfessionalRepository: ...
    @property
    def writable(self) -> bool: ...

    def transaction(self) -> contextlib.AbstractContextManager[None]: ...
