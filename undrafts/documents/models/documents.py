from django.db import models, transaction
from django.db.models.functions import Upper

from ..validators import validate_symbol


class Document(models.Model):
    """One UN document, known by its symbol (A/RES/75/240, A/C.1/75/L.8/Rev.1, A/75/394)."""

    class Kind(models.TextChoices):
        DRAFT_RESOLUTION = "draft_resolution", "Draft resolution"
        REVISED_DRAFT_RESOLUTION = "revised_draft_resolution", "Revised draft resolution"
        RESOLUTION = "resolution", "Adopted resolution"
        COMMITTEE_REPORT = "committee_report", "Committee report"
        DRAFT_DECISION = "draft_decision", "Draft decision"
        DECISION = "decision", "Adopted decision"
        OTHER = "other", "Other"

    class Source(models.TextChoices):
        FILE = "file", "Uploaded file"
        PASTE = "paste", "Pasted text"
        DOCUMENT = "document", "Another document"

    symbol = models.CharField(max_length=100, unique=True, validators=[validate_symbol])
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.OTHER)
    title = models.CharField(max_length=1000, blank=True)
    session = models.PositiveSmallIntegerField(null=True, blank=True)
    committee = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Main Committee number: 1 for the First Committee."
    )
    agenda_item = models.CharField(max_length=50, blank=True)
    date = models.DateField(null=True, blank=True, help_text="Date of issue.")
    adoption_date = models.DateField(null=True, blank=True)
    distribution = models.CharField(max_length=20, blank=True)
    original_language = models.CharField(max_length=100, blank=True)
    meeting = models.CharField(max_length=200, blank=True)

    source = models.CharField(max_length=16, choices=Source.choices, default=Source.FILE)
    source_name = models.CharField(max_length=255, blank=True, help_text="File name imported.")
    source_document = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="derived_documents",
        help_text="The report whose text this document's text was taken from.",
    )
    source_heading = models.CharField(
        max_length=100, blank=True, help_text='The text in the source, e.g. "Draft resolution II".'
    )
    import_warnings = models.JSONField(default=list, blank=True)
    content_hash = models.CharField(
        max_length=64,
        blank=True,
        db_index=True,
        help_text="SHA-256 of the file last imported, so a bulk re-import skips it.",
    )

    lineage = models.ForeignKey(
        "documents.Lineage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
    )
    follows = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="followed_by",
        help_text="The text this one revises or follows.",
    )
    withdrawn = models.BooleanField(
        default=False, help_text="Withdrawn documents stay readable for links but leave lists."
    )
    withdrawn_reason = models.CharField(max_length=500, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date", "symbol"]
        # Browsing an archive: newest first, filtered by session, committee or kind.
        indexes = [
            models.Index(fields=["-date", "symbol"], name="document_newest"),
            models.Index(fields=["session", "committee"], name="document_session_body"),
            models.Index(fields=["kind", "-date"], name="document_kind_newest"),
            # The archive's stamp: MAX(updated_at) says whether cached pages still hold.
            models.Index(fields=["updated_at"], name="document_updated"),
            # Symbols are matched without regard to case (A/res/75/240 is A/RES/75/240).
            models.Index(Upper("symbol"), name="document_symbol_upper"),
        ]

    def __str__(self) -> str:
        return self.symbol

    def save(self, *args, **kwargs) -> None:
        """The document, and its extracted text if that was set, in one transaction."""
        with transaction.atomic(using=kwargs.get("using")):
            super().save(*args, **kwargs)
            if getattr(self, "_raw_text_changed", False):
                Extraction.objects.update_or_create(
                    document=self, defaults={"raw_text": self._raw_text}
                )
                self._raw_text_changed = False

    def get_absolute_url(self) -> str:
        return f"/documents/{self.symbol}/"

    @property
    def main_text(self):
        return self.texts.order_by("position").first()

    @property
    def raw_text(self) -> str:
        """The extracted text as imported, kept in its own row (`Extraction`)."""
        if not hasattr(self, "_raw_text"):
            try:
                self._raw_text = self.extraction.raw_text
            except Extraction.DoesNotExist:
                self._raw_text = ""
        return self._raw_text

    @raw_text.setter
    def raw_text(self, value: str) -> None:
        self._raw_text = value
        self._raw_text_changed = True


class Extraction(models.Model):
    """A document's text as extracted at import, in a row of its own.

    Long (tens of kilobytes) and read by few (the admin, linking's look at the header,
    reading votes from a report), it would otherwise make every scan of the documents
    table (counts, facets, a search's joins) read it too: SQLite keeps a row's long value
    on overflow pages that a scan walks.
    """

    document = models.OneToOneField(
        Document, on_delete=models.CASCADE, primary_key=True, related_name="extraction"
    )
    raw_text = models.TextField(blank=True, help_text="The extracted text as imported.")

    def __str__(self) -> str:
        return f"Extraction of {self.document_id}"


class Sponsor(models.Model):
    """A sponsoring State, in the order the document lists it."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="sponsors")
    name = models.CharField(max_length=200)
    position = models.PositiveIntegerField()
    joined_later = models.BooleanField(
        default=False, help_text='Listed as "subsequently joined in sponsoring".'
    )

    class Meta:
        ordering = ["joined_later", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "name"], name="sponsor_once_per_document")
        ]

    def __str__(self) -> str:
        return self.name
