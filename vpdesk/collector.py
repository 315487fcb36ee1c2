"""Pausing Python's garbage collector while many short-lived objects are made.

Loading a large vault makes hundreds of thousands of small objects (rows, tuples, index
entries), none of which can form a cycle. Full collections over them would hold the
interpreter lock for tens of milliseconds at a time, stalling the window while a worker runs.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No garbage collection inside the block (as it was after it)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
