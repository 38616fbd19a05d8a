"""A document page shows the text with its structure, its details and its comparisons."""

import pytest

from undrafts.documents.models import Paragraph
from undrafts.documents.services import document_import

pytestmark = pytest.mark.django_db


def test_a_resolution_reads_with_its_structure_visible(client, seeds):
    response = client.get("/documents/A/RES/75/240/")
    assert response.status_code == 200
    page = response.text
    assert "<h1" in page and "A/RES/75/240</h1>" in page
    assert "Preamble" in page and "Operative part" in page
    assert "The General Assembly," in page
    # Every paragraph carries its label and an anchor to link to.
    for paragraph in Paragraph.objects.filter(text__document=seeds["A/RES/75/240"]):
        assert f'id="{paragraph.anchor}"' in page
        assert f'href="#{paragraph.anchor}">{paragraph.label}</a>' in page


def test_sub_paragraphs_are_indented_under_their_parent(client, seeds):
    child = (
        Paragraph.objects.filter(text__document__lineage__isnull=False, parent__isnull=False)
        .select_related("text__document")
        .first()
    )
    assert child is not None, "the 2018 draft's OP1 has numbered sub-paragraphs"
    page = client.get(f"/documents/{child.text.document.symbol}/").text
    assert f'depth-1" id="{child.anchor}"' in page


def test_the_opening_words_are_set_in_italics(client, seeds):
    paragraph = (
        Paragraph.objects.filter(text__document=seeds["A/RES/75/240"])
        .exclude(opening="")
        .order_by("position")
        .first()
    )
    page = client.get("/documents/A/RES/75/240/").text
    assert f'<em class="opening">{paragraph.opening}</em>' in page


def test_a_draft_shows_its_sponsors_and_where_its_text_came_from(client, seeds):
    page = client.get("/documents/A/C.1/75/L.8/Rev.1/").text
    assert "Sponsors" in page
    assert 'href="/documents/A/75/394/"' in page
    assert "Draft resolution II" in page


def test_compare_with_links_go_to_the_neighbours_in_the_lineage(client, seeds):
    page = client.get("/documents/A/C.1/75/L.8/Rev.1/").text
    # previous: the 2018 draft; next: the resolution. Older text always on the left.
    assert 'href="/compare/A/C.1/73/L.27/Rev.1...A/C.1/75/L.8/Rev.1/"' in page
    assert 'href="/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/"' in page
    assert 'href="/compare/?left=A%2FC.1%2F75%2FL.8%2FRev.1"' in page


def test_a_report_lists_its_texts_and_the_drafts_taken_from_them(client, seeds):
    page = client.get("/documents/A/75/394/").text
    assert "texts in this document" in page
    assert 'id="text-2"' in page
    assert "published as A/C.1/75/L.8/Rev.1" in page
    # Paragraph anchors are unique across the report's texts.
    assert 'id="t1-PP1"' in page and 'id="t2-PP1"' in page


def test_an_unknown_symbol_gives_a_helpful_404(client, seeds):
    response = client.get("/documents/A/RES/75/241/")
    assert response.status_code == 404
    assert "We have no document A/RES/75/241" in response.text
    # Suggestions: symbols that look like the one asked for.
    assert 'href="/documents/A/RES/75/240/"' in response.text


def test_a_symbol_in_lower_case_redirects_to_the_canonical_address(client, seeds):
    response = client.get("/documents/a/res/75/240/")
    assert response.status_code == 302
    assert response["Location"] == "/documents/A/RES/75/240/"


def test_garbage_in_the_address_is_never_a_server_error(client, seeds):
    for path in [
        "/documents/%00/",
        "/documents/" + "A/" * 200 + "/",
        "/documents/<script>/",
        "/documents/A/RES/75/240%0a/",
        "/documents/../../etc/passwd/",
    ]:
        response = client.get(path)
        assert 400 <= response.status_code < 500, path
        assert "<script>" not in response.text


def test_hostile_paragraph_text_renders_inert(client, seeds):
    paragraph = Paragraph.objects.filter(text__document=seeds["A/RES/75/240"]).first()
    paragraph.content = '<script>alert("x")</script> Recalling'
    paragraph.opening = ""
    paragraph.save()
    page = client.get("/documents/A/RES/75/240/").text
    assert '<script>alert("x")</script>' not in page
    assert "&lt;script&gt;" in page


def test_a_report_text_links_to_comparisons_with_the_drafts_around_it(client, seeds):
    page = client.get("/documents/A/75/394/").text
    # Text II became A/C.1/75/L.8/Rev.1, which followed the 2018 draft and became 75/240.
    assert 'href="/compare/A/C.1/73/L.27/Rev.1...A/75/394/?rt=2"' in page
    assert 'href="/compare/A/75/394...A/RES/75/240/?lt=2"' in page


def test_operative_numbers_read_as_printed(client, seeds):
    page = client.get("/documents/A/RES/75/240/").text
    assert '<span class="number">1.</span>' in page
    assert '<span class="number">1..</span>' not in page


def test_a_symbol_with_spaces_and_parentheses_has_working_addresses(client, seeds):
    document_import(
        raw=(
            "The Security Council,\n\nRecalling its resolution 2177 (2014),\n\n"
            "1. Demands a general and immediate cessation of hostilities;\n\n"
            "2. Decides to remain seized of the matter.\n"
        ),
        symbol="S/RES/2532 (2020)",
    )
    assert 'href="/documents/S/RES/2532%20(2020)/"' in client.get("/").text
    page = client.get("/documents/S/RES/2532%20(2020)/")
    assert page.status_code == 200
    assert "S/RES/2532 (2020)</h1>" in page.text
    comparison = client.get("/compare/S/RES/2532%20(2020)...A/RES/75/240/")
    assert comparison.status_code == 200
