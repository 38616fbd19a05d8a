from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _version_ensure(sender, using, **kwargs) -> None:
    """After every migrate: on SQLite, Django rebuilds a table it alters (new table, copy,
    drop, rename), which drops the archive version's triggers with it; put them back."""
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    from .archive_version import version_create

    connection = connections[using]
    recorder = MigrationRecorder(connection)
    applied = recorder.has_table() and recorder.migration_qs.filter(
        app="documents", name="0006_archive_version"
    )
    if applied and applied.exists():
        version_create(connection)


class DocumentsConfig(AppConfig):
    name = "undrafts.documents"
    verbose_name = "Documents"

    def ready(self) -> None:
        post_migrate.connect(_version_ensure, sender=self, dispatch_uid="archive-version-ensure")
