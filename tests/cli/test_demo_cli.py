"""`vpdesk demo` end to end, as a user's script runs it."""

from __future__ import annotations

import os
import re
from pathlib import Path

from tests.support import PASSPHRASE, run_cli
from vpdesk.vault import Vault

ENV = {"VPDESK_PASSPHRASE": PASSPHRASE}


def _clean(result: object) -> None:
    for stream in (result.stdout, result.stderr):  # type: ignore[attr-defined]
        assert "Traceback" not in stream


def test_demo_creates_a_vault_that_checks_out(tmp_path: Path, real_kdf: None) -> None:
    path = tmp_path / "demo.vpdesk"
    result = run_cli("demo", str(path), "--cases", "50", "--seed", "3", env=ENV)
    assert result.returncode == 0, result.stderr
    _clean(result)
    m = re.fullmatch(
        rf"created {re.escape(str(path))}: 50 cases, (\d+) organisations, ([\d,]+) conversations\n",
        result.stdout,
    )
    assert m, result.stdout
    assert int(m.group(1)) >= 3

    check = run_cli("check", str(path), env=ENV)
    assert check.returncode == 0, check.stderr
    _clean(check)

    with Vault.open(path, PASSPHRASE, write=False) as v:
        assert v.cases.count() == 50
        assert len(v.organisations.list()) == int(m.group(1))
        conversations = v.db.query_one("SELECT count(*) FROM conversations")[0]
        assert f"{conversations:,}" == m.group(2)
        name = v.db.query_one("SELECT reporter_name FROM cases WHERE reporter_name != ''")[0]
        assert v.cases.search(name)
    # the file is encrypted: no generated name is readable in it
    assert name.encode() not in path.read_bytes()


def test_demo_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "exists.vpdesk"
    target.write_bytes(b"keep me")
    before = os.stat(target).st_mtime_ns
    result = run_cli("demo", str(target), "--cases", "5", env=ENV)
    assert result.returncode == 1
    _clean(result)
    assert len(result.stderr.strip().splitlines()) == 1 and "already exists" in result.stderr
    assert target.read_bytes() == b"keep me"
    assert os.stat(target).st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exists.vpdesk"]


def test_demo_rejects_a_negative_count(tmp_path: Path) -> None:
    target = tmp_path / "neg.vpdesk"
    result = run_cli("demo", str(target), "--cases", "-3", env=ENV)
    assert result.returncode == 2
    _clean(result)
    assert not target.exists()
