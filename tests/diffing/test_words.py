"""Word-level diffs read as whole words and phrases, and rebuild both texts."""

import re
from itertools import pairwise

from undrafts.diffing.words import edge_spaces, rebuild, word_diff


def _check(old, new):
    ops = word_diff(old, new)
    assert rebuild(ops) == (old, new)
    for (op_a, *_), (op_b, *_) in pairwise(ops):
        assert op_a != op_b, "adjacent ops of one kind are merged"
    return ops


def _cuts_words(ops, old, new):
    """True if an op boundary falls inside a word of either text."""
    for text, side in ((old, "insert"), (new, "delete")):
        pos, cuts = 0, set()
        for op, piece in ops:
            if op == side:
                continue
            pos += len(piece)
            cuts.add(pos)
        for m in re.finditer(r"[^\W_\u00b2\u00b3\u00b9\u2070-\u2079]+", text):
            if any(m.start() < c < m.end() for c in cuts):
                return True
    return False


def test_a_changed_verb_phrase_is_one_change_between_kept_words():
    old = "Welcomes the commencement of the work of the Group of Governmental Experts"
    new = "Welcomes the productive and ongoing work of the Group of Governmental Experts"
    assert _check(old, new) == [
        ["equal", "Welcomes the "],
        ["delete", "commencement of the"],
        ["insert", "productive and ongoing"],
        ["equal", " work of the Group of Governmental Experts"],
    ]


def test_kept_phrases_stay_visible_beside_a_long_insertion():
    old = "use of ICTs for peaceful purposes and to prevent conflict arising from the use of ICTs,"
    new = (
        "use of information and communications technologies for peaceful purposes, with the "
        "objective of shaping a community of shared future for humankind in cyberspace, and "
        "that States also have an interest in preventing conflict arising from the use of "
        "such technologies,"
    )
    ops = _check(old, new)
    assert ["equal", " for peaceful purposes"] in ops
    assert ["delete", "ICTs"] in ops
    assert ["insert", "information and communications technologies"] in ops
    assert ["equal", " conflict arising from the use of "] in ops


def test_footnote_markers_show_as_their_own_small_changes():
    ops = _check("the 2010,¹ 2013² and 2015³ reports", "the 2010, 2013 and 2015 reports")
    assert [op for op in ops if op[0] != "equal"] == [
        ["delete", "¹"],
        ["delete", "²"],
        ["delete", "³"],
    ]


def test_edits_never_split_a_word():
    cases = [
        ("the seventy-fifth session", "the seventy-sixth session"),
        ("States should cooperate", "States shall cooperate closely"),
        ("information security", "informational security"),
        ("Decides to convene in 2019", "Also decides to convene, starting from 2021"),
    ]
    for old, new in cases:
        ops = _check(old, new)
        assert not _cuts_words(ops, old, new), ops


def test_identical_and_empty_texts():
    assert word_diff("same", "same") == [["equal", "same"]]
    assert word_diff("", "") == []
    assert word_diff("", "new") == [["insert", "new"]]
    assert word_diff("old", "") == [["delete", "old"]]


def test_edge_spaces_part_the_words_from_the_gaps_beside_them():
    assert edge_spaces(" the ") == (" ", "the", " ")
    assert edge_spaces("ICT ") == ("", "ICT", " ")
    assert edge_spaces("of such technologies") == ("", "of such technologies", "")
    # a change of spacing alone stays whole, so it is still shown
    assert edge_spaces("  ") == ("", "  ", "")
