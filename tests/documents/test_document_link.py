"""Linking a document into its lineage: what it revises, and no loops."""

import pytest

from undrafts.documents.exceptions import ImportRefused
from undrafts.documents.models import Document, Lineage
from undrafts.documents.services import document_add, document_link


def test_a_new_revision_is_added_and_linked_in_one_step(seeds, amina):
    rev1 = seeds["A/C.1/73/L.27/Rev.1"]
    lineage = Lineage.objects.get(slug="developments-in-ict")
    raw = (rev1.raw_text or "").replace("could be served", "could best be served")

    result = document_add(
        raw=raw, symbol="A/C.1/73/L.27/Rev.2", lineage=lineage, follows=rev1, author=amina
    )

    document = Document.objects.get(symbol="A/C.1/73/L.27/Rev.2")
    assert result.created
    assert (document.lineage, document.follows) == (lineage, rev1)


def test_a_document_cannot_follow_its_own_descendant(seeds):
    older = seeds["A/C.1/73/L.27/Rev.1"]
    newer = seeds["A/RES/75/240"]  # follows L.8/Rev.1, which follows L.27/Rev.1

    with pytest.raises(ImportRefused, match="already descends from it"):
        document_link(document=older, lineage=older.lineage, follows=newer)

    older.refresh_from_db()
    assert older.follows is None


def test_a_failed_link_leaves_no_half_added_document(seeds):
    rev1 = seeds["A/C.1/73/L.27/Rev.1"]
    before = Document.objects.count()

    with pytest.raises(ImportRefused):
        # A document that already exists cannot be added again, linked or not.
        document_add(raw=rev1.raw_text, symbol=rev1.symbol, follows=seeds["A/RES/75/240"])

    assert Document.objects.count() == before
