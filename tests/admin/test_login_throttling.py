"""Guessing an editor's password is throttled: a few wrong tries pause signing in."""

import pytest
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


def sign_in(client: Client, username: str, password: str):
    return client.post(LOGIN, {"username": username, "password": password})


def test_a_wrong_password_says_so_and_lets_the_editor_try_again(client, amina):
    response = sign_in(client, "amina", "wrong")
    assert response.status_code == 200
    assert "enter the correct username and password" in response.text
    assert sign_in(client, "amina", "correct horse battery").status_code == 302


def test_after_the_limit_even_the_right_password_is_refused_with_a_clear_page(client, amina):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "amina", "guess")
    response = sign_in(client, "amina", "correct horse battery")
    assert response.status_code == 429
    assert "Signing in is paused" in response.text
    assert f"There were {settings.AXES_FAILURE_LIMIT} wrong passwords" in response.text
    assert "for 15 minutes" in response.text
    assert "_auth_user_id" not in client.session


def test_the_pause_is_for_that_account_from_that_address_only(amina, boris):
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(guesser, "amina", "guess")
    assert sign_in(guesser, "amina", "correct horse battery").status_code == 429
    # Boris, at the same address, and Amina at her own desk still sign in.
    assert (
        sign_in(Client(REMOTE_ADDR="203.0.113.9"), "boris", "correct horse battery").status_code
        == 302
    )
    assert (
        sign_in(Client(REMOTE_ADDR="198.51.100.4"), "amina", "correct horse battery").status_code
        == 302
    )


def test_a_success_before_the_limit_starts_the_count_again(client, amina):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "amina", "guess")
    assert sign_in(client, "amina", "correct horse battery").status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "amina", "guess")
    assert sign_in(client, "amina", "correct horse battery").status_code == 302
