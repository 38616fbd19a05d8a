"""An editor uploads Word files as delegations send them: auto-numbered, with tracked changes,
or far too large; each is read as Word shows it or refused with a reason, losing nothing."""

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from tests.admin.conftest import IMPORT_URL, confirm
from tests.extraction.word_files import abstract, level, num, paragraph, run, word_file
from undrafts.documents.models import Document

pytestmark = pytest.mark.django_db

SYMBOL = "A/HRC/52/L.12"
LIST = abstract(1, level(0, "decimal", "%1."), level(1, "lowerLetter", "(%2)")) + num(1, 1)


def tracked(tag: str, n: int, body: str) -> str:
    return f'<w:{tag} w:id="{n}" w:author="Delegation">{body}</w:{tag}>'


def council_draft(*, tracked_changes: bool) -> bytes:
    """A Human Rights Council draft whose operative paragraphs Word numbers itself."""
    change = (
        tracked("del", 1, '<w:r><w:delText xml:space="preserve">urgently </w:delText></w:r>')
        + tracked("ins", 2, run("immediately "))
        if tracked_changes
        else run("immediately ")
    )
    body = [
        paragraph(run(f"United Nations {SYMBOL}")),
        paragraph(run("General Assembly")),
        paragraph(run("Distr.: Limited")),
        paragraph(run("Human Rights Council")),
        paragraph(run("Fifty-second session")),
        paragraph(run("Freedom of opinion and expression")),
        paragraph(run("The Human Rights Council,")),
        paragraph(run("Recalling", italic=True), run(" its earlier resolutions,")),
        paragraph(run("Calls upon", italic=True), run(" all States:"), num=(1, 0)),
        paragraph(run("To release "), change, run("all persons detained;"), num=(1, 1)),
        paragraph(run("To protect journalists;"), num=(1, 1)),
        paragraph(run("Decides", italic=True), run(" to remain seized of the matter."), num=(1, 0)),
    ]
    return word_file("".join(body), numbering=LIST)


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def test_an_auto_numbered_draft_uploads_with_its_paragraphs_numbered(client, amina):
    client.force_login(amina)

    shown = client.post(
        IMPORT_URL,
        {"_preview": "1", "file": upload("draft.docx", council_draft(tracked_changes=False))},
    )

    assert shown.status_code == 200, shown.context["form"].errors
    labels = [p["label"] for p in shown.context["preview"]["texts"][0]["paragraphs"]]
    assert labels == ["PP1", "OP1", "OP1(a)", "OP1(b)", "OP2"]
    assert shown.context["preview"]["warnings"] == []
    assert confirm(client, shown).status_code == 302
    assert Document.objects.get(symbol=SYMBOL).main_text.paragraphs.count() == 5


def test_tracked_changes_are_accepted_and_the_editor_is_told_before_and_after_saving(client, amina):
    client.force_login(amina)

    shown = client.post(
        IMPORT_URL,
        {"_preview": "1", "file": upload("draft.docx", council_draft(tracked_changes=True))},
    )

    assert shown.status_code == 200, shown.context["form"].errors
    warnings = shown.context["preview"]["warnings"]
    assert any("tracked changes (1 insertion, 1 deletion)" in w for w in warnings)
    assert "read as accepted" in shown.text
    paragraphs = shown.context["preview"]["texts"][0]["paragraphs"]
    assert paragraphs[2]["text"] == "To release immediately all persons detained;"

    assert confirm(client, shown).status_code == 302
    document = Document.objects.get(symbol=SYMBOL)
    assert any("tracked changes" in w for w in document.import_warnings)


def test_a_folder_import_keeps_the_tracked_changes_warning_with_the_document(tmp_path):
    (tmp_path / "A_HRC_52_L.12.docx").write_bytes(council_draft(tracked_changes=True))

    call_command("import_documents", str(tmp_path), stdout=StringIO())

    document = Document.objects.get(symbol=SYMBOL)
    assert any("tracked changes" in w for w in document.import_warnings)
    assert document.main_text.paragraphs.get(label="OP1(a)").content.startswith(
        "To release immediately"
    )


def test_a_word_file_longer_than_a_document_may_be_is_refused_and_nothing_is_saved(
    client, amina, settings
):
    # Four paragraphs of 50 characters: a document of this site holds 200 at most.
    settings.MAX_PARAGRAPH_CHARS = 50
    settings.MAX_DOCUMENT_PARAGRAPHS = 4
    client.force_login(amina)
    before = Document.objects.count()

    shown = client.post(
        IMPORT_URL,
        {"_preview": "1", "file": upload("draft.docx", council_draft(tracked_changes=False))},
    )

    assert "more than 200 characters of text" in str(shown.context["form"].errors)
    assert Document.objects.count() == before


def test_the_command_line_import_says_what_was_accepted(tmp_path):
    path = tmp_path / "draft.docx"
    path.write_bytes(council_draft(tracked_changes=True))
    out = StringIO()

    call_command("import_document", str(path), stdout=out)

    assert "warning: The Word file holds tracked changes" in out.getvalue()
