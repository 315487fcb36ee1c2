"""The reference the case list proposes for a new case."""

from __future__ import annotations

from vpdesk.domain.references import next_reference


def test_next_reference_follows_the_highest_number_of_the_year() -> None:
    assert next_reference(set(), 2026) == "2026-001"
    assert next_reference({"2026-001", "2026-014", "2025-200", "x"}, 2026) == "2026-015"
    assert next_reference({"2026-999"}, 2026) == "2026-1000"


def test_only_references_written_as_the_list_writes_them_count() -> None:
    assert next_reference({"2026-7", "2026-0042", "2026-10000", "2026-000"}, 2026) == "2026-001"
    assert next_reference({"2026-9999"}, 2026) == "2026-10000"
