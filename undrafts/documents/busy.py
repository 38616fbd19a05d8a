"""SQLite has one writer at a time: tell a write that waited out the busy timeout apart.

A write waits up to settings DB_BUSY_TIMEOUT seconds for the lock; past that SQLite says
"database is locked". Web requests answer 503 with a retry hint (web/views/errors.py),
imports try again (retry_when_locked). PostgreSQL never raises these.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from django.conf import settings
from django.db import OperationalError

_LOCKED = ("database is locked", "database table is locked")


def database_locked(error: BaseException | None) -> bool:
    """Whether `error` is SQLite's answer to a write that waited out the busy timeout."""
    return isinstance(error, OperationalError | sqlite3.OperationalError) and any(
        message in str(error) for message in _LOCKED
    )


def busy_timeout() -> int:
    return settings.DB_BUSY_TIMEOUT


class StillLocked(Exception):
    """The database stayed locked through every try; nothing was written."""

    def __init__(self, tries: int, waited: float):
        super().__init__(
            f"The database stayed locked for about {waited:.0f} s over {tries} tries: another "
            "process (an import, a backup) kept writing. Nothing was imported; run the command "
            "again once it has finished."
        )


def retry_when_locked[T](
    call: Callable[[], T],
    *,
    retries: int = 3,
    pause: float | None = None,
    on_retry: Callable[[int, float], None] | None = None,
) -> T:
    """`call()`, tried again up to `retries` times while the database is locked.

    Only for a call that is one transaction: a locked write has rolled back, so trying it
    again cannot write anything twice.
    """
    pause = busy_timeout() if pause is None else pause
    started = time.monotonic()
    for attempt in range(1, retries + 2):
        try:
            return call()
        except OperationalError as exc:
            if not database_locked(exc):
                raise
            if attempt > retries:
                raise StillLocked(attempt, time.monotonic() - started) from exc
            if on_retry is not None:
                on_retry(attempt, pause)
            time.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover
