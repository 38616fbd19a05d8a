from django.core.management.base import BaseCommand, CommandError

from undrafts.documents.exceptions import UndraftsError
from undrafts.documents.models import Document
from undrafts.documents.selectors import symbol_is
from undrafts.proceedings.services import proceedings_import


class Command(BaseCommand):
    help = (
        "Read sponsors and votes from committee reports (all stored reports, or the symbols "
        "given). Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("symbols", nargs="*", help="Report symbols, e.g. A/75/394.")

    def handle(self, *args, **options):
        if options["symbols"]:
            reports = []
            for symbol in options["symbols"]:
                report = Document.objects.filter(symbol_is(symbol.strip())).first()
                if report is None:
                    raise CommandError(f"No document with the symbol {symbol} is stored.")
                reports.append(report)
        else:
            reports = list(Document.objects.filter(kind=Document.Kind.COMMITTEE_REPORT))
        for report in reports:
            try:
                result = proceedings_import(report=report)
            except UndraftsError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(
                f"{report.symbol}: {result.votes} votes ({result.discrepancies} with flagged "
                f"lists); sponsors set on {', '.join(result.sponsors) or 'no stored draft'}"
                + (
                    f"; not stored: {', '.join(result.drafts_missing)}"
                    if result.drafts_missing
                    else ""
                )
            )
