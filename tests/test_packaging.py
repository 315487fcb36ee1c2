"""A plain ``pip install .`` carries resources/ (fonts, translations, icons) into the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_carries_the_resources(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next(tmp_path.glob("vpdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = {
        "vpdesk/resources/fonts/DejaVuSans.ttf",
        "vpdesk/resources/fonts/DejaVuSans-Bold.ttf",
        "vpdesk/resources/translations/vpdesk_nl.qm",
        "vpdesk/resources/icons/vpdesk.svg",
        "vpdesk/cli.py",
        "vpdesk/gui/main_window.py",
    }
    assert wanted <= names, wanted - names
    # every translation source has its compiled file beside it
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert f"vpdesk/resources/translations/{ts.stem}.qm" in names
    assert not any(n.startswith("tests/") for n in names)
