"""Whole-database backup to one portable file and back, the same on SQLite and PostgreSQL."""

from __future__ import annotations

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
    # flush re-creates content types and permissions, which the backup refers to by name.
    call_command("flush", interactive=False, verbosity=0)
    call_command("loaddata", str(path), verbosity=0)
