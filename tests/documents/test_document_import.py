"""Importing a text: it either becomes a document whole, or nothing is written."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from undrafts.documents.exceptions import ImportRefused
from undrafts.documents.models import Document, Paragraph, ParagraphRevision
from undrafts.documents.services import document_import

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def counts() -> tuple[int, int, int]:
    return Document.objects.count(), Paragraph.objects.count(), ParagraphRevision.objects.count()


def test_importing_a_new_draft_under_a_given_symbol(seeds, amina):
    result = document_import(
        raw=seed_text("A-C.1-73-L.27-Rev.1.txt"), symbol="A/C.1/73/L.27/Rev.2", author=amina
    )
    assert result.created
    document = result.document
    assert document.symbol == "A/C.1/73/L.27/Rev.2"
    assert document.kind == Document.Kind.REVISED_DRAFT_RESOLUTION
    assert document.main_text.paragraphs.filter(label="OP1.13").exists()
    assert ParagraphRevision.objects.filter(
        paragraph__text__document=document, author=amina
    ).exists()


def test_the_symbol_given_wins_over_the_one_printed(seeds):
    result = document_import(raw=seed_text("A-RES-75-240.txt"), symbol="A/RES/75/999")
    assert result.document.symbol == "A/RES/75/999"


def test_a_taken_symbol_is_refused_and_nothing_is_written(seeds):
    before = counts()
    with pytest.raises(ImportRefused, match="already exists"):
        document_import(raw=seed_text("A-RES-75-240.txt"))
    assert counts() == before


@pytest.mark.parametrize(
    "raw, message",
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        ("\x00\x01\x02\x03 garbage \x00 \ufffd\ufffd", "does not look like text"),
        ("Shopping list: eggs, milk, flour.", "No resolution text was found"),
    ],
)
def test_empty_or_garbled_input_is_refused_with_a_message_and_writes_nothing(seeds, raw, message):
    before = counts()
    with pytest.raises(ImportRefused, match=message):
        document_import(raw=raw, symbol="A/C.1/75/L.99")
    assert counts() == before


def test_a_malformed_symbol_is_refused(seeds):
    with pytest.raises(ImportRefused):
        document_import(raw=seed_text("A-RES-75-240.txt"), symbol="<script>alert(1)</script>")


def test_reimporting_identical_content_makes_no_revision(seeds):
    before = counts()
    result = document_import(raw=seed_text("A-RES-75-240.txt"), symbol="A/RES/75/240", replace=True)
    assert not result.created
    assert (result.revised_paragraphs, result.added_paragraphs) == (0, 0)
    assert counts() == before
    assert result.document.main_text.version == 1


def test_reimporting_a_corrected_text_revises_only_the_changed_paragraph(seeds):
    raw = seed_text("A-RES-75-240.txt").replace(
        "Considering that it is necessary", "Considering that it is indispensable"
    )
    result = document_import(raw=raw, symbol="A/RES/75/240", replace=True)
    assert result.revised_paragraphs == 1
    text = result.document.main_text
    assert text.version == 2
    paragraph = text.paragraphs.get(content__startswith="Considering that it is indispensable")
    history = list(paragraph.revisions.values_list("text_version", "content"))
    assert history[0][0] == 1 and "necessary" in history[0][1]
    assert history[1][0] == 2 and "indispensable" in history[1][1]


def test_import_command_reads_a_file(seeds, tmp_path, capsys):
    path = tmp_path / "draft.txt"
    path.write_text(seed_text("A-RES-74-28.txt"), encoding="utf-8")
    call_command("import_document", str(path), "--symbol", "A/C.1/76/L.13")
    assert Document.objects.get(symbol="A/C.1/76/L.13").main_text.paragraphs.count() > 10
    assert "Imported A/C.1/76/L.13" in capsys.readouterr().out


def test_import_command_refuses_an_empty_file_cleanly(seeds, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(CommandError, match="empty"):
        call_command("import_document", str(path), "--symbol", "A/C.1/76/L.14")
    assert not Document.objects.filter(symbol="A/C.1/76/L.14").exists()


def test_import_command_refuses_an_unsupported_file_type(seeds, tmp_path):
    path = tmp_path / "draft.exe"
    path.write_bytes(b"MZ\x90\x00")
    with pytest.raises(CommandError, match="not supported"):
        call_command("import_document", str(path), "--symbol", "A/C.1/76/L.15")


def test_import_command_links_the_new_draft_into_its_lineage(seeds, tmp_path):
    path = tmp_path / "next.txt"
    path.write_text(seed_text("A-RES-75-240.txt"), encoding="utf-8")
    call_command(
        "import_document",
        str(path),
        "--symbol",
        "A/C.1/76/L.13",
        "--lineage",
        "developments-in-ict",
        "--follows",
        "A/RES/75/240",
    )
    document = Document.objects.get(symbol="A/C.1/76/L.13")
    assert (document.lineage.slug, document.follows.symbol) == (
        "developments-in-ict",
        "A/RES/75/240",
    )


def test_import_command_refuses_a_loop_in_the_lineage(seeds, tmp_path):
    path = tmp_path / "again.txt"
    path.write_text(seed_text("A-RES-75-240.txt"), encoding="utf-8")
    with pytest.raises(CommandError, match="already descends"):
        call_command(
            "import_document",
            str(path),
            "--symbol",
            "A/RES/75/240",
            "--replace",
            "--follows",
            "A/RES/75/240",
        )
    assert Document.objects.get(symbol="A/RES/75/240").follows.symbol == "A/C.1/75/L.8/Rev.1"


def test_a_long_report_is_written_in_a_handful_of_queries_not_one_per_paragraph(seeds):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        result = document_import(raw=seed_text("A-75-394.txt"), symbol="A/75/394/Add.9")
    paragraphs = Paragraph.objects.filter(text__document=result.document)
    revisions = ParagraphRevision.objects.filter(paragraph__text__document=result.document)
    assert paragraphs.count() == revisions.count() > 50
    inserts = [q for q in queries.captured_queries if q["sql"].startswith("INSERT")]
    # The document, each text, then per text its paragraphs and their revisions; sponsors.
    assert len(inserts) <= 2 + 3 * result.document.texts.count()
    assert all(
        p.parent.text_id == p.text_id
        for p in paragraphs.exclude(parent=None).select_related("parent")
    )
