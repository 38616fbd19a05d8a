from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from undrafts.documents.bulk_import import FileOutcome, Outcome, archive_import
from undrafts.documents.linking import links_find_and_apply


class Command(BaseCommand):
    help = (
        "Import .pdf, .docx and .txt files and folders of them. Files already imported with "
        "the same content are skipped; changed ones get new paragraph revisions. Then link "
        "the documents into lineages."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="Files or folders.")
        parser.add_argument(
            "--jobs", type=int, default=1, help="Worker processes reading files (default 1)."
        )
        parser.add_argument(
            "--no-link", action="store_true", help="Do not look for lineages afterwards."
        )

    def handle(self, *args, **options):
        jobs = options["jobs"]
        if jobs < 1:
            raise CommandError("--jobs must be at least 1.")
        console = Console(file=self.stderr._out, stderr=True)
        with Progress(
            TextColumn("Importing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}"),
            console=console,
            transient=False,
        ) as progress:
            task = progress.add_task("", total=None)

            def started(total: int) -> None:
                progress.update(task, total=total)

            def done(outcome: FileOutcome) -> None:
                progress.update(task, advance=1, description=outcome.symbol or outcome.path.name)

            outcomes = archive_import(options["paths"], jobs=jobs, on_start=started, on_done=done)
        self._summary(outcomes)
        changed = [
            o.document_id for o in outcomes if o.status in (Outcome.IMPORTED, Outcome.REVISED)
        ]
        if changed and not options["no_link"]:
            report = links_find_and_apply(document_ids=changed)
            self.stdout.write(report.summary())
        if any(o.status == Outcome.FAILED for o in outcomes):
            raise CommandError("Some files were not imported; see the reasons above.", returncode=1)

    def _summary(self, outcomes: list[FileOutcome]) -> None:
        counts = Counter(o.status for o in outcomes)
        for outcome in sorted(outcomes, key=lambda o: str(o.path)):
            if outcome.status == Outcome.FAILED:
                self.stdout.write(self.style.ERROR(f"  failed: {outcome.path}: {outcome.reason}"))
        self.stdout.write(
            f"{counts[Outcome.IMPORTED]} imported, {counts[Outcome.UNCHANGED]} unchanged, "
            f"{counts[Outcome.REVISED]} revised, {counts[Outcome.FAILED]} failed."
        )
