"""`manage.py import_document` reads the same three file types as the admin."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from undrafts.documents.models import Document

from .conftest import REV1, REV2, counts

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "files"


def rev1_paragraphs() -> int:
    return Document.objects.get(symbol=REV1).main_text.paragraphs.count()


@pytest.mark.parametrize("name", ["A-C.1-73-L.27-Rev.1.docx", "A-C.1-73-L.27-Rev.1.pdf"])
def test_a_word_or_pdf_file_imports_from_the_command_line(seeds, name):
    out = StringIO()

    call_command(
        "import_document", str(FILES / name), "--symbol", REV2, "--follows", REV1, stdout=out
    )

    document = Document.objects.get(symbol=REV2)
    assert document.source_name == name
    assert document.follows.symbol == REV1
    assert document.main_text.paragraphs.count() == rev1_paragraphs()
    assert f"Imported {REV2}." in out.getvalue()


def test_a_text_file_imports_from_the_command_line(seeds, tmp_path):
    path = tmp_path / "rev2.txt"
    path.write_text(
        (Path(__file__).resolve().parents[2] / "fixtures/seeds/A-C.1-73-L.27-Rev.1.txt").read_text()
    )

    call_command("import_document", str(path), "--symbol", REV2, stdout=StringIO())

    assert Document.objects.get(symbol=REV2).main_text.paragraphs.count() == rev1_paragraphs()


def test_a_bad_file_stops_the_command_with_its_reason(seeds, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    before = counts()

    with pytest.raises(CommandError, match="The PDF is damaged"):
        call_command("import_document", str(path), "--symbol", REV2, stdout=StringIO())

    assert counts() == before
