"""Reading ordinals the way UN texts print them: sessions, paragraphs, the diff's sessions."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from undrafts.parsing import parse_document
from undrafts.parsing.ordinals import HIGHEST, LOWEST, ORDINAL, ordinal_value
from undrafts.parsing.proceedings import paragraph_labels

_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ONES_TH = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS_TH = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spelt(n: int) -> str:
    """The ordinal for n as the UN style guide spells it ("one hundred and twenty-first")."""
    hundreds, rest = divmod(n, 100)
    if hundreds and not rest:
        return f"{_ONES[hundreds - 1]} hundredth"
    if rest < 10:
        words = _ONES_TH[rest - 1]
    elif rest < 20:
        words = _TEENS_TH[rest - 10]
    elif rest % 10 == 0:
        words = _TENS[rest // 10 - 2][:-1] + "ieth"
    else:
        words = f"{_TENS[rest // 10 - 2]}-{_ONES_TH[rest % 10 - 1]}"
    return f"{_ONES[hundreds - 1]} hundred and {words}" if hundreds else words


def test_every_ordinal_in_the_range_reads_back_in_words_and_figures():
    for n in range(LOWEST, HIGHEST + 1):
        words = spelt(n)
        assert ordinal_value(words) == n, words
        assert ordinal_value(words.capitalize()) == n
        assert ordinal_value(f"{n}th") == n
        assert re.fullmatch(ORDINAL, words, re.IGNORECASE), words


@given(st.integers(LOWEST, HIGHEST), st.sampled_from(["- ", " ", "-\n"]), st.booleans())
def test_an_ordinal_the_text_layer_broke_or_capitalised_reads_the_same(n, joint, upper):
    # "eighty- first", "eighty first", "EIGHTY-\nFIRST": a broken hyphen or a title's capitals
    printed = spelt(n).replace("-", joint)
    printed = printed.upper() if upper else printed
    assert ordinal_value(printed) == n
    assert re.fullmatch(ORDINAL, printed, re.IGNORECASE)


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("Seventy-fifth", 75),
        ("seventy fifth", 75),
        ("eighty- first", 81),  # the text layer broke the word at its hyphen
        ("tenth", 10),
        ("hundredth", 100),
        ("hundred and first", 101),
        ("One Hundred and Twentieth", 120),
        ("75th", 75),
        ("1st", 1),
    ],
)
def test_ordinals_as_printed(printed, value):
    assert ordinal_value(printed) == value


@pytest.mark.parametrize(
    "printed", ["", "seventy", "zeroth", "0th", "1000th", "thousandth", "twenty-tenth", "fifthly"]
)
def test_what_is_not_an_ordinal_in_the_range_reads_as_none(printed):
    assert ordinal_value(printed) is None


def test_the_pattern_finds_the_whole_ordinal_in_a_sentence():
    found = re.findall(ORDINAL, "At its one hundred and first and eighty- second sessions", re.I)
    assert found == ["one hundred and first", "eighty- second"]


def test_a_report_can_put_a_paragraph_past_the_fortieth_to_a_vote():
    assert paragraph_labels("the fifty-second preambular paragraph") == ["PP52"]
    assert paragraph_labels("the one hundred and first operative paragraph") == ["OP101"]


def test_a_header_reads_a_session_past_the_hundredth():
    raw = "Distr.: General\n\nOne hundred and first session\n\nThe General Assembly,\n\nNoting,"
    assert parse_document(raw).session == 101
