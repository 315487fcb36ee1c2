"""The command-line interface: ``vpdesk COMMAND VAULT ...``; without a command, the GUI.

Every failure ends as one clear line on stderr and an exit code from the public contract:
0 done, 1 other failure, 2 usage, 3 wrong passphrase or not a vault, 4 invalid input.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from vpdesk import __version__
from vpdesk.domain.errors import VpdeskError

if TYPE_CHECKING:
    from vpdesk.stats import Scope, YearFigures
    from vpdesk.stats.mediation import MediationFigures

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_INVALID = 0, 1, 2, 3, 4
# The years a vault can hold (a date's year has four digits).
MIN_YEAR, MAX_YEAR = 1900, 9998

COMMANDS = (
    "init",
    "demo",
    "import",
    "stats",
    "report",
    "audit",
    "backup",
    "check",
    "passwd",
    "purge",
    "gui",
    "signals",
    "aggregate",
    "combine",
)


class UsageError(VpdeskError):
    """The command line itself is wrong (exit 2)."""


class InvalidInput(VpdeskError):
    """The input is invalid and nothing was changed (exit 4)."""

    def __init__(self, message: str, lines: list[str] | None = None) -> None:
        super().__init__(message)
        self.lines = lines or []


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"vpdesk: error: {message}\n")


def _threshold(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("the threshold must be a whole number") from None
    if value < 3:
        raise argparse.ArgumentTypeError("the threshold is never below 3")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase from the first line of FILE ('-' = standard input)",
    )
    parser = _Parser(
        prog="vpdesk",
        description="Offline, encrypted dossier desk for confidential advisers.",
        epilog="Without a command, or with only a vault path, vpdesk opens its window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"vpdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        return p

    p = command("init", "create an empty vault")
    p.add_argument("vault", type=Path)

    p = command("demo", "create a vault filled with realistic synthetic data")
    p.add_argument("vault", type=Path)
    p.add_argument("--cases", type=int, default=400, help="number of cases (default 400)")
    p.add_argument("--seed", type=int, default=1, help="random seed (default 1)")

    p = command("import", "import cases from a CSV file, all or nothing")
    p.add_argument("vault", type=Path)
    p.add_argument("file", help="the CSV file; problems are reported against this name")

    for name, help_text in (
        ("stats", "print the annual figures as JSON"),
        ("report", "write the annual report as PDF, or as a Word document (.docx)"),
    ):
        p = command(name, help_text)
        p.add_argument("vault", type=Path)
        p.add_argument("--year", type=int, required=True)
        p.add_argument("--organisation", metavar="NAME")
        p.add_argument("--threshold", type=_threshold, default=5, metavar="K")
        p.add_argument(
            "--kind",
            choices=("melding", "mediation"),
            default="melding",
            help="meldingen (default) or the mediation figures",
        )
        if name == "report":
            p.add_argument(
                "--out", type=Path, required=True, metavar="FILE.pdf", help="FILE.docx writes a Word document"
            )
            p.add_argument("--lang", choices=("nl", "en"), default="nl")

    p = command("audit", "what a reader holding every table released for a year could deduce")
    p.add_argument("vault", type=Path)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true", help="print the audit as JSON")
    p.add_argument(
        "--kind",
        choices=("melding", "mediation"),
        default="melding",
        help="the meldingen's tables (default) or the mediation figures'",
    )

    p = command("backup", "write an encrypted, verified copy of the vault")
    p.add_argument("vault", type=Path)
    p.add_argument("dest", type=Path)

    p = command("check", "check the vault's integrity")
    p.add_argument("vault", type=Path)

    p = command("passwd", "change the vault's passphrase")
    p.add_argument("vault", type=Path)

    p = command("purge", "remove identifying data of cases past their retention period")
    p.add_argument("vault", type=Path)
    p.add_argument("--dry-run", action="store_true", help="only list what would be purged")
    p.add_argument(
        "--delete-copies",
        action="store_true",
        help="delete vpdesk's own copies that hold purged data (after a fresh verified backup) "
        "instead of purging them",
    )

    p = command("signals", "print the signals and recommendations text, or store it from a file")
    p.add_argument("vault", type=Path)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--organisation", metavar="NAME")
    p.add_argument(
        "--set", dest="set_from", metavar="FILE", help="store the text of FILE ('-' = standard input)"
    )

    _aggregate_parsers(command)

    p = command("gui", "open the window")
    p.add_argument("vault", type=Path, nargs="?")
    return parser


# -- passphrases -------------------------------------------------------------------------


def _from_environment(name: str) -> str | None:
    value = os.environ.get(name)
    if value is None:
        return None
    if not value:
        raise UsageError(f"{name} is set but empty")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # bytes that are not UTF-8 arrive as lone surrogates
        raise UsageError(
            f"{name} is not valid UTF-8 text; set it from a UTF-8 terminal or use --passphrase-file"
        ) from None
    return value


def passphrase_from_line(line: str) -> str:
    """A passphrase as written in a file: without a byte-order mark and one line ending."""
    line = line.removeprefix("\ufeff")
    for ending in ("\r\n", "\n", "\r"):
        if line.endswith(ending):
            return line[: -len(ending)]
    return line


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False, from_environment: bool = True) -> str:
    """The passphrase from VPDESK_PASSPHRASE, else --passphrase-file, else a prompt."""
    env = _from_environment("VPDESK_PASSPHRASE") if from_environment else None
    if env is not None:
        return env
    source = getattr(args, "passphrase_file", None)
    if source is not None:
        try:
            if source == "-":
                line = sys.stdin.readline()
            else:
                with open(source, encoding="utf-8", newline="") as fh:
                    line = fh.readline()
        except OSError as exc:
            raise UsageError(f"cannot read the passphrase file: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise UsageError("the passphrase file is not UTF-8 text; save it as UTF-8") from None
        passphrase = passphrase_from_line(line)
        if not passphrase:
            raise UsageError("the passphrase file is empty")
        return passphrase
    return _prompt("Passphrase: ", confirm=confirm)


def _prompt(label: str, *, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise UsageError("no passphrase: set VPDESK_PASSPHRASE, use --passphrase-file, or run in a terminal")
    first = getpass.getpass(label)
    if not first:
        raise UsageError("the passphrase is empty")
    if confirm and getpass.getpass("Repeat: ") != first:
        raise UsageError("the two passphrases differ")
    return first


def read_new_passphrase() -> str:
    env = _from_environment("VPDESK_NEW_PASSPHRASE")
    if env is not None:
        return env
    return _prompt("New passphrase: ", confirm=True)


# -- commands ----------------------------------------------------------------------------


def _say(text: str) -> None:
    print(text, flush=True)


def cmd_init(args: argparse.Namespace) -> int:
    from vpdesk.vault import Vault

    passphrase = read_passphrase(args, confirm=True)
    with Vault.create(args.vault, passphrase):
        pass
    _say(f"created {args.vault}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from vpdesk.demo import create_demo_vault

    if args.cases < 0:
        raise UsageError("--cases must not be negative")
    from datetime import date

    if date.today().year > MAX_YEAR - 10:  # the demo's dates run past today
        raise UsageError(f"the computer's clock says {date.today().isoformat()}; set it right first")
    passphrase = read_passphrase(args, confirm=True)
    vault, summary = create_demo_vault(args.vault, passphrase, cases=args.cases, seed=args.seed)
    vault.close()
    _say(f"created {args.vault}: {summary}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from vpdesk.importer import ImportFailed, import_file
    from vpdesk.vault import Vault

    if not Path(args.file).is_file():
        raise InvalidInput(f"{args.file}: no such file")
    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase) as vault:
        try:
            summary = import_file(vault, args.file)
        except ImportFailed as exc:
            raise InvalidInput(str(exc), exc.lines) from None
    _say(str(summary))
    return EXIT_OK


def _organisation_id(vault: object, name: str | None) -> int | None:
    if name is None:
        return None
    org = vault.organisations.by_name(name)  # type: ignore[attr-defined]
    if org is None:
        raise InvalidInput("no organisation of that name in the vault")
    return int(org.id)


def _scope(vault: object, args: argparse.Namespace) -> Scope:
    """The year, organisation and threshold that ``stats`` and ``report`` were asked for."""
    return {
        "year": args.year,
        "organisation_id": _organisation_id(vault, args.organisation),
        "threshold": args.threshold,
    }


def cmd_stats(args: argparse.Namespace) -> int:
    from vpdesk.stats import release_figures
    from vpdesk.stats.mediation import release_mediation_figures
    from vpdesk.vault import Vault

    release: Callable[..., YearFigures | MediationFigures]
    release = release_mediation_figures if args.kind == "mediation" else release_figures
    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase, read_only_fallback=True) as vault:
        # Recorded in the release ledger before it is printed: a later release is audited with it.
        figures = release(vault, **_scope(vault, args))
    print(json.dumps(figures.to_dict(), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    from vpdesk.stats.protection import AuditReport, audit_report
    from vpdesk.vault import Vault

    report: AuditReport
    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase, write=False) as vault:
        if args.kind == "mediation":
            from vpdesk.stats.mediation import mediation_audit_report

            report = mediation_audit_report(vault, args.year)
        else:
            report = audit_report(vault, args.year)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.text())
    return EXIT_OK if report.safe else EXIT_INVALID


def cmd_report(args: argparse.Namespace) -> int:
    from vpdesk.vault import Vault

    if args.out.suffix.lower() not in (".pdf", ".docx"):
        raise UsageError("--out must name a .pdf or a .docx file")
    if not args.out.parent.is_dir():
        raise UsageError(f"the folder {args.out.parent} does not exist")
    from vpdesk.background import InBackground

    passphrase = read_passphrase(args)
    # The key derivation runs outside the interpreter lock: the vault opens on a thread of
    # its own while the report's modules, its fonts and the solver load.
    opening = InBackground(
        lambda: Vault.open(args.vault, passphrase, read_only_fallback=True), name="vpdesk open"
    )
    if args.kind == "mediation":
        from vpdesk.report.mediation import write_mediation_report as write
    else:
        from vpdesk.report import write_report as write
    _load_report_parts()
    with opening.result() as vault:
        write(vault, lang=args.lang, out=args.out, **_scope(vault, args))
    _say(f"wrote {args.out}")
    return EXIT_OK


def _load_report_parts() -> None:
    """What every report needs besides the vault: the PDF renderer with its fonts, the solver."""
    import highspy  # noqa: F401

    from vpdesk.report import render  # noqa: F401
    from vpdesk.report.fonts import register_fonts

    register_fonts()


def cmd_backup(args: argparse.Namespace) -> int:
    from vpdesk.vault import Vault

    passphrase = read_passphrase(args)
    # Not every page on opening: the backup checks every page of its copy, which are the same.
    with Vault.open(args.vault, passphrase, write=False, verify=False) as vault:
        target = vault.backup(args.dest)
    _say(f"backup written and verified: {target}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from vpdesk.vault.connection import translate_error
    from vpdesk.vault.maintenance import check_file
    from vpdesk.vault.schema import CURRENT_VERSION

    if not args.vault.is_file():
        from vpdesk.vault import VaultNotFound

        raise VaultNotFound(f"no vault at {args.vault}")
    passphrase = read_passphrase(args)
    try:
        report = check_file(args.vault, passphrase)
    except OSError as exc:
        raise translate_error(exc) from None
    if report.ok:
        note = "" if report.version == CURRENT_VERSION else " (will be upgraded when opened)"
        _say(f"ok: {report.pages} pages, schema version {report.version}{note}")
        return EXIT_OK
    for problem in report.problems[:50]:
        print(f"vpdesk: {problem}", file=sys.stderr)
    print(
        f"vpdesk: error: the vault is damaged ({len(report.problems)} problems); restore a backup",
        file=sys.stderr,
    )
    return EXIT_FAILURE


def cmd_passwd(args: argparse.Namespace) -> int:
    from vpdesk.vault import Vault

    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase) as vault:
        new = read_new_passphrase()
        vault.change_passphrase(new)
    _say("passphrase changed")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from vpdesk.vault import Vault
    from vpdesk.vault.purge import purge_cases

    if args.delete_copies and args.dry_run:
        raise UsageError("--delete-copies and --dry-run exclude each other")
    folders = _backup_folders()
    # Checked before anything is purged: the fresh backup needs its folder.
    fresh = _fresh_backup_folder(folders) if args.delete_copies else None
    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase) as vault:
        _confirm_clock(vault, args.dry_run)
        result = purge_cases(vault, dry_run=args.dry_run)
        _say(str(result))
        if result.held.count:
            _say(result.held.line())
        if not args.dry_run:
            from vpdesk.vault.retention import delete_copies, own_copies, purge_copies

            copies = own_copies(args.vault, folders)
            done = delete_copies(vault, copies, fresh) if fresh is not None else purge_copies(vault, copies)
            for line in done.lines():
                _say(line)
    if result.compact_message:
        print(f"vpdesk: error: {result.compact_message}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _backup_folders() -> list[Path]:
    """The folders of the automatic backups: the one chosen in the window, and the default."""
    from vpdesk.vault.retention import backup_folders

    try:
        from vpdesk.gui.ui_settings import backup_folder
    except ImportError:  # pragma: no cover - a build without the window
        return backup_folders()
    return backup_folders(backup_folder())


def _fresh_backup_folder(folders: list[Path]) -> Path:
    """Where the fresh backup goes before old copies are deleted: the window's backup folder."""
    folder = folders[0]
    if folder == folders[-1]:
        folder.mkdir(parents=True, exist_ok=True)  # the default folder, made as the window does
    if not folder.is_dir():
        raise UsageError(f"the backup folder {folder} does not exist; nothing was purged or deleted")
    return folder


