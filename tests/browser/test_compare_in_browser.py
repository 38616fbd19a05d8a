"""What only a browser shows: htmx swaps, the address bar, keyboard steps, copy link."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DRAFT_2018 = "A/C.1/73/L.27/Rev.1"
DRAFT_2020 = "A/C.1/75/L.8/Rev.1"
RESOLUTION = "A/RES/75/240"
PERMALINK = f"/compare/{DRAFT_2020}...{RESOLUTION}/"


def test_a_newcomer_compares_the_2018_draft_with_the_resolution_from_home(page, screenshot):
    page.goto("/")
    screenshot(page, "home")
    page.get_by_role("link", name=f"earliest with the latest: {DRAFT_2018}").click()
    expect(page).to_have_url(re.compile(re.escape(f"/compare/{DRAFT_2018}...{RESOLUTION}/") + "$"))
    expect(page.get_by_role("heading", name="What changed")).to_be_visible()
    expect(page.locator(".summary-sentence")).to_contain_text(
        re.compile(re.escape(DRAFT_2018) + r" had \d+\. Of those, it keeps \d+ word for word")
    )
    expect(page.locator("del").first).to_be_visible()
    expect(page.locator("ins").first).to_be_visible()
    screenshot(page, "compare-l27-rev1-vs-75-240")
    screenshot(page, "compare-l27-rev1-vs-75-240-top", full_page=False)
    assert page.javascript_errors == []


def test_changes_only_and_keyboard_steps_through_the_changes(page, screenshot):
    page.goto(PERMALINK)
    # The Committee's draft was adopted as it stood: nothing to step through.
    expect(page.locator(".summary-sentence")).to_contain_text("No paragraph changed")
    page.get_by_role("link", name="Changes only", exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(PERMALINK) + r"\?changes=1$"))
    expect(page.locator("li.folded")).to_have_count(1)
    expect(page.locator("li.row:visible")).to_have_count(0)
    page.locator("body").press("j")
    expect(page.locator(".change-position")).to_have_text("No changes to step through.")
    screenshot(page, "compare-l8-rev1-vs-75-240-changes-only", full_page=False)

    # Another pair keeps "changes only"; the address follows.
    page.get_by_text("Compare other texts").click()
    page.get_by_label("Older text").fill(DRAFT_2018)
    page.get_by_role("button", name="Compare").click()
    long_pair = f"/compare/{DRAFT_2018}...{RESOLUTION}/?changes=1"
    expect(page).to_have_url(re.compile(re.escape(long_pair) + "$"))
    expect(page.locator("li.folded").first).to_be_visible()
    hidden_rows = page.locator("li.folded li.row").count()
    assert hidden_rows > 0
    expect(page.locator("li.folded li.row").first).to_be_hidden()

    changes = page.locator(".rows [data-change]")
    first_id = changes.nth(0).get_attribute("id")
    second_id = changes.nth(1).get_attribute("id")
    page.locator("body").press("j")
    expect(page.locator(f"[id='{first_id}']")).to_be_focused()
    expect(page).to_have_url(re.compile(f"#{re.escape(first_id)}$"))
    page.keyboard.press("n")
    expect(page.locator(f"[id='{second_id}']")).to_be_focused()
    expect(page.locator(".change-position")).to_have_text(re.compile(r"Change 2 of \d+"))
    page.keyboard.press("k")
    expect(page.locator(f"[id='{first_id}']")).to_be_focused()
    screenshot(page, "compare-changes-only", full_page=False)

    # A folded run opens on demand.
    folded = page.locator("li.folded details").first
    folded.locator("summary").click()
    expect(folded.locator("li.row").first).to_be_visible()
    assert page.javascript_errors == []


def test_picking_another_pair_swaps_the_panel_and_changes_the_address(page, screenshot):
    page.goto(PERMALINK)
    page.get_by_text("Compare other texts").click()
    page.get_by_label("Older text").fill(DRAFT_2018)
    with page.expect_response(re.compile(r"/compare/\?left=")) as answer:
        page.get_by_role("button", name="Compare").click()
    assert answer.value.headers.get("hx-push-url") == f"/compare/{DRAFT_2018}...{RESOLUTION}/"
    expect(page).to_have_url(re.compile(re.escape(f"/compare/{DRAFT_2018}...{RESOLUTION}/") + "$"))
    expect(page.locator("h1.compare-heading")).to_contain_text(DRAFT_2018)
    expect(page).to_have_title(re.compile(re.escape(DRAFT_2018)))
    # Swapping sides is a link too, and the address follows.
    page.get_by_role("link", name="Swap sides").click()
    expect(page).to_have_url(re.compile(re.escape(f"/compare/{RESOLUTION}...{DRAFT_2018}/") + "$"))
    # Back returns to the previous comparison, rendered whole by the server.
    page.go_back()
    expect(page).to_have_url(re.compile(re.escape(f"/compare/{DRAFT_2018}...{RESOLUTION}/") + "$"))
    expect(page.locator("h1.compare-heading .sym--left")).to_have_text(DRAFT_2018)
    assert page.javascript_errors == []


def test_copy_link_copies_the_pinned_permalink(page, live_server):
    page.goto(PERMALINK)
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator(".copy-status")).to_contain_text("Link copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{live_server.url}/compare/{DRAFT_2020}@1...{RESOLUTION}@1/"
    # Opened by someone else, the pinned link shows the same comparison.
    page.goto(copied)
    expect(page.locator("h1.compare-heading")).to_contain_text(DRAFT_2020)
    expect(page.locator(".notice")).to_have_count(0)


def test_a_row_link_opens_on_that_row_even_inside_a_folded_run(page):
    page.goto(PERMALINK)
    unchanged = page.locator("li.row--unchanged").first.get_attribute("id")
    page.goto(f"{PERMALINK}?changes=1#{unchanged}")
    expect(page.locator(f"[id='{unchanged}']")).to_be_visible()


def test_the_pickers_work_without_javascript(browser, live_server, seeds):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    page.get_by_label("Older text").fill(DRAFT_2018)
    page.get_by_label("Newer text").fill(RESOLUTION)
    page.get_by_role("button", name="Compare").click()
    expect(page).to_have_url(re.compile(re.escape(f"/compare/{DRAFT_2018}...{RESOLUTION}/") + "$"))
    page.get_by_role("link", name="Changes only", exact=True).click()
    expect(page).to_have_url(re.compile(r"\?changes=1$"))
    expect(page.locator("li.folded").first).to_be_visible()
    # Without JavaScript the copy button stays hidden; the link field is there to copy by hand.
    expect(page.get_by_role("button", name="Copy link")).to_be_hidden()
    expect(page.get_by_label("Link to exactly this view")).to_be_visible()
    context.close()


def test_narrow_screens_get_an_inline_view(browser, live_server, seeds, screenshot):
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 390, "height": 844}, reduced_motion="reduce"
    )
    page = context.new_page()
    page.goto(f"/compare/{DRAFT_2018}...{RESOLUTION}/?view=inline&changes=1")
    expect(page.locator(".cell--inline").first).to_be_visible()
    page.locator(".row--changed").first.evaluate("row => row.scrollIntoView()")
    screenshot(page, "compare-inline-narrow", full_page=False)
    page.goto(f"/compare/{DRAFT_2018}...{RESOLUTION}/#r-PP11")
    screenshot(page, "compare-side-narrow", full_page=False)
    context.close()


def test_the_print_stylesheet_gives_a_redline(page, screenshot):
    page.goto(f"/compare/{DRAFT_2018}...{RESOLUTION}/")
    page.emulate_media(media="print")
    expect(page.locator(".toolbar")).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".print-only")).to_be_visible()
    decoration = page.locator("del").first.evaluate("e => getComputedStyle(e).textDecorationLine")
    assert "line-through" in decoration
    screenshot(page, "compare-print")


def test_the_home_filter_narrows_the_list_as_you_type(page):
    page.goto("/")
    page.get_by_label("Filter by symbol, title or family").press_sequentially("L.60")
    expect(page.locator("#filter-status")).to_have_text("1 document matches “L.60”")
    expect(page.locator("#document-list .symbol")).to_have_text(["A/C.1/78/L.60/Rev.1"])
    expect(page).to_have_url(re.compile(r"/\?q=L\.60$"))
    assert page.javascript_errors == []


def test_the_shared_link_follows_the_row_being_read(page, live_server):
    page.goto(f"/compare/{DRAFT_2018}...{RESOLUTION}/")
    page.locator("body").press("j")
    row = page.locator(".rows [data-change]").first.get_attribute("id")
    pinned = f"{live_server.url}/compare/{DRAFT_2018}@1...{RESOLUTION}@1/#{row}"
    expect(page.get_by_label("Link to exactly this view")).to_have_value(pinned)
