"""``vpdesk signals`` and the leak check through the command line, as people write names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, run_cli
from vpdesk.domain.models import Case, Conversation, Organisation
from vpdesk.vault import Vault

ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}
ORG = "Gemeente Voorbeeld"
OTHER = "Bakkerij Jan de Vries"
YEAR = "2025"


@pytest.fixture
def leak_vault(tmp_path: Path, real_kdf: None) -> Path:
    path = tmp_path / "leaks.vpdesk"
    with Vault.create(path, PASSPHRASE) as vault, vault.transaction():
        vault.settings.set("adviser_name", "Marleen Vertrouwen")
        org_id = vault.organisations.add(Organisation(ORG))
        other_id = vault.organisations.add(Organisation(OTHER))
        opened = date(2025, 3, 4)
        first = vault.cases.add(
            Case(
                "2025-014",
                org_id,
                opened,
                behaviours=["bullying"],
                department="ICT",
                reporter_name="Zeynep Yılmaz",
                reporter_email="z.yilmaz@example.nl",
                reporter_phone="06-12345678",
                accused="Teamleider",
            )
        )
        vault.conversations.add(
            Conversation(first, opened, note="Zij noemt Łukasz Wiśniewski als degene die haar uitlacht.")
        )
        for n, name in enumerate(("Anouk Smits", "Sanne de Jong", "Pieter Bakker", "Fleur Kaya"), 15):
            vault.cases.add(
                Case(f"2025-0{n}", org_id, date(2025, 5, n - 10), behaviours=["other"], reporter_name=name)
            )
        for n in range(1, 6):
            vault.cases.add(
                Case(
                    f"B-2025-{n}",
                    other_id,
                    date(2025, 6, n),
                    behaviours=["other"],
                    reporter_name="Jan de Vries" if n == 1 else "",
                )
            )
    return path


def _set(path: Path, text: str, organisation: str = ORG) -> None:
    result = run_cli(
        "signals",
        str(path),
        "--year",
        YEAR,
        "--organisation",
        organisation,
        "--set",
        "-",
        env=ENV,
        input=text,
    )
    assert result.returncode == 0, result.stderr


def _report(path: Path, out: Path, organisation: str = ORG):
    return run_cli(
        "report", str(path), "--year", YEAR, "--organisation", organisation, "--out", str(out), env=ENV
    )


VARIANTS = [
    # (signals text, the value that must not be echoed, field named on stderr, line, word)
    ("Het gesprek met mevrouw Yilmaz verliep goed.", "Yilmaz", "reporter name", 1, 5),
    ("Zeynep Yılmaz meldde pesten.", "Yılmaz", "reporter name", 1, 1),
    ("Een melding van Z. Yılmaz.", "Yılmaz", "reporter name", 1, 5),
    ("Eerste regel.\nGesprek met Yıl\u200bmaz over de sfeer.", "maz", "reporter name", 2, 3),
    ("Klachten over Lukasz bleven komen.", "Lukasz", "name in notes", 1, 3),
    ("Veel meldingen kwamen uit afdeling ICT dit jaar.", "ICT", "department", 1, 6),
    ("Zie melding 2025\u2013014 voor de aanpak.", "014", "case reference", 1, 3),
    ("Zie #2025-014 en verder.", "014", "case reference", 1, 2),
    ("Dossiers 2025-014/016 zijn afgesloten.", "014", "case reference", 1, 2),
    ("Bereikbaar via z.yilmaz of de balie.", "yilmaz", "reporter e-mail", 1, 3),
    ("Bereikbaar via z.yilmaz@example.nl of de balie.", "example", "reporter e-mail", 1, 3),
    ("Bel 06 123 456 78 voor een afspraak.", "456", "reporter phone", 1, 2),
    ("Bel +31 6 1234 5678 voor een afspraak.", "5678", "reporter phone", 1, 2),
    ("Een gesprek met mevrouw De Jong hielp.", "Jong", "reporter name", 1, 5),
    ("Volgens dhr. Bakker was het rustig.", "Bakker", "reporter name", 1, 3),
    ("Met Anouks team ging het beter.", "Anouks", "reporter name", 1, 2),
    ("Het team van Anouk's afdeling groeide.", "Anouk", "reporter name", 1, 4),
    ("Er zijn klachten over Joop.", "Joop", "possible name", 1, 5),
    ("Samen met Karel Brouwersgracht opgepakt.", "Brouwersgracht", "possible name", 1, 3),
    ("Ook Jan de Vries deed mee aan de training.", "Vries", "reporter name", 1, 2),
    ("Met mevrouw Wiśniewska besproken.", "Wiśniewska", "possible name", 1, 2),
]


@pytest.mark.parametrize(
    ("text", "value", "field", "line", "word"), VARIANTS, ids=[f"v{i}" for i in range(len(VARIANTS))]
)
def test_each_way_of_writing_a_name_refuses_the_report(  # noqa: PLR0917 - parametrised
    leak_vault: Path, tmp_path: Path, text: str, value: str, field: str, line: int, word: int
) -> None:
    _set(leak_vault, text)
    out = tmp_path / "jaarverslag.pdf"
    result = _report(leak_vault, out)
    assert result.returncode == 4, result.stderr
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []
    assert f"line {line}, word {word}: {field}" in result.stderr
    for shown in (value, value.lower(), "Yilmaz", "yilmaz", "Zeynep", "Lukasz", "Łukasz"):
        assert shown not in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    # One line per hit, and the summary.
    assert all(ln.startswith(("signals: line", "vpdesk: error:")) for ln in result.stderr.splitlines())


def test_plain_text_is_accepted_and_printed_back(leak_vault: Path, tmp_path: Path) -> None:
    text = (
        "Meldingen over pesten kwamen vooral uit teams met een hoge werkdruk.\n"
        "Advies: investeer in training van leidinggevenden; ook de ICT-helpdesk kreeg vragen "
        "over het protocol. In 2025 waren er 9 meldingen.\n"
    )
    _set(leak_vault, text)
    shown = run_cli("signals", str(leak_vault), "--year", YEAR, "--organisation", ORG, env=ENV)
    assert shown.returncode == 0 and shown.stdout == text
    out = tmp_path / "jaarverslag.pdf"
    result = _report(leak_vault, out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_a_report_for_one_client_refuses_another_clients_reporter(leak_vault: Path, tmp_path: Path) -> None:
    # "Jan de Vries" is a reporter of the bakery; the bakery's own name is not whitelisted.
    _set(leak_vault, "Een medewerker verwees naar de ervaringen van Jan de Vries.")
    result = _report(leak_vault, tmp_path / "r.pdf")
    assert result.returncode == 4
    assert "line 1, word 8: reporter name" in result.stderr
    assert "Vries" not in result.stderr


def test_signals_from_a_file_and_usage(leak_vault: Path, tmp_path: Path) -> None:
    source = tmp_path / "signalen.txt"
    source.write_bytes("\ufeffGeen bijzonderheden.\r\n".encode())
    stored = run_cli(
        "signals", str(leak_vault), "--year", YEAR, "--organisation", ORG, "--set", str(source), env=ENV
    )
    assert stored.returncode == 0, stored.stderr
    shown = run_cli("signals", str(leak_vault), "--year", YEAR, "--organisation", ORG, env=ENV)
    assert shown.stdout == "Geen bijzonderheden.\n"
    several = run_cli("signals", str(leak_vault), "--year", YEAR, env=ENV)
    assert several.returncode == 2
    missing = run_cli(
        "signals",
        str(leak_vault),
        "--year",
        YEAR,
        "--organisation",
        ORG,
        "--set",
        str(tmp_path / "nope.txt"),
        env=ENV,
    )
    assert missing.returncode == 4


def test_a_possible_name_marked_not_a_name_is_accepted_until_its_passage_changes(
    leak_vault: Path, tmp_path: Path
) -> None:
    from vpdesk.domain.models import Signals
    from vpdesk.report import find_hits

    passage = "Samen met Karel Brouwersgracht opgepakt."
    _set(leak_vault, f"Meldingen over pesten namen af.\n{passage}")
    out = tmp_path / "r.pdf"
    assert _report(leak_vault, out).returncode == 4
    # The window stores the adviser's choice with the text, as here.
    with Vault.open(leak_vault, PASSPHRASE) as vault:
        org = vault.organisations.by_name(ORG)
        assert org is not None and org.id is not None
        stored = vault.signals.get(org.id, int(YEAR))
        hits = find_hits(vault, stored.text)
        assert [h.field for h in hits] == ["possible_name"]
        with vault.transaction():
            vault.signals.set(Signals(org.id, int(YEAR), stored.text, (hits[0].mark,)))
    accepted = _report(leak_vault, out)
    assert accepted.returncode == 0, accepted.stderr
    # Another paragraph rewritten from the command line: the mark stays with its passage.
    _set(leak_vault, f"Meldingen over intimidatie namen toe.\n{passage}")
    out.unlink()
    assert _report(leak_vault, out).returncode == 0
    # The passage itself changed: the mark is gone and the report is refused again.
    _set(leak_vault, f"Meldingen over intimidatie namen toe.\n{passage.replace('opgepakt', 'aangepakt')}")
    out.unlink()
    refused = _report(leak_vault, out)
    assert refused.returncode == 4 and "line 2, word 3: possible name" in refused.stderr
    assert not out.exists()