def _confirm_clock(vault: object, dry_run: bool) -> None:
    """A clock far ahead of everything in the vault would purge too much: ask first."""
    from vpdesk.vault.purge import clock_ahead

    ahead = clock_ahead(vault)  # type: ignore[arg-type]
    if ahead is None or dry_run:
        return
    question = (
        f"The computer's clock says {ahead.isoformat()}, long after anything recorded in the vault; "
        "check the clock."
    )
    if not sys.stdin.isatty():
        raise UsageError(
            f"{question} Purge refused: set the clock right, or run purge in a terminal to confirm"
        )
    answer = input(f"{question} Purge anyway? [y/N] ").strip().lower()
    if answer not in ("y", "yes", "j", "ja"):
        raise UsageError("purge cancelled; nothing was changed")


def _read_signals_file(source: str) -> str:
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {source}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        raise InvalidInput(f"{source} is not UTF-8 text") from None


def _signals_organisation(vault: object, name: str | None) -> int:
    org_id = _organisation_id(vault, name)
    if org_id is not None:
        return org_id
    organisations = vault.organisations.list()  # type: ignore[attr-defined]
    if len(organisations) != 1:
        raise UsageError("signals are written per organisation: name one with --organisation")
    return int(organisations[0].id)


def cmd_signals(args: argparse.Namespace) -> int:
    from vpdesk.domain.models import Signals
    from vpdesk.report import LeakIndex, keep_marks
    from vpdesk.vault import Vault

    text = None if args.set_from is None else _read_signals_file(args.set_from)
    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase, write=text is not None) as vault:
        org_id = _signals_organisation(vault, args.organisation)
        current = vault.signals.get(org_id, args.year)
        if text is None:
            sys.stdout.write(
                current.text if not current.text or current.text.endswith("\n") else current.text + "\n"
            )
            return EXIT_OK
        marks: tuple[str, ...] = ()
        if current.not_names:
            # A possible name marked "not a name" keeps its mark only while its passage stays.
            marks = keep_marks(LeakIndex.build(vault, within=text), text, current.not_names)
        with vault.transaction():
            vault.signals.set(Signals(org_id, args.year, text.rstrip("\n"), marks))
    _say(f"stored the signals text for {args.year}")
    return EXIT_OK


