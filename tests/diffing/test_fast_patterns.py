"""The fast patterns of the engine read exactly what the plain ones read: a look-ahead, a
branch left out where it cannot match, or a look-behind in place of a callback changes the
speed of a comparison, never a row."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from undrafts.diffing import nature
from undrafts.diffing.normalize import clean

# The technical spans as first written: every position tried, every branch.
PLAIN = re.compile(rf"(?<![\w/.-]){nature._SPANS}")

# Pieces of UN prose that hold technical spans, glued notes and near misses, so that random
# joins of them reach the corners of the patterns more often than random characters would.
PIECES = [
    "resolution 78/245 of 22 December 2023",
    "A/RES/79/248",
    "A/C.5/79/L.12/Rev.1",
    "S/RES/2397 (2017)",
    "14 (I)",
    "57/283 B",
    "seventy-ninth session",
    "Eighty-first and eighty-second sessions",
    "one hundred and first session",
    "80th regular session",
    "\u017fession",
    "paragraph 78",
    "paras. 5-7",
    "Footnotes 3 and 4 (a)",
    "sub-paragraph 2 (b)",
    "4 and 5 April 2024",
    "in 2024",
    "technologies1",
    "Secretary-General,1",
    "(ibid.);2",
    "81 per cent",
    "the third cycle",
    "Also emphasizes",
    " ",
    ", ",
    "-",
    "/",
    ".",
    "x",
    "7",
]
prose = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=12).map("".join)


def marks(pattern: re.Pattern, text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(prose)
@example("Recalling its resolution 78/245 of 22 December 2023, and the seventy-ninth session")
def test_the_fast_technical_pattern_finds_the_spans_the_plain_one_finds(text):
    text = clean(text)
    fast = nature._FAST if nature._SESSION_WORD.search(text) else nature._FAST_NO_SESSION
    assert marks(fast, text) == marks(PLAIN, text)
    assert marks(nature._FAST, text) == marks(PLAIN, text)


def drop_glued_notes_one_by_one(text: str) -> str:
    """The rule as first written: each number of one or two digits, kept unless it follows
    a small letter, or a comma, semicolon or colon that follows one or a closing bracket."""

    def keep_or_drop(m: re.Match) -> str:
        k = m.start()
        before = text[k - 1] if k else " "
        if "a" <= before <= "z":
            return ""
        if before in ",;:" and k > 1 and ("a" <= text[k - 2] <= "z" or text[k - 2] == ")"):
            return ""
        return m.group()

    return re.sub(r"\d\d?\b", keep_or_drop, text)


@settings(max_examples=400, deadline=None)
@given(prose)
@example("technologies1 and Secretary-General,12 (ibid.);3 in 2024, 123 and a1b")
def test_glued_footnote_numbers_go_as_the_one_by_one_rule_says(text):
    if text.isascii() and not {"<", "&", "*", "`"} & set(text) and "](" not in text:
        assert clean(text) == drop_glued_notes_one_by_one(text)
