"""vpdesk benchmark: how the cost grows with the number of cases.

    .venv/bin/python bench/run.py                 # 1,000 / 10,000 / 50,000 cases
    .venv/bin/python bench/run.py --sizes 1000    # quicker
    .venv/bin/python bench/run.py --write         # also write bench/RESULTS.md

Vaults are built in a private temporary folder (with the product's real key derivation)
and removed afterwards. Each figure is the median of several runs where that is cheap.
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlcipher3  # noqa: E402

from vpdesk.vault import Vault  # noqa: E402
from vpdesk.vault.connection import Database, raw_connect  # noqa: E402

PASSPHRASE = "bench passphrase that is long enough"  # noqa: S105 - throwaway vaults
TARGETS = {
    "unlock_ms": ("unlock to a usable case list, beyond key derivation", "≤ 300 ms"),
    "search_name_ms": ("full-text search, a name", "≤ 30 ms"),
    "search_note_ms": ("full-text search, a word from a note", "≤ 30 ms"),
    "figures_ms": ("year figures, all organisations, in-process", "≤ 100 ms"),
    "report_s": ("annual report PDF, in-process", "≤ 1.5 s"),
    "stall_import_ms": (
        "longest GUI stall while importing 10,000 rows (fewer below 10,000 cases), median of 3",
        "≤ 50 ms",
    ),
    "stall_report_ms": ("longest GUI stall while building the annual report, median of 3", "≤ 50 ms"),
    "ratio": ("SQLCipher ÷ plain SQLite, same workload", "≤ 1.3"),
    "peak_mb": ("peak memory, main window open on the vault (case list loaded)", "≤ 250 MB"),
    "peak_report_mb": ("peak memory, after also showing the report page", "—"),
    "stall_open_ms": ("longest GUI stall, main window opening the vault", "≤ 50 ms"),
    "stall_sort_ms": ("longest GUI stall, sorting the case list by each column", "≤ 50 ms"),
    "stall_search_ms": ("longest GUI stall, searching the case list", "≤ 50 ms"),
    "stall_report_page_ms": ("longest GUI stall, showing the report page", "≤ 50 ms"),
    "kdf_ms": ("key derivation (SQLCipher default, reported)", "—"),
    "demo_s_per_1000": ("`demo` time per 1,000 cases", "—"),
    "import_s_per_1000": ("`import` time per 1,000 rows", "—"),
    "size_mb": ("vault file size", "—"),
    "commit_delete_ms": (
        "one write transaction (a case), rollback journal DELETE + synchronous=FULL "
        "(the product), median of 100",
        "—",
    ),
    "commit_truncate_ms": ("the same, journal TRUNCATE + synchronous=FULL", "—"),
    "commit_wal_ckpt_ms": ("the same, WAL + synchronous=FULL + checkpoint(TRUNCATE) after it", "—"),
    "commit_wal_ms": ("the same, WAL + synchronous=FULL without checkpoint (earlier versions)", "—"),
    "bulk_delete_ms": ("one transaction of 500 cases, journal DELETE (the product), median of 5", "—"),
    "bulk_truncate_ms": ("the same, journal TRUNCATE", "—"),
    "bulk_wal_ckpt_ms": ("the same, WAL + checkpoint(TRUNCATE) after it", "—"),
    "bulk_wal_ms": ("the same, WAL without checkpoint", "—"),
    "stats_s": (
        "`vpdesk stats` whole process, all organisations, first release of the year "
        "(disclosure audit included)",
        "≤ 1.5 s",
    ),
    "audit_ms": (
        "protecting one year's tables together (every organisation, all organisations, the "
        "year before), in-process, median of 3",
        "≤ 200 ms",
    ),
    "audit_again_ms": ("the same once the year was released (the ledger's tables audited with it)", "—"),
    "verify_open_ms": ("checking every page's MAC on open (`cipher_integrity_check`, the CLI does it)", "—"),
    # The annual report's leak check and the backup against their floors (--only report).
    "report_proc_s": (
        "`vpdesk report` whole process, the largest organisation, first release of the year, median of 5",
        "≤ 2 × floor",
    ),
    "report_proc_mb": ("peak memory of that process (VmHWM), median of 5", "≤ 200 MB"),
    "report_floor_s": ("floor: a bare SQLCipher process that reads every note once, median of 5", "—"),
    "report_floor_mb": ("peak memory of the floor process (VmHWM)", "—"),
    "report_ratio": ("`vpdesk report` ÷ its floor", "≤ 2"),
    "leak_index_s": ("`LeakIndex.build` for that report's signals text, in-process, median of 3", "≤ 1.3 s"),
    "leak_index_one_org_s": (
        "the same text checked against the reported organisation's values only (what the check "
        "covered before it covered the whole vault), in-process, median of 3",
        "—",
    ),
    "leak_index_whole_s": ("`LeakIndex.build` of the whole vault (the report page's), in-process", "—"),
    "backup_s": ("`vpdesk backup` whole process, median of 5", "—"),
    "backup_floor_s": ("floor: `cp` + `sync` of the same file, median of 5", "—"),
    "backup_ratio": ("`vpdesk backup` ÷ its floor", "≤ 8"),
    "gui_idle_s": (
        "window process until idle (start, unlock, case list and dashboard shown, no background "
        "work), median of 3",
        "≤ 2 s",
    ),
    "gui_idle_mb": ("peak memory of that process (VmHWM)", "≤ 300 MB"),
    "gui_floor_s": (
        "its floor: a QTableView over a QAbstractTableModel of the same case rows (same vault, "
        "key and query), fresh process until idle, median of 3",
        "—",
    ),
    "gui_floor_mb": ("peak memory of the floor (VmHWM)", "—"),
    "gui_ratio": ("window until idle ÷ its floor", "—"),
    "gui_first_idle_s": (
        "window process until idle, first start after the vault was made (the signals grouped and stored)",
        "—",
    ),
    "signals_ms": (
        "dashboard signals (department clusters and accused matches), worker time, median of 3",
        "≤ 500 ms",
    ),
    "signals_first_ms": (
        "the same when every organisation is grouped anew (after a demo, import or upgrade)",
        "—",
    ),
}

JOURNALS = {
    "delete": ("DELETE", False),
    "truncate": ("TRUNCATE", False),
    "wal_ckpt": ("WAL", True),
    "wal": ("WAL", False),
}


BEGIN, END = "<!-- table: written by bench/run.py --write -->", "<!-- end of table -->"


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Median seconds over ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def kdf_seconds(path: Path) -> float:
    def derive() -> None:
        conn = raw_connect(path, PASSPHRASE)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    return timed(derive, 5)[0]


def build_demo(folder: Path, cases: int) -> tuple[Path, float]:
    from vpdesk.demo import generate_demo

    path = folder / f"demo-{cases}.vpdesk"
    t0 = time.perf_counter()
    with Vault.create(path, PASSPHRASE) as vault:
        generate_demo(vault, cases=cases, seed=7)
    return path, time.perf_counter() - t0


def workload(vault: Vault, names: list[str], words: list[str], year: int) -> dict[str, float]:
    from vpdesk.stats import year_figures

    out: dict[str, float] = {}
    vault.cases.rows()  # warm the page cache, so both files are measured alike
    year_figures(vault, year=year, organisation_id=None, threshold=5)
    out["rows"] = timed(vault.cases.rows, 3)[0]
    out["search_name"] = statistics.median(timed(partial(vault.cases.search, n))[0] for n in names)
    out["search_note"] = statistics.median(timed(partial(vault.cases.search, w))[0] for w in words)
    out["figures"] = timed(lambda: year_figures(vault, year=year, organisation_id=None, threshold=5), 5)[0]
    return out


def probes(vault: Vault, rng: random.Random) -> tuple[list[str], list[str]]:
    names = [
        r[0] for r in vault.db.query("SELECT reporter_name FROM cases WHERE reporter_name != '' LIMIT 500")
    ]
    notes = [r[0] for r in vault.db.query("SELECT note FROM conversations WHERE note != '' LIMIT 500")]
    words = [w.strip(".,;:") for n in notes for w in n.split() if len(w) > 7]
    return rng.sample(names, min(20, len(names))), rng.sample(words, min(20, len(words)))


def plain_copy(path: Path, dest: Path) -> Path:
    conn = raw_connect(path, PASSPHRASE)
    conn.execute(f"ATTACH DATABASE '{dest}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA plaintext.user_version = {version}")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    return dest


def open_plain(path: Path) -> Vault:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in (
        "temp_store = MEMORY",
        "journal_mode = DELETE",
        "synchronous = FULL",
        "cache_size = -32000",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return Vault(Database(path, conn), "", None)


def write_csv(vault: Vault, dest: Path, rows: int) -> Path:
    """A registration sheet as an adviser would export it, from the demo vault's cases."""
    with dest.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(
            [
                "case_ref",
                "organisation",
                "department",
                "opened",
                "closed",
                "reporter_name",
                "behaviours",
                "outcome",
                "conversations",
                "minutes",
                "notes",
            ]
        )
        orgs = vault.organisations.names()
        for i, f in enumerate(vault.cases.facts()[:rows]):
            w.writerow(
                [
                    f"IMP-{i:06d}",
                    orgs[f.organisation_id],
                    "Afdeling",
                    f.opened.isoformat(),
                    f.closed.isoformat() if f.closed else "",
                    f"Persoon {i}",
                    "|".join(f.behaviours) or "other",
                    f.outcome or "",
                    3,
                    90,
                    "Gesprek over de situatie op de afdeling en vervolgstappen.",
                ]
            )
    return dest


