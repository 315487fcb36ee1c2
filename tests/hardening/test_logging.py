"""No vault content in logs, warnings, error messages or command output.

A whole workflow runs with distinctive strings in every field (the sample vault's SECRETS,
an import with its own names, the passphrases): create, fill, search, import, demo, stats,
report, backup, purge, passwd, and the error paths (wrong passphrase, bad import, validation,
a refused report). Every log record at DEBUG, every warning, and ``str()`` of every error
raised must be free of those strings; so must the command line's stdout and stderr.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import warnings
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, run_cli
from tests.vault.sample import SECRETS, fill
from vpdesk.domain import taxonomy as tx
from vpdesk.domain.errors import VpdeskError
from vpdesk.domain.models import Case, Organisation, Signals
from vpdesk.importer import ImportFailed, import_file
from vpdesk.stats import year_figures
from vpdesk.vault import Vault
from vpdesk.vault.errors import WrongPassphrase
from vpdesk.vault.purge import purge_cases

NEW_PASSPHRASE = "Zeppelin-Okapi-Marsepein-4711"
WRONG_PASSPHRASE = "Verkeerde-Walvis-Sleutel-0815"

# What the import file brings in, as distinctive as SECRETS.
IMPORTED = {
    "imp_reporter": "Wilhelmina Zeepaardje",
    "imp_email": "wilhelmina.zeepaardje@example.net",
    "imp_phone": "0698761234",
    "imp_department": "Afdeling Narwalkunde",
    "imp_note": "Notitie over de octopusruzie",
    "imp_ref": "ZZ-IMPORT-9931",
}
ORGANISATION = SECRETS["org_name"]

# Everything that must never show up, by what it is (the key is shown, never the value).
SECRET_VALUES: dict[str, str] = {
    **SECRETS,
    **IMPORTED,
    "passphrase": PASSPHRASE,
    "new_passphrase": NEW_PASSPHRASE,
    "wrong_passphrase": WRONG_PASSPHRASE,
}


LABEL_WORDS = {
    word.casefold()
    for vocab in vars(tx).values()
    if isinstance(vocab, tx.Vocabulary)
    for term in vocab
    for label in (term.code, term.nl, term.en)
    for word in re.findall(r"[^\W\d_]+", label)
}
NAME_KINDS = ("reporter_name", "contact_name", "accused", "adviser", "imp_reporter")
PASSPHRASE_KINDS = ("passphrase", "new_passphrase", "wrong_passphrase")


def fragments(secrets: dict[str, str]) -> list[tuple[str, str]]:
    """(kind, text) pairs to look for: each whole value, each part of a name, each long word.

    A log line that carries only a surname, or one striking word of a note, leaks too.
    """
    out = list(secrets.items())
    for kind, value in secrets.items():
        if kind in PASSPHRASE_KINDS or kind.startswith("demo_"):
            continue
        if "email" in kind:
            continue  # its words are the name's, or a domain that is a taxonomy label
        for word in re.findall(r"[^\W\d_]+", value):
            if word.casefold() in LABEL_WORDS:
                continue  # "Voorlichting" is an activity kind: shown legitimately
            if len(word) >= 9 or (kind in NAME_KINDS and len(word) >= 5):
                out.append((kind, word))
    return out


def found_in(text: str, secrets: dict[str, str] = SECRET_VALUES, *, allow: tuple[str, ...] = ()) -> list[str]:
    """The kinds of secret of which a value, a name part or a long word occurs in ``text``."""
    folded = text.casefold()
    hits = {
        kind for kind, fragment in fragments(secrets) if kind not in allow and fragment.casefold() in folded
    }
    return sorted(hits)


def import_csv(rows: list[dict[str, str]]) -> str:
    columns = [
        "case_ref",
        "organisation",
        "department",
        "opened",
        "closed",
        "reporter_name",
        "reporter_email",
        "reporter_phone",
        "behaviours",
        "outcome",
        "notes",
    ]
    lines = [";".join(columns)]
    for row in rows:
        lines.append(";".join(row.get(c, "") for c in columns))
    return "\r\n".join(lines) + "\r\n"


def secret_rows(extra: int = 6) -> list[dict[str, str]]:
    """One row carrying every imported secret, and ``extra`` plain ones so the organisation
    has enough cases in 2026 for a full report (and its signals text)."""
    first = {
        "case_ref": IMPORTED["imp_ref"],
        "organisation": ORGANISATION,
        "department": IMPORTED["imp_department"],
        "opened": "12-03-2026",
        "closed": "2026-04-01",
        "reporter_name": IMPORTED["imp_reporter"],
        "reporter_email": IMPORTED["imp_email"],
        "reporter_phone": IMPORTED["imp_phone"],
        "behaviours": "Pesten|intimidation",
        "outcome": "Bemiddeling",
        "notes": IMPORTED["imp_note"],
    }
    plain = [
        {
            "case_ref": f"LOG-{i}",
            "organisation": ORGANISATION,
            "opened": f"2026-0{1 + i % 9}-15",
            "behaviours": "bullying",
        }
        for i in range(extra)
    ]
    return [first, *plain]


def bad_rows() -> list[dict[str, str]]:
    """The secret row again (its reference is then already in the vault), spoilt besides."""
    spoilt = {**secret_rows(0)[0], "opened": "31-02-2026", "reporter_email": IMPORTED["imp_reporter"]}
    closed_early = {
        **secret_rows(0)[0],
        "case_ref": "ZZ-OTHER-1",
        "opened": "2026-05-05",
        "closed": "2026-01-01",
    }
    return [spoilt, closed_early, {**secret_rows(0)[0], "case_ref": SECRETS["ref"]}]


# -- capturing everything that is logged -------------------------------------------------------


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def captured() -> Iterator[Collect]:
    """Every log record of every logger at DEBUG, for the duration of the test."""
    root = logging.getLogger()
    handler = Collect()
    old_level, old_disable = root.level, logging.root.manager.disable
    root.setLevel(logging.DEBUG)
    logging.disable(logging.NOTSET)
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        logging.disable(old_disable)


def record_text(record: logging.LogRecord) -> str:
    """The record as any handler could write it: message, arguments and traceback."""
    # format() adds the traceback (with chained exceptions) and any stack information.
    parts = [logging.Formatter("%(name)s %(levelname)s %(message)s").format(record)]
    if record.exc_info and record.exc_info[1] is not None:
        parts.append(error_text(record.exc_info[1]))
    return "\n".join(parts)


def error_text(exc: BaseException) -> str:
    """What a person or a log could be shown of an error: its text, listed lines, arguments,
    and the same of every exception chained to it (a log with ``exc_info`` prints those too)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current.args)]
        parts += [str(line) for line in getattr(current, "lines", [])]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


