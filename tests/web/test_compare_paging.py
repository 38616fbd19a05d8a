"""A comparison of two long texts shows its first rows at once and the rest page by page.

The first answer stays small whatever the texts' length; "Show more" is a real link to
the next page (htmx loads just its rows as it scrolls into view), and every link to a row
(summary, change map, moves, a shared #anchor) still reaches it.
"""

import re

import pytest
from django.conf import settings

from undrafts.documents.services import document_import
from undrafts.web.paging import ROWS_PER_PAGE

pytestmark = pytest.mark.django_db

OLD, NEW = "A/C.2/80/L.90", "A/C.2/80/L.90/Rev.1"
PAIR = f"/compare/{OLD}...{NEW}/"
HTMX = {"HTTP_HX_REQUEST": "true"}


def draft(paragraphs: int, *, reworded: bool) -> str:
    body = ["General Assembly", "Distr.: Limited", "The General Assembly,", "Recalling,"]
    for n in range(1, paragraphs):
        verb = "Strongly decides" if reworded and n % 10 == 0 else "Decides"
        body.append(f"{n}. {verb} that working group {n} shall report on topic {n * 13};")
    return "\n\n".join(body) + "\n"


def long_pair(paragraphs: int) -> None:
    document_import(raw=draft(paragraphs, reworded=False), symbol=OLD)
    document_import(raw=draft(paragraphs, reworded=True), symbol=NEW)


def row_ids(page: str) -> list[str]:
    return re.findall(r'<li class="row [^"]*" id="([^"]+)"', page)


@pytest.fixture
def pair(seeds):
    long_pair(450)  # five pages of rows


def test_the_first_page_shows_the_first_rows_and_a_real_link_to_more(client, pair):
    page = client.get(PAIR).text
    ids = row_ids(page)
    assert len(ids) == ROWS_PER_PAGE
    assert ids[0] == "r-PP1" and ids[-1] == f"r-OP{ROWS_PER_PAGE - 1}"
    more = re.search(r'<li class="rows-more"[^>]*>\s*<a ([^>]+)>([^<]+)</a>', page)
    attributes, label = more.groups()
    assert f'href="{PAIR}?page=2"' in attributes
    assert f'hx-get="{PAIR}?page=2&amp;part=rows"' in attributes
    assert 'hx-trigger="revealed"' in attributes
    assert label == f"Show more: rows {ROWS_PER_PAGE + 1} to {2 * ROWS_PER_PAGE} of 450"


def test_htmx_gets_only_the_next_rows_and_the_link_after_them(client, pair):
    response = client.get(f"{PAIR}?page=2&part=rows", **HTMX)
    fragment = response.text
    assert "<html" not in fragment and "What changed" not in fragment
    ids = row_ids(fragment)
    assert ids[0] == f"r-OP{ROWS_PER_PAGE}" and len(ids) == ROWS_PER_PAGE
    assert f'href="{PAIR}?page=3"' in fragment
    assert response["Vary"] == "HX-Request"


def test_without_javascript_the_next_page_is_a_whole_page_with_a_way_back(client, pair):
    page = client.get(f"{PAIR}?page=2").text
    assert "<html" in page and "What changed" in page
    ids = row_ids(page)
    assert ids[0] == f"r-OP{ROWS_PER_PAGE}" and len(ids) == ROWS_PER_PAGE
    assert f'<a href="{PAIR}">Paragraphs before row {ROWS_PER_PAGE + 1}: previous page</a>' in page


def test_the_last_page_has_no_more_link_and_a_page_past_it_is_explained(client, pair):
    last = client.get(f"{PAIR}?page=5").text
    assert len(row_ids(last)) == 50 and "rows-more" not in last
    past = client.get(f"{PAIR}?page=6")
    assert past.status_code == 400
    assert "this comparison has 5 pages of rows" in past.text
    assert client.get(f"{PAIR}?page=two").status_code == 400


def test_links_to_rows_on_other_pages_carry_their_page(client, pair):
    page = client.get(PAIR).text
    # The summary's "changed" count and the change index point at rows further down.
    assert f'href="{PAIR}?page=3#r-OP250"' in page
    assert 'href="#r-OP10"' in page, "a row on this page is linked by its anchor alone"
    # The change map stays a few hundred marks long, not one per row.
    assert page.count('class="seg seg--') <= 200


def test_a_shared_link_to_a_far_row_loads_every_page_up_to_it(client, pair):
    response = client.get(f"{PAIR}?page=2&part=rows&through=r-OP350", **HTMX)
    ids = row_ids(response.text)
    assert ids[0] == f"r-OP{ROWS_PER_PAGE}" and "r-OP350" in ids
    assert len(ids) == 3 * ROWS_PER_PAGE
    assert f'href="{PAIR}?page=5"' in response.text
    # An anchor the comparison lacks changes nothing.
    assert len(row_ids(client.get(f"{PAIR}?page=2&part=rows&through=nope", **HTMX).text)) == 100


def test_changes_only_pages_its_rows_too(client, pair):
    page = client.get(f"{PAIR}?changes=1").text
    assert page.count('<li class="folded"') >= 9
    assert f'href="{PAIR}?changes=1&amp;page=2"' in page


def test_pinned_pages_have_an_etag_of_their_own(client, pair):
    pinned = f"/compare/{OLD}@1...{NEW}@1/"
    first, second = client.get(pinned), client.get(f"{pinned}?page=2")
    assert first["ETag"] != second["ETag"]
    assert client.get(f"{pinned}?page=2", HTTP_IF_NONE_MATCH=second["ETag"]).status_code == 304


def test_a_comparison_of_the_largest_documents_starts_small(client, seeds):
    long_pair(settings.MAX_DOCUMENT_PARAGRAPHS)
    response = client.get(PAIR)
    assert response.status_code == 200
    assert len(row_ids(response.text)) == ROWS_PER_PAGE
    # Two 5,000-paragraph texts made 8 MB of HTML before rows were paged.
    assert len(response.content) < 400_000
