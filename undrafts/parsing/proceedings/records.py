"""What a committee report records per draft: its symbols, sponsors and votes.

Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LISTS = ("in_favour", "against", "abstaining")
LIST_TITLES = {"in_favour": "In favour", "against": "Against", "abstaining": "Abstaining"}
STATED = {"in_favour": "yes", "against": "no", "abstaining": "abstain"}

SUBJECT_WHOLE = "whole"
SUBJECT_PARAGRAPH = "paragraph"
SUBJECT_MOTION = "motion"

METHOD_RECORDED = "recorded"
METHOD_UNRECORDED = "unrecorded"
METHOD_WITHOUT_VOTE = "without_vote"


@dataclass
class Intention:
    """A delegation's note that it meant to vote otherwise; the recorded vote stands."""

    country: str
    intended: str  # "abstain", "in favour", "against", "not participate", as printed
    text: str


@dataclass
class Vote:
    draft_symbol: str
    subject: str  # whole | paragraph | motion
    method: str  # recorded | unrecorded | without_vote
    outcome: str = ""  # adopted, retained, rejected, deleted ...
    paragraphs: list[str] = field(default_factory=list)  # ["PP10"], ["OP1"]
    paragraph_phrase: str = ""  # "The tenth preambular paragraph", as printed
    statement: str = ""  # the sentence that records the vote
    report_paragraph: str = ""  # "10 (a)"
    meeting: str = ""  # "14th meeting, on 9 November"
    recommended_as: str = ""  # "Draft resolution II"
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    in_favour: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    abstaining: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    intentions: list[Intention] = field(default_factory=list)
    name_warnings: list[str] = field(default_factory=list)
    corrections: list[str] = field(default_factory=list)

    @property
    def paragraph_label(self) -> str:
        return ", ".join(self.paragraphs)

    def stated(self, key: str) -> int | None:
        return getattr(self, STATED[key])

    def list_matches(self, key: str) -> bool | None:
        """Whether the printed list has as many names as the stated total (None: no list)."""
        stated = self.stated(key)
        if self.method != METHOD_RECORDED or stated is None:
            return None
        return len(getattr(self, key)) == stated

    @property
    def counts_match(self) -> bool:
        return all(self.list_matches(key) is not False for key in LISTS)

    @property
    def discrepancies(self) -> list[str]:
        """Every way the printed lists disagree with the stated totals or with themselves."""
        found: list[str] = []
        if self.method != METHOD_RECORDED:
            return found
        for key in LISTS:
            names, stated = getattr(self, key), self.stated(key)
            if stated is not None and len(names) != stated:
                found.append(
                    f"{LIST_TITLES[key]}: the report states {stated} but lists "
                    f"{len(names)} {'name' if len(names) == 1 else 'names'}."
                )
            seen: set[str] = set()
            for name in names:
                if name in seen:
                    found.append(f"{LIST_TITLES[key]}: {name} is listed twice.")
                seen.add(name)
        for index, key in enumerate(LISTS):
            for other in LISTS[index + 1 :]:
                for name in sorted(set(getattr(self, key)) & set(getattr(self, other))):
                    found.append(
                        f"{name} is listed both {LIST_TITLES[key].lower()} and "
                        f"{LIST_TITLES[other].lower()}."
                    )
        found.extend(self.name_warnings)
        return found

    def as_dict(self) -> dict:
        return {
            "draft_symbol": self.draft_symbol,
            "subject": self.subject,
            "method": self.method,
            "outcome": self.outcome,
            "paragraphs": list(self.paragraphs),
            "paragraph_phrase": self.paragraph_phrase,
            "statement": self.statement,
            "report_paragraph": self.report_paragraph,
            "meeting": self.meeting,
            "recommended_as": self.recommended_as,
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "in_favour": list(self.in_favour),
            "against": list(self.against),
            "abstaining": list(self.abstaining),
            "notes": list(self.notes),
            "intentions": [vars(i).copy() for i in self.intentions],
            "discrepancies": self.discrepancies,
            "corrections": list(self.corrections),
            "counts_match": self.counts_match,
        }


@dataclass
class DraftProceedings:
    """One draft as the report tells it, under each symbol it carried (L.8, L.8/Rev.1)."""

    symbol: str  # as first named: "A/C.1/75/L.8"
    kind: str = ""  # "draft resolution", "draft decision"
    title: str = ""
    submitted_on: str = ""
    submitted_by: list[str] = field(default_factory=list)  # the submitting delegation(s)
    on_behalf_of: list[str] = field(default_factory=list)
    joined_later: list[str] = field(default_factory=list)
    revisions: list[str] = field(default_factory=list)  # ["A/C.1/75/L.8/Rev.1"]
    recommended_as: str = ""
    votes: list[Vote] = field(default_factory=list)
    name_warnings: list[str] = field(default_factory=list)

    @property
    def symbols(self) -> list[str]:
        return [self.symbol, *self.revisions]

    @property
    def latest_symbol(self) -> str:
        return self.symbols[-1]

    @property
    def sponsors(self) -> list[str]:
        """The sponsors in order: those it was submitted for, then those who joined."""
        names = list(self.on_behalf_of or self.submitted_by)
        return names + [n for n in self.joined_later if n not in names]


@dataclass
class Proceedings:
    drafts: list[DraftProceedings] = field(default_factory=list)

    def draft(self, symbol: str) -> DraftProceedings | None:
        """The draft known by `symbol` or any of its revisions' symbols."""
        wanted = symbol.casefold()
        for draft in self.drafts:
            if wanted in (s.casefold() for s in draft.symbols):
                return draft
        wanted = family(symbol).casefold()
        for draft in self.drafts:
            if family(draft.symbol).casefold() == wanted:
                return draft
        return None

    @property
    def votes(self) -> list[Vote]:
        return [vote for draft in self.drafts for vote in draft.votes]


def family(symbol: str) -> str:
    """The symbol without its revision: L.8/Rev.1 and L.8 are one draft."""
    return re.sub(r"/Rev\.\d+", "", symbol)
