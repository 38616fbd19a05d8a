"""One limit for a paragraph's length and one for a document's paragraphs, everywhere.

A paragraph that imports can always be edited; a document too big for the limits is
refused at the admin's preview, the command line and the service alike, with the limit
named, and nothing is written.
"""

import re
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from undrafts.documents.exceptions import ImportRefused
from undrafts.documents.models import Document
from undrafts.documents.services import document_import, paragraph_revise

from .conftest import IMPORT_URL, counts, preview
from .test_admin_edit import edit_page, save

HEADER = "General Assembly\n\nDistr.: Limited\n\nThe General Assembly,\n\n"


def resolution(paragraphs: int, *, words_in_op1: int = 8) -> str:
    first = " ".join(["considers"] * words_in_op1)
    body = [f"1. Decides {first};"] + [
        f"{n}. Requests item {n} of the programme be reported on;" for n in range(2, paragraphs + 1)
    ]
    return HEADER + "\n\n".join(body) + "\n"


def op1_of_length(length: int) -> str:
    """A resolution whose OP1 is exactly `length` characters long."""
    words = (length - len("Decides ;")) // len("considers ") + 2
    text = resolution(3, words_in_op1=words)
    start = text.index("1. ") + 3
    end = text.index("\n", start)
    op1 = text[start:end]
    cut = op1[: length - 1].rstrip() + ";"
    cut = cut + "s" * (length - len(cut))  # pad the last word to the exact length
    return text[:start] + cut + text[end:]


def test_the_limits_sit_well_above_real_resolutions():
    # The oceans resolution has about 350 paragraphs; real paragraphs a few thousand characters.
    assert settings.MAX_DOCUMENT_PARAGRAPHS >= 10 * 350
    assert settings.MAX_PARAGRAPH_CHARS >= 4 * 4_500


def test_a_document_of_the_maximum_size_imports(seeds):
    document = document_import(
        raw=resolution(settings.MAX_DOCUMENT_PARAGRAPHS), symbol="A/C.1/75/L.90"
    ).document
    assert document.main_text.paragraphs.count() == settings.MAX_DOCUMENT_PARAGRAPHS


def test_one_paragraph_more_is_refused_naming_the_limit_and_writes_nothing(seeds):
    before = counts()
    with pytest.raises(
        ImportRefused, match=r"holds 5,001 paragraphs; a document is limited to 5,000"
    ):
        document_import(
            raw=resolution(settings.MAX_DOCUMENT_PARAGRAPHS + 1), symbol="A/C.1/75/L.90"
        )
    assert counts() == before


def test_a_paragraph_over_the_limit_is_refused_naming_the_paragraph(seeds):
    limit = settings.MAX_PARAGRAPH_CHARS
    before = counts()
    with pytest.raises(ImportRefused) as refused:
        document_import(raw=op1_of_length(limit + 1), symbol="A/C.1/75/L.90")
    assert f"Paragraph OP1 is {limit + 1:,} characters long" in str(refused.value)
    assert f"limited to {limit:,}" in str(refused.value)
    assert counts() == before


def test_the_command_line_gives_the_same_message(seeds, tmp_path):
    source = tmp_path / "long.txt"
    source.write_text(op1_of_length(settings.MAX_PARAGRAPH_CHARS + 1), encoding="utf-8")
    with pytest.raises(CommandError, match="a paragraph is limited to 20,000"):
        call_command("import_document", str(source), "--symbol", "A/C.1/75/L.90", stdout=StringIO())
    assert not Document.objects.filter(symbol="A/C.1/75/L.90").exists()


def test_the_admin_preview_refuses_it_before_anything_is_confirmed(amina_client):
    before = counts()
    shown = preview(
        amina_client, symbol="A/C.1/75/L.90", text=op1_of_length(settings.MAX_PARAGRAPH_CHARS + 1)
    )
    assert shown.status_code == 200
    assert shown.request["PATH_INFO"] == IMPORT_URL.split("?")[0]
    assert "Paragraph OP1 is 20,001 characters long" in shown.content.decode()
    assert "Preview: nothing is saved yet" not in shown.content.decode()
    assert counts() == before


def test_a_paragraph_of_the_maximum_length_imports_and_can_still_be_edited(amina_client, amina):
    limit = settings.MAX_PARAGRAPH_CHARS
    document = document_import(raw=op1_of_length(limit), symbol="A/C.1/75/L.90").document
    paragraph = document.main_text.paragraphs.get(label="OP1")
    assert len(paragraph.content) == limit

    page = edit_page(amina_client, paragraph)
    textarea = re.search(r"<textarea[^>]*>", page.content.decode()).group(0)
    assert "maxlength" not in textarea, "a browser would cut a long paste silently"
    reworded = "Resolves" + paragraph.content[len("Decides") :]
    reworded = reworded[:limit]
    assert save(amina_client, paragraph, page, reworded).status_code == 302
    paragraph.refresh_from_db()
    assert paragraph.content == reworded


def test_an_edit_past_the_limit_is_refused_and_the_old_wording_kept(amina_client):
    document = document_import(raw=resolution(3), symbol="A/C.1/75/L.90").document
    paragraph = document.main_text.paragraphs.get(label="OP2")
    before = paragraph.content
    page = edit_page(amina_client, paragraph)
    response = save(amina_client, paragraph, page, "word " * 5_000)
    assert response.status_code == 200
    assert "The wording is 24,999 characters long; a paragraph is limited to 20,000." in (
        response.content.decode()
    )
    paragraph.refresh_from_db()
    assert paragraph.content == before


def test_the_edit_service_holds_the_same_limit(seeds, amina):
    document = document_import(raw=resolution(3), symbol="A/C.1/75/L.90").document
    paragraph = document.main_text.paragraphs.get(label="OP2")
    with pytest.raises(ImportRefused, match="a paragraph is limited to 20,000"):
        paragraph_revise(
            paragraph_id=paragraph.pk,
            content="x" * 20_001,
            author=amina,
            base_version=document.main_text.version,
        )
