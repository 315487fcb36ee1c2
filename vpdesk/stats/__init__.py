"""Year figures and disclosure control; pure functions over domain objects, no Qt.

figures = year_figures(vault, year=2026, organisation_id=None, threshold=5)
figures.to_dict()   # the JSON of ``vpdesk stats``
"""

from __future__ import annotations

from datetime import date
from typing import Required, TypedDict, TypeVar, Unpack

from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.models import Release
from vpdesk.stats.figures import (
    AGE_GROUP,
    BREAKDOWNS,
    DURATION_KEYS,
    GENDER_AND_ROLE,
    OPEN,
    QUARTERS,
    TOTAL_KEYS,
    Breakdown,
    Personal,
    YearCounts,
    YearFigures,
    count_year,
    hours,
)
from vpdesk.stats.protection import TableProtection, release_protection
from vpdesk.stats.release import (
    DisclosureRefused,
    Family,
    ThresholdRefused,
    audit_released,
    build_family,
    publish,
)
from vpdesk.stats.suppression import MIN_THRESHOLD, SECONDARY, Cell, is_suppressed, primary_symbol
from vpdesk.vault.reader import VaultData

F = TypeVar("F")  # the figures a release publishes

__all__ = [
    "AGE_GROUP_SETTING",
    "BREAKDOWNS",
    "DURATION_KEYS",
    "GENDER_AND_ROLE_SETTING",
    "MIN_THRESHOLD",
    "OPEN",
    "QUARTERS",
    "SECONDARY",
    "TOTAL_KEYS",
    "Breakdown",
    "Cell",
    "DisclosureRefused",
    "Family",
    "Personal",
    "ReleaseNotRecorded",
    "Scope",
    "StatsError",
    "TableProtection",
    "ThresholdRefused",
    "YearCounts",
    "YearFigures",
    "YearScope",
    "age_group_enabled",
    "audit_released",
    "build_family",
    "check_scope",
    "count_year",
    "enabled_switches",
    "ensure_recordable",
    "figures_with_protection",
    "gender_and_role_enabled",
    "hours",
    "is_suppressed",
    "prepare_release",
    "primary_symbol",
    "publish",
    "record_prepared",
    "record_releases",
    "release_figures",
    "year_figures",
]


class StatsError(VpdeskError):
    """The figures cannot be computed as asked (bad threshold, unknown organisation)."""


# The vault setting that switches the gender and role breakdowns on ("1") for the JSON, the
# report and the window alike.
GENDER_AND_ROLE_SETTING = "report_gender_and_role"


def gender_and_role_enabled(vault: VaultData) -> bool:
    """Whether the adviser has switched the gender and role breakdowns on for this vault."""
    return bool(vault.settings.get(GENDER_AND_ROLE_SETTING) == "1")


# The same for the reporters' age group: off unless the adviser switches it on ("1").
AGE_GROUP_SETTING = "report_age_group"


def age_group_enabled(vault: VaultData) -> bool:
    """Whether the adviser has switched the age-group breakdown on for this vault."""
    return bool(vault.settings.get(AGE_GROUP_SETTING) == "1")


def enabled_switches(vault: VaultData) -> frozenset[str]:
    """The breakdowns about the reporter's person that this vault's settings switch on."""
    on: set[str] = set()
    if gender_and_role_enabled(vault):
        on.add(GENDER_AND_ROLE)
    if age_group_enabled(vault):
        on.add(AGE_GROUP)
    return frozenset(on)


def check_scope(vault: VaultData, organisation_id: int | None, threshold: int) -> None:
    """Refuse a threshold below the minimum and an organisation the vault does not hold."""
    if threshold < MIN_THRESHOLD:
        raise StatsError("the threshold is never below 3")
    if organisation_id is not None and vault.organisations.get(organisation_id) is None:
        raise StatsError("no such organisation in the vault")


class Scope(TypedDict, total=False):
    """Which figures an entry point computes: ``year``, one organisation (``organisation_id``)
    or all (None, the default), at the threshold K (``threshold``, default 5)."""

    year: Required[int]
    organisation_id: int | None
    threshold: int


class YearScope(Scope, total=False):
    """The scope of the annual figures; ``personal`` adds the gender and role (and age-group)
    breakdowns: True for all, or the switches that are on; by default (None) the vault's own
    settings decide (see :func:`enabled_switches`)."""

    personal: Personal | None


def _family(
    vault: VaultData,
    *,
    year: int,
    organisation_id: int | None = None,
    threshold: int = 5,
    personal: Personal | None = None,
) -> Family:
    if not 1 <= year <= 9998:
        raise StatsError("the year must lie between 1 and 9998")
    check_scope(vault, organisation_id, threshold)
    if personal is None:
        personal = enabled_switches(vault)
    return build_family(vault, year=year, threshold=threshold, personal=personal)


def year_figures(vault: VaultData, **scope: Unpack[YearScope]) -> YearFigures:
    """The published figures of the scope (see :class:`YearScope`), with the year before.

    Every table of the year is protected together (see :mod:`vpdesk.stats.release`), so these
    are the figures a release would show; nothing is recorded. The previous year is attached
    as ``.previous``: as it was released, or as it would be released now.
    """
    return _family(vault, **scope).figures(scope.get("organisation_id"))


def figures_with_protection(
    vault: VaultData, **scope: Unpack[YearScope]
) -> tuple[YearFigures, list[TableProtection]]:
    """The figures of :func:`year_figures` and, per table, what a reader could deduce from them."""
    family = _family(vault, **scope)
    organisation_id = scope.get("organisation_id")
    return family.figures(organisation_id), release_protection(family, organisation_id)


def prepare_release(
    vault: VaultData, *, today: date | None = None, **scope: Unpack[YearScope]
) -> tuple[YearFigures, list[Release]]:
    """The figures of :func:`year_figures` and the ledger rows that releasing them adds."""
    family = _family(vault, **scope)
    organisation_id = scope.get("organisation_id")
    return family.figures(organisation_id), family.releases(organisation_id, today or date.today())


def record_releases(vault: VaultData, releases: list[Release]) -> None:
    """Write released tables to the ledger (inside the caller's transaction, if any)."""
    for release in releases:
        vault.releases.record(release)


def release_figures(
    vault: VaultData, *, today: date | None = None, **scope: Unpack[YearScope]
) -> YearFigures:
    """The figures of :func:`year_figures`, recorded in the release ledger as released."""
    return record_prepared(vault, prepare_release(vault, today=today, **scope))


def record_prepared(vault: VaultData, prepared: tuple[F, list[Release]]) -> F:
    """The figures of a prepared release, its new tables recorded in the release ledger."""
    figures, releases = prepared
    if releases:
        ensure_recordable(vault)
        with vault.transaction():
            record_releases(vault, releases)
    return figures


def ensure_recordable(vault: VaultData) -> None:
    """A new release needs the release ledger: refuse it where the vault cannot be written."""
    if not getattr(vault, "writable", True):
        reason = getattr(vault, "read_only_reason", "") or "the vault is open read-only"
        raise ReleaseNotRecorded(
            f"these figures would be a new release and the release ledger cannot record it ({reason}); "
            "nothing was released"
        )


class ReleaseNotRecorded(StatsError):
    """Figures not released before cannot be released where the ledger cannot be written."""
