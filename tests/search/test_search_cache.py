"""A search asked again is answered from the stored page, and never from one older than
the archive: a new or changed document shows in the very next search."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from undrafts.documents.models import Paragraph

from .test_bounded_search import largest_draft  # noqa: F401 (a fixture)
from .test_search_features import stored

pytestmark = pytest.mark.django_db
PHRASE = "orbital debris mitigation"


def test_a_repeated_search_is_served_from_the_stored_page(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    stored("A/C.4/80/L.30", dt.date(2025, 11, 3), f"Welcomes {PHRASE} guidelines.")
    first = client.get("/search/", {"q": PHRASE})
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/search/", {"q": PHRASE})

    assert again.content == first.content
    assert len(queries.captured_queries) == 1  # the archive's stamp, nothing searched
    assert "A/C.4/80/L.30" in again.text


def test_a_new_or_reworded_document_shows_in_the_next_search(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    stored("A/C.4/80/L.30", dt.date(2025, 11, 3), f"Welcomes {PHRASE} guidelines.")
    assert "A/C.4/80/L.31" not in client.get("/search/", {"q": PHRASE}).text

    later = stored("A/C.4/80/L.31", dt.date(2025, 11, 10), f"Endorses the {PHRASE} work.")
    assert "A/C.4/80/L.31" in client.get("/search/", {"q": PHRASE}).text

    # A paragraph reworded moves its document's updated_at: the stamp, and the page, follow.
    Paragraph.objects.filter(text__document=later).update(content="Endorses other work.")
    later.save()
    assert "A/C.4/80/L.31" not in client.get("/search/", {"q": PHRASE}).text


@pytest.mark.usefixtures("largest_draft")
def test_a_search_stopped_by_its_time_budget_is_not_stored(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    settings.SEARCH_TIME_LIMIT = 0.000_001
    assert client.get("/search/", {"q": "ж", "sort": "relevance"}).status_code == 503

    settings.SEARCH_TIME_LIMIT = 5
    response = client.get("/search/", {"q": "ж", "sort": "relevance"})
    assert response.status_code == 200
    assert "This search took too long" not in response.text
