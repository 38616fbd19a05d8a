"""Bidi controls reorder what a reader sees: neither an import nor an edit keeps them."""

import pytest

from undrafts.documents.services import document_import, paragraph_revise
from undrafts.parsing import drop_invisible

pytestmark = pytest.mark.django_db

CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

DRAFT = """General Assembly
Distr.: Limited
A/C.1/75/L.98

The General Assembly,

Recalling its resolution 74/28 of 12 December 2019,

1. Decides to \u202ereject\u202c the proposal of the \u2067working group\u2069;

2. Requests the Secretary-General to report on its \u202aimplementation\u202c;
"""


def test_the_one_function_drops_every_bidi_control_and_keeps_the_words():
    assert drop_invisible(f"to{CONTROLS} reject") == "to reject"


def test_an_imported_draft_keeps_its_words_but_no_bidi_control(seeds):
    document = document_import(raw=DRAFT).document
    contents = list(document.main_text.paragraphs.values_list("content", flat=True))
    assert "Decides to reject the proposal of the working group;" in contents
    assert not any(c in text for text in contents for c in CONTROLS)
    assert not any(c in document.raw_text for c in CONTROLS)


def test_the_public_page_and_text_export_show_none(client, seeds):
    document_import(raw=DRAFT)
    for address in ("/documents/A/C.1/75/L.98/", "/exports/documents/A/C.1/75/L.98/text.txt"):
        body = client.get(address).content.decode()
        assert "reject" in body
        assert not any(c in body for c in CONTROLS), address


def test_an_edit_drops_them_as_the_import_does(seeds, amina):
    document = document_import(raw=DRAFT).document
    paragraph = document.main_text.paragraphs.get(label="OP2")
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content="Requests the \u2066Secretary-General\u2069 to report \u202eon it\u202c;",
        author=amina,
        base_version=document.main_text.version,
    )
    paragraph.refresh_from_db()
    assert paragraph.content == "Requests the Secretary-General to report on it;"


def test_a_title_typed_at_import_is_cleaned_too(seeds):
    document = document_import(
        raw=DRAFT, metadata={"title": "Oceans \u202eand\u202c seas"}
    ).document
    assert document.title == "Oceans and seas"
