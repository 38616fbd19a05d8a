from django.core.management.base import BaseCommand, CommandError
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from undrafts.documents.synthetic import NoSourceParagraphs, archive_generate


class Command(BaseCommand):
    help = (
        "Add a synthetic archive made from the stored paragraphs: subjects that come back "
        "every session as a draft, sometimes a revision, and a resolution, in lineages. "
        "Each document is marked 'synthetic archive' as its source file."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000, help="documents to add")
        parser.add_argument("--seed", type=int, default=14, help="the same seed, the same archive")

    def handle(self, *args, count: int, seed: int, **options):
        if count < 1:
            raise CommandError("--count must be at least 1.")
        columns = (TextColumn("synthetic archive"), BarColumn(), MofNCompleteColumn())
        with Progress(*columns, TimeRemainingColumn(), disable=options["verbosity"] < 1) as bar:
            task = bar.add_task("", total=count)
            try:
                made = archive_generate(
                    count=count, seed=seed, progress=lambda n: bar.update(task, completed=n)
                )
            except NoSourceParagraphs as error:
                raise CommandError(str(error)) from error
        self.stdout.write(f"Added {made} synthetic documents.")
