"""Amina enters a new revision of a draft: paste or upload, preview, confirm, compare."""

from pathlib import Path

from undrafts.documents.addresses.sides import side_resolve
from undrafts.documents.comparisons import comparison_get
from undrafts.documents.models import Document, Lineage

from .conftest import (
    IMPORT_URL,
    REV1,
    REV2,
    admin_url,
    confirm,
    counts,
    preview,
    rev1_text,
    rev2_text,
    upload,
)

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "files"


def test_the_add_button_leads_to_the_import_page(amina_client):
    response = amina_client.get(admin_url("documents_document_add"))

    assert response.status_code == 302
    assert response["Location"] == IMPORT_URL
    page = amina_client.get(IMPORT_URL)
    assert page.status_code == 200
    assert b"Or paste the text" in page.content
    assert b'enctype="multipart/form-data"' in page.content


def test_amina_pastes_a_revision_previews_it_and_saves_it(amina_client, amina):
    lineage = Lineage.objects.get(slug="developments-in-ict")
    before = counts()

    shown = preview(
        amina_client, symbol=REV2, text=rev2_text(), follows=REV1, lineage=lineage.pk,
        date="2018-11-02",
    )  # fmt: skip

    assert shown.status_code == 200
    assert counts() == before, "a preview saves nothing"
    page = shown.content.decode()
    assert "Preview: nothing is saved yet" in page
    preview_data = shown.context["preview"]
    text = preview_data["texts"][0]
    rev1 = Document.objects.get(symbol=REV1).main_text
    assert len(text["paragraphs"]) == rev1.paragraphs.count()
    assert text["operative"] == rev1.paragraphs.filter(kind="operative", parent=None).count()
    comparison = preview_data["comparison"]
    assert [row["op"] for row in comparison["changes"]] == ["changed"]
    assert ["insert", "best "] in comparison["changes"][0]["words"]
    assert "1 changed" in page
    assert "¹ A/65/201, A/68/98 and A/70/174." in page, "footnotes show under their paragraph"
    assert "31: Algeria; Angola;" in page, "sponsors found in the text"

    saved = confirm(amina_client, shown)

    document = Document.objects.get(symbol=REV2)
    assert saved.status_code == 302
    assert saved["Location"] == admin_url("documents_document_change", document.pk)
    assert document.follows.symbol == REV1
    assert document.lineage == lineage
    assert str(document.date) == "2018-11-02"
    assert document.source == Document.Source.PASTE
    assert document.main_text.paragraphs.count() == rev1.paragraphs.count()
    assert {r.author for p in document.main_text.paragraphs.all() for r in p.revisions.all()} == {
        amina
    }

    after = amina_client.get(saved["Location"])
    message = after.content.decode()
    assert f"Saved {REV2} with" in message
    assert f'href="/documents/{REV2}/"' in message
    assert f'href="/compare/{REV1}...{REV2}/"' in message


def test_the_comparison_with_the_previous_revision_shows_exactly_the_change(amina_client):
    shown = preview(amina_client, symbol=REV2, text=rev2_text(), follows=REV1)
    confirm(amina_client, shown)

    result = comparison_get(side_resolve(REV1), side_resolve(REV2))

    changed = [row for row in result["rows"] if row["op"] != "unchanged"]
    assert len(changed) == 1
    assert changed[0]["op"] == "changed"
    inserted = [text for op, text in changed[0]["words"] if op == "insert"]
    assert inserted == ["best "]
    assert not [text for op, text in changed[0]["words"] if op == "delete"]
    assert result["summary"]["unchanged"] == len(result["rows"]) - 1


def _rev1_paragraph_count() -> int:
    return Document.objects.get(symbol=REV1).main_text.paragraphs.count()


def test_a_word_file_of_a_seed_draft_imports_with_every_paragraph(amina_client):
    docx = (FILES / "A-C.1-73-L.27-Rev.1.docx").read_bytes()

    shown = amina_client.post(
        IMPORT_URL,
        {"_preview": "1", "symbol": REV2, "follows": REV1, "file": upload("L27R2.docx", docx)},
    )

    assert shown.status_code == 200, shown.context["form"].errors
    form = shown.context["form"]
    assert "*Welcomes* the following set" in form["text"].value()
    assert form["source_name"].value() == "L27R2.docx"
    assert len(shown.context["preview"]["texts"][0]["paragraphs"]) == _rev1_paragraph_count()

    saved = confirm(amina_client, shown)

    assert saved.status_code == 302
    document = Document.objects.get(symbol=REV2)
    assert document.source == Document.Source.FILE
    assert document.source_name == "L27R2.docx"
    assert document.main_text.paragraphs.count() == _rev1_paragraph_count()
    result = comparison_get(side_resolve(REV1), side_resolve(REV2))
    changes = [row for row in result["rows"] if row["op"] != "unchanged"]
    assert changes == [], "the Word copy reads as the same text"


