"""A delegate finds the downloads on the pages she is reading, and they work."""

import io
import re

import docx

L27 = "A/C.1/73/L.27/Rev.1"
L8 = "A/C.1/75/L.8/Rev.1"
RES = "A/RES/75/240"


def download_links(html: str) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(r'href="(/exports/[^"]+)"', html)]


def test_the_comparison_page_offers_the_pinned_word_redline(client, seeds):
    page = client.get(f"/compare/{L27}...{RES}/").content.decode()
    (link,) = download_links(page)
    assert link == f"/exports/compare/{L27}@1...{RES}@1/redline.docx"
    response = client.get(link)
    assert response.status_code == 200
    assert docx.Document(io.BytesIO(response.content)).paragraphs


def test_the_redline_link_keeps_the_text_picked_in_a_report(client, seeds):
    page = client.get(f"/compare/A/75/394...{L8}/?lt=2").content.decode()
    (link,) = download_links(page)
    assert link == f"/exports/compare/A/75/394@1...{L8}@1/redline.docx?lt=2&rt=1"
    assert client.get(link).status_code == 200


def test_the_document_page_offers_word_and_plain_text(client, seeds):
    page = client.get(f"/documents/{RES}/").content.decode()
    links = download_links(page)
    assert links == [f"/exports/documents/{RES}/text.docx", f"/exports/documents/{RES}/text.txt"]
    for link in links:
        assert client.get(link).status_code == 200
    assert f'href="/api/documents/{RES}/"' in page
