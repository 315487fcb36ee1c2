"""The CSV import against a real vault: formats, rows, the vault and all-or-nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.importer.generate import HEADER, line_of, rows, to_csv, write
from tests.support import SAMPLE_CSV
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.models import Case, Organisation
from vpdesk.importer import ImportFailed, import_file
from vpdesk.vault import Vault

SAMPLE = SAMPLE_CSV

MINIMAL = "case_ref;organisation;opened;behaviours\r\n"


def snapshot(vault: Vault) -> dict[str, int]:
    """Row counts of every table an import writes to."""
    return {
        table: int(vault.db.query_one(f"SELECT count(*) FROM {table}")[0])
        for table in (
            "organisations",
            "departments",
            "cases",
            "case_behaviours",
            "conversations",
            "referrals",
            "case_search",
            "audit_log",
        )
    }


def csv_file(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def failure(vault: Vault, path: Path) -> ImportFailed:
    """Import ``path``, expect it to fail, and check that nothing changed."""
    before = snapshot(vault)
    with pytest.raises(ImportFailed) as info:
        import_file(vault, path)
    assert snapshot(vault) == before
    return info.value


def one_row(**cells: str) -> str:
    """A file with the header of HEADER and one row: a valid case changed by ``cells``."""
    row = {
        "case_ref": "2026-001",
        "organisation": "Gemeente Voorbeeld",
        "opened": "2026-02-03",
        "behaviours": "bullying",
    }
    row.update(cells)
    return to_csv([row])


# -- the sample file an adviser's Excel wrote ---------------------------------------------


def test_sample_from_excel_imports_as_it_is(vault: Vault) -> None:
    summary = import_file(vault, SAMPLE)
    assert str(summary) == "imported 40 cases (2 new organisations)"
    assert vault.cases.count() == 40
    orgs = {o.name: o for o in vault.organisations.list()}
    assert set(orgs) == {"Zorggroep De Linde", "Gemeente Zuiderhaven"}
    assert "Administratie" in orgs["Zorggroep De Linde"].departments

    first = vault.cases.by_ref("2025-001")
    assert first is not None and first.id is not None
    assert first.opened == date(2025, 6, 4)
    assert first.closed == date(2025, 8, 20)
    assert first.behaviours == ["discrimination"]
    assert first.accused_relation == "external"  # "Extern (klant, leverancier)"
    assert first.channel == "video"
    assert first.outcome == "informal_solution"
    assert first.reporter_role == "intern"
    assert first.reporter_email == "daan.peters@voorbeeld.nl"
    [conv] = vault.conversations.for_parent(first.id)
    assert conv.minutes == 30
    assert conv.note == 'Gesprek over "grapjes" op de afdeling; afspraak gemaakt voor vervolg.'

    second = vault.cases.by_ref("2025-002")
    assert second is not None and second.id is not None
    assert sorted(second.behaviours) == ["integrity", "sexual_harassment"]
    assert [r.target for r in vault.referrals.for_parent(second.id)] == [
        "social_work",
        "complaints_committee",
    ]
    convs = vault.conversations.for_parent(second.id)
    assert len(convs) == 3
    assert [c.minutes for c in convs] == [90, 0, 0]
    assert all(c.date == date(2025, 2, 27) for c in convs)

    still_open = vault.cases.by_ref("2025-005")
    assert still_open is not None and still_open.id is not None
    assert still_open.closed is None and still_open.outcome is None
    # Windows-1252 "ë" decoded, not mangled.
    assert "cliënt" in vault.conversations.for_parent(still_open.id)[0].note
    # "Huisarts / psycholoog" appears in the sample as a label.
    targets = {f for c in vault.cases.facts() for f in c.referrals}
    assert "complaints_committee" in targets
    assert vault.audit.events()[0].kind == "import"
    # Full-text search sees the imported notes.
    assert set(vault.cases.search("grapjes")) >= {first.id}


# -- encodings, delimiters, line ends -------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ","])
@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_encodings_delimiters_and_line_ends(
    vault: Vault, tmp_path: Path, encoding: str, delimiter: str, newline: str
) -> None:
    data = rows(5)
    data[0]["notes"] = 'Cliënt zei: "€ 50; of meer", daarna\nniets meer.'
    data[0]["conversations"] = "1"
    data[0]["department"] = "Zorg & Welzijn, Noord"
    path = write(tmp_path / "in.csv", data, encoding=encoding, delimiter=delimiter, newline=newline)
    assert import_file(vault, path).cases == 5
    case = vault.cases.by_ref(data[0]["case_ref"])
    assert case is not None and case.id is not None
    assert case.department == "Zorg & Welzijn, Noord"
    note = vault.conversations.for_parent(case.id)[0].note
    assert note == 'Cliënt zei: "€ 50; of meer", daarna\nniets meer.'


def test_bom_is_not_part_of_the_first_column_name(vault: Vault, tmp_path: Path) -> None:
    path = csv_file(tmp_path, one_row(), encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    import_file(vault, path)
    assert vault.cases.by_ref("2026-001") is not None


def test_old_mac_line_ends(vault: Vault, tmp_path: Path) -> None:
    path = csv_file(tmp_path, one_row().replace("\r\n", "\r"))
    assert import_file(vault, path).cases == 1


def test_header_in_any_order_any_case_and_padded(vault: Vault, tmp_path: Path) -> None:
    text = " Behaviours ;OPENED; Organisation;Case_Ref \n Pesten ;01-02-2026;Org;A-1\n"
    import_file(vault, csv_file(tmp_path, text))
    case = vault.cases.by_ref("A-1")
    assert case is not None
    assert case.behaviours == ["bullying"]
    assert case.opened == date(2026, 2, 1)


def test_unnamed_empty_columns_excel_leaves_are_ignored(vault: Vault, tmp_path: Path) -> None:
    text = "case_ref;organisation;opened;behaviours;;\r\nA-1;Org;2026-01-01;bullying;;\r\n;;;;;\r\n\r\n"
    assert import_file(vault, csv_file(tmp_path, text)).cases == 1


# -- labels and codes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (
            {
                "behaviours": "Seksuele intimidatie|AGRESSIE EN GEWELD",
                "accused_relation": "Extern (klant, leverancier)",
                "channel": "Persoonlijk",
                "reporter_gender": "Vrouw",
                "reporter_role": "Vrijwilliger",
                "closed": "10-03-2026",
                "outcome": "Opvang en advies",
                "referrals": "Huisarts / psycholoog|HR / P&O",
            },
            ("nl",),
        ),
        (
            {
                "behaviours": "sexual harassment|Aggression and violence",
                "accused_relation": "External (client, supplier)",
                "channel": "in person",
                "reporter_gender": "woman",
                "reporter_role": "Volunteer",
                "closed": "2026-03-10",
                "outcome": "Support and advice",
                "referrals": "GP / psychologist|hr",
            },
            ("en",),
        ),
        (
            {
                "behaviours": "sexual_harassment | aggression_violence",
                "accused_relation": "EXTERNAL",
                "channel": "in_person",
                "reporter_gender": "Woman",
                "reporter_role": "volunteer",
                "closed": "2026-03-10",
                "outcome": "listening",
                "referrals": "gp_psychologist|HR",
            },
            ("codes",),
        ),
    ],
)
def test_codes_and_labels_in_both_languages(
    vault: Vault, tmp_path: Path, cells: dict[str, str], expected: tuple[str]
) -> None:
    import_file(vault, csv_file(tmp_path, one_row(**cells)))
    case = vault.cases.by_ref("2026-001")
    assert case is not None and case.id is not None, expected
    assert sorted(case.behaviours) == ["aggression_violence", "sexual_harassment"]
    assert case.accused_relation == "external"
    assert case.channel == "in_person"
    assert case.reporter_gender == "woman"
    assert case.reporter_role == "volunteer"
    assert case.outcome == "listening"
    assert [r.target for r in vault.referrals.for_parent(case.id)] == ["gp_psychologist", "hr"]


def test_defaults_for_empty_optional_cells(vault: Vault, tmp_path: Path) -> None:
    import_file(vault, csv_file(tmp_path, one_row()))
    case = vault.cases.by_ref("2026-001")
    assert case is not None and case.id is not None
    assert (case.reporter_gender, case.reporter_role, case.accused_relation, case.channel) == (
        "unknown",
        "unknown",
        "unknown",
        "unknown",
    )
    assert case.closed is None and case.outcome is None
    [conv] = vault.conversations.for_parent(case.id)  # one conversation by default
    assert (conv.date, conv.minutes, conv.note, conv.kind) == (date(2026, 2, 3), 0, "", "intake")
    assert vault.referrals.for_parent(case.id) == []


def test_conversations_minutes_and_notes(vault: Vault, tmp_path: Path) -> None:
    text = to_csv(
        [
            {
                "case_ref": "A",
                "organisation": "O",
                "opened": "2026-01-05",
                "behaviours": "other",
                "conversations": "3",
                "minutes": "135",
                "notes": "Eerste gesprek",
            },
            {
                "case_ref": "B",
                "organisation": "O",
                "opened": "2026-01-06",
                "behaviours": "other",
                "conversations": "0",
            },
        ]
    )
    summary = import_file(vault, csv_file(tmp_path, text))
    assert summary.conversations == 3
    a, b = vault.cases.by_ref("A"), vault.cases.by_ref("B")
    assert a is not None and a.id is not None and b is not None and b.id is not None
    convs = vault.conversations.for_parent(a.id)
    assert [(c.minutes, c.note, c.kind) for c in convs] == [
        (135, "Eerste gesprek", "intake"),
        (0, "", "follow_up"),
        (0, "", "follow_up"),
    ]
    assert {c.date for c in convs} == {date(2026, 1, 5)}
    assert vault.conversations.for_parent(b.id) == []


# -- organisations and departments ----------------------------------------------------------


def test_organisations_match_case_insensitively_and_are_created_once(vault: Vault, tmp_path: Path) -> None:
    existing = vault.organisations.add(Organisation("Gemeente Voorbeeld", departments=["ICT"]))
    text = to_csv(
        [
            {
                "case_ref": "1",
                "organisation": "gemeente voorbeeld",
                "department": "Burgerzaken",
                "opened": "2026-01-01",
                "behaviours": "bullying",
            },
            {
                "case_ref": "2",
                "organisation": "Nieuwe Stichting",
                "department": "Zorg",
                "opened": "2026-01-01",
                "behaviours": "bullying",
            },
            {
                "case_ref": "3",
                "organisation": "NIEUWE STICHTING",
                "department": "Zorg",
                "opened": "2026-01-01",
                "behaviours": "bullying",
            },
        ]
    )
    summary = import_file(vault, csv_file(tmp_path, text))
    assert str(summary) == "imported 3 cases (1 new organisation)"
    orgs = {o.name: o for o in vault.organisations.list()}
    assert set(orgs) == {"Gemeente Voorbeeld", "Nieuwe Stichting"}
    assert orgs["Gemeente Voorbeeld"].id == existing
    assert orgs["Gemeente Voorbeeld"].departments == ["Burgerzaken", "ICT"]
    assert orgs["Nieuwe Stichting"].departments == ["Zorg"]
    refs = {r.ref: r.organisation for r in vault.cases.rows()}
    assert refs == {"1": "Gemeente Voorbeeld", "2": "Nieuwe Stichting", "3": "Nieuwe Stichting"}


# -- problems with the file as a whole ------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "line", "expected"),
    [
        (b"", 1, "file: the file is empty"),
        (b"\r\n\r\n  \r\n", 1, "file: the file is empty"),
        (MINIMAL.encode(), 1, "file: the file has a header but no rows to import"),
        (b"case_ref;organisation\r\nA;B\x00\x01\x02\r\n", 2, "file: the file is not text"),
        (
            b"case_ref;organisation\r\nA;\x81\x8d\x8f\r\n",
            2,
            "file: the file is neither UTF-8 nor Windows-1252",
        ),
        (b"case_ref;opened\r\nA;\x07\x1b[0m\r\n", 2, "file: the file is not text (it contains control"),
        (b"PK\x03\x04\x14\x00\x06\x00", 1, "file: the file is an Excel workbook"),
        ("case_ref;opened\r\n".encode("utf-16"), 1, "file: the file is UTF-16 text"),
        (b"case_ref\topened\tbehaviours\r\n", 1, "header: columns are separated by tabs"),
        (b"case_ref\r\nA\r\n", 1, "header: the header names only one column"),
    ],
)
def test_unreadable_files(vault: Vault, tmp_path: Path, content: bytes, line: int, expected: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    exc = failure(vault, path)
    assert exc.lines[0].startswith(f"{path}:{line}: {expected}"), exc.lines
    assert str(exc) == "1 problem in the file; nothing was imported"
    assert isinstance(exc, VpdeskError)


def test_unclosed_quote_points_at_the_line_it_opens(vault: Vault, tmp_path: Path) -> None:
    text = MINIMAL + 'A;O;2026-01-01;bullying\r\n"B;O;2026-01-01;bullying\r\nC;O;2026-01-01;x\r\n'
    exc = failure(vault, csv_file(tmp_path, text))
    assert exc.lines == [
        f"{tmp_path / 'in.csv'}:3: row: a quote is not closed or a quoted field is followed by "
        "other text (write a quote inside a field as two quotes)"
    ]


def test_header_problems(vault: Vault, tmp_path: Path) -> None:
    text = "case_ref;Organisatie;opened;notes;NOTES;\r\nA;O;2026-01-01;x;y;\r\n"
    exc = failure(vault, csv_file(tmp_path, text))
    name = tmp_path / "in.csv"
    assert exc.lines[0].startswith(
        f"{name}:1: Organisatie: unknown column, did you mean 'organisation'? (known columns: case_ref,"
    )
    assert exc.lines[1:] == [
        f"{name}:1: notes: column appears twice (positions 4 and 5)",
        f"{name}:1: organisation: required column is missing from the header",
        f"{name}:1: behaviours: required column is missing from the header",
    ]
    assert str(exc) == "4 problems in the file; nothing was imported"


def test_file_name_is_given_as_on_the_command_line(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    csv_file(tmp_path, MINIMAL + "A;O;2026-13-01;bullying\r\n", name="lijst.csv")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ImportFailed) as info:
        import_file(vault, "lijst.csv")
    assert info.value.lines[0].startswith("lijst.csv:2: opened: not a real date")


# -- problems in rows ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"case_ref": " "}, "case_ref: required, but empty"),
        ({"organisation": ""}, "organisation: required, but empty"),
        ({"opened": ""}, "opened: required, but empty"),
        ({"opened": "31-02-2026"}, "opened: not a real date (write YYYY-MM-DD or DD-MM-YYYY)"),
        ({"opened": "gisteren"}, "opened: not a real date"),
        ({"closed": "2026-02-30"}, "closed: not a real date"),
        ({"closed": "2026-02-02", "outcome": "listening"}, "closed: is before opened"),
        ({"outcome": "listening"}, "outcome: must be empty while the case is open (closed is empty)"),
        ({"closed": "morgen", "outcome": "listening"}, "closed: not a real date"),
        (
            {"closed": "2026-03-01", "outcome": "mediaton"},
            "outcome: unknown value 'mediaton' (did you mean 'mediation'?) (expected one of: listening,",
        ),
        ({"behaviours": ""}, "behaviours: required: at least one behaviour code"),
        ({"behaviours": " | "}, "behaviours: required: at least one behaviour code"),
        (
            {"behaviours": "bullying|pestn|x"},
            "behaviours: unknown value 'pestn' (did you mean 'Pesten'?) and 1 more, not shown "
            "(expected codes separated by '|': bullying,",
        ),
        (
            {"reporter_gender": "m"},
            "reporter_gender: unknown value, not shown as it is not close to any code or label "
            "(expected one of: man, woman, other, unknown)",
        ),
        ({"reporter_role": "employe"}, "reporter_role: unknown value 'employe' (did you mean 'employee'?)"),
        ({"accused_relation": "buurman"}, "accused_relation: unknown value, not shown"),
        ({"channel": "Zeynep Yılmaz"}, "channel: unknown value, not shown"),
        ({"referrals": "hr|politei"}, "referrals: unknown value 'politei' (did you mean 'Politie'?)"),
        ({"conversations": "-1"}, "conversations: not a whole number of 0 or more"),
        ({"conversations": "2.5"}, "conversations: not a whole number of 0 or more"),
        ({"conversations": "5000"}, "conversations: more than 1000"),
        ({"minutes": "-30"}, "minutes: not a whole number of 0 or more"),
        ({"minutes": "een uur"}, "minutes: not a whole number of 0 or more"),
        (
            {"conversations": "0", "minutes": "30"},
            "minutes: needs at least one conversation (conversations is 0)",
        ),
        (
            {"conversations": "0", "notes": "tekst"},
            "notes: needs at least one conversation (conversations is 0)",
        ),
        ({"reporter_email": "jan at voorbeeld"}, "reporter_email: not a valid e-mail address"),
        ({"case_ref": "x" * 1001}, "case_ref: longer than 1000 characters"),
    ],
)
def test_row_problems(vault: Vault, tmp_path: Path, cells: dict[str, str], expected: str) -> None:
    exc = failure(vault, csv_file(tmp_path, one_row(**cells)))
    assert exc.lines[0].startswith(f"{tmp_path / 'in.csv'}:2: {expected}"), exc.lines
    assert len(exc.lines) == 1, exc.lines


def test_problem_lines_never_repeat_identifying_cells(vault: Vault, tmp_path: Path) -> None:
    exc = failure(
        vault,
        csv_file(
            tmp_path,
            one_row(reporter_email="Jan.Geheim-at-voorbeeld", opened="30-02-2026", notes="Geheim verhaal"),
        ),
    )
    text = "\n".join([*exc.lines, str(exc)])
    assert "Geheim" not in text and "30-02" not in text and "2026-001" not in text
    assert len(exc.lines) == 2


def test_wrong_number_of_fields(vault: Vault, tmp_path: Path) -> None:
    text = MINIMAL + "A;O;2026-01-01;bullying;extra\r\nB;O;2026-01-01\r\n"
    exc = failure(vault, csv_file(tmp_path, text))
    assert [line.split(": ", 1)[1] for line in exc.lines] == [
        "row: has 5 fields, the header has 4",
        "row: has 3 fields, the header has 4",
    ]


def test_value_in_a_column_without_name(vault: Vault, tmp_path: Path) -> None:
    text = "case_ref;organisation;opened;behaviours;\r\nA;O;2026-01-01;bullying;iets\r\n"
    exc = failure(vault, csv_file(tmp_path, text))
    assert exc.lines == [f"{tmp_path / 'in.csv'}:2: column 5: has a value but the header gives it no name"]


def test_line_numbers_count_physical_lines_of_quoted_notes(vault: Vault, tmp_path: Path) -> None:
    text = (
        "case_ref;organisation;opened;behaviours;notes\r\n"  # 1
        'A;O;2026-01-01;bullying;"een\r\ntwee\r\ndrie"\r\n'  # 2-4
        "\r\n"  # 5: blank, skipped
        "B;O;2026-01-01;pestenn;\r\n"  # 6
        'C;O;2026-01-01;bullying;"x\ny"\r\n'  # 7-8
        "D;O;01-01-2026;;\r\n"  # 9
    )
    exc = failure(vault, csv_file(tmp_path, text))
    assert [line.split(": ", 2)[0].rsplit(":", 1)[1] for line in exc.lines] == ["6", "9"]
    assert exc.lines[0].endswith(
        "6: behaviours: unknown value 'pestenn' (did you mean 'Pesten'?) (expected codes separated by "
        "'|': bullying, sexual_harassment, intimidation, aggression_violence, "
        "discrimination, integrity, other, integrity_corruption, integrity_fraud, "
        "integrity_abuse_of_power, integrity_conflict_of_interest, integrity_information, "
        "integrity_private_conduct, integrity_company_assets, threat, stalking, online)"
    )


def test_duplicate_references_in_the_file(vault: Vault, tmp_path: Path) -> None:
    data = rows(4)
    data[3]["case_ref"] = data[1]["case_ref"]
    exc = failure(vault, write(tmp_path / "in.csv", data, newline="\n"))
    assert exc.lines == [
        f"{tmp_path / 'in.csv'}:{line_of(data, 3)}: case_ref: "
        f"the same reference as on line {line_of(data, 1)}"
    ]


def test_references_already_in_the_vault(vault: Vault, tmp_path: Path) -> None:
    org = vault.organisations.add(Organisation("O"))
    vault.cases.add(Case(ref="G-000002", organisation_id=org, opened=date(2025, 1, 1), behaviours=["other"]))
    data = rows(5)
    exc = failure(vault, write(tmp_path / "in.csv", data))
    assert exc.lines == [f"{tmp_path / 'in.csv'}:{line_of(data, 2)}: case_ref: already in the vault"]
    assert "G-000002" not in "\n".join(exc.lines)


def test_every_problem_is_counted_and_twenty_are_listed(vault: Vault, tmp_path: Path) -> None:
    data = rows(60)
    for i in range(0, 60, 2):
        data[i]["opened"] = "32-01-2026"
    data[59]["behaviours"] = "nope"
    data[59]["channel"] = "nope"
    exc = failure(vault, write(tmp_path / "in.csv", data))
    assert str(exc) == "32 problems in the file; nothing was imported"
    assert exc.count == 32
    assert len(exc.lines) == 20
    assert exc.lines[0].startswith(f"{tmp_path / 'in.csv'}:2: opened:")
    assert exc.lines[19].startswith(f"{tmp_path / 'in.csv'}:{line_of(data, 38)}: opened:")


# -- all or nothing -------------------------------------------------------------------------


def test_one_bad_row_among_many_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    import_file(vault, write(tmp_path / "first.csv", rows(10, prefix="OLD")))
    data = rows(2500)
    data[1234]["closed"] = "01-01-2000"
    before = snapshot(vault)
    exc = failure(vault, write(tmp_path / "in.csv", data))
    assert exc.lines == [f"{tmp_path / 'in.csv'}:{line_of(data, 1234)}: closed: is before opened"]
    assert snapshot(vault) == before
    assert vault.cases.count() == 10


def test_a_failure_while_writing_rolls_everything_back(vault: Vault, tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", rows(2500))
    before = snapshot(vault)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= 2000:
            raise RuntimeError("stopped halfway")

    with pytest.raises(RuntimeError):
        import_file(vault, path, progress=progress)
    assert seen == [(1000, 2500), (2000, 2500)]
    assert snapshot(vault) == before
    # And the same file then imports whole.
    seen.clear()
    summary = import_file(vault, path, progress=lambda d, t: seen.append((d, t)))
    assert summary.cases == 2500
    assert seen[-1] == (2500, 2500)
    after = snapshot(vault)
    assert after["cases"] == after["case_search"] == 2500
    assert after["organisations"] == 3


def test_second_import_adds_to_the_first(vault: Vault, tmp_path: Path) -> None:
    import_file(vault, write(tmp_path / "a.csv", rows(20, prefix="A")))
    summary = import_file(vault, write(tmp_path / "b.csv", rows(30, prefix="B")))
    assert str(summary) == "imported 30 cases (0 new organisations)"
    assert vault.cases.count() == 50
    # Each import's cases are searchable, not only the last one's.
    a1 = vault.cases.by_ref("A-000001")
    assert a1 is not None
    assert vault.cases.search("A-000001") == [a1.id]
    assert len(vault.cases.search("Persoon")) == 50
    assert [e.kind for e in vault.audit.events()[:2]] == ["import", "import"]


def test_ten_thousand_rows_import(vault: Vault, tmp_path: Path) -> None:
    # How long this takes is measured by bench/run.py, not asserted here.
    path = write(tmp_path / "big.csv", rows(10_000))
    summary = import_file(vault, path)
    assert summary.cases == 10_000
    assert vault.cases.count() == 10_000
    assert len(vault.cases.search("2026")) > 0


def test_header_of_generated_files_is_the_contract() -> None:
    # The generator is the tests' source of valid files; keep it on the contract's columns.
    from vpdesk.importer.rows import COLUMNS

    assert sorted(HEADER) == sorted(COLUMNS)


def test_a_file_too_large_to_be_a_registration_is_refused_before_reading(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vpdesk.importer

    path = csv_file(tmp_path, one_row())
    monkeypatch.setattr(vpdesk.importer, "MAX_BYTES", 10)
    exc = failure(vault, path)
    assert exc.lines == [f"{path}:1: file: the file is larger than 0 MB"]


def test_a_folder_is_not_a_file(vault: Vault, tmp_path: Path) -> None:
    exc = failure(vault, tmp_path)
    assert exc.lines == [f"{tmp_path}:1: file: is a folder, not a file"]


def test_line_breaks_inside_a_note_become_newlines(vault: Vault, tmp_path: Path) -> None:
    text = MINIMAL.replace("\r\n", ";notes\r\n") + 'A;O;2026-01-01;bullying;"een\r\ntwee\rdrie"\r\n'
    import_file(vault, csv_file(tmp_path, text))
    case = vault.cases.by_ref("A")
    assert case is not None and case.id is not None
    assert vault.conversations.for_parent(case.id)[0].note == "een\ntwee\ndrie"


def test_excel_sep_line_names_the_delimiter(vault: Vault, tmp_path: Path) -> None:
    text = (
        "sep=,\r\ncase_ref,organisation,opened,behaviours,notes\r\n"
        "A,O,2026-01-01,bullying,a;b\r\nB,O,x,bullying,\r\n"
    )
    exc = failure(vault, csv_file(tmp_path, text))
    assert exc.lines == [f"{tmp_path / 'in.csv'}:4: opened: not a real date (write YYYY-MM-DD or DD-MM-YYYY)"]
    import_file(vault, csv_file(tmp_path, text.replace(",x,", ",2026-01-02,")))
    case = vault.cases.by_ref("A")
    assert case is not None and case.id is not None
    assert vault.conversations.for_parent(case.id)[0].note == "a;b"


def test_header_problems_point_at_the_header_line(vault: Vault, tmp_path: Path) -> None:
    text = "\r\nsep=;\r\ncase_ref;organisation;opened\r\nA;O;2026-01-01\r\n"
    exc = failure(vault, csv_file(tmp_path, text))
    assert exc.lines == [f"{tmp_path / 'in.csv'}:3: behaviours: required column is missing from the header"]
    exc = failure(vault, csv_file(tmp_path, "\n\n" + MINIMAL))
    assert exc.lines == [f"{tmp_path / 'in.csv'}:3: file: the file has a header but no rows to import"]


def test_utf8_mark_with_windows_1252_text_is_refused(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (MINIMAL + "A;Caf\xe9;2026-01-01;bullying\r\n").encode("cp1252"))
    exc = failure(vault, path)
    assert exc.lines == [f"{path}:2: file: not valid UTF-8 although the file starts with a UTF-8 mark"]


def test_names_in_the_wrong_column_are_never_repeated(vault: Vault, tmp_path: Path) -> None:
    # Columns shifted by one: the reporter's name, e-mail and notes land in code columns.
    text = (
        "case_ref;organisation;opened;behaviours;channel;outcome;reporter_gender;referrals\r\n"
        "A;O;2026-01-01;Zeynep Yılmaz;z.yilmaz@example.nl;Zij huilde tijdens het gesprek;"
        "06 12345678;Łukasz Wiśniewski|hr\r\n"
    )
    exc = failure(vault, csv_file(tmp_path, text))
    shown = "\n".join(exc.lines) + str(exc)
    for cell in ("Zeynep", "Yılmaz", "yilmaz", "huilde", "12345678", "Łukasz", "Wiśniewski"):
        assert cell not in shown
    assert {line.split(": ")[1] for line in exc.lines} >= {
        "behaviours",
        "channel",
        "outcome",
        "reporter_gender",
        "referrals",
    }


def test_a_sheet_without_a_header_row_is_recognised_without_listing_its_cells(
    vault: Vault, tmp_path: Path
) -> None:
    text = (
        "2026-001;Gemeente Voorbeeld;2026-01-05;pesten;Zeynep Yılmaz;z.yilmaz@example.nl\r\n"
        "2026-002;Gemeente Voorbeeld;2026-01-06;intimidatie;Jan Bakker;\r\n"
    )
    exc = failure(vault, csv_file(tmp_path, text))
    assert len(exc.lines) == 1
    assert ":1: header: the first line is not a header" in exc.lines[0]
    for cell in ("2026-001", "Voorbeeld", "Zeynep", "yilmaz", "Bakker", "pesten"):
        assert cell not in exc.lines[0]