# -- aggregate and combine: one report from several advisers ------------------------------


def _aggregate_parsers(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    shared = "read the shared passphrase from the first line of FILE ('-' = standard input)"
    p = command("aggregate", "write one organisation's exact counts for a combined report, encrypted")
    p.add_argument("vault", type=Path)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--organisation", metavar="NAME")
    p.add_argument(
        "--threshold", type=_threshold, metavar="K", help="default: the year's released threshold, else 5"
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--shared-passphrase-file", metavar="FILE", help=shared)
    p = command("combine", "one report from several advisers' aggregate files")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="FILE.docx writes a Word document")
    p.add_argument("--json", action="store_true", help="print the combined figures as JSON")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument("--shared-passphrase-file", metavar="FILE", help=shared)


def read_shared_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The advisers' shared passphrase: VPDESK_SHARED_PASSPHRASE, else the file, else a prompt."""
    env = _from_environment("VPDESK_SHARED_PASSPHRASE")
    if env is not None:
        return env
    source = getattr(args, "shared_passphrase_file", None)
    if source is not None:
        return read_passphrase(argparse.Namespace(passphrase_file=source), from_environment=False)
    if not sys.stdin.isatty():
        raise UsageError(
            "no shared passphrase: set VPDESK_SHARED_PASSPHRASE, use --shared-passphrase-file, "
            "or run in a terminal"
        )
    return _prompt("Shared passphrase: ", confirm=confirm)


def cmd_aggregate(args: argparse.Namespace) -> int:
    from vpdesk.stats.combine import write_contribution
    from vpdesk.vault import Vault

    if not args.out.parent.is_dir():
        raise UsageError(f"the folder {args.out.parent} does not exist")
    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase) as vault:
        org_id = _organisation_id(vault, args.organisation)
        if org_id is None:
            organisations = vault.organisations.list()
            if len(organisations) != 1 or organisations[0].id is None:
                raise UsageError("an aggregate file holds one organisation: name it with --organisation")
            org_id = organisations[0].id
        shared = read_shared_passphrase(args, confirm=True)
        if shared == passphrase:
            raise UsageError("the shared passphrase must differ from the vault's own passphrase")
        handed = write_contribution(
            vault,
            year=args.year,
            organisation_id=org_id,
            threshold=args.threshold,
            out=args.out,
            shared=shared,
        )
    missing = handed.unreleased
    now = handed.released_years
    note = f"; released now: {', '.join(map(str, now))}" if now else ""
    _say(f"wrote {args.out}: the counts of {args.year} (threshold {handed.threshold}){note}")
    if missing:
        _say(
            f"note: {missing} other {'table' if missing == 1 else 'tables'} of {args.year} not released yet; "
            "release them (vpdesk stats) "
            "and write the file again before the combined report is made, or they are not checked against it"
        )
    return EXIT_OK


