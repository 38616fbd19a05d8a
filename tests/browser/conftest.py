"""A real headless Chromium (Debian's) driven by Playwright against pytest-django's live server.

No browser downloads: Playwright is pointed at /usr/bin/chromium. Screenshots go to
test-artifacts/screenshots/ for people to look at.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in this thread; Django would refuse ORM calls.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run `make browser-deps`.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _open(browser, base_url: str, **options):
    context = browser.new_context(
        base_url=base_url,
        viewport={"width": 1280, "height": 900},
        reduced_motion="reduce",  # steady screenshots: no smooth scrolling mid-capture
        **options,
    )
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: errors.append(message.text) if message.type == "error" else None,
    )
    page.javascript_errors = errors
    return context, page


@pytest.fixture
def page(browser, live_server, seeds):
    """A tab under the site's real CSP: a blocked inline script shows up as an error."""
    context, page = _open(browser, live_server.url)
    yield page
    context.close()


@pytest.fixture
def axe_page(browser, live_server, seeds):
    """A tab that lets axe-core be injected (an inline script the site's CSP would block)."""
    context, page = _open(browser, live_server.url, bypass_csp=True)
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """screenshot(page, "name") saves a full-page PNG under test-artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str, *, full_page: bool = True) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take


@pytest.fixture
def axe():
    """axe(page) runs axe-core on the page and returns its serious and critical violations."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `npm ci` (or `make browser-deps`).")

    def run(page) -> list[dict]:
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run()")
        return [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "nodes": [n["target"] for n in v["nodes"]][:5],
            }
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return run
