"""Helpers shared by the test modules."""

from __future__ import annotations

import os
import subprocess
import sys

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
