"""The index follows every write of a paragraph: import, revision, withdrawal, a backup's
restore, and a table Django rebuilt under it."""

import pytest
from django.db import connection

from undrafts.documents.backups import database_backup, database_restore
from undrafts.documents.models import Paragraph
from undrafts.documents.services import paragraph_revise
from undrafts.search.index import FTS_TABLE, index_create
from undrafts.search.selectors import phrase_search


def symbols(phrase):
    return [hit["symbol"] for hit in phrase_search(phrase, near_matches=False).hits]


def index_is_sound():
    if connection.vendor != "sqlite":
        return True  # PostgreSQL computes the vector from the row itself
    with connection.cursor() as cursor:
        check = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"  # noqa: S608
        cursor.execute(check)
    return True


@pytest.mark.django_db(transaction=True)
def test_a_restored_backup_is_searchable_as_it_was(seeds, amina, tmp_path):
    paragraph = Paragraph.objects.get(text__document__symbol="A/RES/75/240", label="PP10")
    backup = database_backup(tmp_path / "backup.json.gz")
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content="Words written after the backup about lunar mining.",
        author=amina,
        base_version=paragraph.text.version,
    )
    assert symbols("lunar mining") == ["A/RES/75/240"]

    database_restore(backup)
    assert symbols("lunar mining") == []
    assert "A/RES/75/240" in symbols("community of shared future for humankind")
    assert index_is_sound()


@pytest.mark.django_db
def test_an_index_whose_triggers_were_lost_is_mended_and_refilled(seeds):
    if connection.vendor != "sqlite":
        pytest.skip("only SQLite keeps the index with triggers")
    with connection.cursor() as cursor:
        # What Django's SQLite schema editor does when it alters the paragraphs' table.
        cursor.execute(f"DROP TRIGGER {FTS_TABLE}_after_update")
    Paragraph.objects.filter(label="PP10").update(content="Rewritten while unwatched.")
    index_create(connection)
    assert symbols("rewritten while unwatched")
    assert symbols("community of shared future for humankind") == []
    assert index_is_sound()


@pytest.mark.django_db
def test_a_withdrawn_document_leaves_the_results_and_comes_back(seeds):
    document = seeds["A/RES/75/240"]
    document.withdrawn = True
    document.save()
    assert "A/RES/75/240" not in symbols("community of shared future")
    document.withdrawn = False
    document.save()
    assert "A/RES/75/240" in symbols("community of shared future")
