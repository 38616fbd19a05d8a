from django.conf import settings
from django.db import models

from undrafts.documents.addresses.written import label_anchor


class Text(models.Model):
    """One resolution or decision text; a committee report carries several."""

    class Kind(models.TextChoices):
        RESOLUTION = "resolution", "Resolution"
        DECISION = "decision", "Decision"

    document = models.ForeignKey(
        "documents.Document", on_delete=models.CASCADE, related_name="texts"
    )
    position = models.PositiveSmallIntegerField(default=1)
    heading = models.CharField(max_length=100, blank=True, help_text='"Draft resolution II".')
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.RESOLUTION)
    title = models.CharField(max_length=1000, blank=True)
    # Bumped by every paragraph edit; a permalink pins (text, version).
    version = models.PositiveIntegerField(default=1)
    warnings = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["document", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "position"], name="text_position_unique")
        ]

    def __str__(self) -> str:
        return f"{self.document.symbol} {self.heading}".strip()


class Paragraph(models.Model):
    """A paragraph's place in a text; its words live in revisions."""

    class Kind(models.TextChoices):
        PREAMBULAR = "preambular", "Preambular"
        OPERATIVE = "operative", "Operative"
        HEADING = "heading", "Heading"  # an annex, chapter, article or section heading
        OTHER = "other", "Other"  # text the parser could not place, kept in reading order

    text = models.ForeignKey(Text, on_delete=models.CASCADE, related_name="paragraphs")
    position = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=Kind.choices)
    number = models.CharField(
        max_length=20, blank=True, help_text='As printed: "1", "(a)", "1.13".'
    )
    label = models.CharField(max_length=40, help_text='Stable label: "PP10", "OP1(a)", "OP1.13".')
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    opening = models.CharField(max_length=200, blank=True)
    # The current wording, kept equal to the latest revision for fast reads.
    content = models.TextField()
    footnotes = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["text", "position"]
        constraints = [
            models.UniqueConstraint(fields=["text", "label"], name="paragraph_label_unique"),
            models.UniqueConstraint(fields=["text", "position"], name="paragraph_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.text} {self.label}"

    @property
    def anchor(self) -> str:
        return label_anchor(self.label)


class ParagraphRevision(models.Model):
    """A paragraph's wording at one version of its text. Never updated, never deleted."""

    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="revisions")
    text_version = models.PositiveIntegerField()
    content = models.TextField()
    footnotes = models.JSONField(default=list, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["paragraph", "text_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["paragraph", "text_version"], name="revision_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.paragraph} v{self.text_version}"
