"""A link the API gives into a document page lands on the paragraph, reports included."""

import re

from .conftest import REPORT, RES


def _page_ids(client, symbol: str) -> set[str]:

    html = client.get(f"/documents/{symbol}/").content.decode()
    return set(re.findall(r'\bid="([^"]+)"', html))


def test_every_paragraph_anchor_of_a_report_exists_on_its_page(client, get_json):
    _, report = get_json(f"/api/documents/{REPORT}/")
    ids = _page_ids(client, REPORT)
    anchors = [p["anchor"] for text in report["texts"] for p in text["paragraphs"]]
    assert len(report["texts"]) > 1
    assert anchors and all(anchor in ids for anchor in anchors)
    assert report["texts"][1]["paragraphs"][0]["anchor"] == "t2-PP1"


def test_a_single_text_keeps_its_plain_anchors(client, get_json):
    _, resolution = get_json(f"/api/documents/{RES}/")
    ids = _page_ids(client, RES)
    anchors = [p["anchor"] for p in resolution["texts"][0]["paragraphs"]]
    assert anchors[0] == "PP1"
    assert all(anchor in ids for anchor in anchors)


def test_a_search_hit_in_a_report_links_to_a_fragment_its_page_has(client, get_json):
    _, body = get_json("/api/search/?q=Calls upon Member States&page_size=100")
    hits = [hit for hit in body["results"] if hit["symbol"] == REPORT]
    assert hits
    ids = _page_ids(client, REPORT)
    for hit in hits:
        assert hit["anchor"].startswith("t")
        assert hit["anchor"] in ids
        assert hit["html_url"].endswith(f"/documents/{REPORT}/#{hit['anchor']}")
