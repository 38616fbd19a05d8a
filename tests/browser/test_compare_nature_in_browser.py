"""A delegate reads this year's Pattern of conferences resolution against last year's: the
annual update is marked quietly, the negotiated changes clearly, and one click hides the
first. Real PDFs from ../shared/realworld; skipped with the reason when it is absent."""

import re

import pytest
from playwright.sync_api import expect

from tests.realworld.conftest import REALWORLD, extracted, pdf_path, realworld_available
from undrafts.documents.services import document_import

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not realworld_available(), reason=f"the real-document folder {REALWORLD} is absent"
    ),
]

PATTERN = "/compare/A/RES/79/248...A/RES/80/234/"  # 145 rows: two pages


@pytest.fixture
def pattern(seeds):
    for symbol in ("A/RES/79/248", "A/RES/80/234"):
        document_import(raw=extracted(symbol), symbol=symbol, source_name=pdf_path(symbol).name)


def test_substantive_only_hides_the_annual_update_and_j_skips_it(page, pattern, screenshot):
    page.goto(PATTERN)
    expect(page.locator(".counts--nature")).to_contain_text("25 technical")
    technical = page.locator("#r-PP1")
    expect(technical.locator(".nature--technical")).to_have_text(re.compile("^technical"))
    expect(page.locator("#r-PP7 .nature--substantive")).to_be_visible()
    screenshot(page, "compare-nature-every-paragraph", full_page=False)
    page.locator("#r-PP1").scroll_into_view_if_needed()
    screenshot(page, "compare-nature-rows", full_page=False)

    page.get_by_role("link", name="Substantive changes only", exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(PATTERN) + r"\?changes=substantive$"))
    expect(page.get_by_role("link", name="Substantive changes only", exact=True)).to_have_attribute(
        "aria-current", "true"
    )
    expect(technical).to_be_hidden()
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "compare-nature-substantive-only", full_page=False)

    # j steps through the negotiated changes only, across the second page of rows
    changes = page.locator(".rows [data-change]")
    on_first_page = changes.count()
    page.locator("body").press("j")
    first = changes.nth(0).get_attribute("id")
    expect(page.locator(f"[id='{first}']")).to_be_focused()
    for _ in range(on_first_page - 1):
        page.keyboard.press("j")
    last_loaded = changes.nth(on_first_page - 1).get_attribute("id")
    expect(page.locator(f"[id='{last_loaded}']")).to_be_focused()
    page.keyboard.press("j")  # past the last change loaded: the next page comes in
    expect(page.locator(".rows-more")).to_have_count(0)
    assert changes.count() > on_first_page
    expect(page.locator(f"[id='{changes.nth(on_first_page).get_attribute('id')}']")).to_be_focused()
    expect(page.locator(".change-position")).to_have_text(re.compile(r"Change \d+ of \d+"))
    ids = page.eval_on_selector_all(".rows [data-change]", "rows => rows.map(r => r.id)")
    assert "r-PP1" not in ids and "r-PP7" in ids

    # the technical row's differences are still there when its fold is opened
    fold = page.locator("li.folded", has=page.locator("#r-PP1"))
    fold.locator("summary").click()
    expect(technical).to_be_visible()
    expect(technical.locator("ins, del").first).to_be_visible()
    page.locator("#r-PP1").scroll_into_view_if_needed()
    screenshot(page, "compare-nature-technical-opened", full_page=False)
    assert page.javascript_errors == []


def test_substantive_only_is_a_real_link_without_javascript(browser, live_server, pattern):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto(PATTERN + "?changes=1")
    page.get_by_role("link", name="Substantive changes only", exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(PATTERN) + r"\?changes=substantive$"))
    expect(page.locator("#r-PP1")).to_be_hidden()
    page.get_by_role("link", name=re.compile("^Show more")).click()
    expect(page).to_have_url(re.compile(r"\?changes=substantive&page=2$"))
    expect(page.get_by_role("link", name="Substantive changes only", exact=True)).to_have_attribute(
        "aria-current", "true"
    )
    context.close()


def test_the_nature_marks_and_strength_flags_pass_axe(axe_page, axe, pattern, screenshot):
    for query, name in (("", "every"), ("?changes=substantive", "substantive")):
        axe_page.goto(PATTERN + query)
        violations = axe(axe_page)
        screenshot(axe_page, f"axe-compare-nature-{name}")
        assert violations == []