class Errors:
    """Collects the errors the workflow provokes, to check their texts afterwards."""

    def __init__(self) -> None:
        self.raised: list[tuple[str, BaseException]] = []

    def expect(self, what: str, kind: type[BaseException], call, *args, **kwargs):  # type: ignore[no-untyped-def]
        with pytest.raises(kind) as info:
            call(*args, **kwargs)
        self.raised.append((what, info.value))
        return info.value


# -- the in-process workflow ---------------------------------------------------------------------


def _report_module():  # type: ignore[no-untyped-def]
    if importlib.util.find_spec("vpdesk.report") is None:
        return None
    try:
        from vpdesk import report
    except ImportError:
        return None
    return report if hasattr(report, "write_report") else None


def test_workflow_logs_and_errors_carry_no_vault_content(
    vault: Vault, tmp_path: Path, captured: Collect
) -> None:
    errors = Errors()
    # A probe proves the capture is live: were it not, the test below would pass vacuously.
    logging.getLogger("vpdesk.probe").debug("probe %s", "record")

    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")

        case_id = fill(vault)
        # Search: by name, by note word, by reference, and with text FTS5 would choke on.
        assert case_id in vault.cases.search(SECRETS["reporter_name"].split()[1])
        assert case_id in vault.cases.search("zonnebloempitten")
        assert case_id in vault.cases.search(SECRETS["ref"])
        for odd in ('"', 'NEAR(" Vlasbloem', "Quackelaar*^", "AND OR NOT", "Vlasbloem)"):
            vault.cases.search(odd)

        source = tmp_path / "import.csv"
        source.write_text(import_csv(secret_rows()), encoding="utf-8")
        import_file(vault, source)
        imported = vault.cases.by_ref(IMPORTED["imp_ref"])
        assert imported is not None and imported.reporter_name == IMPORTED["imp_reporter"]

        bad = tmp_path / "bad.csv"
        bad.write_text(import_csv(bad_rows()), encoding="utf-8")
        failed = errors.expect("bad import", ImportFailed, import_file, vault, bad)
        assert failed.count >= 4  # date, e-mail, closed before opened, two references

        # Validation errors on the repositories, with secrets in the offending values.
        original = vault.cases.get(case_id)
        assert original is not None
        errors.expect("duplicate reference", VpdeskError, vault.cases.add, replace(original, id=None))
        errors.expect(
            "bad e-mail",
            VpdeskError,
            vault.cases.update,
            replace(original, reporter_email=SECRETS["reporter_name"]),
        )
        errors.expect(
            "closed before opened",
            VpdeskError,
            vault.cases.update,
            replace(original, closed=date(2020, 1, 1)),
        )
        errors.expect(
            "duplicate organisation", VpdeskError, vault.organisations.add, Organisation(ORGANISATION)
        )
        errors.expect(
            "unknown organisation in a case",
            VpdeskError,
            vault.cases.add,
            Case(
                ref=SECRETS["ref"] + "-2",
                organisation_id=0,
                opened=date(2026, 1, 1),
                behaviours=["bullying"],
                reporter_name=SECRETS["reporter_name"],
            ),
        )

        # Demo data in a vault of its own.
        from vpdesk.demo import generate_demo

        demo_path = tmp_path / "demo.vpdesk"
        with Vault.create(demo_path, PASSPHRASE) as demo:
            generate_demo(demo, cases=30, seed=5)
            demo_names = {
                f"demo_{i}": name
                for i, (name,) in enumerate(
                    demo.db.query("SELECT reporter_name FROM cases WHERE reporter_name != ''")
                )
                if " " in name
            }
            errors.expect("demo into a filled vault", VpdeskError, generate_demo, demo, cases=3)
        assert demo_names, "the demo wrote no reporter names to check against"

        # Statistics, for all organisations and for the one with the secrets.
        org = vault.organisations.by_name(ORGANISATION)
        assert org is not None and org.id is not None
        figures = year_figures(vault, year=2026, organisation_id=org.id)
        assert figures.to_dict()["totals"]["cases_opened"] == 8
        year_figures(vault, year=2026)
        errors.expect(
            "unknown organisation", VpdeskError, year_figures, vault, year=2026, organisation_id=9999
        )
        errors.expect("threshold too low", VpdeskError, year_figures, vault, year=2026, threshold=2)

        report = _report_module()
        if report is not None:
            out = tmp_path / "jaarverslag.pdf"
            report.write_report(vault, year=2026, organisation_id=org.id, out=out)
            assert out.read_bytes().startswith(b"%PDF-")
            # A signals text quoting a reporter is refused, naming the field only.
            vault.signals.set(Signals(org.id, 2026, f"Signaal: {IMPORTED['imp_reporter']} meldde veel."))
            errors.expect(
                "report with a leak",
                VpdeskError,
                report.write_report,
                vault,
                year=2026,
                organisation_id=org.id,
                out=tmp_path / "refused.pdf",
            )
            assert not (tmp_path / "refused.pdf").exists()

        vault.backup(tmp_path / "backup.vpdesk")
        errors.expect("backup into a missing folder", VpdeskError, vault.backup, tmp_path / "no" / "b.vpdesk")
        errors.expect("backup onto the vault", VpdeskError, vault.backup, vault.path)

        result = purge_cases(vault, today=date(2045, 1, 1))
        assert result.count >= 2
        assert vault.cases.search(IMPORTED["imp_reporter"]) == []

        vault.change_passphrase(NEW_PASSPHRASE)
        errors.expect(
            "wrong passphrase", WrongPassphrase, Vault.open, vault.path, WRONG_PASSPHRASE, write=False
        )
        errors.expect("old passphrase", WrongPassphrase, Vault.open, vault.path, PASSPHRASE, write=False)
        errors.expect("vault in use", VpdeskError, Vault.open, vault.path, NEW_PASSPHRASE)
        errors.expect(
            "wrong passphrase on the backup",
            WrongPassphrase,
            Vault.open,
            tmp_path / "backup.vpdesk",
            NEW_PASSPHRASE,
            write=False,
        )

    secrets = {**SECRET_VALUES, **demo_names}
    assert any(r.getMessage() == "probe record" for r in captured.records)
    for record in captured.records:
        text = record_text(record)
        assert found_in(text, secrets) == [], f"log record of {record.name} carries {found_in(text, secrets)}"
    for warning in warned:
        text = f"{warning.category.__name__}: {warning.message} ({warning.filename})"
        assert found_in(text, secrets) == [], f"a warning carries {found_in(text, secrets)}"
    assert len(errors.raised) >= 15
    for what, exc in errors.raised:
        assert found_in(error_text(exc), secrets) == [], (
            f"the error for {what} carries {found_in(error_text(exc), secrets)}"
        )
        # Every error that reaches a person is a domain error with one line of text.
        assert isinstance(exc, VpdeskError), what
        assert "\n" not in str(exc), what
    if report is None:
        pytest.skip("vpdesk.report.write_report is not importable yet; the report step was left out")