GUI_SCRIPT = textwrap.dedent(
    """
    import os, resource, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from vpdesk.gui.tasks import pool
    from vpdesk.vault import Vault

    def peak():
        # VmHWM: the peak resident size of this program. (ru_maxrss would also count the
        # benchmark process this one was forked from.)
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    from vpdesk.gui.app import create_window, setup_application
    app = setup_application([])  # as the application starts: name, translations, settings
    win = create_window()
    win.resize(1280, 800)

    # A 5 ms heartbeat on the GUI thread; its longest gap is the longest freeze.
    clock, gaps, last = QElapsedTimer(), [], [0]
    def beat():
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)

    def settle(until, limit=120):
        deadline = time.time() + limit
        while time.time() < deadline:
            app.processEvents()
            if until() and pool().activeThreadCount() == 0:
                break
            time.sleep(0.002)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.002)

    def stalled():
        # the longest gap since the last call; the next measurement starts now
        now = clock.elapsed()
        gaps.append(now - last[0])
        value = max(gaps, default=0)
        gaps.clear()
        last[0] = now
        return value

    clock.start()
    timer.start()
    from pathlib import Path
    win.request_unlock(Path(sys.argv[1]))
    win.session.unlock(sys.argv[2])  # as the passphrase typed on the unlock screen
    cases = win._cases()
    settle(lambda: win.vault is not None and getattr(cases, "loaded", True))
    vault = win.vault
    win.go_to("cases")
    settle(lambda: True)
    opened_stall, opened_peak = stalled(), peak()
    for column in range(6):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            cases.table.sortByColumn(column, order)
            app.processEvents()
    sort_stall = stalled()
    for text in ("de", "jansen", "werkdruk", ""):
        cases.search.setText(text)
        wait = time.time() + 0.5  # the search is debounced
        while time.time() < wait:
            app.processEvents()
            time.sleep(0.002)
        settle(lambda: True, 10)
    search_stall = stalled()
    win.go_to("report")
    settle(lambda: True)
    report_stall, report_peak = stalled(), peak()

    # Background work as the window runs it (run_task), with the window open on the vault.
    from datetime import date
    from pathlib import Path
    from vpdesk.gui.tasks import run_task
    from vpdesk.importer import import_file
    from vpdesk.report import write_report

    def in_background(work):
        done = []
        stalled()
        run_task(win, work, on_success=done.append, on_failure=done.append)
        settle(lambda: bool(done), 600)
        if isinstance(done[0], BaseException):
            raise SystemExit(f"background work failed: {type(done[0]).__name__}")
        return stalled()

    # Three runs each; the median of their longest gaps, so that one moment in which the
    # operating system gave both cores to other programs does not decide the figure.
    folder = Path(sys.argv[3])
    import_stalls, pdf_stalls = [], []
    for run in range(3):
        target = Vault.create(folder / f"gui-import-{run}.vpdesk", sys.argv[2])
        import_stalls.append(in_background(
            lambda report: import_file(target, folder / "import.csv", progress=report)))
        target.close()
    year = date.today().year - 1
    for run in range(3):
        pdf_stalls.append(in_background(lambda report: write_report(
            vault, year=year, organisation_id=None, threshold=5, lang="nl", out=folder / "gui-report.pdf")))
    import_stall, pdf_stall = sorted(import_stalls)[1], sorted(pdf_stalls)[1]
    print("import stalls", import_stalls, "report stalls", pdf_stalls, file=sys.stderr)
    timer.stop()
    print(opened_peak, report_peak, opened_stall, sort_stall, search_stall, report_stall,
          import_stall, pdf_stall)
    """
)


