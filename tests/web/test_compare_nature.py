"""A delegate comparing this year's resolution with last year's sees which changes were the
annual update (technical) and which were negotiated (substantive), and can hide the first.

On the shared real PDFs (Pattern of conferences 2024 -> 2025, the Second Committee's
78/222 -> 79/185); skipped with the reason when ../shared/realworld is absent.
"""

import re

import pytest

from tests.realworld.conftest import REALWORLD, extracted, pdf_path, realworld_available
from undrafts.documents.services import document_import

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not realworld_available(), reason=f"the real-document folder {REALWORLD} is absent"
    ),
]

PATTERN = "/compare/A/RES/79/248...A/RES/80/234/"  # Pattern of conferences, 2024 and 2025
SECOND = "/compare/A/RES/78/222...A/RES/79/185/"


def _import(*symbols: str) -> None:
    for symbol in symbols:
        document_import(raw=extracted(symbol), symbol=symbol, source_name=pdf_path(symbol).name)


@pytest.fixture
def pattern(db):
    _import("A/RES/79/248", "A/RES/80/234")


@pytest.fixture
def second_committee(db):
    _import("A/RES/78/222", "A/RES/79/185")


def row_html(page: str, anchor: str) -> str:
    match = re.search(rf'<li class="row [^"]*" id="{re.escape(anchor)}".*?</li>\n', page, re.S)
    assert match, f"no row {anchor}"
    return match.group(0)


def count(page: str, nature: str) -> int:
    match = re.search(rf"<strong>(\d+)</strong> {nature}", page)
    assert match, f"no {nature} count"
    return int(match.group(1))


def test_the_summary_counts_technical_and_substantive_changes(client, pattern):
    page = client.get(PATTERN).text
    # 25 rows differ only in sessions, years, dates and symbols; every other change counts
    # as substantive (the 27 rewordings and moves, and the 20 deletions)
    assert count(page, "technical") == 25
    assert count(page, "substantive") == 27 + 20
    assert "session numbers, years, dates, symbols only" in page


def test_an_annual_update_row_is_marked_technical_and_a_negotiated_one_substantive(client, pattern):
    page = client.get(PATTERN).text
    # PP1: "resolution 78/245 of 22 December 2023" -> "79/248 of 24 December 2024"
    update = row_html(page, "r-PP1")
    assert "row--technical" in update and 'class="nature nature--technical"' in update
    assert "only session numbers, years, dates or symbols differ" in update
    # PP7: "Administrative and Budgetary Matters" -> "Questions"
    negotiated = row_html(page, "r-PP7")
    assert "row--substantive" in negotiated and "nature--substantive" in negotiated


def test_a_weaker_verb_is_flagged_in_words_not_colour_alone(client, second_committee):
    page = client.get(SECOND).text
    op6 = row_html(page, "r-OP6")
    assert 'aria-label="Wording that changed strength"' in op6
    flag = re.sub(r"<[^>]+>", "", re.search(r'<li class="strength-flag.*?</li>', op6).group(0))
    assert " ".join(flag.split()) == "▼ requests → became invites, weaker"
    # a qualifier dropped ("as applicable") makes OP1 stronger
    assert "strength-flag--stronger" in row_html(page, "r-OP1")
    assert "as applicable" in row_html(page, "r-OP1")


def test_substantive_only_folds_the_annual_update_with_the_unchanged_rows(client, pattern):
    page = client.get(PATTERN, {"changes": "substantive"}).text
    assert 'id="substantive-only" aria-current="true"' in page
    technical = row_html(page, "r-PP1")
    # folded like an unchanged row: inside a closed group, and not a stop for j/k
    assert "data-change" not in technical
    folds = re.findall(r"<summary>([^<]*technical change[^<]*)</summary>", page)
    assert folds, "the technical rows fold into groups that say what they hold"
    assert any("(PP1" in fold for fold in folds)
    # its differences are still there when the reader opens the group
    assert "<del" in technical or "<ins" in technical
    assert "data-change" in row_html(page, "r-PP7")


def test_changes_only_keeps_technical_rows_open(client, pattern):
    page = client.get(PATTERN, {"changes": "1"}).text
    assert 'id="changes-only" aria-current="true"' in page
    assert "data-change" in row_html(page, "r-PP1")
    assert "technical change" not in re.sub(r'<span class="vh">.*?</span>', "", page)


def test_the_view_is_a_real_link_kept_in_the_permalink_and_the_next_page(client, pattern):
    page = client.get(PATTERN).text
    assert f'href="{PATTERN}?changes=substantive"' in page
    substantive = client.get(PATTERN, {"changes": "substantive"}).text
    assert "/compare/A/RES/79/248@1...A/RES/80/234@1/?changes=substantive" in substantive
    # 145 rows: the second page of rows keeps the view, as a page and for htmx
    assert f'href="{PATTERN}?changes=substantive&amp;page=2"' in substantive
    assert f'hx-get="{PATTERN}?changes=substantive&amp;page=2&amp;part=rows"' in substantive
    more = client.get(
        PATTERN,
        {"changes": "substantive", "page": "2", "part": "rows"},
        headers={"HX-Request": "true"},
    )
    assert more.status_code == 200 and "<html" not in more.text


def test_htmx_swaps_in_the_substantive_view_alone(client, pattern):
    response = client.get(PATTERN, {"changes": "substantive"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.text and 'id="comparison"' in response.text
    assert 'id="substantive-only" aria-current="true"' in response.text


def test_each_view_of_a_pinned_pair_has_its_own_etag(client, pattern):
    pinned = "/compare/A/RES/79/248@1...A/RES/80/234@1/"
    tags = {client.get(pinned, {"changes": c})["ETag"] for c in ("", "1", "substantive")}
    assert len(tags) == 3
    again = client.get(pinned, {"changes": "substantive"})
    assert (
        client.get(
            pinned, {"changes": "substantive"}, headers={"If-None-Match": again["ETag"]}
        ).status_code
        == 304
    )


def test_a_view_the_page_does_not_know_is_a_clear_400(client, pattern):
    response = client.get(PATTERN, {"changes": "technical"})
    assert response.status_code == 400
    assert "substantive (show substantive changes only)" in response.text


def test_the_change_map_draws_the_annual_update_quieter(client, pattern):
    page = client.get(PATTERN).text
    bars = re.findall(r'<a class="seg ([^"]*)" href="#([^"]+)"', page)
    assert "seg--technical" in dict((anchor, cls) for cls, anchor in bars)["r-PP1"]
    assert "seg--technical" not in dict((anchor, cls) for cls, anchor in bars)["r-PP7"]