# -- the command line ------------------------------------------------------------------------------


@pytest.mark.slow
def test_command_line_prints_no_vault_content(tmp_path: Path) -> None:
    vault = tmp_path / "geheim.vpdesk"
    env = {"VPDESK_PASSPHRASE": PASSPHRASE}
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(import_csv(secret_rows()), encoding="cp1252")
    bad.write_text(import_csv(bad_rows()), encoding="utf-8")
    report, backup = tmp_path / "verslag.pdf", tmp_path / "kopie.vpdesk"
    report_available = _report_module() is not None

    # (arguments, extra environment, expected exit code, kinds of secret the command may print)
    runs: list[tuple[list[str], dict[str, str], int, tuple[str, ...]]] = [
        (["init", str(vault)], {}, 0, ()),
        (["import", str(vault), str(good)], {}, 0, ()),
        (["import", str(vault), str(good)], {}, 4, ()),  # every reference is already there
        (["import", str(vault), str(bad)], {}, 4, ()),
        # The all-organisations figures name the organisations they count (the client, not a
        # person).
        (["stats", str(vault), "--year", "2026"], {}, 0, ("org_name",)),
        # Naming the organisation is the point of --organisation (it is the client, not a person).
        (["stats", str(vault), "--year", "2026", "--organisation", ORGANISATION], {}, 0, ("org_name",)),
        (["stats", str(vault), "--year", "2026", "--organisation", "Onbekende Club"], {}, 4, ()),
        (["backup", str(vault), str(backup)], {}, 0, ()),
        (["check", str(vault)], {}, 0, ()),
        (["check", str(vault)], {"VPDESK_PASSPHRASE": WRONG_PASSPHRASE}, 3, ()),
        (["purge", str(vault), "--dry-run"], {}, 0, ()),
        (["passwd", str(vault)], {"VPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE}, 0, ()),
        (["stats", str(vault), "--year", "2026"], {}, 3, ()),  # the old passphrase no longer opens it
        (["purge", str(vault)], {"VPDESK_PASSPHRASE": NEW_PASSPHRASE}, 0, ()),
    ]
    if report_available:
        runs.insert(
            6,
            (
                [
                    "report",
                    str(vault),
                    "--year",
                    "2026",
                    "--organisation",
                    ORGANISATION,
                    "--out",
                    str(report),
                ],
                {},
                0,
                ("org_name",),
            ),
        )
    for args, extra, code, allow in runs:
        result = run_cli(*args, env={**env, **extra})
        shown = f"{args[0]} (exit {result.returncode})"
        assert result.returncode == code, (shown, result.stderr)
        assert "Traceback" not in result.stderr, shown
        hits = found_in(result.stdout + "\n" + result.stderr, allow=allow)
        assert hits == [], f"{shown} printed {hits}"
    if report_available:
        assert report.read_bytes().startswith(b"%PDF-")
    if not report_available:
        pytest.skip("vpdesk.report.write_report is not importable yet; the report step was left out")
