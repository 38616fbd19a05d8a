from django.core.management.base import BaseCommand

from undrafts.documents.linking import links_find_and_apply
from undrafts.documents.models import DocumentLink


class Command(BaseCommand):
    help = (
        "Find which document follows which (revisions, facilitators' drafts, adopted "
        "resolutions, the previous session's resolution); apply the confident links and "
        "leave the doubtful ones for an editor. Editors' decisions are kept."
    )

    def handle(self, *args, **options):
        report = links_find_and_apply()
        if options["verbosity"] > 1:
            links = DocumentLink.objects.select_related("earlier", "later").order_by(
                "later__symbol"
            )
            for link in links:
                self.stdout.write(
                    f"  {link.later.symbol} follows {link.earlier.symbol}: {link.relation}, "
                    f"{link.confidence:.2f}, {link.status}; {link.evidence}"
                )
        self.stdout.write(report.summary())
