"""Whether a migration has run on a database: the post-migrate hooks that repair what
SQLite's table rebuilds drop ask it before touching what that migration made."""

from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper


def migration_applied(connection: BaseDatabaseWrapper, app: str, name: str = "") -> bool:
    """Whether `app`'s migration `name` (any of its migrations, without a name) has run."""
    from django.db.migrations.recorder import MigrationRecorder

    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return False
    rows = recorder.migration_qs.filter(app=app)
    return (rows.filter(name=name) if name else rows).exists()
