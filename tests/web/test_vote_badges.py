"""Votes and sponsors where delegates read: beside paragraphs, in comparisons, in the aside."""

import re

import pytest

pytestmark = pytest.mark.django_db


def paragraph_html(page: str, anchor: str) -> str:
    start = page.index(f'id="{anchor}"')
    end = page.find('<li class="paragraph', start)
    return page[start : end if end != -1 else None]


def row_html(page: str, anchor: str) -> str:
    start = page.index(f'id="{anchor}"')
    end = page.find('<li class="row', start)
    return page[start : end if end != -1 else None]


def test_the_draft_shows_a_badge_beside_the_two_paragraphs_voted_on_separately(client, seeds):
    page = client.get("/documents/A/C.1/75/L.8/Rev.1/").text
    pp10 = paragraph_html(page, "PP10")
    assert "Separate vote" in pp10 and "retained 108–49–11" in pp10
    assert "(lists flagged)" in pp10
    op1 = paragraph_html(page, "OP1")
    assert "retained 92–52–24" in op1
    assert "Motion for a separate vote" in op1 and "adopted 57–31–63" in op1
    assert 'href="/documents/A/C.1/75/L.8/Rev.1/history/OP1/#vote-' in op1
    assert "vote-badge" not in paragraph_html(page, "PP9")
    assert "vote-badge" not in paragraph_html(page, "OP2")


def test_every_paragraph_links_to_its_history(client, seeds):
    page = client.get("/documents/A/C.1/75/L.8/Rev.1/").text
    for label in ("PP1", "PP10", "OP1", "OP5"):
        assert f'href="/documents/A/C.1/75/L.8/Rev.1/history/{label}/"' in page


def test_the_draft_page_lists_its_votes_with_the_whole_text_vote_flagged(client, seeds):
    page = client.get("/documents/A/C.1/75/L.8/Rev.1/").text
    panel = page[page.index('id="votes-heading"') :]
    assert "A/C.1/75/L.8/Rev.1 as a whole" in panel
    assert "104 to 50, with 20 abstentions" in panel
    assert "“(Plurinational State of)” has lost the head word of a State" in panel


def test_a_report_page_lists_every_vote_it_records(client, seeds):
    page = client.get("/documents/A/75/394/").text
    panel = page[page.index('id="votes-heading"') :]
    assert "Votes this report records" in panel
    assert "153 to 11, with 9 abstentions" in panel
    assert panel.count("without a vote") == 2
    # Draft resolution II of the report is L.8/Rev.1: its paragraphs carry the badges too.
    assert "retained 92–52–24" in paragraph_html(page, "t2-OP1")
    assert 'href="/documents/A/75/394/history/OP1/?text=2"' in page


def test_a_resolution_page_has_no_vote_panel(client, seeds):
    page = client.get("/documents/A/RES/75/240/").text
    assert 'id="votes-heading"' not in page


def test_the_comparison_shows_the_votes_beside_the_rows_voted_on(client, seeds):
    page = client.get("/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/").text
    op1 = row_html(page, "r-OP1")
    assert "Separate vote on OP1 of A/C.1/75/L.8/Rev.1: retained 92–52–24" in op1
    assert 'href="/documents/A/RES/75/240/history/OP1/"' in op1
    pp10 = row_html(page, "r-PP10")
    assert "Separate vote on PP10 of A/C.1/75/L.8/Rev.1: retained 108–49–11" in pp10
    assert "vote-badge" not in row_html(page, "r-OP2")


def test_the_comparison_of_two_drafts_shows_who_joined_the_sponsors(client, seeds):
    page = client.get("/compare/A/C.1/73/L.27/Rev.1...A/C.1/75/L.8/Rev.1/").text
    assert "31 → 27; 4 joined, 8 left, 23 stayed." in page
    joined = re.search(r"Joined \(4\)</dt>\s*<dd>(.*?)</dd>", page).group(1)
    assert joined == "Kyrgyzstan, Comoros, Myanmar, Zambia"


def test_no_sponsor_comparison_when_one_side_is_a_resolution(client, seeds):
    page = client.get("/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/").text
    assert "sponsors-diff" not in page
