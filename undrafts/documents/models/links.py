from django.conf import settings
from django.db import models


class DocumentLink(models.Model):
    """A link the archive found between two documents: `later` follows `earlier`.

    Confident links are applied to `Document.follows` and the lineage; doubtful ones wait
    for an editor. An editor's decision (accepted or rejected) is never overwritten.
    """

    class Relation(models.TextChoices):
        REVISION = "revision", "Revision of the draft"
        DRAFT_TO_DRAFT = "draft_to_draft", "Draft replacing the draft it names"
        DRAFT_TO_RESOLUTION = "draft_to_resolution", "Resolution adopted from the draft"
        YEAR_OVER_YEAR = "year_over_year", "Previous session's resolution"

    class Status(models.TextChoices):
        SUGGESTED = "suggested", "Waiting for an editor"
        APPLIED = "applied", "Applied automatically"
        ACCEPTED = "accepted", "Accepted by an editor"
        REJECTED = "rejected", "Rejected by an editor"

    earlier = models.ForeignKey(
        "documents.Document", on_delete=models.CASCADE, related_name="links_to_later"
    )
    later = models.ForeignKey(
        "documents.Document", on_delete=models.CASCADE, related_name="links_to_earlier"
    )
    relation = models.CharField(max_length=32, choices=Relation.choices)
    confidence = models.FloatField(help_text="0 to 1: how sure the rule is.")
    evidence = models.CharField(max_length=500, help_text="Why the link was suggested.")
    text_kept = models.FloatField(
        null=True, blank=True, help_text="Share of the earlier text's wording kept in the later."
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.SUGGESTED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-confidence", "later__symbol"]
        constraints = [
            models.UniqueConstraint(fields=["earlier", "later"], name="document_link_once"),
        ]
        indexes = [models.Index(fields=["status", "-confidence"], name="document_link_queue")]

    def __str__(self) -> str:
        return f"{self.later} follows {self.earlier} ({self.get_relation_display()})"
