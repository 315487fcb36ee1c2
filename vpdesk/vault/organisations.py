"""Organisations with their departments and referral address book."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vpdesk.domain.errors import ValidationError
from vpdesk.domain.models import Contact, Organisation
from vpdesk.domain.validation import Problems, validate_organisation
from vpdesk.vault import columns as col

_ORGANISATIONS: col.Table[Organisation] = col.Table(
    "organisations",
    Organisation,
    (col.text("name"), col.Column("sector"), col.Column("retention_months")),
)


class OrganisationRepository(col.TableRepository[Organisation]):
    table = _ORGANISATIONS
    unique = "name"
    nocase = True

    def validate(self, org: Organisation) -> Problems:
        return validate_organisation(org)

    def _write_children(self, org: Organisation) -> None:
        self._db.execute("DELETE FROM departments WHERE organisation_id = ?", (org.id,))
        names = sorted({d.strip() for d in org.departments if d.strip()})
        self._db.executemany(
            "INSERT INTO departments(organisation_id, name) VALUES (?, ?)",
            [(org.id, n) for n in names],
        )
        self._db.execute("DELETE FROM contacts WHERE organisation_id = ?", (org.id,))
        for c in org.contacts:
            c.id = self._db.execute(
                "INSERT INTO contacts(organisation_id, target, name, phone, email, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (org.id, c.target, c.name, c.phone, c.email, c.note),
            )

    def add_department(self, organisation_id: int, name: str) -> None:
        if name.strip():
            self._db.execute(
                "INSERT OR IGNORE INTO departments(organisation_id, name) VALUES (?, ?)",
                (organisation_id, name.strip()),
            )

    def by_name(self, name: str) -> Organisation | None:
        return self._one("name = ? COLLATE NOCASE", name.strip())

    def list(self) -> list[Organisation]:
        rows = self._db.query(_ORGANISATIONS.select_sql("1 ORDER BY name COLLATE NOCASE"))
        return [self._load(r) for r in rows]

    def names(self) -> dict[int, str]:
        """Every organisation's name by id, in the order of :meth:`list` (by name)."""
        return dict(self._db.query("SELECT id, name FROM organisations ORDER BY name COLLATE NOCASE"))

    def _load(self, row: Sequence[Any]) -> Organisation:
        org = _ORGANISATIONS.load(row)
        org.departments = [
            r[0]
            for r in self._db.query(
                "SELECT name FROM departments WHERE organisation_id = ? ORDER BY name", (org.id,)
            )
        ]
        org.contacts = [
            Contact(id=r[0], target=r[1], name=r[2], phone=r[3], email=r[4], note=r[5])
            for r in self._db.query(
                "SELECT id, target, name, phone, email, note FROM contacts "
                "WHERE organisation_id = ? ORDER BY id",
                (org.id,),
            )
        ]
        return org

    def case_count(self, organisation_id: int) -> int:
        return int(
            self._db.query_one("SELECT count(*) FROM cases WHERE organisation_id = ?", (organisation_id,))[0]
        )

    def delete(self, organisation_id: int) -> None:
        """Remove an organisation that has no cases."""
        if self.case_count(organisation_id):
            raise ValidationError({"organisation": "it still has cases"})
        self._db.execute("DELETE FROM organisations WHERE id = ?", (organisation_id,))
