"""Who joined or left the sponsors between two versions of a text."""

from __future__ import annotations

from dataclasses import dataclass

from undrafts.parsing.country_names import normalise_country

from .models import Document


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


def sponsor_names(document: Document) -> list[str]:
    """The document's sponsors by UN short name, in its order (those who joined last)."""
    names: list[str] = []
    for sponsor in document.sponsors.order_by("joined_later", "position"):
        name = normalise_country(sponsor.name).name
        if name not in names:
            names.append(name)
    return names


def sponsor_diff(left: Document, right: Document) -> SponsorDiff:
    """Who joined the sponsors between two versions and who left them."""
    before, after = sponsor_names(left), sponsor_names(right)
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
