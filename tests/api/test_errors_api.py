"""Every refusal is JSON with the right status and a code a script can branch on."""

import pytest

from .conftest import L8, RES


def assert_error(response, status: int, code: str) -> dict:
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert response["Access-Control-Allow-Origin"] == "*"
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (status, code)
    assert error["message"]
    assert isinstance(error["suggestions"], list)
    return error


def test_an_unknown_symbol_is_a_404_that_suggests_near_symbols(client, seeds):
    error = assert_error(client.get("/api/documents/A/RES/75/241/"), 404, "unknown_symbol")
    assert "A/RES/75/241" in error["message"]
    assert RES in error["suggestions"]


def test_an_unknown_symbol_in_a_comparison_is_a_404_too(client, seeds):
    error = assert_error(client.get(f"/api/compare/{L8}...A/RES/75/999/"), 404, "unknown_symbol")
    assert RES in error["suggestions"]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "1.5", "１", "99999999999"])
def test_a_page_that_is_not_a_positive_number_is_a_400(client, seeds, page):
    error = assert_error(client.get("/api/documents/", {"page": page}), 400, "bad_parameter")
    assert error["parameter"] == "page"


def test_a_page_past_the_last_is_a_404_that_points_at_the_last(client, seeds):
    error = assert_error(client.get("/api/documents/?page=9"), 404, "page_not_found")
    assert error["suggestions"] == ["http://testserver/api/documents/?page=1"]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("page_size=101", "page_size"),
        ("page_size=0", "page_size"),
        ("kind=treaty", "kind"),
        ("session=seventy-fifth", "session"),
        ("lineage=no-such-family", "lineage"),
        ("q=" + "x" * 201, "q"),
        ("q=ict%00", "q"),
    ],
)
def test_a_bad_filter_is_a_400_naming_the_parameter(client, seeds, query, parameter):
    error = assert_error(client.get(f"/api/documents/?{query}"), 400, "bad_parameter")
    assert error["parameter"] == parameter


def test_a_bad_kind_lists_the_kinds_that_exist(client, seeds):
    error = assert_error(client.get("/api/documents/?kind=treaty"), 400, "bad_parameter")
    assert "resolution" in error["suggestions"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_api_is_read_only(client, seeds, method):
    response = getattr(client, method)(
        f"/api/documents/{RES}/", data="{}", content_type="application/json"
    )
    error = assert_error(response, 405, "method_not_allowed")
    assert "read-only" in error["message"]
    assert response["Allow"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        (f"/api/compare/{L8}/", 400, "bad_address"),
        (f"/api/compare/{L8}@x...{RES}/", 400, "bad_address"),
        (f"/api/compare/{L8}@0...{RES}/", 400, "bad_address"),
        (f"/api/compare/...{RES}/", 400, "bad_address"),
        (f"/api/compare/{L8}%00...{RES}/", 400, "bad_address"),
        (f"/api/compare/{L8}...{RES}/?lt=zero", 400, "bad_parameter"),
        (f"/api/compare/{L8}...{RES}/?rt=3", 404, "unknown_text"),
        ("/api/compare/" + "A/" * 80 + "..." + RES + "/", 404, "unknown_symbol"),
        ("/api/documents/%00/", 400, "bad_address"),
        ("/api/nothing-here/", 404, "not_found"),
        ("/api/lineages/not a slug/", 404, "not_found"),
    ],
)
def test_a_malformed_address_gets_a_clear_4xx(client, seeds, path, status, code):
    assert_error(client.get(path), status, code)


def test_a_missing_text_position_lists_the_texts_there_are(client, seeds):
    error = assert_error(client.get(f"/api/compare/A/75/394...{RES}/?lt=7"), 404, "unknown_text")
    assert error["suggestions"] == ["1", "2", "3", "4"]
    assert "Draft resolution II" in error["message"]


def test_an_address_without_its_final_slash_is_redirected(client, seeds):
    response = client.get(f"/api/documents/{RES}?x=1")
    assert response.status_code == 301
    assert response["Location"] == f"/api/documents/{RES}/?x=1"


def test_a_browser_preflight_is_answered(client, seeds):
    response = client.options(f"/api/compare/{L8}...{RES}/")
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]
