from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from undrafts.documents.backups import database_restore


class Command(BaseCommand):
    help = "Replace the database's contents with a backup made by `backup`."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        try:
            database_restore(Path(options["file"]))
        except FileNotFoundError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Restored from {options['file']}"))
