"""Public pages only read: any other method is 405, and the health check answers plain HTTP."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

PUBLIC = [
    "/",
    "/healthz",
    "/search/?q=oceans",
    "/documents/A/RES/75/240/",
    "/documents/A/RES/75/240/history/OP1/",
    "/compare/",
    "/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/",
    "/exports/documents/A/RES/75/240/text.txt",
    "/exports/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/redline.docx",
]


@pytest.fixture
def strict_client():
    """A client that checks CSRF tokens as a browser's requests are checked."""
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize("address", PUBLIC)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_write_method_on_a_public_page_is_not_allowed(strict_client, seeds, address, method):
    response = getattr(strict_client, method)(address)
    assert response.status_code == 405, response.status_code
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.parametrize("address", PUBLIC)
def test_get_and_head_still_answer(strict_client, seeds, address):
    assert strict_client.get(address).status_code == 200
    assert strict_client.head(address).status_code == 200


def test_the_admin_still_checks_csrf_on_its_forms(strict_client, amina):
    response = strict_client.post("/admin/login/", {"username": "amina", "password": "x"})
    assert response.status_code == 403


def test_the_health_check_answers_plain_http_while_pages_go_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    health = client.get("/healthz")
    assert (health.status_code, health.text) == (200, "ok")
    home = client.get("/")
    assert home.status_code == 301
    assert home["Location"].startswith("https://")
    assert client.get("/healthz/x").status_code == 301
