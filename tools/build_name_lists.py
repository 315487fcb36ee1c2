"""Write the name lists the leak check reads, from Faker's person providers.

    .venv/bin/python tools/build_name_lists.py

The leak check looks for first names and surnames of the languages common among Dutch
employees (Dutch, Turkish, Polish, Arabic). Faker carries those lists; reading them means
importing Faker, which every report would pay for. They are written once, as the words of
the normal form, to resources/report/list_first_names.txt and list_last_names.txt, and a
test keeps them equal to what the pinned Faker gives.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vpdesk.normal import runs  # noqa: E402
from vpdesk.report.wordlists import NAME_LOCALES  # noqa: E402

FILES = {"first": "list_first_names.txt", "last": "list_last_names.txt"}
ATTRIBUTES = {"first": ("first_names", "first_names_male", "first_names_female"), "last": ("last_names",)}


def _names_of(provider: object, attributes: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for attribute in attributes:
        for name in getattr(provider, attribute, ()) or ():
            found.update(runs(str(name)))
    return found


def name_lists() -> dict[str, str]:
    """Per list, the text of its file."""
    providers = [importlib.import_module(f"faker.providers.person.{loc}").Provider for loc in NAME_LOCALES]
    header = (
        f"# Made by tools/build_name_lists.py from Faker {metadata.version('faker')} "
        f"({', '.join(NAME_LOCALES)}); do not edit.\n"
    )
    out = {}
    for kind, attributes in ATTRIBUTES.items():
        words: set[str] = set()
        for provider in providers:
            words |= _names_of(provider, attributes)
        out[kind] = header + "".join(f"{w}\n" for w in sorted(words))
    return out


def main() -> int:
    for kind, text in name_lists().items():
        (ROOT / "resources" / "report" / FILES[kind]).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
