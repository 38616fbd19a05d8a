"""One query that says whether a stored document page is still what the page would show.

Hand-written SQL: it runs on every document page request, cache hits included, and the
ORM's query building cost more than serving the stored page.
"""

from __future__ import annotations

import hashlib

from django.db import connection

from .models import Document, DocumentLink, Text


def document_page_stamp(symbol: str) -> str | None:
    """A digest of the document with exactly this symbol, its texts' versions, its
    lineage's members, the links into and out of it and the texts that follow it; None
    when no document has exactly this symbol (the caller then looks it up the slow way)."""
    if "\x00" in symbol:
        return None  # no stored symbol holds a NUL, and PostgreSQL refuses one as a parameter
    document = Document._meta.db_table
    text = Text._meta.db_table
    link = DocumentLink._meta.db_table
    sql = f"""
        SELECT d.id, d.updated_at,
          (SELECT COUNT(*) FROM "{text}" t WHERE t.document_id = d.id),
          (SELECT SUM(t.version) FROM "{text}" t WHERE t.document_id = d.id),
          (SELECT COUNT(*) FROM "{document}" f WHERE f.lineage_id = d.lineage_id),
          (SELECT MAX(f.updated_at) FROM "{document}" f WHERE f.lineage_id = d.lineage_id),
          (SELECT COUNT(*) FROM "{link}" k WHERE k.later_id = d.id OR k.earlier_id = d.id),
          (SELECT MAX(k.updated_at) FROM "{link}" k WHERE k.later_id = d.id OR k.earlier_id = d.id),
          (SELECT COUNT(*) FROM "{document}" f WHERE f.follows_id = d.id),
          (SELECT MAX(f.updated_at) FROM "{document}" f WHERE f.follows_id = d.id)
        FROM "{document}" d WHERE d.symbol = %s
    """  # noqa: S608 - table names from the models, the symbol a parameter
    with connection.cursor() as cursor:
        cursor.execute(sql, [symbol])
        row = cursor.fetchone()
    if row is None:
        return None
    return hashlib.sha256(repr(tuple(str(v) for v in row)).encode()).hexdigest()[:32]
