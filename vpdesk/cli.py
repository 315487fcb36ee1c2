"""The command-line interface: ``vpdesk COMMAND VAULT ...``; without a command, the GUI.

Every failure ends as one clear line on stderr and an exit code from the public contract:
0 done, 1 other failure, 2 usage, 3 wrong passphrase or not a vault, 4 invalid input.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from vpdesk import __version__
from vpdesk.domain.errors import VpdeskError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_INVALID = 0, 1, 2, 3, 4

COMMANDS = ("init", "demo", "import", "stats", "report", "backup", "check", "passwd", "purge", "gui")


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
        ("report", "write the annual report as PDF"),
    ):
        p = command(name, help_text)
        p.add_argument("vault", type=Path)
        p.add_argument("--year", type=int, required=True)
        p.add_argument("--organisation", metavar="NAME")
        p.add_argument("--threshold", type=_threshold, default=5, metavar="K")
        p.add_argument("--kind", choices=("melding", "mediation"), default="melding",
                       help="meldingen (default) or the mediation figures")
        if name == "report":
            p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
            p.add_argument("--lang", choices=("nl", "en"), default="nl")

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

    p = command("gui", "open the window")
    p.add_argument("vault", type=Path, nargs="?")
    return parser


# -- passphrases -------------------------------------------------------------------------


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The passphrase from VPDESK_PASSPHRASE, else --passphrase-file, else a prompt."""
    env = os.environ.get("VPDESK_PASSPHRASE")
    if env is not None:
        if not env:
            raise UsageError("VPDESK_PASSPHRASE is set but empty")
        return env
    source = getattr(args, "passphrase_file", None)
    if source is not None:
        try:
            if source == "-":
                line = sys.stdin.readline()
            else:
                with open(source, encoding="utf-8") as fh:
                    line = fh.readline()
        except OSError as exc:
            raise UsageError(f"cannot read the passphrase file: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise UsageError("the passphrase file is not UTF-8 text") from None
        passphrase = line.rstrip("\r\n")
        if not passphrase:
            raise UsageError("the passphrase file is empty")
        return passphrase
    return _prompt("Passphrase: ", confirm=confirm)


def _prompt(label: str, *, confirm: bool) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            "no passphrase: set VPDESK_PASSPHRASE, use --passphrase-file, or run in a terminal"
        )
    first = getpass.getpass(label)
    if not first:
        raise UsageError("the passphrase is empty")
    if confirm and getpass.getpass("Repeat: ") != first:
        raise UsageError("the two passphrases differ")
    return first


def read_new_passphrase() -> str:
    env = os.environ.get("VPDESK_NEW_PASSPHRASE")
    if env is not None:
        if not env:
            raise UsageError("VPDESK_NEW_PASSPHRASE is set but empty")
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
    from vpdesk.demo import generate_demo
    from vpdesk.vault import Vault

    if args.cases < 0:
        raise UsageError("--cases must not be negative")
    passphrase = read_passphrase(args, confirm=True)
    vault = Vault.create(args.vault, passphrase)
    try:
        summary = generate_demo(vault, cases=args.cases, seed=args.seed)
    except BaseException:
        vault.close()
        from vpdesk.vault.maintenance import remove_partial

        remove_partial(args.vault)
        raise
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


def cmd_stats(args: argparse.Namespace) -> int:
    from vpdesk.stats import year_figures
    from vpdesk.vault import Vault

    if args.kind == "mediation":
        return _mediation_command(args)
    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase, write=False) as vault:
        org_id = _organisation_id(vault, args.organisation)
        figures = year_figures(vault, year=args.year, organisation_id=org_id, threshold=args.threshold)
    print(json.dumps(figures.to_dict(), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from vpdesk.report import write_report
    from vpdesk.vault import Vault

    if args.out.suffix.lower() != ".pdf":
        raise UsageError("--out must name a .pdf file")
    if not args.out.parent.is_dir():
        raise UsageError(f"the folder {args.out.parent} does not exist")
    if args.kind == "mediation":
        return _mediation_command(args)
    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase) as vault:
        org_id = _organisation_id(vault, args.organisation)
        write_report(
            vault,
            year=args.year,
            organisation_id=org_id,
            threshold=args.threshold,
            lang=args.lang,
            out=args.out,
        )
    _say(f"wrote {args.out}")
    return EXIT_OK


def _mediation_command(args: argparse.Namespace) -> int:
    """``stats`` / ``report`` with ``--kind mediation``: the "Meten = weten" figures."""
    from vpdesk.vault import Vault

    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase, write=args.command == "report") as vault:
        org_id = _organisation_id(vault, args.organisation)
        if args.command == "stats":
            from vpdesk.stats.mediation import mediation_figures

            figures = mediation_figures(vault, year=args.year, organisation_id=org_id,
                                        threshold=args.threshold)
            print(json.dumps(figures.to_dict(), ensure_ascii=False, indent=2))
            return EXIT_OK
        from vpdesk.report import ReportRefused
        from vpdesk.report.mediation import write_mediation_report

        try:
            write_mediation_report(vault, year=args.year, organisation_id=org_id,
                                   threshold=args.threshold, lang=args.lang, out=args.out)
        except ReportRefused as exc:
            raise InvalidInput(str(exc)) from None
    _say(f"wrote {args.out}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from vpdesk.vault import Vault

    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase, write=False) as vault:
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
    print(f"vpdesk: error: the vault is damaged ({len(report.problems)} problems); restore a backup",
          file=sys.stderr)
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

    passphrase = read_passphrase(args)
    with Vault.open(args.vault, passphrase) as vault:
        result = purge_cases(vault, dry_run=args.dry_run)
        _say(str(result))
        if not args.dry_run:
            from vpdesk.vault.retention import default_copies, purge_copies

            copies = purge_copies(vault, default_copies(args.vault))
            for line in copies.lines():
                _say(line)
    return EXIT_OK


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
    "gui": cmd_gui,
}


def _exit_code(exc: BaseException) -> int:
    from vpdesk.vault.errors import WrongPassphrase

    if isinstance(exc, UsageError):
        return EXIT_USAGE
    if isinstance(exc, WrongPassphrase):
        return EXIT_PASSPHRASE
    if isinstance(exc, InvalidInput):
        return EXIT_INVALID
    return EXIT_FAILURE


def harden_process() -> None:
    """No core dumps: a crash must not write the decrypted pages in memory to disk."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on Windows
        pass


def main(argv: list[str]) -> int:
    harden_process()
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv = ["gui", *argv]
    args = build_parser().parse_args(argv)
    if args.command is None:
        args = build_parser().parse_args(["gui"])
    try:
        return HANDLERS[args.command](args)
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
