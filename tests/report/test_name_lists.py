"""The name lists the leak check ships are Faker's, as the pinned Faker gives them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from vpdesk.report.wordlists import person_names

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> object:
    spec = importlib.util.spec_from_file_location("build_name_lists", ROOT / "tools" / "build_name_lists.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_name_lists_are_those_faker_gives() -> None:
    tool = _tool()
    for kind, text in tool.name_lists().items():  # type: ignore[attr-defined]
        shipped = (ROOT / "resources" / "report" / tool.FILES[kind]).read_text(encoding="utf-8")  # type: ignore[attr-defined]
        assert shipped == text, f"run tools/build_name_lists.py ({kind} names differ)"


def test_the_lists_hold_names_of_each_language() -> None:
    first, last = person_names()
    assert {"zeynep", "lukasz", "mohammed", "anouk"} <= first
    assert {"yilmaz", "demir", "jansen", "dijkstra"} <= last
    assert "van" not in first and "de" not in last  # particles are never a name on their own
