"""A negotiator asks when a phrase first appeared."""

from .conftest import L27, RES

PHRASE = "information and communications technologies"


def test_a_phrase_is_found_in_every_text_oldest_first(get_json):
    status, body = get_json(f"/api/search/?q={PHRASE}&page_size=100")
    assert status == 200
    assert body["query"] == PHRASE
    assert body["count"] == len(body["results"]) > 5
    symbols = [hit["symbol"] for hit in body["results"]]
    assert {L27, RES} <= set(symbols)
    dates = [hit["date"] for hit in body["results"] if hit["date"]]
    assert dates == sorted(dates)
    assert body["results"][0]["first"] is True
    assert not any(hit["first"] for hit in body["results"][1:])
    assert body["first_appeared"] == body["results"][0]
    assert body["first_appeared"]["symbol"] == L27
    assert all(PHRASE in hit["text"].lower() for hit in body["results"])


def test_a_hit_links_to_its_paragraph(get_json):
    _, body = get_json(f"/api/search/?q={PHRASE}")
    hit = body["first_appeared"]
    assert hit["html_url"] == f"http://testserver/documents/{L27}/#{hit['anchor']}"
    assert hit["url"] == f"http://testserver/api/documents/{L27}/"


def test_search_results_come_a_page_at_a_time(get_json):
    _, whole = get_json(f"/api/search/?q={PHRASE}&page_size=100")
    _, second = get_json(f"/api/search/?q={PHRASE}&page_size=2&page=2")
    assert second["results"] == whole["results"][2:4]
    assert second["first_appeared"] == whole["first_appeared"]
    assert second["previous"] and "page=1" in second["previous"]


def test_a_phrase_found_nowhere_gives_an_empty_answer(get_json):
    status, body = get_json("/api/search/?q=lunar mining rights")
    assert status == 200
    assert (body["count"], body["results"], body["first_appeared"]) == (0, [], None)


def test_a_search_without_a_phrase_is_refused(get_json):
    status, body = get_json("/api/search/?q=%20%20")
    assert status == 400
    assert body["error"]["parameter"] == "q"