def cmd_combine(args: argparse.Namespace) -> int:
    from vpdesk.stats.combine import combine, decode
    from vpdesk.vault.aggregate import read_aggregate_file

    if args.out is None and not args.json:
        raise UsageError("name the report with --out FILE.pdf, or ask for --json")
    if args.out is not None:
        if args.out.suffix.lower() not in (".pdf", ".docx"):
            raise UsageError("--out must name a .pdf or a .docx file")
        if not args.out.parent.is_dir():
            raise UsageError(f"the folder {args.out.parent} does not exist")
    for path in args.files:
        if not path.is_file():
            raise InvalidInput(f"{path}: no such file")
        if args.out is not None and _same_file(path, args.out):
            raise UsageError(f"{args.out} is one of the files to combine; choose another name for the report")
    shared = read_shared_passphrase(args)
    parts = [decode(read_aggregate_file(path, shared), str(path)) for path in args.files]
    combined = combine(parts, [str(p) for p in args.files])
    if args.out is not None:
        from vpdesk.report.combined import write_combined

        write_combined(combined, args.out, args.lang)
    if args.json:
        print(json.dumps(combined.to_dict(), ensure_ascii=False, indent=2))
    else:
        _say(f"wrote {args.out}: the figures of {len(parts)} advisers combined")
    return EXIT_OK


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.resolve() == b.resolve():
            return True
        return b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def cmd_gui(args: argparse.Namespace) -> int:
    from vpdesk.gui.app import run

    return run(getattr(args, "vault", None))


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "demo": cmd_demo,
    "import": cmd_import,
    "stats": cmd_stats,
    "report": cmd_report,
    "backup": cmd_backup,
    "check": cmd_check,
    "passwd": cmd_passwd,
    "purge": cmd_purge,
    "signals": cmd_signals,
    "audit": cmd_audit,
    "aggregate": cmd_aggregate,
    "combine": cmd_combine,
    "gui": cmd_gui,
}


