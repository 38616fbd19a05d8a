"""Texts of the Security Council, the Human Rights Council and ECOSOC travel like the Assembly's:
imported from a folder or the admin, shown, compared, exported and served by the API."""

from io import StringIO
from urllib.parse import quote

import pytest
from django.core.management import call_command

from undrafts.documents.archive_files import symbol_from_filename
from undrafts.documents.models import Document, DocumentLink

pytestmark = pytest.mark.django_db

SC_DRAFT = "S/2016/1100"
SC_RES = "S/RES/2334 (2016)"


def council_text(symbol: str, *, adopted: bool, operative: list[str]) -> str:
    """A Security Council text, printed as the Council prints it."""
    lines = [f"United Nations {symbol}", "Security Council", "Distr.: General", "23 December 2016"]
    if adopted:
        lines += ["", "Resolution 2334 (2016)", ""]
        lines += ["Adopted by the Security Council at its 7853rd meeting, on 23 December 2016"]
    else:
        lines += ["", "Original: English", ""]
        lines += ["Angola, Malaysia, New Zealand and Senegal: draft resolution"]
    lines += ["", "The Security Council,", ""]
    lines += ["Reaffirming its relevant resolutions, including resolution 242 (1967),", ""]
    lines += ["Guided by the purposes and principles of the Charter of the United Nations,", ""]
    lines += [f"{n}. {p}\n" for n, p in enumerate(operative, start=1)]
    return "\n".join(lines)


DRAFT_OPERATIVE = [
    "Reaffirms that the establishment of settlements has no legal validity;",
    "Demands that all parties cease all settlement activities;",
    "Decides to remain seized of the matter.",
]
ADOPTED_OPERATIVE = [
    "Reaffirms that the establishment of settlements has no legal validity;",
    "Demands that all parties immediately and completely cease all settlement activities;",
    "Decides to remain seized of the matter.",
]


@pytest.fixture
def council_folder(tmp_path):
    """A folder as a researcher saves it: slashes written as underscores."""
    (tmp_path / "S_2016_1100.txt").write_text(
        council_text(SC_DRAFT, adopted=False, operative=DRAFT_OPERATIVE)
    )
    (tmp_path / "S_RES_2334_(2016).txt").write_text(
        council_text(SC_RES, adopted=True, operative=ADOPTED_OPERATIVE)
    )
    return tmp_path


def url(symbol: str) -> str:
    """A symbol in a path, escaped as a browser escapes what is typed in the address bar."""
    return quote(symbol, safe="/")


@pytest.mark.parametrize(
    "name, symbol",
    [
        ("S_2016_1100.pdf", "S/2016/1100"),
        ("S_RES_2334_(2016).pdf", "S/RES/2334 (2016)"),
        ("S_RES_2334 (2016).docx", "S/RES/2334 (2016)"),
        ("S-RES-2334-(2016).txt", "S/RES/2334 (2016)"),
        ("A_HRC_52_L.12.docx", "A/HRC/52/L.12"),
        ("A_HRC_RES_52_1.pdf", "A/HRC/RES/52/1"),
        ("E_2023_L.10.pdf", "E/2023/L.10"),
        ("E_RES_2023_1.pdf", "E/RES/2023/1"),
        ("A_80_L.18_Amend.1.pdf", "A/80/L.18/Amend.1"),
        ("A_C.1_75_L.8_Rev.1_Corr.1.pdf", "A/C.1/75/L.8/Rev.1/Corr.1"),
    ],
)
def test_a_file_named_for_any_bodys_symbol_is_read_as_that_symbol(name, symbol):
    assert symbol_from_filename(name) == symbol


def test_a_council_draft_and_its_resolution_import_show_compare_and_export(client, council_folder):
    out = StringIO()
    call_command("import_documents", str(council_folder), stdout=out)
    assert "2 imported" in out.getvalue()
    draft, adopted = Document.objects.get(symbol=SC_DRAFT), Document.objects.get(symbol=SC_RES)
    assert draft.kind == Document.Kind.DRAFT_RESOLUTION
    assert adopted.kind == Document.Kind.RESOLUTION

    page = client.get(f"/documents/{url(SC_RES)}/")
    assert page.status_code == 200
    assert "S/RES/2334 (2016)</h1>" in page.text
    assert "immediately and completely cease" in page.text
    assert client.get(f"/documents/{SC_DRAFT}/").status_code == 200

    pair = f"{url(SC_DRAFT)}...{url(SC_RES)}"
    compared = client.get(f"/compare/{pair}/")
    assert compared.status_code == 200
    assert "immediately" in compared.text and "completely" in compared.text

    redline = client.get(f"/exports/compare/{pair}/redline.docx")
    assert redline.status_code == 200
    assert redline.content[:2] == b"PK"
    text = client.get(f"/exports/documents/{url(SC_RES)}/text.txt")
    assert text.status_code == 200
    assert "immediately and completely cease" in text.content.decode()

    detail = client.get(f"/api/documents/{url(SC_RES)}/").json()
    assert detail["symbol"] == SC_RES
    assert [p["label"] for p in detail["texts"][0]["paragraphs"]][-3:] == ["OP1", "OP2", "OP3"]
    comparison = client.get(f"/api/compare/{pair}/")
    assert comparison.status_code == 200


