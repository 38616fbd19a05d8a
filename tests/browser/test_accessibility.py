"""axe-core finds no serious or critical problems on the public pages."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = {
    "home": "/",
    "home-filtered": "/?q=75",
    "document-resolution": "/documents/A/RES/75/240/",
    "document-report": "/documents/A/75/394/",
    "compare-pickers": "/compare/",
    "compare-side-by-side": "/compare/A/C.1/73/L.27/Rev.1...A/RES/75/240/",
    "compare-changes-only": "/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/?changes=1",
    "compare-inline": "/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/?view=inline",
    "not-found": "/documents/A/RES/75/241/",
    "bad-address": "/compare/A/RES/75/240/",
}


@pytest.mark.parametrize("name", PAGES)
def test_no_serious_accessibility_violations(axe_page, axe, screenshot, name):
    axe_page.goto(PAGES[name])
    violations = axe(axe_page)
    screenshot(axe_page, f"axe-{name}")
    assert violations == []
