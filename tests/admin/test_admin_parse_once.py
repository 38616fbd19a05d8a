"""Confirming a preview stores the text as the preview read it, without reading it again."""

from undrafts.documents.models import Document
from undrafts.documents.services import imports

from .conftest import REV1, REV2, confirm, preview, rev2_text


def test_confirming_a_preview_parses_the_text_once(amina_client, monkeypatch):
    shown = preview(amina_client, symbol=REV2, text=rev2_text(), follows=REV1)
    calls = []
    real = imports.parse_document

    def counting(raw):
        calls.append(len(raw))
        return real(raw)

    monkeypatch.setattr(imports, "parse_document", counting)
    saved = confirm(amina_client, shown)

    assert saved.status_code == 302
    assert len(calls) == 1, "the form's parse is the one stored"
    document = Document.objects.get(symbol=REV2)
    assert document.follows.symbol == REV1
    text = document.texts.get()
    assert (
        text.paragraphs.count() == Document.objects.get(symbol=REV1).texts.get().paragraphs.count()
    )
    assert all(p.revisions.count() == 1 for p in text.paragraphs.all())
    nested = text.paragraphs.exclude(parent=None)
    assert all(p.parent.text_id == text.pk for p in nested)
