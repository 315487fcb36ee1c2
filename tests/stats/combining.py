"""Helpers for the combined-report tests: case lists, and the CLI with both passphrases set."""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from tests.stats.releases import CaseSpec, year_cases
from tests.support import PASSPHRASE
from vpdesk.cli import main

SHARED = "gedeelde zin voor het jaarverslag"


def cases(org: str, year: int, n: int, prefix: str, **columns: list[Any]) -> list[CaseSpec]:
    """``n`` cases of ``org`` opened in ``year`` and closed nine days later, spread over the
    year; ``columns`` give each case's value (lists of length n), the rest alternate."""
    return year_cases(
        *(org, year, n, prefix),
        first=date(year, 1, 5),
        span=350,
        days_open=9,
        minutes=45,
        channels=("in_person", "in_person"),
        columns=columns,
    )


@contextlib.contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def cli(*args: str, shared: str | None = SHARED) -> tuple[int, str, str]:
    """``vpdesk ARGS`` in this process with the vault's and the shared passphrase set."""
    env = {"VPDESK_PASSPHRASE": PASSPHRASE}
    if shared is not None:
        env["VPDESK_SHARED_PASSPHRASE"] = shared
    out, err = io.StringIO(), io.StringIO()
    with environment(env), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def aggregate_cli(
    vault: Path, out: Path, organisation: str, year: int = 2025, *extra: str, shared: str | None = SHARED
) -> tuple[int, str, str]:
    """``vpdesk aggregate`` of the organisation's year into ``out``: (exit code, stdout, stderr)."""
    args = ("aggregate", str(vault), "--year", str(year), "--organisation", organisation, "--out", str(out))
    return cli(*args, *extra, shared=shared)


def aggregate(vault: Path, out: Path, organisation: str, year: int = 2025, *extra: str) -> None:
    code, _, err = aggregate_cli(vault, out, organisation, year, *extra)
    assert code == 0, err


def vaults_of(folder: Path, *contents: list[CaseSpec]) -> list[Path]:
    """One vault per list of cases (``a.vpdesk``, ``b.vpdesk``, ...) in ``folder``, imported."""
    from tests.stats.releases import import_cases
    from vpdesk.vault import Vault

    paths = []
    for name, data in zip("abcdefgh", contents, strict=False):
        path = folder / f"{name}.vpdesk"
        Vault.create(path, PASSPHRASE).close()
        import_cases(path, data, folder / f"{name}.csv")
        paths.append(path)
    return paths


def combined_json(*files: Path) -> dict[str, Any]:
    code, out, err = cli("combine", *map(str, files), "--json")
    assert code == 0, err
    return dict(json.loads(out))
