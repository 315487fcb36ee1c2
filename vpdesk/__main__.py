"""Command line entry point: parse, dispatch; the GUI is one subcommand."""

from __future__ import annotations

import sys

from vpdesk import cli


def main(argv: list[str] | None = None) -> int:
    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
