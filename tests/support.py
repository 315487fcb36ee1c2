"""Helpers shared by the test modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PASSPHRASE = "correct horse battery staple"
# Tests may derive keys cheaply; the product always uses SQLCipher's default (256,000).
TEST_KDF_ITER = 2


def run_cli(
    *args: str,
    env: dict[str, str] | None = None,
    input: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m vpdesk`` in a subprocess, as a user's script would.

    The subprocess uses SQLCipher's default key derivation, so vaults it opens must have
    been made by the CLI or under the ``real_kdf`` fixture.
    """
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("VPDESK_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "vpdesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=timeout,
        check=False,
    )


_SHARED_SAMPLE = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "samples" / "registratie-2025-excel.csv"
)
# The registration sheet exactly as Dutch Excel saves it: the shared copy beside the checkout
# when it is there (it may be newer), else the copy kept with the tests.
SAMPLE_CSV = (
    _SHARED_SAMPLE if _SHARED_SAMPLE.is_file() else Path(__file__).parent / "data" / _SHARED_SAMPLE.name
)


def files_mentioning(text: str) -> list[Path]:
    """Files under the test's private home and config/data folders whose bytes contain ``text``.

    Used to prove that settings, caches and recent-file lists never record a name, a
    reference or the path of an exported file.
    """
    root = Path(os.environ["XDG_CONFIG_HOME"]).parent
    needle = text.encode("utf-8")
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]