def _exit_code(exc: BaseException) -> int:
    from vpdesk.domain.errors import Refused
    from vpdesk.vault.errors import WrongPassphrase

    if isinstance(exc, UsageError):
        return EXIT_USAGE
    if isinstance(exc, WrongPassphrase):
        return EXIT_PASSPHRASE
    if isinstance(exc, InvalidInput | Refused):
        return EXIT_INVALID
    from vpdesk.report import ReportRefused

    if isinstance(exc, ReportRefused):
        return EXIT_INVALID
    return EXIT_FAILURE


# The commands that read figures and release them: SQLCipher checks the MAC of every page they
# read, so damage in what their output comes from stops them all the same; a page they do not
# read cannot change their output. Checking the whole file besides costs more than their own
# work at a large vault (3 s at 100,000 cases: bench/RESULTS.md), and is left to `check` and
# every backup, as in the window.
READ_WHAT_THEY_USE = frozenset({"stats", "report", "audit"})


def _prepare_command(args: argparse.Namespace) -> None:
    """Checks every non-GUI command shares: outputs never the vault's files; pages verified."""
    from vpdesk.vault import Vault, VaultError
    from vpdesk.vault.maintenance import protect_vault_files

    vault = getattr(args, "vault", None)
    if isinstance(vault, Path):
        for name in ("out", "dest"):
            out = getattr(args, name, None)
            if isinstance(out, Path) and not (name == "dest" and out.is_dir()):
                try:
                    protect_vault_files(vault, out)
                except VaultError as exc:
                    raise UsageError(str(exc)) from None
    # The other commands change the vault or copy from it: every page is checked before they
    # start, so no work is added to a damaged file.
    Vault.verify_on_open = args.command not in READ_WHAT_THEY_USE


