from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _database_ensure(sender, using, **kwargs) -> None:
    """After every migrate: on SQLite, Django rebuilds a table it alters (new table, copy,
    drop, rename), which drops the archive version's triggers and the indexes it does not
    know with it; put them back."""
    from django.db import connections

    from .applied import migration_applied
    from .archive_version import version_create
    from .planner import sqlite_indexes_create

    connection = connections[using]
    if migration_applied(connection, "documents", "0006_archive_version"):
        version_create(connection)
    if migration_applied(connection, "documents", "0009_paragraph_place_sqlite"):
        sqlite_indexes_create(connection)


class DocumentsConfig(AppConfig):
    name = "undrafts.documents"
    verbose_name = "Documents"

    def ready(self) -> None:
        post_migrate.connect(_database_ensure, sender=self, dispatch_uid="documents-ensure")