def gui_figures(path: Path, folder: Path) -> dict[str, float]:
    """The real main window on the vault, in a fresh process as the application runs:
    peak memory, and the longest freezes of the GUI thread while it opens the vault, sorts
    by every column, searches, shows the report page, imports ``folder/import.csv`` into a
    new vault and writes the annual report (both in the background, as the window does)."""
    result = subprocess.run(
        [sys.executable, "-c", GUI_SCRIPT, str(path), PASSPHRASE, str(folder)],
        capture_output=True,
        text=True,
        check=False,
        timeout=1200,
    )
    keys = (
        "peak_mb",
        "peak_report_mb",
        "stall_open_ms",
        "stall_sort_ms",
        "stall_search_ms",
        "stall_report_page_ms",
        "stall_import_ms",
        "stall_report_ms",
    )
    if result.returncode != 0:
        print(result.stderr[-2000:], file=sys.stderr)
        return dict.fromkeys(keys, float("nan"))
    for line in result.stderr.splitlines():
        if line.startswith("import stalls"):
            print("   ", line, flush=True)  # every run, for the record
    values = [float(v) for v in result.stdout.strip().splitlines()[-1].split()]
    return dict(zip(keys, values, strict=True))


IDLE_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    launched = float(sys.argv[3])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from vpdesk.gui import ui_settings
    from vpdesk.gui.app import create_window, setup_application
    from vpdesk.gui.dialogs.first_run_guide import FIRST_RUN_SHOWN
    from vpdesk.gui.tasks import pool

    app = setup_application([])
    ui_settings.ui_settings().setValue(FIRST_RUN_SHOWN, True)  # a start like every later one
    win = create_window()
    win.resize(1280, 800)
    win.request_unlock(Path(sys.argv[1]))
    win.session.unlock(sys.argv[2])  # as if typed the moment the window showed
    cases = win.pages["cases"]

    def idle():
        return (win.vault is not None and cases.loaded and win.dashboard.board() is not None
                and pool().activeThreadCount() == 0)

    deadline = time.time() + 600
    while time.time() < deadline and not idle():
        app.processEvents()
        time.sleep(0.001)
    for _ in range(5):
        app.processEvents()
    print(time.time() - launched, PEAK(), flush=True)
    os._exit(0)  # no automatic backup, no teardown: the figure is the start
    """
)

FLOOR_SCRIPT = textwrap.dedent(
    """
    import os, sys, time
    launched = float(sys.argv[3])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import sqlcipher3
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView
    from vpdesk.vault.cases import _ROWS_SQL  # the case list's own query

    class Model(QAbstractTableModel):
        def __init__(self, rows):
            super().__init__()
            self.rows = rows
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else len(self.rows)
        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 6
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            r = self.rows[index.row()]
            return (r[1], r[3], r[4], "Gesloten" if r[5] else "Open", r[6], r[7])[index.column()]

    app = QApplication([])
    view = QTableView()
    view.resize(1280, 800)
    view.show()
    conn = sqlcipher3.connect(sys.argv[1], isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA key = '" + sys.argv[2].replace("'", "''") + "'")  # the vault's key
    rows = conn.execute(_ROWS_SQL + " ORDER BY c.opened DESC, c.id DESC").fetchall()
    view.setModel(Model(rows))
    for _ in range(5):
        app.processEvents()
    print(time.time() - launched, PEAK(), flush=True)
    os._exit(0)
    """
)

_PEAK = textwrap.dedent(
    """
    def PEAK():
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")
    """
)


def _child_env(folder: Path) -> dict[str, str]:
    """A fresh process as an installed application starts: with its modules' bytecode cached
    (kept in ``folder``, not beside the sources), its settings in ``folder``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    home = folder / "gui-home"
    home.mkdir(exist_ok=True)
    env.update(
        XDG_CONFIG_HOME=str(home),
        XDG_DATA_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPYCACHEPREFIX=str(folder / "pycache"),
    )
    return env


def _cache_bytecode(folder: Path) -> None:
    """Compile vpdesk into the bytecode cache of :func:`_child_env`, as installing it does."""
    compile_all = [sys.executable, "-m", "compileall", "-q", str(ROOT / "vpdesk")]
    subprocess.run(compile_all, env=_child_env(folder), check=True, capture_output=True)


def _start_to_idle(script: str, path: Path, folder: Path) -> tuple[float, float]:
    """Seconds from starting a fresh Python process running ``script`` until it is idle, and
    its peak memory (MB)."""
    result = subprocess.run(
        [sys.executable, "-c", _PEAK + script, str(path), PASSPHRASE, repr(time.time())],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
        env=_child_env(folder),
        cwd=ROOT,
    )
    if result.returncode != 0:
        print(result.stderr[-2000:], file=sys.stderr)
        return float("nan"), float("nan")
    seconds, mb = (float(v) for v in result.stdout.split()[-2:])
    return seconds, mb


def gui_idle_figures(path: Path, folder: Path) -> dict[str, float]:
    """The window from a fresh process until idle beside its floor, and the signals' cost."""
    _cache_bytecode(folder)
    res: dict[str, float] = {}
    res["gui_first_idle_s"] = _start_to_idle(IDLE_SCRIPT, path, folder)[0]
    window, floor = [], []
    for _ in range(3):  # taking turns, so the load of a shared machine falls on both alike
        floor.append(_start_to_idle(FLOOR_SCRIPT, path, folder))
        window.append(_start_to_idle(IDLE_SCRIPT, path, folder))
    print("    window until idle", window, "floor", floor, flush=True)
    res["gui_idle_s"] = statistics.median(w[0] for w in window)
    res["gui_idle_mb"] = statistics.median(w[1] for w in window)
    res["gui_floor_s"] = statistics.median(f[0] for f in floor)
    res["gui_floor_mb"] = statistics.median(f[1] for f in floor)
    res["gui_ratio"] = res["gui_idle_s"] / res["gui_floor_s"]
    res.update(signal_costs(path))
    return res


def signal_costs(path: Path) -> dict[str, float]:
    """The dashboard's signals in-process, as its worker computes them."""
    today = date.today()
    with Vault.open(path, PASSPHRASE) as vault:
        try:
            from vpdesk.vault.dashboard import accused_signals, department_signals
        except ImportError:  # a tree from before the signals were kept in the vault
            return {"signals_ms": _signals_computed_anew(vault, today) * 1000}
        names = vault.organisations.names()

        def signals() -> None:
            department_signals(vault, today, names)
            accused_signals(vault, names)

        res = {"signals_ms": timed(signals, 3)[0] * 1000}
        vault.db.execute("INSERT OR IGNORE INTO accused_stale SELECT id FROM organisations")
        res["signals_first_ms"] = timed(signals)[0] * 1000
    return res


def _signals_computed_anew(vault: Vault, today: date) -> float:
    """What the signals took when the dashboard computed them over every case (median of 3)."""
    from vpdesk.vault import dashboard

    def signals() -> None:
        rows = vault.db.query(
            "SELECT c.id, c.ref, c.organisation_id, o.name, c.department, c.accused, c.opened "
            "FROM cases c JOIN organisations o ON o.id = c.organisation_id WHERE c.purged IS NULL"
        )
        since = dashboard._add_months(today, -dashboard.CLUSTER_MONTHS)
        opened = [date.fromisoformat(r[6]) for r in rows]
        dashboard.department_clusters(
            [
                (r[0], r[1], r[2], r[3], r[4] or "", d)
                for r, d in zip(rows, opened, strict=True)
                if since < d <= today
            ]
        )
        dashboard.accused_groups(
            [(r[0], r[1], r[2], r[3], r[5], d) for r, d in zip(rows, opened, strict=True) if r[5]]
        )

    return timed(signals, 3)[0]


def unlock_to_list(path: Path) -> float:
    """Open the vault and fill the case table model, minus the key derivation.

    Each run derives the key once on a bare connection and then opens the vault, so the
    key derivation subtracted is measured right beside the open it belongs to.
    """
    from PySide6.QtWidgets import QApplication

    from vpdesk.gui.models.case_table import CaseTableModel, prepare_columns

    QApplication.instance() or QApplication([])

    def run() -> float:
        t0 = time.perf_counter()
        conn = raw_connect(path, PASSPHRASE)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
        t1 = time.perf_counter()
        vault = Vault.open(path, PASSPHRASE)
        prepared = prepare_columns(vault.cases.list_columns())
        model = CaseTableModel()
        model.set_prepared(prepared)  # in the window: a worker, then the GUI
        model.data(model.index(0, 0))
        t2 = time.perf_counter()
        vault.close()
        return (t2 - t1) - (t1 - t0)

    return statistics.median(run() for _ in range(7))


def journal_costs(path: Path, folder: Path) -> dict[str, float]:
    """The cost of a commit under each journal mode (the vault must be one file after a commit).

    The modes take turns in rounds, so the load of a shared machine falls on each alike.
    """
    from vpdesk.domain.models import Case

    vaults: dict[str, tuple[Vault, bool]] = {}
    for name, (mode, checkpoint) in JOURNALS.items():
        copy = folder / f"journal-{name}.vpdesk"
        shutil.copyfile(path, copy)
        vault = Vault.open(copy, PASSPHRASE)
        vault.db.conn.execute(f"PRAGMA journal_mode = {mode}")
        vault.db.conn.execute("PRAGMA synchronous = FULL")
        vaults[name] = (vault, checkpoint)
    org = next(iter(vaults.values()))[0].organisations.list()[0].id
    assert org is not None
    single: dict[str, list[float]] = {name: [] for name in vaults}
    bulk: dict[str, list[float]] = {name: [] for name in vaults}
    for round_no in range(5):
        for name, (vault, checkpoint) in vaults.items():
            for i in range(20):
                t0 = time.perf_counter()
                with vault.transaction():
                    vault.cases.add(Case(f"J-{round_no}-{i}", org, date(2026, 1, 1), ["bullying"]))
                if checkpoint:
                    vault.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                single[name].append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            with vault.transaction():
                for i in range(500):
                    vault.cases.add(
                        Case(
                            f"B-{round_no}-{i}",
                            org,
                            date(2026, 1, 1),
                            ["bullying"],
                            reporter_name=f"Naam {i}",
                        )
                    )
            if checkpoint:
                vault.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            bulk[name].append(time.perf_counter() - t0)
    res: dict[str, float] = {}
    for name in vaults:
        res[f"commit_{name}_ms"] = statistics.median(single[name]) * 1000
        if f"bulk_{name}_ms" in TARGETS:
            res[f"bulk_{name}_ms"] = statistics.median(bulk[name]) * 1000
    conn = vaults["delete"][0].db.conn
    res["verify_open_ms"] = (
        timed(lambda: conn.execute("PRAGMA cipher_integrity_check").fetchall(), 5)[0] * 1000
    )
    for name, (vault, _) in vaults.items():
        vault.close()
        (folder / f"journal-{name}.vpdesk").unlink()
    return res


def audit_costs(path: Path, folder: Path) -> dict[str, float]:
    """The disclosure audit: in-process per year, and `vpdesk stats` as a whole process."""
    from vpdesk.stats import build_family

    year = date.today().year - 1
    copy = folder / "audit-copy.vpdesk"
    shutil.copyfile(path, copy)
    out: dict[str, float] = {}
    with Vault.open(copy, PASSPHRASE, write=False) as vault:
        out["audit_ms"] = (
            timed(lambda: build_family(vault, year=year, threshold=5, personal=False), 3)[0] * 1000
        )
    env = {**os.environ, "VPDESK_PASSPHRASE": PASSPHRASE}
    cmd = [sys.executable, "-m", "vpdesk", "stats", str(copy), "--year", str(year)]
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    out["stats_s"] = time.perf_counter() - start
    with Vault.open(copy, PASSPHRASE, write=False) as vault:
        out["audit_again_ms"] = (
            timed(lambda: build_family(vault, year=year, threshold=5, personal=False), 3)[0] * 1000
        )
    copy.unlink()
    return out


# A command of the product as a whole process, which writes its peak memory (VmHWM) to argv[1]
# when it ends (ru_maxrss of a child started by fork would count this process too).
PEAK_WRAPPER = textwrap.dedent(
    """
    import atexit, runpy, sys
    out = sys.argv[1]
    def peak():
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    with open(out, "w") as fh:
                        fh.write(line.split()[1])
    atexit.register(peak)
    sys.argv = ["vpdesk", *sys.argv[2:]]
    runpy.run_module("vpdesk", run_name="__main__", alter_sys=True)
    """
)

# The floor of a report: a bare SQLCipher process that opens the vault with the same key (and
# SQLCipher's default key derivation) and reads every note once.
NOTES_FLOOR = textwrap.dedent(
    """
    import sys, sqlcipher3
    conn = sqlcipher3.connect(sys.argv[2])
    conn.execute("PRAGMA key = '" + sys.argv[3].replace("'", "''") + "'")
    size = 0
    for sql in ("SELECT note FROM conversations", "SELECT note FROM referrals", "SELECT what FROM steps"):
        for (text,) in conn.execute(sql):
            size += len(text)
    conn.close()
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                with open(sys.argv[1], "w") as fh:
                    fh.write(line.split()[1])
    """
)


def _process(args: list[str], peak_file: Path) -> tuple[float, float]:
    """Seconds and peak MB of one process of the product (or a floor script), started as an
    installed program starts (its bytecode cached: see :func:`_child_env`)."""
    env = {**_child_env(peak_file.parent), "VPDESK_PASSPHRASE": PASSPHRASE}
    peak_file.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, capture_output=True, timeout=1200)
    seconds = time.perf_counter() - start
    return seconds, int(peak_file.read_text()) / 1024


