"""Heavy rewrites on exact strings: a paragraph split with its second half reworded, an
operative paragraph turned preambular, and what must stay apart."""

from undrafts.diffing import compare
from undrafts.diffing.redrafts import opening_verb

from .test_compare import AGENDA, CRIMINAL, DUAL_USE, HUMAN_RIGHTS, PROGRESS, doc, pairs

# A/C.2/80/L.16 OP1 and A/RES/80/132 PP1
RECALLS = (
    "Recalls the proclamation, in its resolution 78/148, within existing structures and "
    "available resources, of the period 2026–2035 as the United Nations Decade of "
    "Sustainable Transport, to be officially launched at United Nations Headquarters in New "
    "York on 10 December 2025, with the theme “Advancing the Ashgabat Process: embarking on "
    "a decade-long global journey for sustainable transport”;"
)
PROCLAMATION = (
    "the proclamation, in its resolution 78/148 of 19 December 2023, within existing "
    "structures and available resources, of the period 2026–2035 as the United Nations "
    "Decade of Sustainable Transport,"
)
# RES 74/28 PP12 and A/C.1/78/L.60/Rev.1 PP9 and PP10
CONCLUSIONS = (
    "Confirming the conclusions of the Group of Governmental Experts, in its 2013 and 2015 "
    "reports, that international law, and in particular the Charter of the United Nations, "
    "is applicable and essential to maintaining peace and stability and promoting an open, "
    "secure, stable, accessible and peaceful information and communications technology "
    "environment, that voluntary and non-binding norms, rules and principles of responsible "
    "behaviour of States in the use of information and communications technologies can "
    "reduce risks to international peace, security and stability, and that, given the unique "
    "attributes of such technologies, additional norms can be developed over time,"
)
LAW = (
    "Recalling the conclusion of the groups of governmental experts and the 2021 Open-ended "
    "Working Group that international law, and in particular the Charter of the United "
    "Nations, is applicable and essential to maintaining peace and stability and promoting "
    "an open, secure, stable, accessible and peaceful information and communications "
    "technology environment,"
)
NORMS = (
    "Reaffirming that voluntary, non-binding norms of responsible State behaviour in the use "
    "of information and communications technologies can reduce risks to international "
    "peace, security and stability, and do not seek to limit or prohibit action that is "
    "otherwise consistent with international law but nonetheless to set standards for "
    "responsible State behaviour, while also reaffirming that, given the unique attributes "
    "of information and communications technologies, additional norms could be developed "
    "over time and, separately, noting the possibility of future elaboration of additional "
    "binding obligations, if appropriate,"
)


def test_opening_verbs_agree_across_preamble_and_operative_forms():
    assert opening_verb("Recalling the proclamation") == opening_verb("Recalls the proclamation")
    assert opening_verb("Noting the summary") == opening_verb("Notes the results")
    assert opening_verb("Also welcomes the report") == opening_verb("Welcoming the report")
    assert opening_verb("Calling upon Member States") == opening_verb("Calls upon States:")
    assert opening_verb("Stressing that") != opening_verb("Emphasizing that")
    assert opening_verb("Confirming further") != opening_verb("Noting that")
    # a subparagraph or a lower-case continuation opens with no drafting verb
    assert opening_verb("(a) to be guided") == ""
    assert opening_verb("to be guided") == ""


def test_split_whose_second_half_was_reworded():
    left = doc("a", PROGRESS, CONCLUSIONS, HUMAN_RIGHTS, AGENDA)
    right = doc("b", PROGRESS, LAW, NORMS, HUMAN_RIGHTS, AGENDA)
    result = compare(left, right)
    assert pairs(result)["a2"] == ("split", ["b2", "b3"])
    assert result["summary"]["inserted"] == 0
    backward = compare(right, left)
    assert pairs(backward)["b2"] == pairs(backward)["b3"] == ("merged", ["a2"])


def test_a_neighbour_that_only_shares_a_few_words_is_not_a_split_piece():
    # "maintaining peace and stability" again, in a paragraph about something else
    other = (
        "Reaffirming that confidence-building measures contribute to maintaining peace and "
        "stability among States in their use of information and communications technologies,"
    )
    result = compare(
        doc("a", PROGRESS, CONCLUSIONS, AGENDA), doc("b", PROGRESS, LAW, other, AGENDA)
    )
    assert pairs(result)["a2"] == ("changed", ["b2"])
    assert [r["right"] for r in result["rows"] if r["op"] == "inserted"] == [["b3"]]


def test_operative_paragraph_turned_preambular_is_a_move():
    """A/C.2/80/L.16 OP1 became A/RES/80/132 PP1: "Recalls" is now "Recalling"."""
    left = doc("a", PROGRESS, DUAL_USE, CRIMINAL, HUMAN_RIGHTS, RECALLS)
    right = doc("b", "Recalling " + PROCLAMATION + ",", PROGRESS, DUAL_USE, CRIMINAL, HUMAN_RIGHTS)
    result = compare(left, right)
    assert pairs(result)["a5"] == ("moved", ["b1"])


def test_out_of_place_and_under_another_verb_is_not_a_move():
    left = doc("a", PROGRESS, DUAL_USE, CRIMINAL, HUMAN_RIGHTS, RECALLS)
    right = doc("b", "Welcoming " + PROCLAMATION + ",", PROGRESS, DUAL_USE, CRIMINAL, HUMAN_RIGHTS)
    result = compare(left, right)
    assert pairs(result)["a5"] == ("deleted", [])
