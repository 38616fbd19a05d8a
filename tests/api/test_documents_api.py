"""A researcher lists and reads documents through the API."""

from undrafts.documents.models import Document
from undrafts.documents.selectors import text_paragraphs

from .conftest import L8, L27, REPORT, RES


def test_a_researcher_pages_through_every_document_newest_first(get_json, seeds):
    status, first = get_json("/api/documents/?page_size=3")
    assert status == 200
    assert first["count"] == Document.objects.filter(withdrawn=False).count() == 7
    assert (first["page"], first["page_size"], first["previous"]) == (1, 3, None)
    assert len(first["results"]) == 3
    symbols = [d["symbol"] for d in first["results"]]
    pages = 1
    url = first["next"]
    while url:
        status, page = get_json(url.removeprefix("http://testserver"))
        assert status == 200
        symbols += [d["symbol"] for d in page["results"]]
        url = page["next"]
        pages += 1
    assert pages == 3
    newest_first = Document.objects.filter(withdrawn=False).order_by("-date", "symbol")
    assert symbols == [d.symbol for d in newest_first]


def test_documents_are_filtered_by_kind_session_lineage_and_words(get_json):
    _, resolutions = get_json("/api/documents/?kind=resolution")
    assert {d["symbol"] for d in resolutions["results"]} == {RES, "A/RES/74/28"}

    _, session_73 = get_json("/api/documents/?session=73")
    assert [d["symbol"] for d in session_73["results"]] == [L27]

    _, ict = get_json("/api/documents/?lineage=developments-in-ict")
    assert {d["symbol"] for d in ict["results"]} == {L27, L8, RES}

    _, both = get_json("/api/documents/?lineage=developments-in-ict&kind=resolution")
    assert [d["symbol"] for d in both["results"]] == [RES]

    _, words = get_json("/api/documents/?q=L.8")
    assert [d["symbol"] for d in words["results"]] == [L8]


def test_a_summary_links_to_its_detail_its_page_and_its_lineage(get_json):
    _, page = get_json("/api/documents/?q=A/RES/75/240")
    (summary,) = page["results"]
    assert summary["url"] == "http://testserver/api/documents/A/RES/75/240/"
    assert summary["html_url"] == "http://testserver/documents/A/RES/75/240/"
    assert summary["kind"] == "resolution"
    assert summary["follows"] == L8
    assert summary["lineage"]["slug"] == "developments-in-ict"
    status, lineage = get_json(summary["lineage"]["url"].removeprefix("http://testserver"))
    assert status == 200
    assert lineage["slug"] == "developments-in-ict"


def test_a_document_holds_its_texts_paragraphs_and_sponsors(get_json, seeds):
    status, draft = get_json(f"/api/documents/{L27}/")
    assert status == 200
    assert draft["symbol"] == L27
    assert draft["session"] == 73
    assert "Russian Federation" in [s["name"] for s in draft["sponsors"]]
    assert draft["followed_by"] == [L8]
    assert draft["exports"]["docx"].endswith(f"/exports/documents/{L27}/text.docx")
    (text,) = draft["texts"]
    expected = text_paragraphs(seeds[L27].texts.get())
    assert [p["label"] for p in text["paragraphs"]] == [p["label"] for p in expected]
    assert text["paragraphs"][0]["text"] == expected[0]["text"]
    assert set(text["paragraphs"][0]) == {
        "label",
        "kind",
        "text",
        "number",
        "parent_label",
        "opening",
        "footnotes",
        "anchor",
    }
    assert text["version"] == 1


def test_a_committee_report_lists_each_of_its_texts(get_json):
    _, report = get_json(f"/api/documents/{REPORT}/")
    assert [t["position"] for t in report["texts"]] == [1, 2, 3, 4]
    assert report["texts"][1]["heading"] == "Draft resolution II"
    assert all(t["paragraphs"] for t in report["texts"])


def test_a_derived_draft_names_the_report_it_was_taken_from(get_json):
    _, draft = get_json(f"/api/documents/{L8}/")
    assert draft["source_document"] == REPORT
    assert draft["source_heading"] == "Draft resolution II"
    assert draft["compare_with_follows"] == (f"http://testserver/api/compare/{L27}...{L8}/")


def test_a_symbol_typed_in_lower_case_still_finds_the_document(get_json):
    status, document = get_json("/api/documents/a/res/75/240/")
    assert status == 200
    assert document["symbol"] == RES


def test_a_withdrawn_document_leaves_the_list_but_its_address_still_answers(get_json, seeds):
    Document.objects.filter(symbol=L27).update(withdrawn=True, withdrawn_reason="Replaced.")
    _, page = get_json("/api/documents/?page_size=100")
    assert L27 not in [d["symbol"] for d in page["results"]]
    status, document = get_json(f"/api/documents/{L27}/")
    assert status == 200
    assert (document["withdrawn"], document["withdrawn_reason"]) == (True, "Replaced.")


def test_documents_are_filtered_by_year_and_committee_as_the_home_page_is(get_json):
    _, issued_2020 = get_json("/api/documents/?year=2020")
    assert [d["symbol"] for d in issued_2020["results"]] == [
        "A/75/394",
        L8,
        "A/C.1/75/L.4",
    ]
    _, first_committee = get_json("/api/documents/?committee=1&page_size=100")
    assert first_committee["count"] == 7
    _, second_committee = get_json("/api/documents/?committee=2")
    assert second_committee["count"] == 0
    status, body = get_json("/api/documents/?year=20")
    assert (status, body["error"]["parameter"]) == (400, "year")


def test_the_api_list_takes_the_home_pages_filters(client, get_json):
    home = client.get("/?session=75&kind=draft_resolution")
    assert home.status_code == 200
    assert "A/C.1/75/L.4" in home.text
    _, listed = get_json("/api/documents/?session=75&kind=draft_resolution")
    assert [d["symbol"] for d in listed["results"]] == ["A/C.1/75/L.4"]
    _, first_committee = get_json("/api/documents/?body=C1&page_size=100")
    assert first_committee["count"] == 7
    status, body = get_json("/api/documents/?body=C9")
    assert (status, body["error"]["parameter"]) == (400, "body")
    assert "GA" in body["error"]["suggestions"]


def test_a_filter_nothing_can_meet_gives_an_empty_page_not_an_error(get_json):
    status, body = get_json("/api/documents/?body=other")
    assert (status, body["count"], body["results"]) == (200, 0, [])
