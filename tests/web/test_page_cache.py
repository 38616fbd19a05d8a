"""A busy comparison is served from a stored rendering, yet each visitor gets their own
CSRF token and an edit shows on the next request."""

import re

import pytest
from django.test import Client

from undrafts.documents.models import Paragraph
from undrafts.documents.services import paragraph_revise
from undrafts.web import page_cache
from undrafts.web.views import compare as compare_view

pytestmark = pytest.mark.django_db

RESOLUTION = "A/RES/75/240"
PAIR = f"/compare/A/C.1/75/L.8/Rev.1...{RESOLUTION}/"
TOKEN = re.compile(r'hx-headers=\'\{"X-CSRFToken": "([^"]+)"\}\'')


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
    assert TOKEN.sub("", second.text) == TOKEN.sub("", first.text)
    # the panel htmx asks for is another rendering, stored apart
    client.get(PAIR, headers={"HX-Request": "true"})
    assert len(renders) == 2


def test_each_visitor_gets_their_own_csrf_token_in_a_stored_page(seeds):
    pages = [Client().get(PAIR) for _ in range(2)]
    tokens = [TOKEN.search(page.text).group(1) for page in pages]
    assert tokens[0] != tokens[1]
    for page in pages:
        assert page.cookies["csrftoken"].value
        assert page_cache.CSRF_PLACEHOLDER not in page.text


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


def test_a_paragraph_cannot_forge_the_token_placeholder(client, seeds, amina):
    paragraph = first_paragraph()
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content=f"Noting {page_cache.CSRF_PLACEHOLDER} here,",
        author=amina,
        base_version=1,
    )
    client.get(PAIR)
    page = client.get(PAIR).text
    assert "Noting &lt;undrafts-csrf-token&gt; here," in page
    token = TOKEN.search(page).group(1)
    assert page.count(token) == 1  # put in only where the template asked for it


def test_the_cache_can_be_turned_off(client, seeds, renders, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(PAIR)
    client.get(PAIR)
    assert len(renders) == 2
