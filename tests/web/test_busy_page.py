"""A write that waited out SQLite's busy timeout answers 503 with a retry hint, not 500."""

import json
import sqlite3

from django.db import OperationalError

from undrafts.documents.busy import database_locked
from undrafts.web.views.errors import server_error


def answer_while_handling(rf, path: str, error: Exception):
    """What handler500 answers for `error`, called as Django calls it: inside the except."""
    try:
        raise error
    except Exception:
        return server_error(rf.post(path))


def test_a_locked_database_is_a_503_page_with_a_retry_hint(rf):
    response = answer_while_handling(rf, "/admin/login/", OperationalError("database is locked"))
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    page = response.content.decode()
    assert "Busy saving another change" in page
    assert "Nothing of yours was saved: try again in a few seconds." in page


def test_the_api_says_it_in_json(rf):
    response = answer_while_handling(rf, "/api/documents/", OperationalError("database is locked"))
    assert response.status_code == 503
    assert json.loads(response.content)["error"]["code"] == "busy"


def test_any_other_error_is_still_the_500_page(rf):
    response = answer_while_handling(rf, "/", OperationalError("no such table: documents"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_only_sqlites_lock_messages_count_as_busy():
    assert database_locked(sqlite3.OperationalError("database table is locked"))
    assert not database_locked(OperationalError("could not connect to server"))
    assert not database_locked(None)
