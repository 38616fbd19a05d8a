"""The document page says what a text follows, why, and offers the comparison in one click."""

import pytest

from undrafts.documents.models import Document, DocumentLink
from undrafts.documents.services import paragraph_revise


@pytest.fixture
def yearly(seeds):
    earlier = Document.objects.get(symbol="A/RES/74/28")
    later = Document.objects.get(symbol="A/C.1/75/L.4")
    return DocumentLink.objects.create(
        earlier=earlier,
        later=later,
        relation="year_over_year",
        confidence=0.95,
        evidence="previous session, same title, 94% of the text kept",
        text_kept=0.94,
        status="applied",
    )


def test_the_page_says_what_the_text_follows_with_a_comparison(client, yearly):
    page = client.get("/documents/A/C.1/75/L.4/").text

    assert "What it follows" in page
    assert "(previous session, same title, 94% of the text kept)" in page
    assert 'href="/compare/A/RES/74/28...A/C.1/75/L.4/"' in page


def test_a_suggestion_not_yet_accepted_is_not_shown_as_fact(client, yearly):
    yearly.status = "suggested"
    yearly.save()

    assert "What it follows" not in client.get("/documents/A/C.1/75/L.4/").text


def test_a_stored_page_shows_an_edit_at_once(client, seeds, amina):
    document = Document.objects.get(symbol="A/RES/75/240")
    paragraph = document.main_text.paragraphs.get(label="OP1")
    client.get("/documents/A/RES/75/240/")  # stored

    paragraph_revise(
        paragraph_id=paragraph.pk,
        content=paragraph.content + " Corrected.",
        author=amina,
        base_version=paragraph.text.version,
    )

    assert "Corrected." in client.get("/documents/A/RES/75/240/").text


def test_a_link_decided_after_the_page_was_stored_shows_at_once(client, yearly):
    yearly.status = "suggested"
    yearly.save()
    client.get("/documents/A/C.1/75/L.4/")

    yearly.status = "accepted"
    yearly.save()

    assert "What it follows" in client.get("/documents/A/C.1/75/L.4/").text


def test_another_spelling_of_the_symbol_still_redirects(client, seeds):
    response = client.get("/documents/a/res/75/240/")

    assert response.status_code in (301, 302)
    assert response["Location"] == "/documents/A/RES/75/240/"


def test_the_api_says_what_the_text_follows_with_a_comparison(client, yearly):
    answer = client.get("/api/documents/A/C.1/75/L.4/").json()

    [found] = answer["follows_found"]
    assert found["symbol"] == "A/RES/74/28"
    assert found["relation"] == "year_over_year"
    assert found["description"] == (
        "follows A/RES/74/28 (previous session, same title, 94% of the text kept)"
    )
    assert found["compare_url"].endswith("/api/compare/A/RES/74/28...A/C.1/75/L.4/")


def test_the_api_list_count_follows_the_archive(client, seeds):
    before = client.get("/api/documents/").json()["count"]
    Document.objects.filter(symbol="A/75/394").update(withdrawn=True)
    Document.objects.get(symbol="A/75/394").save()  # touched, as every write does

    assert client.get("/api/documents/").json()["count"] == before - 1
