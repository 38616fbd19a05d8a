"""An import process killed in the middle of writing leaves the database as it was."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
# The largest document allowed, with its one preambular paragraph: thousands of inserts.
PARAGRAPHS = settings.MAX_DOCUMENT_PARAGRAPHS - 1


def big_resolution() -> str:
    body = [
        "General Assembly",
        "Distr.: Limited",
        "The General Assembly,",
        "Recalling its earlier resolutions on the subject,",
    ]
    body += [
        f"{n}. Decides that working group number {n} shall consider item {n * 7} "
        f"and report on topic {n * 13} in due course;"
        for n in range(1, PARAGRAPHS + 1)
    ]
    return "\n\n".join(body) + "\n"


def manage(env, *args, **kwargs):
    return subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def write_lock_held(path: Path) -> bool:
    connection = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        connection.close()


def counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as connection:
        return tuple(
            connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in (
                "documents_document",
                "documents_paragraph",
                "documents_paragraphrevision",
            )
        )


@pytest.mark.timeout_sensitive
def test_killing_an_import_midway_writes_nothing(tmp_path):
    database = tmp_path / "killed.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_DEBUG": "1"}
    assert manage(env, "migrate", "--noinput").wait(timeout=120) == 0
    before = counts(database)
    source = tmp_path / "big.txt"
    source.write_text(big_resolution(), encoding="utf-8")

    process = manage(env, "import_document", str(source), "--symbol", "A/C.1/75/L.99")
    deadline = time.monotonic() + 120
    while not write_lock_held(database):
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the import never started writing"
        time.sleep(0.005)
    time.sleep(0.3)  # well into the thousands of inserts
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL, "the import finished before the kill"

    assert counts(database) == before
    assert not write_lock_held(database)
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    again = manage(env, "import_document", str(source), "--symbol", "A/C.1/75/L.99")
    assert again.wait(timeout=300) == 0, again.stderr.read().decode()
    documents, paragraphs, _revisions = counts(database)
    assert (documents, paragraphs - before[1]) == (before[0] + 1, PARAGRAPHS + 1)  # + the preamble