# Turns of the report, the backup and their floors: this machine's speed changes from one
# second to the next, and the median of three moved by a tenth of the ratio between runs.
TURNS = 5


def report_costs(path: Path, folder: Path) -> dict[str, float]:
    """The annual report of the largest organisation as a whole process beside its floor, the
    leak check's index in-process, and `vpdesk backup` beside `cp` + `sync` of the same file.

    Floor and product take turns, so the load of a shared machine falls on both alike.
    """
    from vpdesk.report import LeakIndex

    year = date.today().year - 1
    with Vault.open(path, PASSPHRASE, write=False) as vault:
        org_id = max(vault.cases.opened_per_organisation(year).items(), key=lambda item: item[1])[0]
        name = vault.organisations.names()[org_id]
        text = vault.signals.get(org_id, year).text
        index_s = timed(lambda: LeakIndex.build(vault, within=text), 3)[0]
        one_org_s = timed(lambda: LeakIndex.build(vault, [org_id], within=text), 3)[0]
        whole_s = timed(lambda: LeakIndex.build(vault))[0]
    peak_file = folder / "peak.txt"
    _cache_bytecode(folder)
    report, report_mb, floor, floor_mb, backup, copy = [], [], [], [], [], []
    for _ in range(TURNS):
        seconds, mb = _process(
            [sys.executable, "-c", NOTES_FLOOR, str(peak_file), str(path), PASSPHRASE], peak_file
        )
        floor.append(seconds)
        floor_mb.append(mb)
        fresh = folder / "report-copy.vpdesk"  # each run the first release of the year
        shutil.copyfile(path, fresh)
        subprocess.run(["sync", str(fresh)], check=True)  # not the copy's writing in its commit
        pdf = folder / "report-process.pdf"
        cmd = ["report", str(fresh), "--year", str(year), "--organisation", name, "--out", str(pdf)]
        seconds, mb = _process([sys.executable, "-c", PEAK_WRAPPER, str(peak_file), *cmd], peak_file)
        report.append(seconds)
        report_mb.append(mb)
        fresh.unlink()
        pdf.unlink()
        dest = folder / "cp-copy.vpdesk"
        start = time.perf_counter()
        subprocess.run(["cp", str(path), str(dest)], check=True)
        subprocess.run(["sync", str(dest)], check=True)
        copy.append(time.perf_counter() - start)
        dest.unlink()
        dest = folder / "backup-copy.vpdesk"
        backup.append(
            _process(
                [sys.executable, "-c", PEAK_WRAPPER, str(peak_file), "backup", str(path), str(dest)],
                peak_file,
            )[0]
        )
        dest.unlink()
    res = {
        "report_proc_s": statistics.median(report),
        "report_proc_mb": statistics.median(report_mb),
        "report_floor_s": statistics.median(floor),
        "report_floor_mb": statistics.median(floor_mb),
        "leak_index_s": index_s,
        "leak_index_one_org_s": one_org_s,
        "leak_index_whole_s": whole_s,
        "backup_s": statistics.median(backup),
        "backup_floor_s": statistics.median(copy),
    }
    res["report_ratio"] = res["report_proc_s"] / res["report_floor_s"]
    res["backup_ratio"] = res["backup_s"] / res["backup_floor_s"]
    print(
        "    report runs",
        [round(x, 2) for x in report],
        "floor",
        [round(x, 2) for x in floor],
        "backup",
        [round(x, 2) for x in backup],
        "cp+sync",
        [round(x, 2) for x in copy],
        flush=True,
    )
    return res


