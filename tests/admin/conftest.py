"""People and helpers for driving the admin as its users do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from undrafts.documents.models import Document, Paragraph, ParagraphRevision, Sponsor, Text

ROOT = Path(__file__).resolve().parents[2]
IMPORT_URL = "/admin/documents/document/import/"
REV1 = "A/C.1/73/L.27/Rev.1"
REV2 = "A/C.1/73/L.27/Rev.2"
OLD_OP3 = "*Considers* that the purpose of such measures could be served through"
NEW_OP3 = "*Considers* that the purpose of such measures could best be served through"


@pytest.fixture
def viewer(db):
    """Staff who may look around the admin but is not an editor."""
    user = User.objects.create_user("vera", "vera@example.org", "correct horse battery")
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def amina_client(client, amina, seeds):
    client.force_login(amina)
    return client


def rev1_text() -> str:
    return (ROOT / "fixtures" / "seeds" / "A-C.1-73-L.27-Rev.1.txt").read_text(encoding="utf-8")


def rev2_text() -> str:
    """L.27/Rev.1 as a delegation assistant would paste it for Rev.2: one word added."""
    text = rev1_text()
    assert text.count(OLD_OP3) == 1
    return text.replace(OLD_OP3, NEW_OP3)


def counts() -> dict[str, int]:
    """How much is stored: a refused input must leave every number as it was."""
    return {
        model.__name__: model.objects.count()
        for model in (Document, Text, Paragraph, ParagraphRevision, Sponsor)
    }


def preview(client, **fields):
    """Post the import form for a preview, the way the page's Preview button does."""
    data = {"_preview": "Preview", **fields}
    return client.post(IMPORT_URL, data)


def confirm(client, response, **changes):
    """Press "Confirm and save" on a preview page: post back the form exactly as shown."""
    form = response.context["form"]
    data = {
        name: "" if form[name].value() is None else form[name].value()
        for name in form.fields
        if name != "file"
    }
    if data.get("date"):
        data["date"] = str(data["date"])
    data.update(changes)
    data["_confirm"] = "Confirm and save"
    return client.post(IMPORT_URL, data)


def upload(name: str, data: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def admin_url(name: str, *args) -> str:
    return reverse(f"admin:{name}", args=args)


@pytest.fixture
def browser():
    """Headless Debian Chromium driven by Playwright (no downloaded browser builds)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Debian's chromium is not installed (make browser-deps)")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()
