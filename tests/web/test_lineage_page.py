"""The lineage page: every version on a timeline, and what each step did to the paragraphs."""

import re

import pytest

from undrafts.documents.models import Lineage

pytestmark = pytest.mark.django_db

URL = "/lineages/developments-in-ict/"


def test_the_versions_stand_in_order_from_the_2018_draft_to_the_resolution(client, seeds):
    response = client.get(URL)
    assert response.status_code == 200
    page = response.text
    assert "Developments in the field of information and telecommunications" in page
    timeline = page[page.index('class="timeline"') :]
    positions = [
        timeline.index(f'href="/documents/{symbol}/"')
        for symbol in ("A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1", "A/RES/75/240")
    ]
    assert positions == sorted(positions)


def test_the_resolution_on_the_timeline_is_dated_by_its_adoption(client, seeds):
    timeline = client.get(URL).text.split('class="timeline"', 1)[1]
    assert 'Adopted <time datetime="2020-12-31">31 December 2020</time>' in timeline
    assert "4 January 2021" not in timeline  # its date of issue


def test_each_step_links_to_its_comparison(client, seeds):
    page = client.get(URL).text
    assert 'href="/compare/A/C.1/73/L.27/Rev.1...A/C.1/75/L.8/Rev.1/"' in page
    assert 'href="/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/"' in page


def test_each_step_is_drawn_as_an_accessible_bar_with_its_numbers_in_words(client, seeds):
    page = client.get(URL).text
    bars = re.findall(r'<svg class="step-bar" role="img" aria-labelledby="([^"]+)"', page)
    assert len(bars) == 2
    for title_id in bars:
        assert f'<title id="{title_id}">' in page
    assert "From A/C.1/75/L.8/Rev.1 to A/RES/75/240: Paragraphs kept 27, changed 0" in page
    assert "Kept 27 · changed 0 · added 0 · dropped 0" in page


def test_the_numbers_are_also_a_table(client, seeds):
    page = client.get(URL).text
    table = page[page.index('<table class="steps-table">') : page.index("</table>")]
    assert "<caption>" in table
    row = table[table.index("A/C.1/75/L.8/Rev.1 → A/RES/75/240") :]
    assert re.findall(r"<td>(\d+)</td>", row)[:5] == ["27", "0", "0", "0", "0"]


def test_the_first_step_shows_who_joined_and_left_the_sponsors(client, seeds):
    page = client.get(URL).text
    assert "31 → 27; 4 joined, 8 left, 23 stayed." in page
    assert "Kyrgyzstan, Comoros, Myanmar, Zambia" in page


def test_the_page_has_no_inline_script_or_style(client, seeds):
    page = client.get(URL).text
    assert "style=" not in page
    assert not re.search(r"<script(?![^>]*\bsrc=)", page)


def test_an_unknown_lineage_is_a_404_that_says_so(client, seeds):
    response = client.get("/lineages/no-such-family/")
    assert response.status_code == 404
    assert "No lineage called “no-such-family” is stored." in response.text


def test_a_lineage_with_no_documents_says_how_to_link_some(client, seeds):
    Lineage.objects.create(name="Outer space", slug="outer-space")
    response = client.get("/lineages/outer-space/")
    assert response.status_code == 200
    assert "No documents are linked to this lineage yet" in response.text


def test_the_document_page_links_to_its_lineage(client, seeds):
    page = client.get("/documents/A/RES/75/240/").text
    assert f'href="{URL}"' in page


def test_the_lineage_page_reads_its_versions_texts_and_sponsors_once_each(client, seeds):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(URL)  # the comparisons are cached from here on
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200

    # The lineage, its versions, their first texts, their sponsors: not a query per step.
    assert len(queries.captured_queries) <= 4
