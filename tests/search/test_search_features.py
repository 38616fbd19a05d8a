"""A delegate's searches: ranked or oldest first, filtered like the home page, words in
any script, near matches when nothing holds the phrase, and where a wording first
appeared in each lineage."""

import datetime as dt

import pytest
from django.db import connection

from undrafts.documents.models import Document, Paragraph, Text
from undrafts.search.queries import SearchFilters
from undrafts.search.selectors import phrase_search
from undrafts.search.terms import SearchRefused

pytestmark = pytest.mark.django_db

PHRASE = "community of shared future"


def stored(symbol, date, *paragraphs, session=80, **fields):
    document = Document.objects.create(
        symbol=symbol, title=symbol, date=date, session=session, **fields
    )
    text = Text.objects.create(document=document, position=1)
    for position, content in enumerate(paragraphs, start=1):
        Paragraph.objects.create(
            text=text, position=position, kind="operative", label=f"OP{position}", content=content
        )
    return document


def symbols(phrase, **options):
    return [hit["symbol"] for hit in phrase_search(phrase, **options).hits]


def test_best_match_first_puts_the_paragraph_most_about_the_phrase_first(seeds):
    stored(
        "A/C.2/80/L.1",
        dt.date(2025, 10, 1),
        "Lunar mining rights. " + "Other matters of the session are many and varied. " * 20,
    )
    stored("A/C.2/80/L.2", dt.date(2025, 10, 2), "Lunar mining rights, lunar mining rights.")
    assert symbols("lunar mining rights") == ["A/C.2/80/L.1", "A/C.2/80/L.2"]
    assert symbols("lunar mining rights", order="relevance") == ["A/C.2/80/L.2", "A/C.2/80/L.1"]


def test_filters_narrow_like_the_home_page(seeds):
    assert symbols(PHRASE, filters=SearchFilters(session=75)) == [
        "A/C.1/75/L.8/Rev.1",
        "A/75/394",
        "A/RES/75/240",
    ]
    assert symbols(PHRASE, filters=SearchFilters(kind="resolution")) == ["A/RES/75/240"]
    assert symbols(PHRASE, filters=SearchFilters(year=2018)) == ["A/C.1/73/L.27/Rev.1"]
    assert len(symbols(PHRASE, filters=SearchFilters(committee=1))) == 4
    assert symbols(PHRASE, filters=SearchFilters(committee=2)) == []


def test_the_page_filters_and_explains_a_bad_filter(client, seeds):
    page = client.get("/search/", {"q": PHRASE, "kind": "resolution"}).text
    assert 'href="/documents/A/RES/75/240/#PP10"' in page
    assert "A/C.1/73/L.27/Rev.1/#PP10" not in page
    response = client.get("/search/", {"q": PHRASE, "session": "seventy"})
    assert response.status_code == 400
    assert "The session must be a whole number" in response.text


def test_where_the_wording_first_appeared_in_each_lineage(seeds):
    found = phrase_search("Calls upon Member States")
    firsts = {hit["lineage_slug"]: hit["symbol"] for hit in found.lineage_firsts}
    assert firsts == {
        "developments-in-ict": "A/C.1/73/L.27/Rev.1",
        "responsible-state-behaviour": "A/RES/74/28",
    }
    assert found.first["symbol"] == "A/C.1/73/L.27/Rev.1"
    assert [hit["first_in_lineage"] for hit in found.hits] == [True, True, False, False]


def test_the_page_lists_the_first_appearance_in_each_lineage(client, seeds):
    page = client.get("/search/", {"q": "Calls upon Member States"}).text
    assert "Where this wording first appeared in each lineage (2)" in page
    assert page.count("First in its lineage") == 1


@pytest.mark.parametrize(
    "wording, phrase, marked",
    [
        (
            "Подчеркивает важность ж информационной безопасности.",
            "Ж ИНФОРМАЦИОННОЙ",
            "ж информационной",
        ),
        ("تؤكد أهمية التنمية المستدامة للجميع", "التنمية المستدامة", "التنمية المستدامة"),
        ("推动构建 人类命运共同体 的努力", "人类命运共同体", "人类命运共同体"),
    ],
)
def test_words_in_any_script_are_found_through_the_index(seeds, wording, phrase, marked):
    stored("A/C.3/80/L.5", dt.date(2025, 11, 1), wording)
    (hit,) = phrase_search(phrase, near_matches=False).hits
    assert hit["symbol"] == "A/C.3/80/L.5"
    assert [wording[start:end] for start, end in hit["spans"]] == [marked]


def test_words_in_another_order_are_offered_as_near_matches(seeds):
    found = phrase_search("future shared community")
    assert found.near
    assert "A/RES/75/240" in [hit["symbol"] for hit in found.hits]
    assert phrase_search("future shared community", near_matches=False).hits == []


def test_a_misspelt_phrase_finds_near_matches_by_trigrams_on_postgresql(seeds):
    if connection.vendor != "postgresql":
        pytest.skip("trigram similarity is PostgreSQL's")
    found = phrase_search("comunity of shared futur for humankind")
    assert found.near
    assert "A/RES/75/240" in [hit["symbol"] for hit in found.hits]


def test_the_page_says_when_it_shows_near_matches(client, seeds):
    page = client.get("/search/", {"q": "future shared community"}).text
    assert "No paragraph holds “future shared community” as typed" in page
    assert "<mark>" in page
    assert "First appearance" not in page


def test_hostile_text_in_a_paragraph_stays_inert_when_highlighted(client, seeds):
    stored(
        "A/C.4/80/L.6",
        dt.date(2025, 11, 2),
        '<img src=x onerror="alert(1)"> lunar "mining" rights <script>x()</script>',
    )
    page = client.get("/search/", {"q": "lunar mining"}).text
    assert "<script>x()</script>" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;x()&lt;/script&gt;" in page
    assert "<mark>lunar &quot;mining</mark>" in page


def test_pages_link_to_each_other_with_and_without_javascript(client, seeds):
    for n in range(1, 26):
        stored(f"A/C.5/80/L.{n}", dt.date(2025, 9, n), f"Lunar mining rights, draft {n}.")
    page = client.get("/search/", {"q": "lunar mining"}).text
    assert "25 paragraphs contain “lunar mining”" in page
    assert "Page 1 of 2" in page
    assert 'href="/search/?q=lunar+mining&amp;page=2"' in page
    assert 'hx-get="/search/?q=lunar+mining&amp;page=2"' in page
    second = client.get("/search/", {"q": "lunar mining", "page": "2"}).text
    assert second.count('<li class="search-result') == 5
    assert 'rel="prev"' in second


def test_an_unknown_order_is_refused(seeds):
    with pytest.raises(SearchRefused):
        phrase_search(PHRASE, order="random")