def bench_size(cases: int, folder: Path, rng: random.Random, only: str = "") -> dict[str, float]:
    from vpdesk.report import write_report

    print(f"-- {cases:,} cases", flush=True)
    path, demo_s = build_demo(folder, cases)
    res: dict[str, float] = {"demo_s_per_1000": demo_s / max(cases, 1) * 1000}
    res["size_mb"] = path.stat().st_size / 1e6
    if only == "report":
        res.update(report_costs(path, folder))
        path.unlink()
        return res
    if only in ("", "gui"):
        res.update(gui_idle_figures(path, folder))
    if only == "gui":
        with Vault.open(path, PASSPHRASE) as vault:
            write_csv(vault, folder / "import.csv", min(cases, 10_000))
        res.update(gui_figures(path, folder))
        for p in folder.iterdir():
            p.unlink() if p.is_file() else shutil.rmtree(p)
        return res
    res.update(journal_costs(path, folder))
    if only == "journal":
        path.unlink()
        return res
    res.update(audit_costs(path, folder))
    if only == "audit":
        path.unlink()
        return res
    kdf = kdf_seconds(path)
    res["kdf_ms"] = kdf * 1000
    res["unlock_ms"] = unlock_to_list(path) * 1000
    year = date.today().year - 1
    with Vault.open(path, PASSPHRASE) as vault:
        names, words = probes(vault, rng)
        enc = workload(vault, names, words, year)
        csv_path = write_csv(vault, folder / "import.csv", min(cases, 10_000))
        res["report_s"] = timed(
            lambda: write_report(
                vault, year=year, organisation_id=None, threshold=5, lang="nl", out=folder / "report.pdf"
            ),
            3,
        )[0]
    res["search_name_ms"] = enc["search_name"] * 1000
    res["search_note_ms"] = enc["search_note"] * 1000
    res["figures_ms"] = enc["figures"] * 1000
    plain = open_plain(plain_copy(path, folder / f"plain-{cases}.db"))
    pl = workload(plain, names, words, year)
    plain.close()
    res["ratio"] = sum(enc.values()) / sum(pl.values())
    from vpdesk.importer import import_file

    target = folder / f"import-{cases}.vpdesk"
    with Vault.create(target, PASSPHRASE) as fresh:
        imp_s = timed(lambda: import_file(fresh, csv_path))[0]
    res["import_s_per_1000"] = imp_s / min(cases, 10_000) * 1000
    res.update(gui_figures(path, folder))
    res.update(report_costs(path, folder))
    for p in folder.iterdir():
        if p.name != path.name:
            p.unlink() if p.is_file() else shutil.rmtree(p)
    path.unlink()
    return res


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"{mem:.0f} GiB RAM, Python {platform.python_version()}, SQLCipher "
        f"{raw_version()}"
    )