def test_the_archive_places_council_texts_under_their_body(client, council_folder):
    call_command("import_documents", str(council_folder), stdout=StringIO())

    listed = client.get("/api/documents/?body=SC").json()
    assert sorted(d["symbol"] for d in listed["results"]) == [SC_DRAFT, SC_RES]
    assert client.get("/api/documents/?body=GA").json()["count"] == 0
    home = client.get("/?body=SC")
    assert home.status_code == 200
    assert "Security Council" in home.text


@pytest.mark.parametrize(
    "symbol, body",
    [("A/HRC/52/L.12", "HRC"), ("E/2023/L.10", "ECOSOC"), ("A/80/L.18/Amend.1", "GA")],
)
def test_drafts_of_other_bodies_import_under_their_symbol(client, symbol, body):
    from undrafts.documents.services import document_import

    raw = council_text(symbol, adopted=False, operative=DRAFT_OPERATIVE)
    document = document_import(raw=raw).document
    assert document.symbol == symbol
    assert client.get(f"/documents/{url(symbol)}/").status_code == 200
    listed = client.get(f"/api/documents/?body={body}").json()
    assert [d["symbol"] for d in listed["results"]] == [symbol]


def test_an_unknown_symbol_in_an_address_says_it_is_not_found(client):
    response = client.get("/documents/S/RES/2334/")
    assert response.status_code == 404


def test_an_editor_pastes_a_council_draft_in_the_admin_under_its_symbol(client, amina):
    from tests.admin.conftest import confirm, preview

    client.force_login(amina)
    raw = council_text(SC_DRAFT, adopted=False, operative=DRAFT_OPERATIVE)
    shown = preview(client, symbol="s/2016/1100", text=raw)
    assert shown.status_code == 200
    assert "Preview: nothing is saved yet" in shown.text

    saved = confirm(client, shown)
    assert saved.status_code == 302
    assert Document.objects.get(symbol=SC_DRAFT).kind == Document.Kind.DRAFT_RESOLUTION


def test_an_editor_typing_a_symbol_of_no_body_is_told_what_symbols_look_like(client, amina):
    from tests.admin.conftest import preview

    client.force_login(amina)
    raw = council_text(SC_DRAFT, adopted=False, operative=DRAFT_OPERATIVE)
    before = Document.objects.count()
    shown = preview(client, symbol="SC/2016/1100", text=raw)
    assert "must start with A/" in shown.text
    assert "S/2016/1100" in shown.text
    assert Document.objects.count() == before


def test_a_revised_council_draft_is_linked_to_the_draft_it_revises(tmp_path):
    (tmp_path / "S_2016_1100.txt").write_text(
        council_text(SC_DRAFT, adopted=False, operative=DRAFT_OPERATIVE)
    )
    (tmp_path / "S_2016_1100_Rev.1.txt").write_text(
        council_text("S/2016/1100/Rev.1", adopted=False, operative=ADOPTED_OPERATIVE)
    )
    call_command("import_documents", str(tmp_path), stdout=StringIO())

    call_command("link_documents", stdout=StringIO())

    link = DocumentLink.objects.get(later__symbol="S/2016/1100/Rev.1")
    assert (link.earlier.symbol, link.relation) == (SC_DRAFT, "revision")


@pytest.mark.parametrize(
    "typed",
    ["S/RES/2334(2016)", "s/res/2334 (2016)", "S/RES/2334%20(2016)", "S%2FRES%2F2334%20%282016%29"],
)
def test_a_council_resolution_is_found_however_its_symbol_is_typed(client, council_folder, typed):
    call_command("import_documents", str(council_folder), stdout=StringIO())

    page = client.get(f"/documents/{typed}/", follow=True)

    assert page.status_code == 200
    assert "S/RES/2334 (2016)</h1>" in page.text
