"""What the database's planner needs beyond the models' own indexes: fresh statistics
after a bulk write, and on SQLite one index the models cannot declare for one database.

A planner that thinks a table small scans it where an index would answer: after thousands
of documents arrive at once, its statistics are refreshed (PostgreSQL's autovacuum would
get there in its own time; SQLite never gathers them unasked).

On SQLite, `paragraph_place` holds a paragraph's place (its text and position) keyed by
id: a search joins every paragraph the full-text index matches to its text and document
for their order, thousands of lookups for a common phrase, and a paragraph's row holds
its wording, so a lookup by id reads a page of a few rows where this index holds a
hundred. PostgreSQL reads the row for the phrase check anyway: no index there. Django
rebuilds a SQLite table it alters without indexes it does not know, so every migrate
puts it back (apps.py).
"""

from __future__ import annotations

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper

PARAGRAPH_PLACE = "paragraph_place"


def statistics_refresh() -> None:
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def sqlite_indexes_create(database: BaseDatabaseWrapper) -> None:
    if database.vendor == "sqlite":
        with database.cursor() as cursor:
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {PARAGRAPH_PLACE} "
                "ON documents_paragraph (id, text_id, position)"
            )


def sqlite_indexes_drop(database: BaseDatabaseWrapper) -> None:
    if database.vendor == "sqlite":
        with database.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {PARAGRAPH_PLACE}")
