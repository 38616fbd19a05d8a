"""SQLite has one writer at a time: a write kept waiting gets a clear answer, never a 500.

Real processes against a real database file, as in production: gunicorn serving the
admin's sign-in, and several `manage.py import_document` runs at once.
"""

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from .test_killed_import import counts, manage

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).parent / "gunicorn"
BUSY_TIMEOUT = 1  # seconds a write waits for the lock, kept short for the test


def resolution(paragraphs: int) -> str:
    body = ["General Assembly", "Distr.: Limited", "The General Assembly,", "Recalling,"]
    body += [
        f"{n}. Decides that group {n} shall consider item {n * 7} and report on it;"
        for n in range(1, paragraphs + 1)
    ]
    return "\n\n".join(body) + "\n"


@pytest.fixture
def database(tmp_path):
    """A migrated database file with one editor, and the environment that reaches it."""
    path = tmp_path / "busy.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "undrafts.settings",
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": "busy-" + "k" * 50,
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{path}",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DB_BUSY_TIMEOUT": str(BUSY_TIMEOUT),
        "DJANGO_SUPERUSER_PASSWORD": "correct horse battery",
    }
    assert manage(env, "migrate", "--noinput").wait(timeout=120) == 0
    make_editor = manage(
        env, "createsuperuser", "--noinput", "--username", "amina", "--email", "a@example.org"
    )
    assert make_editor.wait(timeout=60) == 0
    assert manage(env, "collectstatic", "--noinput").wait(timeout=120) == 0
    return path, env


class WriteLock:
    """Another process's write transaction, held until released."""

    def __init__(self, path: Path):
        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.connection.execute("ROLLBACK")
        self.connection.close()


@pytest.fixture
def server(database):
    path, env = database
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [str(GUNICORN), "-c", "gunicorn.conf.py", "undrafts.wsgi"],
        cwd=ROOT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=2)  # noqa: S310 (loopback)
            break
        except OSError:
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
    yield base, path
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def sign_in_form(base: str) -> tuple[str, bytes]:
    """The sign-in page's CSRF cookie and a filled-in form, as a browser would send them.

    By hand rather than with a cookie jar: the cookie is Secure, as in production, and a jar
    keeps a Secure cookie off plain HTTP.
    """
    page = urllib.request.urlopen(f"{base}/admin/login/", timeout=10)  # noqa: S310 (loopback)
    cookie = re.search(r"csrftoken=([^;]+)", page.headers["Set-Cookie"]).group(1)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.read().decode())
    data = urllib.parse.urlencode(
        {"username": "amina", "password": "correct horse battery", "csrfmiddlewaretoken": token[1]}
    ).encode()
    return f"csrftoken={cookie}", data


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def post(cookie: str, url: str, data: bytes) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, data=data, headers={"Cookie": cookie})  # noqa: S310
    try:
        response = urllib.request.build_opener(NoRedirects).open(request, timeout=30)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()
    return response.status, dict(response.headers), response.read().decode()


@pytest.mark.timeout_sensitive
def test_signing_in_while_another_process_writes_is_a_503_with_a_retry_hint(server):
    base, path = server
    cookie, data = sign_in_form(base)
    lock = WriteLock(path)
    try:
        started = time.monotonic()
        status, headers, body = post(cookie, f"{base}/admin/login/?next=/admin/", data)
        waited = time.monotonic() - started
    finally:
        lock.release()
    assert status == 503, body[:500]
    assert headers["Retry-After"] == "10"
    assert "Nothing of yours was saved: try again in a few seconds." in body
    assert "Traceback" not in body
    assert BUSY_TIMEOUT * 0.9 <= waited < BUSY_TIMEOUT + 10, "it waited for the lock first"

    # Once the other write is done, the same sign-in goes through.
    status, headers, _body = post(cookie, f"{base}/admin/login/?next=/admin/", data)
    assert (status, headers["Location"]) == (302, "/admin/")


@pytest.mark.timeout_sensitive
def test_four_imports_at_once_all_finish(database, tmp_path):
    path, env = database
    source = tmp_path / "draft.txt"
    source.write_text(resolution(3000), encoding="utf-8")
    before = counts(path)
    imports = [
        manage(
            env, "import_document", str(source), "--symbol", f"A/C.1/75/L.{n}", "--retries", "30"
        )
        for n in (91, 92, 93, 94)
    ]
    outcomes = [(process.wait(timeout=300), process.stderr.read().decode()) for process in imports]
    for code, stderr in outcomes:
        assert code == 0, stderr
        assert "Traceback" not in stderr
    documents, paragraphs, _ = counts(path)
    assert (documents, paragraphs) == (before[0] + 4, before[1] + 4 * 3001)


@pytest.mark.timeout_sensitive
def test_an_import_that_never_gets_the_lock_says_so_and_writes_nothing(database, tmp_path):
    path, env = database
    source = tmp_path / "draft.txt"
    source.write_text(resolution(20), encoding="utf-8")
    before = counts(path)
    lock = WriteLock(path)
    try:
        process = manage(
            env, "import_document", str(source), "--symbol", "A/C.1/75/L.95", "--retries", "1"
        )
        code = process.wait(timeout=120)
        stderr = process.stderr.read().decode()
    finally:
        lock.release()
    assert code == 1
    assert "The database is locked by another process (try 1); trying again in 1 s." in stderr
    assert "The database stayed locked" in stderr
    assert "run the command again once it has finished" in stderr
    assert "Traceback" not in stderr
    assert counts(path) == before
