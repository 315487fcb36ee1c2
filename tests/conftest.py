"""Shared fixtures: every test gets private config/data folders and a fast key derivation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.support import PASSPHRASE, TEST_KDF_ITER
from vpdesk.vault import Vault, connection


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("VPDESK_PASSPHRASE", raising=False)
    monkeypatch.delenv("VPDESK_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr(connection, "KDF_ITER", TEST_KDF_ITER)
    # The first-run guide opens once per account; tests start as an adviser who has seen it
    # (tests/gui/test_help.py removes this to see the first start).
    config = home / "xdg_config_home" / "vpdesk"
    config.mkdir(parents=True, exist_ok=True)
    (config / "vpdesk.ini").write_text("[help]\nfirst_run_guide_shown=true\n", encoding="utf-8")


@pytest.fixture
def real_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Use SQLCipher's default key derivation, as the product (and its CLI) does."""
    monkeypatch.setattr(connection, "KDF_ITER", None)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "test.vpdesk"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    v = Vault.create(vault_path, PASSPHRASE)
    yield v
    v.close()