def test_a_pdf_of_a_seed_draft_imports_with_every_paragraph(amina_client):
    pdf = (FILES / "A-C.1-73-L.27-Rev.1.pdf").read_bytes()

    shown = amina_client.post(
        IMPORT_URL,
        {"_preview": "1", "symbol": REV2, "follows": REV1, "file": upload("L27R2.pdf", pdf)},
    )

    assert shown.status_code == 200, shown.context["form"].errors
    assert len(shown.context["preview"]["texts"][0]["paragraphs"]) == _rev1_paragraph_count()
    confirm(amina_client, shown)
    document = Document.objects.get(symbol=REV2)
    assert document.main_text.paragraphs.count() == _rev1_paragraph_count()
    result = comparison_get(side_resolve(REV1), side_resolve(REV2))
    assert result["summary"].get("changed", 0) == 0


def test_text_changed_after_the_preview_is_previewed_again_not_saved(amina_client):
    shown = preview(amina_client, symbol=REV2, text=rev1_text(), follows=REV1)
    before = counts()

    again = confirm(amina_client, shown, text=rev2_text())

    assert again.status_code == 200
    assert counts() == before
    assert "changed after the preview" in again.content.decode()
    assert again.context["preview"]["comparison"]["changes"], "the new preview shows the change"
    confirm(amina_client, again)
    assert Document.objects.filter(symbol=REV2).exists()


def test_sponsors_given_one_per_line_replace_those_in_the_text(amina_client):
    shown = preview(
        amina_client, symbol=REV2, text=rev2_text(), sponsors="Russian Federation\n\nChina\nChina"
    )
    assert shown.context["preview"]["sponsors"] == ["Russian Federation", "China"]

    confirm(amina_client, shown)

    document = Document.objects.get(symbol=REV2)
    assert list(document.sponsors.values_list("name", flat=True)) == ["Russian Federation", "China"]


def test_the_preview_warns_when_the_text_names_another_symbol(amina_client):
    text = "A/C.1/73/L.27/Rev.1\n\n" + rev2_text()

    shown = preview(amina_client, symbol=REV2, text=text)

    assert shown.status_code == 200
    warnings = shown.context["preview"]["warnings"]
    assert any("names A/C.1/73/L.27/Rev.1" in w and REV2 in w for w in warnings)


def test_crlf_line_ends_from_a_browser_do_not_void_the_preview(amina_client):
    shown = preview(amina_client, symbol=REV2, text=rev2_text())
    posted = shown.context["form"]["text"].value().replace("\n", "\r\n")

    saved = confirm(amina_client, shown, text=posted)

    assert saved.status_code == 302
    assert Document.objects.filter(symbol=REV2).exists()


def test_the_preview_shows_the_parsers_warnings(amina_client):
    jumped = rev2_text().replace("\n3. *Considers*", "\n4. *Considers*")
    jumped += "\n\nSome stray line that belongs nowhere at all\n"

    shown = preview(amina_client, symbol=REV2, text=jumped)

    page = shown.content.decode()
    assert "numbering jumps from 2 to 4" in page
    assert "could not be placed: Some stray line" in page
    assert "warnings to check" in page


def test_a_revision_joins_the_lineage_of_the_text_it_follows(amina_client):
    shown = preview(amina_client, symbol=REV2, text=rev2_text(), follows=REV1)
    lineage = Document.objects.get(symbol=REV1).lineage
    assert shown.context["preview"]["lineage"] == lineage

    confirm(amina_client, shown)

    assert Document.objects.get(symbol=REV2).lineage.slug == "developments-in-ict"


def test_a_documents_page_offers_to_add_its_next_version(amina_client):
    rev1 = Document.objects.get(symbol=REV1)

    page = amina_client.get(admin_url("documents_document_change", rev1.pk))
    link = f"{IMPORT_URL}?follows={REV1}"

    assert link.encode() in page.content
    form = amina_client.get(link).context["form"]
    assert form["follows"].value() == REV1
