"""The archive's version token: every write to a document replaces it, however made, so a
stored page is never served for an archive that has changed since."""

# ruff: noqa: S608 (the SQL names the archive's own tables)
import pytest
from django.db import connection

from undrafts.documents.apps import _database_ensure
from undrafts.documents.archive_version import DOCUMENTS, TABLE, version_read
from undrafts.documents.browse import archive_stamp
from undrafts.documents.models import Document
from undrafts.documents.planner import PARAGRAPH_PLACE


def _moves(write) -> bool:
    before = archive_stamp()
    write()
    return archive_stamp() != before


def test_an_added_changed_linked_or_removed_document_moves_the_stamp(db):
    document = Document.objects.create(symbol="A/C.2/80/L.90", title="A new draft")
    resolution = Document.objects.create(symbol="A/RES/80/990", title="A new draft")

    assert _moves(lambda: Document.objects.create(symbol="A/C.2/80/L.91", title="Another"))
    assert _moves(lambda: Document.objects.filter(pk=document.pk).update(title="Renamed"))
    assert _moves(lambda: Document.objects.filter(pk=resolution.pk).update(follows=document))
    assert _moves(lambda: Document.objects.bulk_create([Document(symbol="A/C.2/80/L.92")]))
    assert _moves(lambda: Document.objects.filter(symbol="A/C.2/80/L.92").delete())
    assert _moves(lambda: resolution.delete())


def test_a_write_in_hand_written_sql_moves_it_too(db):
    document = Document.objects.create(symbol="A/C.2/80/L.93", title="A draft")

    def raw_update():
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {DOCUMENTS} SET title = %s WHERE id = %s", ["New", document.pk])

    assert _moves(raw_update)


def test_reading_the_stamp_costs_one_query_whatever_the_archive_holds(
    db, django_assert_num_queries
):
    Document.objects.bulk_create(Document(symbol=f"A/C.3/80/L.{n}") for n in range(200, 400))
    with django_assert_num_queries(1) as queries:
        archive_stamp()
    assert "COUNT" not in queries.captured_queries[0]["sql"].upper()


def test_without_its_row_the_stamp_falls_back_to_counting(db):
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {TABLE}")
    assert version_read(connection) is None
    before = archive_stamp()
    Document.objects.create(symbol="A/C.4/80/L.20", title="Counted")
    assert archive_stamp() != before


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite drops triggers with a table")
def test_triggers_a_rebuilt_table_lost_are_put_back_after_migrate(db):
    with connection.cursor() as cursor:
        for event in ("insert", "update", "delete"):
            cursor.execute(f"DROP TRIGGER {TABLE}_after_{event}")
    before = archive_stamp()
    Document.objects.create(symbol="A/C.5/80/L.20", title="Written while no trigger was there")
    assert archive_stamp() == before  # the write went unseen

    _database_ensure(sender=None, using="default")

    assert archive_stamp() != before  # a new token covers it
    assert _moves(lambda: Document.objects.create(symbol="A/C.5/80/L.21", title="Seen"))


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite drops indexes with a table")
def test_the_paragraph_place_index_a_rebuilt_table_lost_is_put_back_after_migrate(db):
    def indexes() -> set[str]:
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
            return {name for (name,) in cursor.fetchall()}

    assert PARAGRAPH_PLACE in indexes()
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX {PARAGRAPH_PLACE}")

    _database_ensure(sender=None, using="default")

    assert PARAGRAPH_PLACE in indexes()
