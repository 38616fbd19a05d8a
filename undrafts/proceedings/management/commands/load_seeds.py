from django.core.management.base import BaseCommand

from undrafts.proceedings.seeds import seeds_load


class Command(BaseCommand):
    help = "Load the seed documents from fixtures/ (safe to run again)."

    def handle(self, *args, **options):
        documents = seeds_load()
        for document in documents:
            paragraphs = sum(t.paragraphs.count() for t in document.texts.all())
            self.stdout.write(
                f"{document.symbol:24} {document.texts.count()} text(s) {paragraphs} paragraphs"
            )
        self.stdout.write(self.style.SUCCESS(f"{len(documents)} seed documents loaded."))
