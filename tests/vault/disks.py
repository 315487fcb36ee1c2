"""Real small, full and read-only disks for fault tests: tmpfs mounts (needs root)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(where: Path, kib: int) -> Iterator[Path]:
    """A fresh tmpfs of ``kib`` KiB mounted at ``where``; skips the test where mount is not allowed."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a real small disk needs root and mount")
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0777", "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("mount is not allowed here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def remount(where: Path, *, read_only: bool) -> None:
    subprocess.run(
        ["mount", "-o", f"remount,{'ro' if read_only else 'rw'}", str(where)], check=True, capture_output=True
    )


def fill_disk(disk: Path, leave: int = 0) -> Path:
    """Take the free space of ``disk`` but ``leave`` bytes (rounded to pages); returns the filler."""
    filler = disk / "filler.bin"
    stat = os.statvfs(disk)
    want = max(stat.f_bavail * stat.f_frsize - leave, 0)
    chunk = b"\0" * 65536
    with filler.open("ab") as fh:
        written = 0
        try:
            while written < want:
                fh.write(chunk[: min(len(chunk), want - written)])
                written += min(len(chunk), want - written)
            fh.flush()
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
    return filler


def free_bytes(disk: Path) -> int:
    stat = os.statvfs(disk)
    return stat.f_bavail * stat.f_frsize
