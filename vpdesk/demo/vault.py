"""The demo vault's recipe: one invented vault, made the same way by the CLI and the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from vpdesk.vault import Vault

if TYPE_CHECKING:
    from vpdesk.demo.generator import DemoSummary

DEMO_PASSPHRASE = "demo"  # noqa: S105 - the demo vault holds only invented data
DEMO_CASES = 300
DEMO_SEED = 1


def create_demo_vault(path: Path, passphrase: str, *, cases: int, seed: int) -> tuple[Vault, DemoSummary]:
    """Create a vault at ``path`` filled with invented cases; the open vault and what it holds.

    The vault is built under a temporary name and renamed when complete: an interrupted
    demo leaves nothing at ``path``.
    """
    # here, not at the top: Faker is slow to import and the window needs it only now
    from vpdesk.demo.generator import generate_demo

    summaries: list[DemoSummary] = []

    def fill(vault: Vault) -> None:
        summaries.append(generate_demo(vault, cases=cases, seed=seed))

    vault = Vault.create(path, passphrase, populate=fill)
    return vault, summaries[0]


def open_demo_vault(path: Path) -> Vault:
    """Open the window's demo vault at ``path``, making it first if there is none yet."""
    if path.exists():
        return Vault.open(path, DEMO_PASSPHRASE)
    path.parent.mkdir(parents=True, exist_ok=True)
    vault, _summary = create_demo_vault(path, DEMO_PASSPHRASE, cases=DEMO_CASES, seed=DEMO_SEED)
    return vault
