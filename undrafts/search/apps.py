from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _index_ensure(sender, using, **kwargs) -> None:
    """After every migrate: on SQLite, Django rebuilds a table it alters (new table, copy,
    drop, rename), which drops the index's triggers with it; put them back and reindex."""
    from django.db import connections

    from undrafts.documents.applied import migration_applied

    from .index import index_create

    connection = connections[using]
    if migration_applied(connection, "search"):
        index_create(connection)


class SearchConfig(AppConfig):
    name = "undrafts.search"
    verbose_name = "Search"

    def ready(self) -> None:
        post_migrate.connect(_index_ensure, sender=self, dispatch_uid="search-index-ensure")
