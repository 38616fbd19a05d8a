"""A document's extracted text lives in a row of its own: set and read as before, saved
with the document or not at all, and never read by a list of documents."""

import pytest
from django.db import IntegrityError, connection
from django.test.utils import CaptureQueriesContext

from undrafts.documents.models import Document, Extraction

pytestmark = pytest.mark.django_db

TEXT = "United Nations A/C.2/80/L.70\n\nDraft resolution\n\n1. Decides to remain seized." * 50


def test_the_text_is_set_and_read_on_the_document_and_stored_apart():
    document = Document.objects.create(symbol="A/C.2/80/L.70", raw_text=TEXT)

    assert Extraction.objects.get(document=document).raw_text == TEXT
    assert Document.objects.get(pk=document.pk).raw_text == TEXT
    document.raw_text = TEXT + " Revised."
    document.save()
    assert Document.objects.get(pk=document.pk).raw_text == TEXT + " Revised."
    assert Extraction.objects.filter(document=document).count() == 1  # updated, not added


def test_a_document_without_a_text_reads_as_empty():
    document = Document.objects.create(symbol="A/C.2/80/L.71")
    assert Document.objects.get(pk=document.pk).raw_text == ""
    assert not Extraction.objects.filter(document=document).exists()


def test_the_document_and_its_text_are_saved_together_or_not_at_all():
    Document.objects.create(symbol="A/C.2/80/L.72", raw_text=TEXT)
    clash = Document(symbol="A/C.2/80/L.72", raw_text="Another text entirely.")
    with pytest.raises(IntegrityError):
        clash.save()
    assert Document.objects.filter(symbol="A/C.2/80/L.72").count() == 1
    assert not Extraction.objects.filter(raw_text="Another text entirely.").exists()


def test_listing_documents_never_reads_their_texts():
    Document.objects.create(symbol="A/C.2/80/L.73", raw_text=TEXT)
    with CaptureQueriesContext(connection) as queries:
        list(Document.objects.all())
    assert not [q for q in queries.captured_queries if "raw_text" in q["sql"]]
