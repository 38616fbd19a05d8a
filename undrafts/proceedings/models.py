from django.db import models


class Vote(models.Model):
    """A decision a committee report records on a draft: a recorded vote or none.

    The stated counts are the report's; the lists are the names it prints. When they
    disagree, `discrepancies` says how, in words a reader can check against the report.
    """

    class Subject(models.TextChoices):
        WHOLE = "whole", "The draft as a whole"
        PARAGRAPH = "paragraph", "A paragraph voted on separately"
        MOTION = "motion", "A motion for a separate vote"

    class Method(models.TextChoices):
        RECORDED = "recorded", "Recorded vote"
        UNRECORDED = "unrecorded", "Vote"
        WITHOUT_VOTE = "without_vote", "Without a vote"

    report = models.ForeignKey(
        "documents.Document", on_delete=models.CASCADE, related_name="reported_votes"
    )
    draft = models.ForeignKey(
        "documents.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="votes",
        help_text="The draft voted on, when it is stored.",
    )
    draft_symbol = models.CharField(max_length=100, help_text="As the report names it.")
    position = models.PositiveIntegerField(help_text="Order in the report.")
    subject = models.CharField(max_length=16, choices=Subject.choices)
    method = models.CharField(max_length=16, choices=Method.choices)
    outcome = models.CharField(max_length=30, blank=True, help_text='"adopted", "retained".')
    paragraph_label = models.CharField(
        max_length=40, blank=True, help_text='The paragraph voted on or moved on: "OP1".'
    )
    paragraph_labels = models.JSONField(default=list, blank=True)
    paragraph_phrase = models.CharField(
        max_length=200, blank=True, help_text='As printed: "The tenth preambular paragraph".'
    )
    statement = models.TextField(blank=True, help_text="The report's sentence.")
    report_paragraph = models.CharField(max_length=20, blank=True, help_text='"10 (b)".')
    meeting = models.CharField(max_length=200, blank=True)
    recommended_as = models.CharField(max_length=100, blank=True)
    yes = models.PositiveIntegerField(null=True, blank=True)
    no = models.PositiveIntegerField(null=True, blank=True)
    abstain = models.PositiveIntegerField(null=True, blank=True)
    in_favour = models.JSONField(default=list, blank=True)
    against = models.JSONField(default=list, blank=True)
    abstaining = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True, help_text="The report's footnotes.")
    intentions = models.JSONField(
        default=list, blank=True, help_text='[{"country", "intended", "text"}] from footnotes.'
    )
    discrepancies = models.JSONField(default=list, blank=True)
    corrections = models.JSONField(default=list, blank=True)
    counts_match = models.BooleanField(default=True)
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["report", "position"]
        constraints = [
            models.UniqueConstraint(fields=["report", "position"], name="vote_position_unique")
        ]

    def __str__(self) -> str:
        what = self.paragraph_label or "as a whole"
        return f"{self.draft_symbol} {what}: {self.get_method_display()}"

    @property
    def tallies(self) -> list[dict]:
        """Each list with its stated total, printed count and whether they agree."""
        rows = []
        for key, title, stated in (
            ("in_favour", "In favour", self.yes),
            ("against", "Against", self.no),
            ("abstaining", "Abstaining", self.abstain),
        ):
            names = getattr(self, key)
            rows.append(
                {
                    "key": key,
                    "title": title,
                    "stated": stated,
                    "listed": len(names),
                    "names": names,
                    "matches": stated is None or len(names) == stated,
                }
            )
        return rows

    @property
    def summary(self) -> str:
        """ "92–52–24" for a recorded vote; the method otherwise."""
        if self.yes is None:
            return self.get_method_display()
        return f"{self.yes}–{self.no or 0}–{self.abstain or 0}"

    @property
    def citation(self) -> str:
        paragraph = f", para. {self.report_paragraph}" if self.report_paragraph else ""
        return f"{self.report.symbol}{paragraph}"
