"""Noise normalisation on exact strings: what a reader would not call a change."""

import pytest

from undrafts.diffing.normalize import Tokenizer, find_abbreviations, noise_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # footnote markers: superscripts, <sup> tags, digits glued to a word
        ("in its 2013³ and 2015² reports", "in its 2013 and 2015 reports"),
        ("in its 2013<sup>2</sup> and 2015 reports", "in its 2013² and 2015 reports"),
        ("transmitted by the Secretary-General,1", "transmitted by the Secretary-General,"),
        ("the use of technologies12 by States", "the use of technologies by States"),
        ("the first ¹ and second² annual reports", "the first and second annual reports"),
        # typographic variants
        ("the item entitled “Developments”", 'the item entitled "Developments"'),
        ("the group’s mandate", "the group's mandate"),
        ("technologies 2021–2025", "technologies 2021-2025"),
        ("security\u00a0and stability", "security and stability"),
        # whitespace, markdown residue, de-hyphenation slips
        ("Noting   that\n considerable progress", "Noting that considerable progress"),
        ("*Noting* that [73/27](#) of 5 December", "Noting that 73/27 of 5 December"),
        ("the current Openended Working Group", "the current Open-ended Working Group"),
        # final punctuation moves when a paragraph stops being the last one
        ("in this respect;", "in this respect."),
        ("other States,", "other States."),
    ],
)
def test_noise_is_not_change(a, b):
    assert noise_key(a) == noise_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("its seventy-fifth session", "its seventy-sixth session"),
        ("Decides to include", "Also decides to include"),
        ("resolution 73/27", "resolution 73/28"),
        ("A/C.1/75/L.8/Rev.1", "A/C.1/75/L.8"),
        ("the open-ended working group", "the Open-ended Working Group"),
        ("COVID-19", "COVID"),
    ],
)
def test_real_edits_survive_normalisation(a, b):
    assert noise_key(a) != noise_key(b)


def test_numbers_that_are_not_footnotes_are_kept():
    assert noise_key("A/C.1/75/L.8/Rev.1 of 2020") == "A/C.1/75/L.8/Rev.1 of 2020"
    assert noise_key("1,000 participants") == "1,000 participants"


def _tokens(text, extra=()):
    return Tokenizer([text, *extra])(text)


def test_ict_abbreviations_spell_out_for_matching():
    short = _tokens("the use of ICTs and ICT security and ICT-related activities")
    long = _tokens(
        "the use of information and communications technologies and information and "
        "communications technology security and information and communications "
        "technology-related activities"
    )
    assert short == long


def test_an_abbreviation_defined_in_the_text_is_spelled_out_and_its_definition_dropped():
    defined = "the use of information and communications technologies (ICTs) for peace"
    assert find_abbreviations([defined])["ICTs"] == "information and communications technologies"
    table_text = "Recalling the Least Developed Countries (LDCs) and LDC graduation"
    found = find_abbreviations([table_text])
    assert found["LDCs"] == "Least Developed Countries"
    assert found["LDC"] == "Least Developed Country"
    spelled = "the use of information and communications technologies for peace"
    assert _tokens(defined) == _tokens(spelled)
