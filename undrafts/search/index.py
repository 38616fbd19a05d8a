"""The full-text index of paragraphs' current wording, on each database.

SQLite: an FTS5 table over `documents_paragraph.content` (external content: the words
are indexed, not copied), kept in step by triggers, so every write (import, revision,
delete, a restore's flush and loaddata, a bulk insert) updates it in the same
transaction. PostgreSQL: a generated tsvector column with a GIN index, and a trigram
index for near matches; the database computes both from the row, nothing to keep.

Withdrawn documents stay indexed; searches leave them out by joining the document.
"""

# ruff: noqa: S608 (the SQL here is built from this module's constant names only)
from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper

FTS_TABLE = "search_paragraph"
PARAGRAPHS = "documents_paragraph"
# Letters, digits, private-use and combining marks make words (as terms.is_word_char);
# Latin accents are folded away, so "resume" finds "résumé".
TOKENIZE = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"

_TRIGGERS = {
    f"{FTS_TABLE}_after_insert": f"""
        CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_after_insert AFTER INSERT ON {PARAGRAPHS}
        BEGIN
            INSERT INTO {FTS_TABLE}(rowid, content) VALUES (new.id, new.content);
        END""",
    f"{FTS_TABLE}_after_delete": f"""
        CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_after_delete AFTER DELETE ON {PARAGRAPHS}
        BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, content)
                VALUES ('delete', old.id, old.content);
        END""",
    f"{FTS_TABLE}_after_update": f"""
        CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_after_update AFTER UPDATE ON {PARAGRAPHS}
        BEGIN
            INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, content)
                VALUES ('delete', old.id, old.content);
            INSERT INTO {FTS_TABLE}(rowid, content) VALUES (new.id, new.content);
        END""",
}

# Separators PostgreSQL's parser would keep inside one token ("open-ended" is a token
# before "open" and "ended", "1.13" a number, "A/RES/75" a path): made spaces, so both
# databases cut a paragraph into the same words.
PG_SEPARATORS = "-‐‑‒–—―−./:@_+&~=\\|"
_PG_TRANSLATE = "translate(content, '{}', '{}')".format(
    PG_SEPARATORS.replace("'", "''"), " " * len(PG_SEPARATORS)
)
PG_VECTOR = "search_vector"
PG_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"ALTER TABLE {PARAGRAPHS} ADD COLUMN IF NOT EXISTS {PG_VECTOR} tsvector "
    f"GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {_PG_TRANSLATE})) STORED",
    f"CREATE INDEX IF NOT EXISTS search_paragraph_vector ON {PARAGRAPHS} USING gin ({PG_VECTOR})",
    f"CREATE INDEX IF NOT EXISTS search_paragraph_trigram ON {PARAGRAPHS} "
    "USING gin (content gin_trgm_ops)",
]
PG_DROP = [
    "DROP INDEX IF EXISTS search_paragraph_trigram",
    "DROP INDEX IF EXISTS search_paragraph_vector",
    f"ALTER TABLE {PARAGRAPHS} DROP COLUMN IF EXISTS {PG_VECTOR}",
]


def index_create(connection: BaseDatabaseWrapper) -> None:
    """Create the index where it is missing, and fill it if it was (idempotent)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for statement in PG_CREATE:
                cursor.execute(statement)
            return
        if connection.vendor != "sqlite":
            return
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            f"content, content='{PARAGRAPHS}', content_rowid='id', tokenize=\"{TOKENIZE}\")"
        )
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
            [PARAGRAPHS],
        )
        present = {name for (name,) in cursor.fetchall()}
        missing = set(_TRIGGERS) - present
        for name in missing:
            cursor.execute(_TRIGGERS[name])
        if missing:
            # Writes made while a trigger was missing (a table Django rebuilt) are lost to
            # the index: build it again from the paragraphs.
            index_rebuild(connection)


def index_rebuild(connection: BaseDatabaseWrapper) -> None:
    """Index every paragraph's current wording afresh (SQLite; PostgreSQL needs nothing)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")


def index_drop(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for statement in PG_DROP:
                cursor.execute(statement)
        elif connection.vendor == "sqlite":
            for name in _TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
