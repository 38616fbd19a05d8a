import datetime as dt
from pathlib import Path

from django.core.management.base import BaseCommand

from undrafts.documents.backups import database_backup


class Command(BaseCommand):
    help = "Back the whole database up to one file (.json or .json.gz)."

    def add_arguments(self, parser):
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        parser.add_argument("--output", default=f"backups/undrafts-{stamp}.json.gz")

    def handle(self, *args, **options):
        path = database_backup(Path(options["output"]))
        self.stdout.write(self.style.SUCCESS(f"Backed up to {path}"))
