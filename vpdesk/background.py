"""Work on a thread of its own while the caller goes on; its result, or its error, when asked.

Worth it where the work spends its time outside the interpreter lock (SQLite, the key
derivation) while the caller computes or loads modules in Python. Not for work that
fetches many rows one by one while the caller holds the lock: each row would wait for it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class InBackground(Generic[T]):
    """``work()`` on a thread named ``name`` (in the caller's own thread when not ``thread``)."""

    def __init__(self, work: Callable[[], T], *, name: str, thread: bool = True) -> None:
        self._work = work
        self._result: T | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if thread:
            self._thread = threading.Thread(target=self._run, name=name, daemon=True)
            self._thread.start()
        else:
            self._run()

    def _run(self) -> None:
        try:
            self._result = self._work()
        except BaseException as exc:  # handed to the caller in result()
            self._error = exc

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def result(self) -> T:
        """The work's result once it is done; its error raised here."""
        self.wait()
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]
