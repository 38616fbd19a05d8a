"""What a committee report says happened to each draft: sponsors and votes.

A Main Committee report (A/75/394) tells, per draft, who submitted it and on whose
behalf, who joined in sponsoring later, and how it was adopted: without a vote, or by a
recorded vote with the lists "In favour:", "Against:", "Abstaining:". A paragraph can
be put to a separate vote ("The tenth preambular paragraph was retained by a recorded
vote of 108 to 49, with 11 abstentions"), after a vote on the motion to do so.

The lists are printed by hand and come through text extraction with damage: markdown
headings ("#### *In favour:*"), page furniture ("20-15344 3/13"), footnotes dropped in
mid-list, names split over a page break ("Côte" / "d'Ivoire"). The parser's clean-up
removes that; this package reads what is left (reading.py: blocks and lists; sentences.py:
submissions and votes; records.py: what is kept) and checks every list against the total the
report states. When they disagree, the vote says so: the report's own totals stand, and the
data never hides the gap.

Pure Python, no Django.
"""

from .reading import parse_proceedings
from .records import (
    LIST_TITLES,
    LISTS,
    METHOD_RECORDED,
    METHOD_UNRECORDED,
    METHOD_WITHOUT_VOTE,
    STATED,
    SUBJECT_MOTION,
    SUBJECT_PARAGRAPH,
    SUBJECT_WHOLE,
    DraftProceedings,
    Intention,
    Proceedings,
    Vote,
)
from .sentences import paragraph_labels

__all__ = [
    "LISTS",
    "LIST_TITLES",
    "METHOD_RECORDED",
    "METHOD_UNRECORDED",
    "METHOD_WITHOUT_VOTE",
    "STATED",
    "SUBJECT_MOTION",
    "SUBJECT_PARAGRAPH",
    "SUBJECT_WHOLE",
    "DraftProceedings",
    "Intention",
    "Proceedings",
    "Vote",
    "paragraph_labels",
    "parse_proceedings",
]