def harden_process() -> None:
    """No core dumps: a crash must not write the decrypted pages in memory to disk."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on Windows
        pass


def _stdout_to_nowhere() -> None:
    with contextlib.suppress(OSError, ValueError):
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, sys.stdout.fileno())
        os.close(nowhere)


def main(argv: list[str]) -> int:
    harden_process()
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv = ["gui", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    year = getattr(args, "year", None)
    if isinstance(year, int) and not MIN_YEAR <= year <= MAX_YEAR:
        parser.error(f"--year must be a year from {MIN_YEAR} to {MAX_YEAR}")
    try:
        if args.command != "gui":
            _prepare_command(args)
        code = HANDLERS[args.command](args)
        sys.stdout.flush()  # a reader gone away shows here, not as the interpreter ends
        return code
    except BrokenPipeError:
        # `vpdesk audit ... | head`: the reading end closed. Nothing is wrong with the vault
        # and there is no one left to tell; what was left to print goes nowhere.
        _stdout_to_nowhere()
        return EXIT_FAILURE
    except VpdeskError as exc:
        for line in getattr(exc, "lines", [])[:20]:
            print(line, file=sys.stderr)
        print(f"vpdesk: error: {exc}", file=sys.stderr)
        return _exit_code(exc)
    except KeyboardInterrupt:
        print("vpdesk: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130
    except MemoryError:
        print("vpdesk: error: out of memory", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:
        from vpdesk.vault.connection import translate_error

        print(f"vpdesk: error: {translate_error(exc)}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # the last line of defence: never a traceback, never data
        print(
            f"vpdesk: error: an unexpected problem ({type(exc).__name__}); nothing else was changed",
            file=sys.stderr,
        )
        return EXIT_FAILURE
