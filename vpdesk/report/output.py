"""Writing the finished report (PDF or Word): atomically, so a failure leaves no half-written file."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from vpdesk.domain.errors import VpdeskError

PDF = "pdf"
DOCX = "docx"


def report_format(out: Path | str) -> str:
    """The format a report file name asks for: ``DOCX`` for ``.docx``, else ``PDF``."""
    return DOCX if Path(out).suffix.lower() == ".docx" else PDF


class ReportWriteFailed(VpdeskError):
    """The report could not be saved (disk full, no permission, ...)."""


def write_atomically(data: bytes, out: Path) -> None:
    """Write ``data`` to a temporary file beside ``out``, fsync it, then rename it into place."""
    out = Path(out)
    temp = out.with_name(f".{out.name}.{secrets.token_hex(6)}.part")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        reason = exc.strerror or type(exc).__name__
        raise ReportWriteFailed(f"cannot write the report to {out}: {reason}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(out.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless to skip where folders cannot be opened."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
