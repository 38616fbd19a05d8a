"""A busy comparison is served from a stored rendering that holds nothing of any one
visitor, and an edit shows on the next request."""

import pytest
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import Client

from undrafts.documents.comparisons import SideStamp, side_at
from undrafts.documents.models import Paragraph
from undrafts.documents.selectors import symbol_key, text_stamps
from undrafts.documents.services import paragraph_revise
from undrafts.web import page_cache
from undrafts.web.views import compare as compare_view

pytestmark = pytest.mark.django_db

RESOLUTION = "A/RES/75/240"
PAIR = f"/compare/A/C.1/75/L.8/Rev.1...{RESOLUTION}/"


@pytest.fixture
def renders(monkeypatch):
    """How many times a comparison was rendered rather than served from the cache."""
    calls = []
    real = compare_view._comparison_context

    def counting(*args, **kwargs):
        calls.append(args[2].url)
        return real(*args, **kwargs)

    monkeypatch.setattr(compare_view, "_comparison_context", counting)
    return calls


def first_paragraph():
    return Paragraph.objects.filter(text__document__symbol=RESOLUTION).order_by("position")[0]


def test_a_second_visit_is_served_without_rendering_again(client, seeds, renders):
    first = client.get(PAIR)
    second = client.get(PAIR)
    assert renders == [PAIR]
    assert second.status_code == 200
    assert second.text == first.text
    # the panel htmx asks for is another rendering, stored apart
    client.get(PAIR, headers={"HX-Request": "true"})
    assert len(renders) == 2


@pytest.mark.parametrize("path", ["/", f"/documents/{RESOLUTION}/", PAIR])
def test_public_pages_hold_nothing_of_one_visitor(seeds, path):
    # no token, no cookie: a stored page (ours, or a proxy's) can go to anyone
    response = Client().get(path)
    assert response.status_code == 200
    assert not response.cookies
    assert "csrf" not in response.text.lower()
    assert "Cookie" not in response.get("Vary", "")


def test_a_page_that_asks_for_a_csrf_token_is_not_stored(rf):
    request = rf.get(PAIR)
    calls = []

    def render():
        calls.append(get_token(request))
        return HttpResponse("a form")

    page_cache.page_cached(request, "form", render)
    page_cache.page_cached(request, "form", render)
    assert len(calls) == 2


def test_an_edit_shows_on_the_next_request(client, seeds, amina, renders):
    assert "Typo corrected." not in client.get(PAIR).text
    paragraph = first_paragraph()
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content=paragraph.content + " Typo corrected.",
        author=amina,
        base_version=1,
    )
    assert "Typo corrected." in client.get(PAIR).text
    assert len(renders) == 2


def test_the_cache_can_be_turned_off(client, seeds, renders, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(PAIR)
    client.get(PAIR)
    assert len(renders) == 2


def test_the_light_stamp_query_reads_what_the_orm_reads(seeds):
    for document in seeds.values():
        rows = text_stamps([document.symbol.lower() + "/"])[symbol_key(document.symbol)]
        for text, (symbol, position, pk, version, updated_at) in zip(
            document.texts.order_by("position"), rows, strict=True
        ):
            light = SideStamp(symbol, position, pk, version, version, updated_at)
            assert light == side_at(document, text, None).stamp
