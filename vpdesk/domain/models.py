"""Plain dataclasses for everything the adviser records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

DEFAULT_RETENTION_MONTHS = 12


@dataclass
class Contact:
    """One entry of an organisation's referral address book (sociale kaart)."""

    target: str  # a REFERRAL_TARGET code
    name: str = ""
    phone: str = ""
    email: str = ""
    note: str = ""
    id: int | None = None


@dataclass
class Organisation:
    name: str
    sector: str = ""
    retention_months: int = DEFAULT_RETENTION_MONTHS
    departments: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    id: int | None = None


@dataclass
class Case:
    """A melding: one person's report, with the adviser's registration around it."""

    ref: str
    organisation_id: int
    opened: date
    behaviours: list[str] = field(default_factory=list)
    department: str = ""
    closed: date | None = None
    reporter_name: str = ""
    reporter_email: str = ""
    reporter_phone: str = ""
    reporter_gender: str = "unknown"
    reporter_role: str = "unknown"
    consent_date: date | None = None
    accused_relation: str = "unknown"
    accused: str = ""
    channel: str = "unknown"
    outcome: str | None = None
    purged: date | None = None  # identifying values removed under the retention policy
    id: int | None = None
    anonymous: bool = False  # the reporter did not give their name
    reporter_age: str = "unknown"  # an AGE_GROUP code
    wish: str | None = None  # a REPORTER_WISH code, asked when the case is closed

    @property
    def status(self) -> str:
        return "closed" if self.closed else "open"


@dataclass
class Conversation:
    case_id: int
    date: date
    minutes: int = 0
    kind: str = "intake"
    note: str = ""
    id: int | None = None


@dataclass
class Step:
    """A follow-up step the adviser promised to take."""

    case_id: int
    what: str
    due: date | None = None
    done: date | None = None
    id: int | None = None


@dataclass
class Referral:
    case_id: int
    target: str
    date: date
    note: str = ""
    consent: bool = False
    id: int | None = None


@dataclass
class Activity:
    organisation_id: int
    date: date
    kind: str
    minutes: int = 0
    note: str = ""
    id: int | None = None


@dataclass
class Signals:
    """The adviser's signals and recommendations for one organisation and year."""

    organisation_id: int
    year: int
    text: str = ""
    not_names: tuple[str, ...] = ()  # marks of possible names the adviser said are not names


@dataclass
class AuditEvent:
    """What happened and when; an internal id at most, never content."""

    kind: str
    timestamp: datetime
    case_id: int | None = None
    id: int | None = None


AUDIT_KINDS = (
    "vault_created",
    "vault_opened",
    "vault_locked",
    "vault_migrated",
    "case_created",
    "case_changed",
    "case_deleted",
    "import",
    "export",
    "report",
    "backup",
    "restore",
    "purge",
    "passphrase_changed",
    "mediation_created",
    "mediation_changed",
    "mediation_deleted",
    "hold_set",
    "hold_cleared",
    "intervision_export",
)


class CaseFacts(NamedTuple):
    """The non-identifying facts of a case that the statistics are computed from.

    A named tuple: the figures of a large vault make tens of thousands at once.
    """

    id: int
    organisation_id: int
    opened: date
    closed: date | None
    behaviours: tuple[str, ...]
    accused_relation: str
    channel: str
    outcome: str | None
    reporter_gender: str
    reporter_role: str
    referrals: tuple[str, ...]
    anonymous: bool = False
    reporter_age: str = "unknown"
    wish: str | None = None
    conversations: int = 0  # the case's conversations, whenever dated


class CaseRow(NamedTuple):
    """One line of the case list: what the table shows, loaded in one query.

    A named tuple: the case list of a large vault makes a hundred thousand at once (four
    times quicker to make than a frozen data class).
    """

    id: int
    ref: str
    organisation_id: int
    organisation: str
    opened: date
    closed: date | None
    behaviours: tuple[str, ...]
    next_due: date | None
    department: str = ""

    @property
    def status(self) -> str:
        return "closed" if self.closed else "open"


@dataclass(frozen=True)
class Release:
    """One table of figures as it was released (see the release ledger); counts and symbols only."""

    kind: str  # "melding" (the annual report's figures)
    year: int
    organisation_id: int | None  # None: all organisations
    threshold: int
    released_on: date
    cells: dict[str, Any]  # the table as ``vpdesk stats`` prints it, without "previous_year"
    members: tuple[int, ...] = ()  # for all organisations: the organisations it sums
    digest: str = ""  # of the exact counts behind it, to tell whether the data changed since
    id: int | None = None
