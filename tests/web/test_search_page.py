"""The phrase search page: where a phrase appears, and where it first appeared."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_delegate_finds_where_community_of_shared_future_first_appeared(client, seeds):
    response = client.get("/search/", {"q": "community of shared future for humankind"})
    assert response.status_code == 200
    page = response.text
    assert "4 paragraphs in 4 documents contain “community of shared future for humankind”" in page
    assert (
        'First in <a href="/documents/A/C.1/73/L.27/Rev.1/#PP10">PP10 of A/C.1/73/L.27/Rev.1</a>'
        in page
    )
    assert "(29 October 2018)" in page
    assert page.count("First appearance") == 1
    assert "<mark>community of shared future for humankind</mark>" in page


def test_results_run_oldest_first_and_link_to_the_paragraph_and_its_history(client, seeds):
    page = client.get("/search/", {"q": "community of shared future"}).text
    order = [
        page.index('href="/documents/A/C.1/73/L.27/Rev.1/#PP10"'),
        page.index('href="/documents/A/C.1/75/L.8/Rev.1/#PP10"'),
        page.index('href="/documents/A/75/394/#t2-PP10"'),
        page.index('href="/documents/A/RES/75/240/#PP10"'),
    ]
    assert order == sorted(order)
    assert 'href="/documents/A/RES/75/240/history/PP10/"' in page
    # In the report the paragraph sits in its second text: the history link says which.
    assert 'href="/documents/A/75/394/history/PP10/?text=2"' in page


def test_a_phrase_found_nowhere_says_so(client, seeds):
    page = client.get("/search/", {"q": "lunar mining rights"}).text
    assert "No paragraph contains “lunar mining rights”." in page


def test_the_empty_form_explains_itself(client, seeds):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.text
    assert "paragraphs in" not in response.text


def test_a_phrase_that_is_too_long_is_refused_with_a_message(client, seeds):
    response = client.get("/search/", {"q": "word " * 100})
    assert response.status_code == 400
    assert "at most 300 characters" in response.text
    assert 'aria-invalid="true"' in response.text


def test_typed_markup_is_shown_as_text(client, seeds):
    response = client.get("/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_a_nul_character_is_refused_not_a_server_error(client, seeds):
    response = client.get("/search/", {"q": "shared\x00future"})
    assert response.status_code == 400


def test_htmx_gets_only_the_results(client, seeds):
    response = client.get("/search/", {"q": "community of shared future"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<div id="results"')
    assert "<html" not in response.text
    assert response["Vary"] == "HX-Request"


def test_the_main_navigation_offers_the_search(client, seeds):
    assert 'href="/search/"' in client.get("/").text


def test_a_paragraph_voted_on_separately_carries_its_vote_in_the_results(client, seeds):
    page = client.get("/search/", {"q": "community of shared future"}).text
    results = page.split('<li class="search-result')[1:]
    voted = [r for r in results if "retained 108–49–11" in r]
    assert len(voted) == 1
    assert 'href="/documents/A/C.1/75/L.8/Rev.1/#PP10"' in voted[0]
