"""The window opens a vault and settles without loading the report renderer or the audit's solver.

ReportLab, numpy and HiGHS take about a second to import: they load when a report or an audit
is first asked for, not when the window starts or unlocks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.gui.shell_support import seed_vault
from tests.support import PASSPHRASE, TEST_KDF_ITER

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from vpdesk.vault import connection
    connection.KDF_ITER = int(sys.argv[3])
    from vpdesk.gui import ui_settings
    from vpdesk.gui.app import create_window, setup_application
    from vpdesk.gui.dialogs.first_run_guide import FIRST_RUN_SHOWN
    from vpdesk.gui.tasks import pool

    app = setup_application([])
    ui_settings.ui_settings().setValue(FIRST_RUN_SHOWN, True)
    win = create_window()
    win.show()
    win.request_unlock(Path(sys.argv[1]))
    win.session.unlock(sys.argv[2])
    cases = win.pages["cases"]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (
        win.vault is not None and cases.loaded and win.dashboard.board() is not None
        and pool().activeThreadCount() == 0
    ):
        app.processEvents()
        pool().waitForDone(5)
    heavy = ("reportlab", "numpy", "highspy", "docx")
    print(" ".join(sorted(m for m in heavy if m in sys.modules)))
    for key in win.pages:  # every other page shown once, as a person looks around
        if key != "report":  # the annual report page protects the figures it shows
            win.go_to(key)
            app.processEvents()
    pool().waitForDone(10000)
    app.processEvents()
    print(" ".join(sorted(m for m in heavy if m in sys.modules)))
    print("idle" if win.vault is not None and cases.loaded else "not idle")
    """
)


def test_the_window_starts_and_unlocks_without_the_report_renderer(tmp_path: Path) -> None:
    seeded = seed_vault(tmp_path / "kantoor.vpdesk")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")},
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home),
        "XDG_DATA_HOME": str(home),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(seeded.path), PASSPHRASE, str(TEST_KDF_ITER)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    at_idle, after_pages, state = result.stdout.split("\n")[-4:-1]
    assert state == "idle"
    assert at_idle == "", f"loaded at start-up: {at_idle}"
    assert after_pages == "", f"loaded by the pages: {after_pages}"
