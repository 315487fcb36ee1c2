"""No stray files: the command line writes the vault and what the user named, nothing else.

Every command runs with private, empty TMPDIR, HOME and XDG folders and an empty working
folder; afterwards those are still empty and beside the vault lie only the vault files and
the outputs the commands were told to write. Where ``strace`` works, every file a command
creates is also traced, so a temporary file made and removed again is caught too.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support import PASSPHRASE, SAMPLE_CSV, run_cli

SAMPLE = SAMPLE_CSV
NEW_PASSPHRASE = "another horse, another staple"

PRIVATE_VARS = (
    "TMPDIR",
    "SQLITE_TMPDIR",
    "HOME",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
)


@dataclass
class Setup:
    """The folders of one run: private ones that must stay empty, and the user's own."""

    private: dict[str, Path]
    work: Path  # the working folder the commands run in
    vaults: Path  # where the user keeps vaults
    out: Path  # where the user writes reports and backups
    env: dict[str, str]

    def files(self, folder: Path) -> list[str]:
        return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))

    def assert_private_empty(self, after: str) -> None:
        for var, folder in self.private.items():
            assert self.files(folder) == [], f"{var} holds files after {after}"
        assert self.files(self.work) == [], f"the working folder holds files after {after}"


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Setup:
    private = {var: tmp_path / "private" / var.lower() for var in PRIVATE_VARS}
    for folder in private.values():
        folder.mkdir(parents=True)
    private["XDG_RUNTIME_DIR"].chmod(0o700)
    work, vaults, out = tmp_path / "work", tmp_path / "vaults", tmp_path / "out"
    for folder in (work, vaults, out):
        folder.mkdir()
    # The subprocess inherits the working folder: anything written "here" lands in ``work``.
    monkeypatch.chdir(work)
    env = {var: str(folder) for var, folder in private.items()}
    env["VPDESK_PASSPHRASE"] = PASSPHRASE
    return Setup(private, work, vaults, out, env)


