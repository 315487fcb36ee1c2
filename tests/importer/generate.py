"""Synthetic import files for the tests: valid rows by the thousand, in any encoding."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

_BEHAVIOURS = ("bullying", "Pesten", "Sexual harassment", "intimidation", "Discriminatie", "integrity")
_RELATIONS = ("manager", "Collega", "Extern (klant, leverancier)", "unknown", "")
_CHANNELS = ("phone", "E-mail", "Persoonlijk", "video", "")
_OUTCOMES = ("listening", "Bemiddeling", "Formal complaint", "withdrawn")
_TARGETS = ("hr", "Bedrijfsarts", "Huisarts / psycholoog", "police", "Mediator")
_ORGS = ("Gemeente Voorbeeld", "Zorggroep Noord", "Bouwbedrijf Zuid")


def rows(n: int, seed: int = 7, prefix: str = "G") -> list[dict[str, str]]:
    """``n`` valid rows with a mix of codes, Dutch and English labels and date formats."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        opened = date(2024, 1, 1) + timedelta(days=rnd.randrange(700))
        closed = opened + timedelta(days=rnd.randrange(90)) if rnd.random() < 0.7 else None
        out.append(
            {
                "case_ref": f"{prefix}-{i:06d}",
                "organisation": rnd.choice(_ORGS),
                "department": rnd.choice(("ICT", "Zorg", "")),
                "opened": opened.isoformat() if i % 2 else opened.strftime("%d-%m-%Y"),
                "closed": closed.isoformat() if closed else "",
                "reporter_name": f"Persoon {i}",
                "reporter_email": f"p{i}@voorbeeld.nl" if i % 3 else "",
                "reporter_phone": "",
                "reporter_gender": rnd.choice(("man", "woman", "Vrouw", "")),
                "reporter_role": rnd.choice(("employee", "Stagiair", "")),
                "behaviours": "|".join(rnd.sample(_BEHAVIOURS, rnd.randint(1, 2))),
                "accused_relation": rnd.choice(_RELATIONS),
                "channel": rnd.choice(_CHANNELS),
                "outcome": rnd.choice(_OUTCOMES) if closed else "",
                "referrals": "|".join(rnd.sample(_TARGETS, rnd.randint(0, 2))),
                "conversations": str(rnd.randint(0, 3)) if i % 5 else "",
                "minutes": "",
                "notes": "",
                "anonymous": "",
                "reporter_age": rnd.choice(("", "18-27", "Onbekend", "age_45_64")),
                "wish": rnd.choice(("", "Advies", "investigation")) if closed else "",
            }
        )
        row = out[-1]
        if row["conversations"] != "0":
            row["minutes"] = str(rnd.choice((30, 45, 60)))
            row["notes"] = rnd.choice(
                ("Eerste gesprek", 'Gesprek over "grapjes"; vervolg', "Regel 1\nregel 2")
            )
    return out


# Every column of the import format, in the order a generated row names them.
HEADER = tuple(rows(1)[0])


def _cell(value: str, delimiter: str) -> str:
    if any(ch in value for ch in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def to_csv(
    data: list[dict[str, str]],
    *,
    delimiter: str = ";",
    newline: str = "\r\n",
    header: tuple[str, ...] | list[str] = HEADER,
) -> str:
    """The rows as CSV text with the given delimiter and line ends."""
    lines = [delimiter.join(_cell(h, delimiter) for h in header)]
    for row in data:
        lines.append(delimiter.join(_cell(row.get(h, ""), delimiter) for h in header))
    return newline.join(lines) + newline


def write(path: Path, data: list[dict[str, str]], *, encoding: str = "utf-8", **kwargs: object) -> Path:
    """Write ``data`` as CSV to ``path`` in ``encoding`` (``utf-8-sig`` for a BOM)."""
    path.write_bytes(to_csv(data, **kwargs).encode(encoding))  # type: ignore[arg-type]
    return path


def line_of(data: list[dict[str, str]], index: int) -> int:
    """The physical line on which row ``index`` of ``data`` starts (the header is line 1)."""
    return 2 + sum(1 + sum(v.count("\n") for v in row.values()) for row in data[:index])
