"""A long comparison in a browser: more rows arrive as the reader scrolls, and a shared
link to a row far down the comparison opens at that row."""

import pytest
from playwright.sync_api import expect

from tests.web.test_compare_paging import PAIR, long_pair
from undrafts.web.paging import ROWS_PER_PAGE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def pair(seeds):
    long_pair(450)


def test_scrolling_down_loads_the_next_rows(page, pair):
    page.goto(PAIR)
    rows = page.locator("ol.rows > li.row")
    expect(rows).to_have_count(ROWS_PER_PAGE)
    page.locator("[data-more-rows]").scroll_into_view_if_needed()
    expect(rows).to_have_count(2 * ROWS_PER_PAGE)
    expect(page.locator(f"[id='r-OP{2 * ROWS_PER_PAGE - 1}']")).to_be_attached()
    assert page.javascript_errors == []


def test_a_link_to_a_far_row_opens_at_that_row(page, pair):
    page.goto(f"{PAIR}#r-OP350")
    row = page.locator("[id='r-OP350']")
    expect(row).to_be_in_viewport()
    expect(row).to_be_focused()
    assert page.javascript_errors == []
