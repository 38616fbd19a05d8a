"""Who joined or left the sponsors between two versions of a text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from undrafts.parsing.country_names import normalise_country

from .models import Document, Sponsor


@dataclass
class SponsorDiff:
    left: Document
    right: Document
    left_names: list[str]
    right_names: list[str]
    joined: list[str]  # in the right's order
    left_sponsors: list[str]  # "left": sponsors of the earlier text no longer listed
    kept: list[str]

    @property
    def has_lists(self) -> bool:
        return bool(self.left_names or self.right_names)


@lru_cache(maxsize=4096)
def _short_name(printed: str) -> str:
    return normalise_country(printed).name  # the same printed name always reads the same


def sponsor_lists(documents: list[Document]) -> dict[int, list[str]]:
    """Each document's sponsors by UN short name, in its order (those who joined last),
    for many documents in one query."""
    lists: dict[int, list[str]] = {d.pk: [] for d in documents}
    rows = (
        Sponsor.objects.filter(document_id__in=list(lists))
        .order_by("document_id", "joined_later", "position")
        .values_list("document_id", "name")
    )
    for document_id, printed in rows:
        name = _short_name(printed)
        if name not in lists[document_id]:
            lists[document_id].append(name)
    return lists


def sponsor_names(document: Document) -> list[str]:
    """The document's sponsors by UN short name, in its order (those who joined last)."""
    return sponsor_lists([document])[document.pk]


def sponsor_diff(
    left: Document, right: Document, lists: dict[int, list[str]] | None = None
) -> SponsorDiff:
    """Who joined the sponsors between two versions and who left them (`lists` from
    `sponsor_lists`, when the caller has read them already)."""
    if lists is None:
        lists = sponsor_lists([left, right])
    before, after = lists[left.pk], lists[right.pk]
    before_set, after_set = set(before), set(after)
    return SponsorDiff(
        left=left,
        right=right,
        left_names=before,
        right_names=after,
        joined=[n for n in after if n not in before_set],
        left_sponsors=[n for n in before if n not in after_set],
        kept=[n for n in after if n in before_set],
    )
