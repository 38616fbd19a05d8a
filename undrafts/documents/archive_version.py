"""The archive's version: one token that every write to a document replaces.

Cached pages and counts are keyed by it, so they know at once whether they still hold,
at the price of one primary-key read, however large the archive (counting the documents
and reading their latest change grew with every one of them).

The database keeps it: triggers on the documents table replace the token in the same
transaction as the write, so every write counts (the ORM's saves, bulk inserts and
updates, deletes, a restore's flush and load, hand-written SQL). A random token, not a
counter, so an archive emptied and filled again never repeats an earlier one. The table
is no model: it stays out of backups and flushes, and holds one row from its migration on.

On PostgreSQL a statement-level trigger updates the row: two transactions writing
documents at once wait for each other at that row (imports write from one process).
"""

# ruff: noqa: S608 (the SQL here is built from this module's constant names only)
from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper

TABLE = "documents_archiveversion"
DOCUMENTS = "documents_document"
_SQLITE_NEW = "lower(hex(randomblob(12)))"
_PG_NEW = "md5(random()::text || clock_timestamp()::text)"
_COLUMNS = "(id integer PRIMARY KEY CHECK (id = 1), token text NOT NULL)"

_SQLITE_TRIGGERS = {
    f"{TABLE}_after_{event.lower()}": f"""
        CREATE TRIGGER IF NOT EXISTS {TABLE}_after_{event.lower()} AFTER {event} ON {DOCUMENTS}
        BEGIN
            UPDATE {TABLE} SET token = {_SQLITE_NEW} WHERE id = 1;
        END"""
    for event in ("INSERT", "UPDATE", "DELETE")
}

_PG_CREATE = [
    f"CREATE TABLE IF NOT EXISTS {TABLE} {_COLUMNS}",
    f"INSERT INTO {TABLE} (id, token) VALUES (1, {_PG_NEW}) ON CONFLICT (id) DO NOTHING",
    f"""CREATE OR REPLACE FUNCTION {TABLE}_touch() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE {TABLE} SET token = {_PG_NEW} WHERE id = 1;
            RETURN NULL;
        END $$""",
    f"DROP TRIGGER IF EXISTS {TABLE}_touch ON {DOCUMENTS}",
    f"CREATE TRIGGER {TABLE}_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {DOCUMENTS} "
    f"FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_touch()",
]


def version_create(connection: BaseDatabaseWrapper) -> None:
    """The table, its row and the triggers, wherever one is missing (idempotent)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for statement in _PG_CREATE:
                cursor.execute(statement)
            return
        cursor.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} {_COLUMNS}")
        cursor.execute(f"INSERT OR IGNORE INTO {TABLE} (id, token) VALUES (1, {_SQLITE_NEW})")
        for statement in _SQLITE_TRIGGERS.values():
            cursor.execute(statement)
        # A trigger that was missing (a table Django rebuilt) let writes by: a new token.
        cursor.execute(f"UPDATE {TABLE} SET token = {_SQLITE_NEW} WHERE id = 1")


def version_drop(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_touch ON {DOCUMENTS}")
            cursor.execute(f"DROP FUNCTION IF EXISTS {TABLE}_touch()")
        else:
            for name in _SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")


def version_read(connection: BaseDatabaseWrapper) -> str | None:
    """The current token; None where the table is missing its row."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {TABLE} WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else None