def raw_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    v = conn.execute("PRAGMA cipher_version").fetchone()
    conn.close()
    return str(v[0]) if v else "?"


def fmt(key: str, value: float) -> str:
    if math.isnan(value):
        return "n/a"
    if key.endswith("ratio"):
        return f"{value:.2f}"
    if key.endswith("_s") or key.endswith("per_1000"):
        return f"{value:.2f} s"
    if key.endswith("_mb"):
        return f"{value:.1f} MB"
    return f"{value:.1f} ms"


def table(results: dict[int, dict[str, float]]) -> str:
    sizes = sorted(results)
    head = "| figure | target | " + " | ".join(f"{s:,} cases" for s in sizes) + " |"
    lines = [head, "|" + "---|" * (len(sizes) + 2)]
    for key, (label, target) in TARGETS.items():
        cells = " | ".join(fmt(key, results[s].get(key, float("nan"))) for s in sizes)
        lines.append(f"| {label} | {target} | {cells} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 50_000])
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md")
    parser.add_argument(
        "--only",
        choices=("journal", "audit", "gui", "report"),
        default="",
        help="only the journal-mode, disclosure-audit, window or report and backup rows (never written)",
    )
    args = parser.parse_args()
    if args.only:
        args.write = False
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    rng = random.Random(1)
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="vpdesk-bench-") as tmp:
        for n in args.sizes:
            results[n] = bench_size(n, Path(tmp), rng, args.only)
    text = f"Machine: {machine()}\n\n{table(results)}\n"
    print(text)
    if args.write:
        cmd = "python bench/run.py --write" + (
            f" --sizes {' '.join(map(str, args.sizes))}" if args.sizes != [1000, 10_000, 50_000] else ""
        )
        load = " ".join(f"{v:.1f}" for v in os.getloadavg())
        block = (
            f"{BEGIN}\nReproduce with `.venv/bin/{cmd}` ({date.today().isoformat()}; "
            f"load average at the end: {load}).\n\n{text}{END}"
        )
        target = ROOT / "bench" / "RESULTS.md"
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        if BEGIN in old and END in old:  # keep the notes around the table
            head, rest = old.split(BEGIN, 1)
            new = head + block + rest.split(END, 1)[1]
        else:
            new = f"# Benchmark results\n\n{block}\n"
        target.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
