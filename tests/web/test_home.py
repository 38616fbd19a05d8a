"""The home page lists the archive newest first, a family once by its latest text, paged and
narrowed by facets and as you type."""

import pytest

from undrafts.documents.models import Document

pytestmark = pytest.mark.django_db


def test_home_lists_the_seed_documents(client, seeds):
    response = client.get("/")
    assert response.status_code == 200
    for symbol in seeds:
        assert symbol in response.text


def test_documents_are_grouped_by_lineage_newest_first(client, seeds):
    page = client.get("/").text
    ict = page.index("Developments in the field of information and telecommunications")
    # Within the family: the resolution (2021), then the 2020 draft, then the 2018 draft.
    resolution = page.index('href="/documents/A/RES/75/240/"', ict)
    draft_2020 = page.index('href="/documents/A/C.1/75/L.8/Rev.1/"', ict)
    draft_2018 = page.index('href="/documents/A/C.1/73/L.27/Rev.1/"', ict)
    assert resolution < draft_2020 < draft_2018
    # The family is one entry, by its latest text; the report, in no family, is an entry too.
    assert page.count('class="document-item"') == 3
    assert 'href="/documents/A/75/394/"' in page


def test_each_family_offers_its_earliest_and_latest_texts_to_compare(client, seeds):
    page = client.get("/").text
    assert 'href="/compare/A/C.1/73/L.27/Rev.1...A/RES/75/240/"' in page
    assert 'href="/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/"' in page


def test_each_document_shows_its_kind_and_date(client, seeds):
    page = client.get("/").text
    assert "Adopted resolution" in page
    assert "Revised draft resolution" in page
    assert 'datetime="2020-11-09"' in page


def test_a_resolution_is_dated_by_its_adoption(client, seeds):
    page = client.get("/").text
    assert 'Adopted <time datetime="2020-12-31">31 December 2020</time>' in page


def test_the_filter_narrows_the_list(client, seeds):
    response = client.get("/", {"q": "75/240"})
    assert "A/RES/75/240" in response.text
    assert 'href="/documents/A/RES/74/28/"' not in response.text


def test_an_htmx_filter_gets_only_the_list(client, seeds):
    response = client.get("/", {"q": "L.4"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text
    assert '<div id="document-list"' in response.text
    assert "A/C.1/75/L.4" in response.text
    assert "HX-Request" in response["Vary"]
    # The count beside the box is swapped out of band, so screen readers hear it.
    status = '<p id="filter-status" hx-swap-oob="innerHTML">1 document matches “L.4”</p>'
    assert status in response.text


def test_going_back_in_history_gets_the_whole_page(client, seeds):
    response = client.get(
        "/", {"q": "L.4"}, headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert "<html" in response.text


def test_a_filter_that_matches_nothing_says_so(client, seeds):
    response = client.get("/", {"q": "no such text"})
    assert response.status_code == 200
    assert "No documents match “no such text”" in response.text


def test_the_home_page_offers_the_comparison_pickers(client, seeds):
    page = client.get("/").text
    assert 'action="/compare/"' in page
    assert 'list="symbols"' in page
    assert '<option value="A/C.1/73/L.27/Rev.1">' in page


def test_each_suggestion_reads_kind_year_and_title_cut_at_eighty_characters(client, seeds):
    Document.objects.create(symbol="A/C.4/80/L.40", kind="draft_resolution", title="T" * 81)
    Document.objects.create(symbol="A/C.4/80/L.41", kind="draft_resolution", title="S" * 80)
    page = client.get("/").text
    assert f'<option value="A/C.4/80/L.40">Draft resolution: {"T" * 79}…</option>' in page
    assert f'<option value="A/C.4/80/L.41">Draft resolution: {"S" * 80}</option>' in page
    assert '<option value="A/RES/75/240">Adopted resolution, 2021: ' in page


def test_a_nul_byte_in_the_filter_is_not_an_error(client, seeds):
    assert client.get("/", {"q": "75\x00"}).status_code == 200


def test_the_health_view_answers(client):
    assert client.get("/healthz").text == "ok"
