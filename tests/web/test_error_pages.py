"""Error pages explain what happened and where to go next, in the site's own frame."""

import pytest
from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db


def test_an_address_that_names_nothing_gets_the_friendly_404(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "This page does not exist" in response.text
    assert "/no/such/page/" in response.text
    assert 'href="/compare/"' in response.text


def test_the_500_page_renders_without_a_request_or_database():
    page = render_to_string("500.html")
    assert "Something went wrong on our side" in page
    assert "/static/css/app.css" in page


def test_a_malformed_comparison_address_gets_the_400_page_with_an_example(client):
    response = client.get("/compare/A/RES/75/240/")
    assert response.status_code == 400
    assert "This address cannot be read" in response.text
    assert "joined by three dots" in response.text
    assert 'href="/compare/A/C.1/73/L.27/Rev.1...A/RES/75/240/"' in response.text
