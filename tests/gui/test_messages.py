"""Problems from below the window, shown in Dutch: one mapping, nothing lost."""

from __future__ import annotations

import pytest

from vpdesk.gui.messages import import_problem_line


@pytest.mark.parametrize(
    ("line", "dutch"),
    [
        ("a.csv:2: opened: not a real date (write YYYY-MM-DD or DD-MM-YYYY)",
         "a.csv:2: opened: geen bestaande datum (schrijf DD-MM-JJJJ of JJJJ-MM-DD)"),
        ("a.csv:3: case_ref: already in the vault", "a.csv:3: case_ref: staat al in de kluis"),
        ("a.csv:1: file: no such file", "a.csv:1: bestand: dit bestand bestaat niet"),
        ("a.csv:4: closed: date is in the future", "a.csv:4: closed: Datum ligt in de toekomst."),
        ("a.csv:5: channel: unknown value 'Telefon' (did you mean 'Telefoon'?) "
         "(expected one of: phone, email)",
         "a.csv:5: channel: onbekende waarde 'Telefon' (bedoelt u 'Telefoon'?) (verwacht een van: "
         "Telefoon, E-mail, Persoonlijk, Video, Onbekend)"),
    ],
)  # fmt: skip
def test_import_problems_read_in_dutch(line: str, dutch: str) -> None:
    assert import_problem_line(line, "nl") == dutch
    assert import_problem_line(line, "en") == line


def test_an_unknown_message_is_kept_as_it_is() -> None:
    assert import_problem_line("a.csv:9: notes: something new", "nl") == "a.csv:9: notes: something new"
