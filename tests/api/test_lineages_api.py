"""A researcher follows a family of texts from the first draft to the resolution."""

from .conftest import L8, L27, RES


def test_every_lineage_is_listed_with_how_many_documents_it_holds(get_json):
    status, page = get_json("/api/lineages/")
    assert status == 200
    counts = {lineage["slug"]: lineage["document_count"] for lineage in page["results"]}
    assert counts == {"developments-in-ict": 3, "responsible-state-behaviour": 3}
    assert page["count"] == 2


def test_a_lineage_lists_its_texts_oldest_first_with_each_steps_comparison(client, get_json):
    status, lineage = get_json("/api/lineages/developments-in-ict/")
    assert status == 200
    assert lineage["name"].startswith("Developments in the field of information")
    assert [d["symbol"] for d in lineage["documents"]] == [L27, L8, RES]
    assert [(s["from"], s["to"]) for s in lineage["steps"]] == [(L27, L8), (L8, RES)]
    step = client.get(lineage["steps"][1]["compare_url"].removeprefix("http://testserver"))
    assert step.status_code == 200
    assert (step.json()["left"]["symbol"], step.json()["right"]["symbol"]) == (L8, RES)


def test_an_unknown_lineage_suggests_the_nearest_slugs(get_json):
    status, body = get_json("/api/lineages/developments-in-icts/")
    assert status == 404
    assert body["error"]["code"] == "unknown_lineage"
    assert body["error"]["suggestions"][0] == "developments-in-ict"