def cli(setup: Setup, *args: str, expect: int = 0, **extra: str) -> subprocess.CompletedProcess[str]:
    result = run_cli(*args, env={**setup.env, **extra})
    assert result.returncode == expect, (args[0], result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    setup.assert_private_empty(args[0])
    return result


def private_mode(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


@pytest.mark.slow
def test_cli_commands_write_only_what_the_user_named(setup: Setup) -> None:
    if not SAMPLE.is_file():
        pytest.skip(
            f"the sample export is not there ({SAMPLE}); it lives in the shared folder beside the checkout"
        )
    main, demo = setup.vaults / "main.vpdesk", setup.vaults / "demo.vpdesk"
    report, backup = setup.out / "jaarverslag 2025.pdf", setup.out / "kopie.vpdesk"
    bad = setup.out / "kapot.csv"
    bad.write_text("case_ref;organisation;opened;behaviours\r\nX-1;Org;31-02-2025;bullying\r\n")

    cli(setup, "init", str(main))
    cli(setup, "demo", str(demo), "--cases", "30")
    cli(setup, "import", str(main), str(SAMPLE))
    cli(setup, "import", str(main), str(bad), expect=4)
    stats = cli(setup, "stats", str(main), "--year", "2025")
    assert '"cases_opened": 40' in stats.stdout
    cli(setup, "stats", str(demo), "--year", "2025")
    cli(setup, "report", str(main), "--year", "2025", "--out", str(report))
    cli(setup, "backup", str(main), str(backup))
    cli(setup, "check", str(main))
    cli(setup, "check", str(main), expect=3, VPDESK_PASSPHRASE="not the passphrase")
    cli(setup, "passwd", str(main), VPDESK_NEW_PASSPHRASE=NEW_PASSPHRASE)
    cli(setup, "purge", str(main), "--dry-run", VPDESK_PASSPHRASE=NEW_PASSPHRASE)

    # No -wal, -shm, -journal, lock or migration copies are left beside the vaults.
    assert setup.files(setup.vaults) == ["demo.vpdesk", "main.vpdesk"]
    assert setup.files(setup.out) == ["jaarverslag 2025.pdf", "kapot.csv", "kopie.vpdesk"]
    assert report.read_bytes().startswith(b"%PDF-")
    for vault_file in (main, demo, backup):
        assert private_mode(vault_file), f"{vault_file.name} is readable by others"
        assert not vault_file.read_bytes().startswith(b"SQLite format 3")
    setup.assert_private_empty("the whole run")


# -- every file a command creates, traced ----------------------------------------------------

_CREATES = re.compile(
    r"^\d+\s+(?:openat|open|creat|mkdir|mkdirat|rename|renameat2?|link|linkat|symlink|symlinkat)\((.*)\)\s+=\s+\d+"
)
_PATH = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-o", os.devnull, "true"], capture_output=True, check=False
    )
    return probe.returncode == 0


def created_paths(trace: Path) -> set[str]:
    """Every path the traced process created, made a folder, or renamed or linked a file to."""
    found: set[str] = set()
    for line in trace.read_text(errors="replace").splitlines():
        match = _CREATES.match(line)
        if not match:
            continue
        call, args = line.split(None, 1)[1].split("(", 1)[0], match.group(1)
        paths = _PATH.findall(args)
        if not paths:
            continue
        if call.startswith("open") and "O_CREAT" not in args:
            continue
        # The created name is the last path of the call (rename's and link's target).
        found.add(paths[-1])
    return found


def allowed(path: str, chosen: list[Path]) -> bool:
    """A vault or output the user named, its SQLite companions and atomic-write temporaries."""
    if path == os.devnull or "/__pycache__" in path:
        return True  # bytecode of vpdesk and its libraries (written as *.pyc.NNN, then renamed)
    p = Path(path)
    for target in chosen:
        if p.parent != target.parent:
            continue
        if p.name in {target.name, *(target.name + s for s in ("-wal", "-shm", "-journal", ".lock"))}:
            return True
        # A temporary beside the target, written completely and renamed into place.
        if p.name.startswith(f".{target.name}.") and p.name.endswith(".part"):
            return True
        if p.name.startswith(f".{target.name}.") and p.name.endswith(
            (".part-wal", ".part-shm", ".part-journal")
        ):
            return True
    return False


@pytest.mark.slow
@pytest.mark.skipif(not _strace_works(), reason="strace is not installed or may not trace here")
def test_traced_commands_create_no_other_file(setup: Setup) -> None:
    """Even a temporary file that is removed again counts: only named paths are created."""
    main, demo = setup.vaults / "v.vpdesk", setup.vaults / "d.vpdesk"
    report, backup = setup.out / "r.pdf", setup.out / "b.vpdesk"
    source = setup.out / "in.csv"
    # Closed early in 2025: past the default retention of 12 months, so purge really purges
    # and vacuums (where SQLite would reach for temporary files if it were let).
    source.write_text(
        "case_ref;organisation;opened;closed;behaviours;outcome;notes\r\n"
        + "".join(
            f"T-{i};Gemeente Voorbeeld;2025-0{1 + i % 5}-1{i % 10};2025-06-30;"
            f"bullying;listening;notitie {i}\r\n"
            for i in range(12)
        )
    )
    new = {"VPDESK_NEW_PASSPHRASE": NEW_PASSPHRASE}
    commands: list[tuple[list[str], list[Path], dict[str, str]]] = [
        (["init", str(main)], [main], {}),
        (["demo", str(demo), "--cases", "20"], [demo], {}),
        (["import", str(main), str(source)], [main], {}),
        (["stats", str(main), "--year", "2025"], [main], {}),
        (["report", str(main), "--year", "2025", "--out", str(report)], [main, report], {}),
        (["backup", str(main), str(backup)], [main, backup], {}),
        (["check", str(main)], [main], {}),
        (["purge", str(main)], [main], {}),
        (["passwd", str(main)], [main], new),
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")}
    env.update(setup.env)
    trace = setup.private["TMPDIR"].parent / "trace.txt"
    for args, chosen, extra in commands:
        result = subprocess.run(
            [
                "strace",
                "-f",
                "-qq",
                "-e",
                "trace=%file",
                "-o",
                str(trace),
                sys.executable,
                "-m",
                "vpdesk",
                *args,
            ],
            env={**env, **extra},
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert result.returncode == 0, (args[0], result.stderr)
        if args[0] == "purge":
            assert result.stdout.startswith("purged the identifying data of 12 cases"), result.stdout
        stray = sorted(p for p in created_paths(trace) if not allowed(p, chosen))
        assert stray == [], f"{args[0]} created files it was not asked to: {stray}"
        trace.unlink()
        setup.assert_private_empty(args[0])
    assert setup.files(setup.vaults) == ["d.vpdesk", "v.vpdesk"]
    assert setup.files(setup.out) == ["b.vpdesk", "in.csv", "r.pdf"]


# -- core dumps ------------------------------------------------------------------------------

# Raise the soft limit as far as allowed first, so the check fails if nothing lowers it.
_SHOW_LIMIT = """
import resource
hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
print(resource.getrlimit(resource.RLIMIT_CORE)[0] != 0)
from vpdesk.cli import {call}
{run}
print(resource.getrlimit(resource.RLIMIT_CORE))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="core-dump limits are a POSIX thing")
@pytest.mark.parametrize(
    ("call", "run"),
    [
        ("harden_process", "harden_process()"),
        # The real entry point: a command that fails at once must still have hardened first.
        ("main", "main(['check', '/nonexistent/folder/x.vpdesk'])"),
    ],
)
def test_core_dumps_are_off(call: str, run: str) -> None:
    script = _SHOW_LIMIT.format(call=call, run=run)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    raised, after = result.stdout.strip().splitlines()
    if raised != "True":
        pytest.skip("the hard core-dump limit here is already 0, so lowering it cannot be observed")
    assert after == "(0, 0)"
