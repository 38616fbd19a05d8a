"""Reading sponsors and votes out of the First Committee's report A/75/394.

Every number here was counted by hand in fixtures/seeds/A-75-394.txt.
"""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from undrafts.parsing.country_names import MEMBER_STATES, normalise_country, split_country_list
from undrafts.parsing.proceedings import (
    METHOD_RECORDED,
    METHOD_WITHOUT_VOTE,
    SUBJECT_MOTION,
    SUBJECT_PARAGRAPH,
    SUBJECT_WHOLE,
    paragraph_labels,
    parse_proceedings,
)

REPORT = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "A-75-394.txt"


@pytest.fixture(scope="module")
def proceedings():
    return parse_proceedings(REPORT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def l8(proceedings):
    return proceedings.draft("A/C.1/75/L.8/Rev.1")


def test_the_report_tells_of_four_drafts_in_order(proceedings):
    assert [d.symbol for d in proceedings.drafts] == [
        "A/C.1/75/L.4",
        "A/C.1/75/L.8",
        "A/C.1/75/L.47",
        "A/C.1/75/L.60",
    ]


def test_the_russian_draft_is_known_by_both_its_symbols(proceedings, l8):
    assert l8.symbols == ["A/C.1/75/L.8", "A/C.1/75/L.8/Rev.1"]
    assert proceedings.draft("A/C.1/75/L.8") is l8
    assert l8.latest_symbol == "A/C.1/75/L.8/Rev.1"


def test_l4_was_submitted_by_the_united_states_on_behalf_of_45_states(proceedings):
    l4 = proceedings.draft("A/C.1/75/L.4")
    assert l4.submitted_by == ["United States of America"]
    assert l4.submitted_on == "4 October"
    assert l4.kind == "draft resolution"
    assert l4.title == (
        "Advancing responsible State behaviour in cyberspace in the context of international"
        " security"
    )
    assert len(l4.on_behalf_of) == 45
    assert l4.on_behalf_of[:3] == ["Albania", "Australia", "Austria"]
    # "the Netherlands", "the Republic of Korea" lose their article; the final "and" splits.
    assert "Netherlands" in l4.on_behalf_of
    assert "Republic of Korea" in l4.on_behalf_of
    assert l4.on_behalf_of[-2:] == [
        "United Kingdom of Great Britain and Northern Ireland",
        "United States of America",
    ]
    assert l4.joined_later == [
        "Fiji",
        "France",
        "Madagascar",
        "Marshall Islands",
        "Mexico",
        "New Zealand",
        "Turkey",
        "Ukraine",
        "Zambia",
    ]
    assert len(l4.sponsors) == 54


def test_l8_sponsors_the_russian_federation_submitted_for_and_those_who_joined(l8):
    assert l8.submitted_by == ["Russian Federation"]
    assert len(l8.on_behalf_of) == 18
    assert l8.on_behalf_of[0] == "Belarus"
    assert l8.on_behalf_of[-2:] == ["Venezuela (Bolivarian Republic of)", "Zimbabwe"]
    assert "Democratic People's Republic of Korea" in l8.on_behalf_of
    assert l8.joined_later == [
        "Algeria",
        "Azerbaijan",
        "Comoros",
        "Iran (Islamic Republic of)",
        "Madagascar",
        "Myanmar",
        "Pakistan",
        "Suriname",
        "Zambia",
    ]


def test_l4_was_adopted_by_153_to_11_with_9_abstentions_and_the_lists_agree(proceedings):
    (vote,) = proceedings.draft("A/C.1/75/L.4").votes
    assert (vote.subject, vote.method, vote.outcome) == (SUBJECT_WHOLE, METHOD_RECORDED, "adopted")
    assert (vote.yes, vote.no, vote.abstain) == (153, 11, 9)
    assert (len(vote.in_favour), len(vote.against), len(vote.abstaining)) == (153, 11, 9)
    assert vote.counts_match
    assert vote.discrepancies == []
    assert vote.report_paragraph == "6"
    assert vote.meeting == "14th meeting, on 9 November"
    assert vote.recommended_as == "Draft resolution I"
    assert vote.against[0] == "Burundi"
    assert vote.abstaining[-1] == "Palau"


def test_l8_rev1_had_four_recorded_votes_in_the_order_taken(l8):
    assert [(v.subject, v.paragraphs) for v in l8.votes] == [
        (SUBJECT_MOTION, ["OP1"]),
        (SUBJECT_PARAGRAPH, ["PP10"]),
        (SUBJECT_PARAGRAPH, ["OP1"]),
        (SUBJECT_WHOLE, []),
    ]
    assert {v.draft_symbol for v in l8.votes} == {"A/C.1/75/L.8/Rev.1"}
    assert [v.report_paragraph for v in l8.votes] == ["9", "10 (a)", "10 (b)", "10 (c)"]


def test_the_motion_for_a_separate_vote_on_op1_carried_57_to_31_with_63_abstentions(l8):
    motion = l8.votes[0]
    assert motion.outcome == "adopted"
    assert (motion.yes, motion.no, motion.abstain) == (57, 31, 63)
    # The abstaining list runs over a page break ("20-15344 3/13"); it is read whole.
    assert (len(motion.in_favour), len(motion.against), len(motion.abstaining)) == (57, 31, 63)
    assert motion.abstaining[28:30] == ["Jordan", "Kiribati"]
    assert not any("15344" in name or "/13" in name for name in motion.abstaining)
    assert motion.counts_match


def test_the_tenth_preambular_paragraph_was_retained_108_to_49_with_11(l8):
    pp10 = l8.votes[1]
    assert pp10.paragraph_phrase == "The tenth preambular paragraph"
    assert pp10.outcome == "retained"
    assert (pp10.yes, pp10.no, pp10.abstain) == (108, 49, 11)
    assert (len(pp10.in_favour), len(pp10.against), len(pp10.abstaining)) == (108, 49, 11)
    assert pp10.counts_match


def test_pp10_against_list_prints_united_states_and_the_data_says_so(l8):
    pp10 = l8.votes[1]
    assert pp10.against[-1] == "United States of America"
    assert pp10.discrepancies == [
        "“United States” is printed where the UN short name is “United States of America”."
    ]


def test_the_togo_and_guyana_footnote_is_a_note_on_the_pp10_vote_not_a_change(l8):
    pp10 = l8.votes[1]
    assert pp10.notes == [
        "Subsequently, the delegation of Togo informed the Secretariat that it had intended"
        " to abstain, and the delegation of Guyana informed the Secretariat that it had"
        " intended to vote in favour."
    ]
    assert [(i.country, i.intended) for i in pp10.intentions] == [
        ("Togo", "abstain"),
        ("Guyana", "in favour"),
    ]
    # The recorded vote stands: Togo against, Guyana abstaining.
    assert "Togo" in pp10.against
    assert "Guyana" in pp10.abstaining
    assert l8.votes[2].notes == []


def test_op1_was_retained_92_to_52_with_24_abstentions(l8):
    op1 = l8.votes[2]
    assert op1.paragraph_phrase == "Operative paragraph 1"
    assert op1.outcome == "retained"
    assert (op1.yes, op1.no, op1.abstain) == (92, 52, 24)
    assert (len(op1.in_favour), len(op1.against), len(op1.abstaining)) == (92, 52, 24)
    assert op1.counts_match and op1.discrepancies == []


def test_op1_list_mends_a_name_split_by_a_page_break_and_a_footnote(l8):
    op1 = l8.votes[2]
    assert "Côte d'Ivoire" in op1.in_favour
    assert not any(name in ("Côte", "d'Ivoire") for name in op1.in_favour)
    assert not any("Subsequently" in name for name in op1.in_favour)


def test_op1_list_fixes_the_case_of_sao_tome_and_principe_and_says_it_did(l8):
    op1 = l8.votes[2]
    assert "Sao Tome and Principe" in op1.in_favour
    assert op1.corrections == ["Printed “Sao Tome And Principe”, read as “Sao Tome and Principe”."]


def test_the_whole_l8_rev1_vote_flags_a_name_that_lost_bolivia(l8):
    whole = l8.votes[3]
    assert whole.outcome == "adopted"
    assert (whole.yes, whole.no, whole.abstain) == (104, 50, 20)
    # 104 entries are printed, one of them "(Plurinational State of)" with no head word.
    assert (len(whole.in_favour), len(whole.against), len(whole.abstaining)) == (104, 50, 20)
    assert "(Plurinational State of)" in whole.in_favour
    assert "Bolivia (Plurinational State of)" not in whole.in_favour
    assert whole.discrepancies == [
        "“(Plurinational State of)” has lost the head word of a State's name"
        " (probably “Bolivia (Plurinational State of)”)."
    ]
    assert whole.recommended_as == "Draft resolution II"


def test_draft_decisions_adopted_without_a_vote_have_no_counts(proceedings):
    for symbol, recommended in (
        ("A/C.1/75/L.47", "Draft decision I"),
        ("A/C.1/75/L.60", "Draft decision II"),
    ):
        draft = proceedings.draft(symbol)
        (vote,) = draft.votes
        assert vote.method == METHOD_WITHOUT_VOTE
        assert (vote.yes, vote.no, vote.abstain) == (None, None, None)
        assert vote.in_favour == vote.against == vote.abstaining == []
        assert vote.discrepancies == []
        assert draft.kind == "draft decision"
        assert draft.recommended_as == recommended
    assert proceedings.draft("A/C.1/75/L.47").submitted_by == ["Switzerland"]


def test_the_recommended_texts_are_not_read_as_proceedings(proceedings):
    assert len(proceedings.votes) == 7


def test_a_list_shorter_than_its_stated_total_is_reported_not_hidden():
    report = """
5. On 1 October, the delegation of Fiji submitted a draft resolution entitled "Oceans"
(A/C.2/80/L.3).

6. At its 9th meeting, on 3 November, the Committee adopted draft resolution A/C.2/80/L.3
by a recorded vote of 4 to 1, with no abstentions. The voting was as follows:

In favour:

Fiji, Samoa, Tonga.

Against:

Narnia.
"""
    (vote,) = parse_proceedings(report).draft("A/C.2/80/L.3").votes
    assert (vote.yes, vote.no, vote.abstain) == (4, 1, 0)
    assert vote.list_matches("in_favour") is False
    assert vote.list_matches("against") is True
    assert vote.list_matches("abstaining") is True
    assert not vote.counts_match
    assert vote.discrepancies == [
        "In favour: the report states 4 but lists 3 names.",
        "“Narnia” is not a UN short name of a State.",
    ]


def test_a_state_listed_twice_or_on_both_sides_is_flagged():
    report = """
6. The Committee adopted draft resolution A/C.3/80/L.9 by a recorded vote of 3 to 1,
with 0 abstentions. The voting was as follows:

In favour: Chile, Peru, Chile.

Against: Peru.
"""
    (vote,) = parse_proceedings(report).votes
    assert vote.discrepancies == [
        "In favour: Chile is listed twice.",
        "Peru is listed both in favour and against.",
    ]


def test_an_unrecorded_vote_keeps_its_counts_without_lists():
    report = (
        "7. The Committee adopted draft resolution A/C.4/80/L.2/Rev.2 by 120 votes to none,"
        " with 1 abstention."
    )
    (vote,) = parse_proceedings(report).votes
    assert vote.method == "unrecorded"
    assert (vote.yes, vote.no, vote.abstain) == (120, 0, 1)
    assert vote.discrepancies == []
    assert vote.draft_symbol == "A/C.4/80/L.2/Rev.2"


def test_text_that_is_not_a_report_gives_no_proceedings():
    assert parse_proceedings("").drafts == []
    assert parse_proceedings("In favour:\n\nAgainst: the motion").drafts == []


@pytest.mark.parametrize(
    ("phrase", "labels"),
    [
        ("The tenth preambular paragraph", ["PP10"]),
        ("the twenty-first preambular paragraph", ["PP21"]),
        ("Operative paragraph 1", ["OP1"]),
        ("operative paragraph 1 (a)", ["OP1(a)"]),
        ("operative paragraphs 3 and 5", ["OP3", "OP5"]),
        ("preambular paragraph 4", ["PP4"]),
        ("the draft resolution as a whole", []),
    ],
)
def test_a_report_s_words_for_a_paragraph_become_its_label(phrase, labels):
    assert paragraph_labels(phrase) == labels


@pytest.mark.parametrize(
    ("printed", "name", "warned"),
    [
        ("the Comoros", "Comoros", False),
        ("Sao Tome And Principe", "Sao Tome and Principe", False),
        ("Côte d’Ivoire", "Côte d'Ivoire", False),
        ("United States", "United States of America", True),
        ("(Plurinational State of)", "(Plurinational State of)", True),
        ("Turkey", "Turkey", False),
        ("Türkiye", "Türkiye", False),
    ],
)
def test_country_names_are_read_as_un_short_names(printed, name, warned):
    country = normalise_country(printed)
    assert country.name == name
    assert bool(country.warning) is warned


def test_lists_keep_names_that_contain_and_whole():
    assert split_country_list(
        "Antigua and Barbuda, Bosnia and Herzegovina, the United Kingdom of Great Britain and"
        " Northern Ireland and the United States of America."
    ) == [
        "Antigua and Barbuda",
        "Bosnia and Herzegovina",
        "the United Kingdom of Great Britain and Northern Ireland",
        "the United States of America",
    ]


# -- invariants ---------------------------------------------------------------------------

_states = st.lists(st.sampled_from(MEMBER_STATES), unique=True, max_size=40)


@settings(max_examples=60, deadline=None)
@given(yes=_states, no=_states, furniture=st.booleans())
def test_any_printed_lists_are_read_back_name_for_name(yes, no, furniture):
    no = [name for name in no if name not in yes]
    half = len(yes) // 2
    page_break = "\n\n20-99999 7/13\n\n" if furniture else "\n\n"
    report = (
        "6. The Committee adopted draft resolution A/C.1/80/L.1 by a recorded vote of"
        f" {len(yes)} to {len(no)}, with 0 abstentions. The voting was as follows:\n\n"
        "#### *In favour:*\n\n"
        + ", ".join(yes[:half])
        + ("," if half and yes[half:] else "")
        + page_break
        + ", ".join(yes[half:])
        + ".\n\n#### Against:\n\n"
        + ", ".join(no)
        + ".\n\n#### Abstaining:\n\n"
    )
    (vote,) = parse_proceedings(report).votes
    assert vote.in_favour == yes
    assert vote.against == no
    assert vote.counts_match


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_parses_without_error(text):
    proceedings = parse_proceedings(text)
    for vote in proceedings.votes:
        assert isinstance(vote.discrepancies, list)
