"""Wording that changed strength: an operative verb moved along the scale UN drafters use,
"should" became "shall", a qualifier such as "as appropriate" came or went.

Each flag names the words as written on each side and whether the right-hand text is the
``stronger`` or the ``weaker``. Only edits that are themselves the change count: a verb where
an edit starts (the paragraph's opening verb, or one after "and"), a modal or a qualifier,
each in a short edit (at most ``SHORT_EDIT`` other words). A clause added or dropped whole
that happens to hold a "should" or to open with "welcomes" is a substantive change, not a
change of strength.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .rows import Row, Strength

STRONGER = "stronger"
WEAKER = "weaker"
SHORT_EDIT = 10  # words besides the flagged ones


@dataclass(frozen=True)
class Step:
    weaker: str
    stronger: str
    source: str  # where the step is seen: the scale, or a real text that moved along it


# Verbs that open operative (and, as participles, preambular) paragraphs, by lemma.
VERBS = {
    "encourage": r"encourag(?:es|ing|e)",
    "invite": r"invit(?:es|ing|e)",
    "call upon": r"call(?:s|ing)?\s+(?:up)?on",
    "urge": r"urg(?:es|ing|e)",
    "demand": r"demand(?:s|ing)?",
    "request": r"request(?:s|ing)?",
    "take note": r"(?:tak(?:es|ing|e)\s+note|not(?:es|ing))",
    "welcome": r"welcom(?:es|ing|e)",
}
VERB_STEPS = (
    Step(
        "encourage",
        "invite",
        "issue #15's scale (Encourages < Invites); seed A/C.1/78/L.60/Rev.1 OP3 'Encourages "
        "States', seed A/RES/74/28 OP2 'Invites all Member States'; A/C.2/80/L.44 OP10 "
        "'Encourages the use' and OP11 'Invites further use' of digital financial technologies",
    ),
    Step(
        "encourage",
        "call upon",
        "A/C.2/80/L.16 OP17 'Calls upon' became A/RES/80/132 OP12 'Encourages'",
    ),
    Step(
        "invite",
        "call upon",
        "issue #15's scale (Invites < Calls upon); seed A/RES/74/28 OP1 'Calls upon Member "
        "States' and OP2 'Invites all Member States'; A/C.2/80/L.44 OP11 'Invites', OP13 "
        "'Calls upon Member States'",
    ),
    Step(
        "call upon",
        "urge",
        "issue #15's scale (Calls upon < Urges); A/C.2/80/L.9 OP4 'Urges the United Nations "
        "system' (A/C.2/80/L.44 OP13 'Calls upon Member States')",
    ),
    Step(
        "invite",
        "urge",
        "A/RES/79/185 OP32 'urges' became A/RES/80/224 OP10 'invites'",
    ),
    Step(
        "urge",
        "demand",
        "issue #15's scale (Urges < Demands); A/RES/78/222 OP6 and OP15 'Demands that the "
        "Syrian regime', kept as 'Demands' in A/RES/79/185",
    ),
    Step(
        "invite",
        "request",
        "A/RES/78/222 OP6 'requests that' became A/RES/79/185 OP6 'invites'",
    ),
    Step(
        "take note",
        "welcome",
        "A/C.2/80/L.21 PP19 'Welcoming' became A/C.2/80/L.44 PP20 'Noting'; issue #15's "
        "scale (Takes note of < Welcomes)",
    ),
)
# Modal verbs, one pair per scale.
MODALS = {"should": "shall", "may": "will"}
MODAL_SOURCES = {
    "should": "issue #15; 'should' in the voluntary norms of A/C.1/73/L.27/Rev.1 OP1.1 "
    "against 'shall' in the treaty articles of A/C.6/80/L.8 (no real pair moves between them)",
    "may": "issue #15 ('may' against 'will'); no real pair moves between them",
}
# Phrases that soften what they qualify: adding one weakens the text, removing one strengthens it.
QUALIFIERS = {
    "as appropriate": "issue #15; removed from A/C.2/80/L.16 OP12 (inside a dropped clause)",
    "where appropriate": "issue #15",
    "when appropriate": "a variant of 'where appropriate'",
    "if appropriate": "a variant of 'where appropriate'",
    "as necessary": "issue #15",
    "where necessary": "a variant of 'as necessary'",
    "if necessary": "A/C.1/73/L.27/Rev.1 OP5 'if necessary, to introduce changes'",
    "where possible": "a variant of 'to the extent possible'",
    "wherever possible": "a variant of 'to the extent possible'",
    "to the extent possible": "beyond issue #15's list, of the same kind",
    "as applicable": "removed from A/RES/78/222 OP1 in A/RES/79/185 OP1",
    "where applicable": "a variant of 'as applicable'",
    "on a voluntary basis": "issue #15",
    "within existing resources": "added to A/C.2/80/L.9 OP9 in A/C.2/80/L.57 OP11",
    "within available resources": "a variant of 'within existing resources'",
    "subject to the availability of": "beyond issue #15's list: the proviso on (extrabudgetary) "
    "resources that a request to the Secretariat often carries",
}

_ADVERB = r"(?:(?:also|further|again|once\s+again|further\s+also)\s+)?"
_INTENSE = r"(?P<strongly>strongly\s+)?"
_ANY_VERB = "|".join(f"(?P<v{k}>{v})" for k, v in enumerate(VERBS.values()))
_VERB = re.compile(rf"^\W*{_ADVERB}{_INTENSE}(?P<verb>{_ANY_VERB})\b", re.IGNORECASE)
_LEMMAS = list(VERBS)
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_QUALIFIER = re.compile(r"\b(?:" + "|".join(map(re.escape, QUALIFIERS)) + r")\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:" + "|".join(list(MODALS) + list(MODALS.values())) + r")\b")


def _closure(steps: tuple[Step, ...]) -> set[tuple[str, str]]:
    weaker = {(s.weaker, s.stronger) for s in steps}
    while True:
        more = {(a, d) for a, b in weaker for c, d in weaker if b == c} - weaker
        if not more:
            return weaker
        weaker |= more


_WEAKER_THAN = _closure(VERB_STEPS)


@dataclass(frozen=True)
class _Verb:
    lemma: str
    strongly: bool
    words: str  # as written, without "Also"/"Further": "Strongly encourages"
    end: int  # where it ends in the text it was read from


def _verb_at_start(text: str) -> _Verb | None:
    m = _VERB.match(text)
    if m is None:
        return None
    index = next(k for k in range(len(_LEMMAS)) if m.group(f"v{k}"))
    start = m.start("strongly") if m.group("strongly") else m.start("verb")
    return _Verb(_LEMMAS[index], bool(m.group("strongly")), text[start : m.end()], m.end())


def _direction(old: _Verb, new: _Verb) -> str | None:
    if old.lemma == new.lemma:
        if old.strongly == new.strongly:
            return None
        return STRONGER if new.strongly else WEAKER
    if (old.lemma, new.lemma) in _WEAKER_THAN:
        return STRONGER
    if (new.lemma, old.lemma) in _WEAKER_THAN:
        return WEAKER
    return None  # two verbs on different scales ("Requests" and "Urges"): no order to report


def _groups(words: tuple[tuple[str, ...], ...]) -> list[tuple[str, str, str]]:
    """Each run of changes as (deleted, inserted, the kept text after it)."""
    out: list[list[str]] = []
    current = None
    for word in words:
        op, text = word[0], word[-1]
        if op == "equal":
            if current is not None:
                current[2] = text
                current = None
            continue
        if current is None:
            current = ["", "", ""]
            out.append(current)
        current[0 if op == "delete" else 1] += text
    return [(d, i, a) for d, i, a in out]


def _count(pattern: re.Pattern, text: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for m in pattern.finditer(text):
        key = " ".join(m.group().lower().split())
        found[key] = found.get(key, 0) + 1
    return found


def _short(text: str, flagged: int) -> bool:
    return len(_WORD.findall(text)) - flagged <= SHORT_EDIT


def strength_flags(row: Row) -> tuple[Strength, ...]:
    """The strength flags of a row that pairs paragraphs, edit by edit, in reading order."""
    if not (row.pairs and row.is_change):
        return ()
    flags: list[Strength] = []

    def flag(before: str, after: str, direction: str | None) -> None:
        if direction is not None:
            found = Strength(before, after, direction)
            if found not in flags:
                flags.append(found)

    for deleted, inserted, after in _groups(row.words):
        # a verb replaced where an edit starts ("[-Calls upon-]{+Encourages+}", the opening
        # verb included), or "strongly" dropped before a verb kept ("[-strongly -]urges");
        # not a verb kept after a clause inserted before it ("{+and invites +}urges")
        # (the cheap tests first: most edits hold no verb, modal or qualifier at all)
        a, b = _verb_at_start(deleted + after), _verb_at_start(inserted + after)
        same_place = a and b and (a.end <= len(deleted)) == (b.end <= len(inserted))
        if same_place and _short(deleted, 3) and _short(inserted, 3):
            flag(a.words, b.words, _direction(a, b))
        modals_old, modals_new = _count(_MODAL, deleted), _count(_MODAL, inserted)
        if modals_old and modals_new and _short(deleted, 1) and _short(inserted, 1):
            for weak, strong in MODALS.items():
                if modals_old.get(weak) and modals_new.get(strong):
                    flag(weak, strong, STRONGER)
                if modals_old.get(strong) and modals_new.get(weak):
                    flag(strong, weak, WEAKER)
        qualifiers_old, qualifiers_new = _count(_QUALIFIER, deleted), _count(_QUALIFIER, inserted)
        for phrase in qualifiers_old.keys() | qualifiers_new.keys():
            gone = qualifiers_old.get(phrase, 0) - qualifiers_new.get(phrase, 0)
            size = len(phrase.split())
            if gone and _short(deleted, size) and _short(inserted, size):
                flag(phrase, "", STRONGER) if gone > 0 else flag("", phrase, WEAKER)
    return tuple(flags)
