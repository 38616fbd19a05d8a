"""Whatever a visitor types, a search does bounded work: with a document of the largest
size stored, `?q=%`, `?q=ж` and the API answer at once, in memory that does not grow
with the document, and a search over its time budget answers a clear 503."""

import datetime as dt
import time
import tracemalloc

import pytest
from django.conf import settings
from django.core.cache import cache

from undrafts.documents.models import Document, Lineage, Paragraph, Text

pytestmark = pytest.mark.django_db

# Every paragraph holds "ж", so `?q=ж` matches all of them: a scan would read them all.
SENTENCE = (
    "Призывает все государства ж укреплять сотрудничество в области информационной "
    "безопасности, recognizing the role of the United Nations in promoting dialogue "
    "among Member States to develop common understandings on the security of and in "
    "the use of information and communications technologies. "
)
# About 2,000 characters a paragraph: the document holds some 10 million characters of
# paragraphs and as many of raw text, far more than a page of results may read.
WORDING = SENTENCE * 6 + "Paragraph {n}."
# Generous bounds: the whole request in Python, and the memory it holds at its peak.
SECONDS = 1.0
PEAK_BYTES = 4 * 1024 * 1024


@pytest.fixture
def largest_draft(seeds):
    """A draft with the most paragraphs a document may have, one of them of the largest
    size a paragraph may have, and its raw text."""
    paragraphs = [WORDING.format(n=n) for n in range(settings.MAX_DOCUMENT_PARAGRAPHS)]
    paragraphs[0] = (SENTENCE * 100)[: settings.MAX_PARAGRAPH_CHARS]
    lineage = Lineage.objects.create(name="Largest draft", slug="largest-draft")
    document = Document.objects.create(
        symbol="A/C.1/80/L.99",
        kind=Document.Kind.DRAFT_RESOLUTION,
        title="The largest draft",
        session=80,
        committee=1,
        date=dt.date(2025, 10, 1),
        raw_text="\n".join(paragraphs),
        lineage=lineage,
    )
    text = Text.objects.create(document=document, position=1)
    Paragraph.objects.bulk_create(
        Paragraph(
            text=text,
            position=n,
            kind=Paragraph.Kind.OPERATIVE,
            number=str(n),
            label=f"OP{n}",
            content=content,
        )
        for n, content in enumerate(paragraphs, start=1)
    )
    return document


def measured(client, path, params):
    """The response, its seconds, and the peak of memory allocated while answering it
    (measured on a second run: tracing every allocation slows Python down)."""
    client.get("/search/", {"q": "warm the templates"})
    cache.clear()  # the search itself, not its stored page
    started = time.perf_counter()
    response = client.get(path, params)
    seconds = time.perf_counter() - started
    cache.clear()
    tracemalloc.start()
    try:
        client.get(path, params)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return response, seconds, peak


def test_a_search_for_punctuation_alone_is_refused_at_once(client, largest_draft):
    for phrase in ["%", "...", "%_%", "\u201c\u201d", "_"]:
        response, seconds, peak = measured(client, "/search/", {"q": phrase})
        assert response.status_code == 400
        assert "no letters or digits to search for" in response.text
        assert seconds < SECONDS and peak < PEAK_BYTES


def test_a_cyrillic_letter_is_searched_through_the_index_a_page_at_a_time(client, largest_draft):
    response, seconds, peak = measured(client, "/search/", {"q": "ж"})
    assert response.status_code == 200
    assert "1000+ paragraphs contain “ж”" in response.text
    assert response.text.count('<li class="search-result') == 20
    assert "<mark>ж</mark>" in response.text
    assert seconds < SECONDS, f"{seconds:.2f} s"
    assert peak < PEAK_BYTES, f"{peak / 1e6:.1f} MB"


def test_a_common_english_phrase_in_the_largest_draft_is_bounded_too(client, largest_draft):
    response, seconds, peak = measured(
        client, "/search/", {"q": "information and communications technologies", "page": "7"}
    )
    assert response.status_code == 200
    assert "Page 7 of 50" in response.text
    assert seconds < SECONDS, f"{seconds:.2f} s"
    assert peak < PEAK_BYTES, f"{peak / 1e6:.1f} MB"


def test_the_api_refuses_punctuation_and_pages_a_common_letter(client, largest_draft):
    response, seconds, peak = measured(client, "/api/search/", {"q": "%"})
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == "q"
    assert seconds < SECONDS and peak < PEAK_BYTES

    response, seconds, peak = measured(client, "/api/search/", {"q": "ж", "page_size": "100"})
    body = response.json()
    assert response.status_code == 200
    assert (body["count"], body["truncated"], len(body["results"])) == (1000, True, 100)
    assert body["first_appeared"]["symbol"] == "A/C.1/80/L.99"
    assert seconds < SECONDS, f"{seconds:.2f} s"
    assert peak < PEAK_BYTES, f"{peak / 1e6:.1f} MB"


def test_paging_stops_at_the_hard_cap_with_a_message(client, largest_draft):
    response = client.get("/search/", {"q": "ж", "page": "51"})
    assert "There are only 50 pages of results" in response.text
    assert "Only the first 1000 can be paged through" in client.get("/search/", {"q": "ж"}).text
    response = client.get("/api/search/", {"q": "ж", "page": "51"})
    assert response.status_code == 404
    assert response.json()["error"]["suggestions"][0].endswith("page=50")


def test_a_search_over_its_time_budget_answers_a_clear_503(client, largest_draft, settings):
    settings.SEARCH_TIME_LIMIT = 0.000_001
    response = client.get("/search/", {"q": "ж", "sort": "relevance"})
    assert response.status_code == 503
    assert "This search took too long and was stopped" in response.text
    assert response["Retry-After"]

    response = client.get("/api/search/", {"q": "ж", "sort": "relevance"})
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "search_timeout"

    settings.SEARCH_TIME_LIMIT = 5
    assert client.get("/search/", {"q": "ж"}).status_code == 200
