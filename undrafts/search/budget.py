"""A time limit for each search query, enforced by the database itself.

PostgreSQL cancels a statement past `statement_timeout` (set for this transaction only);
SQLite calls a progress handler every few thousand instructions, and the query stops
when it answers "stop". Either way the caller gets SearchTimeout, never a 500.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import OperationalError, connection, transaction

# SQLite instructions between two looks at the clock: a few microseconds of work.
_PROGRESS_STEPS = 2_000
_QUERY_CANCELED = "57014"


class SearchTimeout(Exception):
    """The search took longer than its time budget; the phrase is too common or the
    server too busy. Safe to retry with a longer phrase."""


def time_limit() -> float:
    """Seconds one search may spend in the database."""
    return float(settings.SEARCH_TIME_LIMIT)


@contextmanager
def time_budget(seconds: float | None = None) -> Iterator[None]:
    """Run the queries inside within `seconds` in all, or raise SearchTimeout."""
    seconds = time_limit() if seconds is None else seconds
    if connection.vendor == "postgresql":
        with _postgresql_budget(seconds):
            yield
    elif connection.vendor == "sqlite":
        with _sqlite_budget(seconds):
            yield
    else:  # pragma: no cover - undrafts runs on SQLite and PostgreSQL only
        yield


@contextmanager
def _postgresql_budget(seconds: float) -> Iterator[None]:
    milliseconds = max(1, int(seconds * 1000))
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT current_setting('statement_timeout')")
            (previous,) = cursor.fetchone()
            cursor.execute("SELECT set_config('statement_timeout', %s, true)", [f"{milliseconds}"])
            yield
            # An enclosing transaction (a test's, ATOMIC_REQUESTS) keeps its own limit.
            cursor.execute("SELECT set_config('statement_timeout', %s, true)", [previous])
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", None) == _QUERY_CANCELED:
            raise SearchTimeout from error
        raise


@contextmanager
def _sqlite_budget(seconds: float) -> Iterator[None]:
    connection.ensure_connection()
    raw = connection.connection
    deadline = time.monotonic() + seconds

    def past_deadline() -> int:
        return 1 if time.monotonic() > deadline else 0

    raw.set_progress_handler(past_deadline, _PROGRESS_STEPS)
    try:
        yield
    except OperationalError as error:
        if "interrupted" in str(error):
            raise SearchTimeout from error
        raise
    finally:
        raw.set_progress_handler(None, 0)
