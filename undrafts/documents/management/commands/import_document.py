from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from undrafts.documents.busy import StillLocked, retry_when_locked
from undrafts.documents.exceptions import UndraftsError
from undrafts.documents.limits import upload_extract
from undrafts.documents.models import Document, Lineage
from undrafts.documents.services import document_import, document_link
from undrafts.extraction import ExtractionError


class Command(BaseCommand):
    help = "Import a document from a file; --symbol wins over any symbol printed in it."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--symbol", help="The document's symbol, e.g. A/C.1/75/L.8/Rev.1.")
        parser.add_argument("--kind", choices=Document.Kind.values)
        parser.add_argument("--title")
        parser.add_argument("--date", help="Date of issue, YYYY-MM-DD.")
        parser.add_argument("--lineage", help="Slug of the lineage the document belongs to.")
        parser.add_argument("--follows", help="Symbol of the text this one revises or follows.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Revise an existing document's paragraphs instead of refusing the symbol.",
        )
        parser.add_argument(
            "--retries",
            type=int,
            default=3,
            help="How often to try again while another process holds the database (SQLite).",
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}.") from exc
        try:
            extracted = upload_extract(path.name, data)
            # One transaction: a try that found the database locked wrote nothing.
            result = retry_when_locked(
                lambda: document_import(
                    raw=extracted.text,
                    warnings=extracted.warnings,
                    symbol=options["symbol"],
                    kind=options["kind"],
                    source=Document.Source.FILE,
                    source_name=path.name,
                    metadata={"title": options["title"], "date": options["date"]},
                    replace=options["replace"],
                ),
                retries=max(0, options["retries"]),
                on_retry=self._say_busy,
            )
        except (ExtractionError, UndraftsError, StillLocked) as exc:
            raise CommandError(str(exc)) from exc
        document = result.document
        if options["lineage"] or options["follows"]:
            self._link(document, options["lineage"], options["follows"])
        verb = "Imported" if result.created else "Re-imported"
        for text in document.texts.all():
            self.stdout.write(f"  {text.heading or 'text'}: {text.paragraphs.count()} paragraphs")
        for warning in result.warnings:
            self.stdout.write(self.style.WARNING(f"  warning: {warning}"))
        if not result.created:
            self.stdout.write(
                f"  {result.revised_paragraphs} paragraph(s) revised, "
                f"{result.added_paragraphs} added."
            )
        self.stdout.write(self.style.SUCCESS(f"{verb} {document.symbol}."))

    def _say_busy(self, attempt: int, pause: float) -> None:
        self.stderr.write(
            f"The database is locked by another process (try {attempt}); "
            f"trying again in {pause:.0f} s."
        )

    def _link(self, document: Document, slug: str | None, follows_symbol: str | None) -> None:
        lineage, follows = document.lineage, document.follows
        if slug:
            lineage = Lineage.objects.filter(slug=slug).first()
            if lineage is None:
                raise CommandError(
                    f"No lineage has the slug {slug}; {document.symbol} is kept unlinked."
                )
        if follows_symbol:
            follows = Document.objects.filter(symbol=follows_symbol).first()
            if follows is None:
                raise CommandError(
                    f"No document {follows_symbol} to follow; {document.symbol} is kept unlinked."
                )
        try:
            retry_when_locked(
                lambda: document_link(document=document, lineage=lineage, follows=follows),
                on_retry=self._say_busy,
            )
        except (UndraftsError, StillLocked) as exc:
            raise CommandError(str(exc)) from exc
