"""Whole-database backup to one portable file and back, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.db import transaction

# Rows Django recreates itself on migrate; dumping them would clash on restore.
EXCLUDED = ["contenttypes", "auth.permission", "admin.logentry", "sessions"]


def database_backup(path: Path) -> Path:
    """Write every row of every table (natural keys, so ids of users and groups survive)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    call_command(
        "dumpdata",
        natural_foreign=True,
        natural_primary=False,
        exclude=EXCLUDED,
        output=str(path),
        indent=None,
        verbosity=0,
    )
    return path


@transaction.atomic
def database_restore(path: Path) -> None:
    """Replace the database's contents with a backup; on any error nothing changes."""
    if not path.exists():
        raise FileNotFoundError(f"No backup at {path}.")
    with tempfile.TemporaryDirectory() as folder:
        fixture = _upgraded(path, Path(folder))
        # flush re-creates content types and permissions, which the backup refers to by name.
        call_command("flush", interactive=False, verbosity=0)
        call_command("loaddata", str(fixture), verbosity=0)


def _upgraded(path: Path, folder: Path) -> Path:
    """The backup as loaddata takes it today. One taken before a document's extracted
    text had a table of its own holds the text in the document's row: it is moved to an
    Extraction row, every word kept. Any other backup is returned as it is."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as stream:
            rows = json.load(stream)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        message = f"Problem reading the backup {path}: it is not whole JSON ({error})."
        raise ValueError(message) from error
    old = [r for r in rows if r.get("model") == "documents.document" and "raw_text" in r["fields"]]
    if not old:
        return path
    for row in old:
        raw_text = row["fields"].pop("raw_text")
        if raw_text:
            rows.append(
                {"model": "documents.extraction", "pk": row["pk"], "fields": {"raw_text": raw_text}}
            )
    upgraded = folder / "backup.json"
    upgraded.write_text(json.dumps(rows), encoding="utf-8")
    return upgraded
