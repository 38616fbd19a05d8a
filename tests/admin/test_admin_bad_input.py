"""Every bad input is refused in the form with a message, and nothing is written."""

import io
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from .conftest import IMPORT_URL, REV1, REV2, confirm, counts, preview, rev2_text, upload

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "files"


def refused(response, field: str, message: str) -> None:
    assert response.status_code == 200
    assert "preview" not in response.context or not response.context["preview"]
    errors = response.context["form"].errors.get(field, [])
    assert any(message in error for error in errors), errors
    assert "Nothing was saved." in response.content.decode()


def post_file(client, name: str, data: bytes, **fields):
    return client.post(
        IMPORT_URL, {"_preview": "1", "symbol": REV2, "file": upload(name, data), **fields}
    )


def encrypted_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, encrypt=StandardEncryption("secret", ownerPassword="owner"))
    page.drawString(72, 700, "1. Decides to remain seized of the matter.")
    page.save()
    return out.getvalue()


def scanned_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.rect(72, 72, 400, 600, fill=1)  # an image of a page, no text layer
    page.save()
    return out.getvalue()


def zip_bomb_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (8 * 1024 * 1024))
    return out.getvalue()


def spreadsheet_named_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("draft.docx", b"", "The submitted file is empty."),
        ("draft.exe", b"MZ\x90\x00binary", "Files of type .exe cannot be read"),
        ("draft.doc", b"\xd0\xcf\x11\xe0old word", "Save it as .docx first."),
        ("draft.pdf", encrypted_pdf(), "encrypted (password-protected)"),
        ("draft.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 40, "The PDF is damaged"),
        ("draft.pdf", b"GIF89a not a pdf at all", "The file is not a PDF"),
        ("scan.pdf", scanned_pdf(), "no text layer; it may be a scan"),
        ("draft.docx", zip_bomb_docx(), "zip bomb"),
        ("draft.docx", spreadsheet_named_docx(), "zip archive of something else"),
        ("draft.docx", b"PK\x03\x04 broken", "not a Word .docx document"),
        ("draft.txt", "Côte d'Ivoire".encode("cp1252"), "not UTF-8 encoded"),
    ],
    ids=[
        "empty", "wrong-type", "old-doc", "encrypted-pdf", "garbled-pdf", "not-a-pdf", "scan",
        "zip-bomb",
        "zip-of-something-else", "broken-zip", "legacy-encoding",
    ],
)  # fmt: skip
def test_a_bad_file_is_refused_with_its_reason(amina_client, name, data, message):
    before = counts()

    response = post_file(amina_client, name, data)

    refused(response, "file", message)
    assert counts() == before


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(amina_client, settings):
    settings.MAX_UPLOAD_BYTES = 10_000
    before = counts()
    docx = (FILES / "A-C.1-73-L.27-Rev.1.docx").read_bytes()
    assert len(docx) > 10_000

    response = post_file(amina_client, "big.docx", docx)

    refused(response, "file", "the limit is 9.8\xa0KB")
    assert counts() == before


def test_a_symbol_already_stored_is_refused(amina_client):
    before = counts()

    response = preview(amina_client, symbol=REV1, text=rev2_text())

    refused(response, "symbol", f"A document with the symbol {REV1} already exists")
    assert counts() == before


def test_a_symbol_in_the_wrong_format_is_refused(amina_client):
    response = preview(amina_client, symbol="L.27 revised", text=rev2_text())

    assert response.context["form"].errors["symbol"]
    assert "Nothing was saved." in response.content.decode()


def test_a_symbol_taken_while_the_preview_was_open_is_refused_on_confirming(amina_client):
    shown = preview(amina_client, symbol=REV2, text=rev2_text())
    confirm(amina_client, shown)
    before = counts()

    again = confirm(amina_client, shown)

    refused(again, "symbol", f"A document with the symbol {REV2} already exists")
    assert counts() == before


def test_text_with_no_resolution_body_is_refused(amina_client):
    before = counts()
    shopping = "Shopping list\n\nMilk, eggs and bread.\n\nCall the plumber on Tuesday."

    response = preview(amina_client, symbol=REV2, text=shopping)

    assert response.status_code == 200
    assert response.context["form"].errors["text"]
    assert not response.context.get("preview")
    assert counts() == before


def test_nothing_to_import_is_refused(amina_client):
    response = preview(amina_client, symbol=REV2, text="   \n ")

    refused(response, "text", "Paste the document's text or choose a file.")


def test_an_impossible_date_is_refused(amina_client):
    response = preview(amina_client, symbol=REV2, text=rev2_text(), date="2018-13-45")

    refused(response, "date", "Enter a valid date.")


def test_an_unknown_kind_is_refused(amina_client):
    response = preview(amina_client, symbol=REV2, text=rev2_text(), kind="manifesto")

    refused(response, "kind", "Select a valid choice.")


def test_following_an_unknown_document_is_refused(amina_client):
    response = preview(amina_client, symbol=REV2, text=rev2_text(), follows="A/C.1/73/L.99")

    refused(response, "follows", "No document with the symbol A/C.1/73/L.99 is stored.")


def test_a_tampered_confirmation_saves_nothing(amina_client):
    shown = preview(amina_client, symbol=REV2, text=rev2_text())
    before = counts()

    response = confirm(amina_client, shown, previewed="0" * 64)

    assert response.status_code == 200
    assert counts() == before
    assert response.context["preview"]
