"""A notebook fetches a comparison: the same JSON the command line and the page give."""

import io
import json
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command

from undrafts.documents.services import paragraph_revise
from undrafts.web.rows import row_anchor

from .conftest import L8, L27, REPORT, RES


def command_json(left: str, right: str) -> dict:
    out = io.StringIO()
    call_command("compare", left, right, format="json", stdout=out)
    return json.loads(out.getvalue())


def test_the_api_gives_the_comparison_the_command_line_gives(get_json):
    status, body = get_json(f"/api/compare/{L8}...{RES}/")
    assert status == 200
    assert body == command_json(L8, RES)
    assert body["left"]["symbol"] == L8
    assert body["right"]["symbol"] == RES
    assert sum(body["summary"].values()) == len(body["rows"])


def test_the_2018_draft_against_the_resolution_marks_ict_spelled_out(get_json):
    _, body = get_json(f"/api/compare/{L27}...{RES}/")
    assert body == command_json(L27, RES)
    words = [piece for row in body["rows"] for piece in row["words"]]
    assert any(op == "delete" and "ICTs" in text for op, text in words)
    assert any(
        op == "insert" and "information and communications technologies" in text
        for op, text in words
    )


def test_a_comparison_names_its_pinned_versions_and_can_be_revalidated(client, seeds):
    response = client.get(f"/api/compare/{L8}...{RES}/")
    assert response["Content-Location"] == f"http://testserver/api/compare/{L8}@1...{RES}@1/"
    assert response["Cache-Control"] == "no-cache"
    etag = response["ETag"]

    again = client.get(f"/api/compare/{L8}...{RES}/", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again["ETag"] == etag

    pinned = client.get(f"/api/compare/{L8}@1...{RES}@1/")
    assert pinned["ETag"] == etag
    assert pinned["Cache-Control"] == "public, max-age=86400"
    assert pinned.json() == response.json()


@pytest.fixture
def forgetful_cache():
    """Comparisons are cached by text and version; an edit rolled back at the end of a test
    would leave a cached version 2 that another test's own version 2 must not see."""
    cache.clear()
    yield
    cache.clear()


def test_an_edit_changes_the_latest_comparison_but_not_the_pinned_one(
    client, seeds, amina, forgetful_cache
):
    before = client.get(f"/api/compare/{L8}...{RES}/")
    resolution = seeds[RES].texts.get()
    paragraph = resolution.paragraphs.order_by("position").first()
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content=paragraph.content + " Amended in plenary.",
        author=amina,
        base_version=resolution.version,
        reason="Oral revision",
    )

    latest = client.get(f"/api/compare/{L8}...{RES}/")
    assert latest["Content-Location"].endswith(f"/api/compare/{L8}@1...{RES}@2/")
    assert latest["ETag"] != before["ETag"]
    assert (
        client.get(
            f"/api/compare/{L8}...{RES}/", headers={"If-None-Match": before["ETag"]}
        ).status_code
        == 200
    )
    inserted = [
        text for row in latest.json()["rows"] for op, text in row["words"] if op == "insert"
    ]
    assert any("Amended in plenary." in text for text in inserted)

    pinned = client.get(f"/api/compare/{L8}@1...{RES}@1/")
    assert pinned.json() == before.json()
    assert pinned["ETag"] == before["ETag"]


def test_a_text_inside_a_report_is_picked_by_its_position(get_json):
    status, body = get_json(f"/api/compare/{REPORT}...{L8}/?lt=2")
    assert status == 200
    # The draft was taken from the report's second text, so nothing changed.
    assert body["summary"]["unchanged"] == len(body["rows"]) > 0
    status, first = get_json(f"/api/compare/{REPORT}...{L8}/")
    assert first["summary"]["unchanged"] < len(first["rows"])


def test_the_canonical_address_of_a_report_text_keeps_its_position(client, seeds):
    response = client.get(f"/api/compare/{REPORT}...{L8}/?lt=2")
    assert response["Content-Location"] == (
        f"http://testserver/api/compare/{REPORT}@1...{L8}@1/?lt=2"
    )


def test_the_api_gives_the_rows_the_comparison_page_shows(client, seeds):
    page = client.get(f"/compare/{L8}...{RES}/").content.decode()
    shown = re.findall(r'<li class="row row--(\w+)[^"]*" id="([^"]+)"', page)
    body = client.get(f"/api/compare/{L8}...{RES}/").json()
    assert shown == [(row["op"], row_anchor(row)) for row in body["rows"]]
    assert len(shown) > 20
