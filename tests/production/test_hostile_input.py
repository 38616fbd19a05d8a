"""Hostile text typed or uploaded by anyone is shown inert everywhere, and never breaks a page."""

import io
import json

import pytest
from django.core.cache import cache
from docx import Document as WordDocument

from undrafts.documents.services import document_import

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('owned')</script>"
BREAKER = '"><img src=x onerror=alert(1)>'
RTL = "\u202eevil\u202c"
HOSTILE_RAW = f"""General Assembly

Distr.: Limited

The General Assembly,

Recalling the danger of {SCRIPT} in drafts,

Noting that {BREAKER} and {RTL} and {"very " * 400}long words should stay inert,

1. Decides to read {SCRIPT} aloud;

2. Also decides to remain seized of the matter.
"""
SYMBOL = "A/C.1/75/L.66"


@pytest.fixture
def hostile(seeds):
    cache.clear()
    document = document_import(
        raw=HOSTILE_RAW,
        symbol=SYMBOL,
        metadata={"title": f"Title {SCRIPT} {BREAKER}"},
        sponsors=[f"Ruritania {SCRIPT}", f"Freedonia {BREAKER}"],
    ).document
    yield document
    cache.clear()


def assert_inert(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "onerror=alert(1)>" not in html.replace("&gt;", "")


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/?q=Ruritania",
        f"/documents/{SYMBOL}/",
        f"/compare/A/C.1/75/L.8/Rev.1...{SYMBOL}/",
        f"/compare/{SYMBOL}...A/RES/75/240/?changes=1&view=inline",
        f"/documents/{SYMBOL}/history/PP1/",
        "/search/?q=danger",
        f"/search/?q={SCRIPT}",
    ],
)
def test_hostile_text_is_inert_on_every_page(client, hostile, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert_inert(response.text)
    # the hostile text is on the page, escaped, not dropped
    assert "&lt;script&gt;alert(" in response.text, url


def test_pages_send_a_content_security_policy_of_our_own_scripts_only(client, hostile):
    policy = client.get(f"/documents/{SYMBOL}/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


def test_the_api_returns_hostile_text_as_data(client, hostile):
    response = client.get(f"/api/documents/{SYMBOL}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    assert SCRIPT in json.dumps(body, ensure_ascii=False)
    comparison = client.get(f"/api/compare/A/C.1/75/L.8/Rev.1...{SYMBOL}/")
    assert comparison.status_code == 200


def test_exports_carry_hostile_text_as_plain_words(client, hostile):
    text = client.get(f"/exports/documents/{SYMBOL}/text.txt")
    assert text.status_code == 200
    assert text["Content-Type"].startswith("text/plain")
    word = client.get(f"/exports/compare/A/C.1/75/L.8/Rev.1...{SYMBOL}/redline.docx")
    assert word.status_code == 200
    words = " ".join(p.text for p in WordDocument(io.BytesIO(word.content)).paragraphs)
    assert "alert('owned')" in words


def test_the_admin_preview_shows_hostile_text_inert(client, amina, seeds):
    client.force_login(amina)
    response = client.post(
        "/admin/documents/document/import/",
        {
            "symbol": "A/C.1/75/L.67",
            "kind": "draft_resolution",
            "text": HOSTILE_RAW,
            "preview": "1",
        },
    )
    assert response.status_code in (200, 400)
    assert_inert(response.text)


@pytest.mark.parametrize(
    "url",
    [
        f"/documents/{SCRIPT}/",
        "/documents/A/RES/75/240%00/",
        f"/compare/{BREAKER}...A/RES/75/240/",
        "/compare/A/RES/75/240.../",
        "/compare/A/RES/75/240@abc...A/RES/74/28@-1/",
        "/compare/A/RES/75/240...A/RES/74/28/?lt=zz&rt=999999999999999999999",
        f"/api/documents/{SCRIPT}/",
        "/api/documents/?page=-1&page_size=99999",
        f"/api/search/?q={'x' * 5000}",
        f"/search/?q={'x' * 5000}",
        "/lineages/%E2%80%AE/",
        f"/exports/documents/{SCRIPT}/text.txt",
        "/" + "a/" * 500,
    ],
)
def test_malformed_addresses_get_an_answer_never_a_server_error(client, seeds, url):
    response = client.get(url)
    assert 200 <= response.status_code < 500, (url, response.status_code)
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html"):
        assert_inert(response.content.decode("utf-8", "replace"))
    else:  # data echoed in JSON or plain text, which browsers are told not to sniff as HTML
        assert content_type.startswith(("application/json", "text/plain")), content_type
        assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "method, url",
    [
        ("post", "/admin/documents/document/import/"),
        ("post", "/admin/documents/document/add/"),
        ("post", "/api/documents/"),
        ("delete", "/api/documents/A/RES/75/240/"),
        ("post", "/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/"),
        ("post", "/documents/A/RES/75/240/"),
    ],
)
def test_anonymous_users_cannot_reach_a_write_path(client, seeds, method, url):
    before = seeds["A/RES/75/240"].main_text.paragraphs.values_list("content", flat=True)
    before = list(before)
    response = getattr(client, method)(url, {"symbol": "A/C.1/75/L.68", "text": HOSTILE_RAW})
    assert response.status_code in (302, 403, 405), (url, response.status_code)
    if response.status_code == 302:
        assert "/login/" in response["Location"]
    after = list(seeds["A/RES/75/240"].main_text.paragraphs.values_list("content", flat=True))
    assert after == before
