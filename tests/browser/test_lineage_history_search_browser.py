"""The lineage, paragraph history and phrase search pages in a real browser, under the CSP."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {
    "lineage": "/lineages/developments-in-ict/",
    "paragraph-history": "/documents/A/RES/75/240/history/OP1/",
    "paragraph-history-pp10": "/documents/A/C.1/75/L.8/Rev.1/history/PP10/",
    "search": "/search/?q=community+of+shared+future",
    "search-empty": "/search/",
    "document-with-votes": "/documents/A/C.1/75/L.8/Rev.1/",
}


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violations(axe_page, axe, screenshot, name):
    axe_page.goto(PAGES[name])
    violations = axe(axe_page)
    screenshot(axe_page, f"axe-{name}")
    assert violations == []


@pytest.mark.parametrize("name", PAGES)
def test_no_script_or_style_is_blocked_by_the_csp(page, name):
    page.goto(PAGES[name])
    page.wait_for_load_state("networkidle")
    assert page.javascript_errors == []


def test_searching_from_the_form_updates_the_results_and_the_address(page):
    page.goto("/search/")
    page.get_by_role("searchbox", name="Phrase").fill("community of shared future")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r".*/search/\?q=community(\+|%20)of"))
    assert page.locator(".search-result").count() == 4
    assert page.locator(".search-result--first").inner_text().count("A/C.1/73/L.27/Rev.1") == 1


def test_a_vote_badge_opens_the_vote_on_the_history_page(page):
    page.goto("/documents/A/C.1/75/L.8/Rev.1/")
    page.locator("#OP1 .vote-badge", has_text="retained 92–52–24").click()
    page.wait_for_url("**/history/OP1/#vote-*")
    assert page.locator(".vote:target").inner_text().count("92 to 52") == 1
