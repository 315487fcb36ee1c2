"""Importing the newer facts: finer behaviour kinds, roles, age group, anonymous contact and the
reporter's wish, as codes or as Dutch or English labels; files without them import as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from vpdesk.importer import ImportFailed, import_file
from vpdesk.vault import Vault

HEADER = (
    "case_ref;organisation;opened;closed;behaviours;reporter_role;reporter_age;anonymous;wish;outcome\r\n"
)


def _write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    path = tmp_path / "import.csv"
    path.write_text(header + body, encoding="utf-8")
    return path


def test_codes_and_labels_of_the_new_facts_import(vault: Vault, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "A-1;Zorggroep Oost;2026-01-05;2026-02-01;Fraude/diefstal|Bedreiging;Patiënt / cliënt;65+;ja;"
        "Onderzoek;Doorverwijzing\r\n"
        "A-2;Zorggroep Oost;2026-01-06;;stalking|online/social media;leerling;18-27;nee;;\r\n"
        "A-3;Zorggroep Oost;2026-01-07;07-02-2026;integrity_conflict_of_interest;student;Under 18;1;"
        "No action wanted;listening\r\n"
        "A-4;Zorggroep Oost;2026-01-08;;Pesten;vrijwilliger;;;;\r\n",
    )
    import_file(vault, path)
    got = {ref: vault.cases.by_ref(ref) for ref in ("A-1", "A-2", "A-3", "A-4")}
    a1, a2, a3, a4 = (got[r] for r in ("A-1", "A-2", "A-3", "A-4"))
    assert a1 is not None and a2 is not None and a3 is not None and a4 is not None
    assert sorted(a1.behaviours) == ["integrity_fraud", "threat"]
    assert (a1.reporter_role, a1.reporter_age, a1.anonymous, a1.wish) == (
        "patient_client",
        "age_65_plus",
        True,
        "investigation",
    )
    assert sorted(a2.behaviours) == ["online", "stalking"]
    assert (a2.reporter_role, a2.reporter_age, a2.anonymous, a2.wish) == ("student", "age_18_27", False, None)
    assert (a3.anonymous, a3.wish, a3.reporter_age) == (True, "no_action", "under_18")
    assert (a4.reporter_role, a4.reporter_age, a4.anonymous, a4.wish) == ("volunteer", "unknown", False, None)


def test_a_file_without_the_new_columns_imports_as_before(vault: Vault, tmp_path: Path) -> None:
    path = _write(
        tmp_path, "B-1;Gemeente Aa;2026-03-01;integrity\r\n", "case_ref;organisation;opened;behaviours\r\n"
    )
    import_file(vault, path)
    case = vault.cases.by_ref("B-1")
    assert case is not None
    assert (case.anonymous, case.reporter_age, case.wish, case.behaviours) == (
        False,
        "unknown",
        None,
        ["integrity"],
    )


def test_bad_new_cells_are_listed_and_nothing_is_imported(vault: Vault, tmp_path: Path) -> None:
    header = "case_ref;organisation;opened;closed;behaviours;reporter_name;reporter_age;anonymous;wish\r\n"
    path = _write(
        tmp_path,
        "C-1;Gemeente Aa;2026-03-01;;bullying;;;misschien;\r\n"
        "C-2;Gemeente Aa;2026-03-01;;bullying;;;;advice\r\n"
        "C-3;Gemeente Aa;2026-03-01;;bullying;Joris Hoekstra;;ja;\r\n"
        "C-4;Gemeente Aa;2026-03-01;;bullying;;oud;;\r\n"
        "C-5;Gemeente Aa;2026-03-01;2026-03-09;bullying;;;;Onderzoekk\r\n",
        header,
    )
    with pytest.raises(ImportFailed) as info:
        import_file(vault, path)
    assert vault.cases.count() == 0
    text = "\n".join(info.value.lines)
    assert ":2: anonymous: not yes or no" in text
    assert ":3: wish: must be empty while the case is open" in text
    assert ":4: reporter_name: must be empty for an anonymous reporter" in text
    assert ":5: reporter_age: unknown value" in text
    assert ":6: wish: unknown value 'Onderzoekk' (did you mean 'Onderzoek'?)" in text
    assert "Joris" not in text and "Hoekstra" not in text
