from django.db import models


class Lineage(models.Model):
    """A family of texts that descend from one another: drafts, revisions, resolutions."""

    name = models.CharField(max_length=300)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
