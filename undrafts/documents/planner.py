"""The database's statistics about its tables, refreshed after a bulk write.

A planner that thinks a table small scans it where an index would answer: after thousands
of documents arrive at once, its statistics are refreshed (PostgreSQL's autovacuum would
get there in its own time; SQLite never gathers them unasked).
"""

from __future__ import annotations

from django.db import connection


def statistics_refresh() -> None:
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
