"""Each kind of extraction damage in a body, on a tiny crafted text, and the way the parser
repairs it: furniture, footnotes, markup, numbering, sub-paragraphs, joining."""

import pytest

from undrafts.parsing import Footnote

from .damage import parse, texts_of

# --- page furniture ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        "20-15344 3/13",
        "2/4 21-00006",
        "6/13",
        "21-00006",
        "20-15344 **9/13**",
        "4/4 21-00006 (E)",
        "A/RES/75/1",
        "A/75/394 20-15344",
        "_",
        "---",
    ],
)
def test_page_furniture_inside_a_cut_paragraph_is_dropped_and_the_paragraph_rejoined(furniture):
    text = parse(
        f"Recalling its resolution 1 and\n\n{furniture}\n\nits resolution 2,\n\n1. Decides."
    )
    assert texts_of(text) == [
        ("PP1", "Recalling its resolution 1 and its resolution 2,"),
        ("OP1", "Decides."),
    ]


def test_a_short_fraction_that_is_not_a_page_count_stays_text():
    text = parse("Recalling resolution\n\n75/240\n\nof 31 December 2020,\n\n1. Decides.")
    assert text.paragraphs[0].text == "Recalling resolution 75/240 of 31 December 2020,"


# --- footnotes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "definition",
    [
        "¹ A/70/174.",
        "<sup>1</sup> A/70/174.",
        "<sup>&</sup><sup>1</sup> A/70/174.",
        "<sup>&</sup>lt;sup>1</sup> A/70/174.",
        "1 A/70/174.",
    ],
)
def test_footnote_definitions_in_each_printed_form_are_kept_apart(definition):
    text = parse(f"Noting the report,¹\n\n{definition}\n\n1. Decides.")
    assert texts_of(text) == [("PP1", "Noting the report,"), ("OP1", "Decides.")]
    assert text.paragraphs[0].footnotes == [Footnote("1", "A/70/174.")]


@pytest.mark.parametrize(
    ("printed", "clean"),
    [
        ("in its 2013³ and 2015 reports,", "in its 2013 and 2015 reports,"),
        ("in its 2013<sup>3</sup> and 2015 reports,", "in its 2013 and 2015 reports,"),
        ("in its reports,³ identified", "in its reports, identified"),
        ("the first ³ and second reports,", "the first and second reports,"),
        ("the Secretary-General³,", "the Secretary-General,"),
        ("the reports <sup>3</sup>.", "the reports."),
    ],
)
def test_inline_markers_leave_the_text_and_become_footnotes(printed, clean):
    text = parse(f"Noting {printed}\n\n³ A/68/98.\n\n1. Decides.")
    assert text.paragraphs[0].text == f"Noting {clean}"
    assert text.paragraphs[0].footnotes == [Footnote("3", "A/68/98.")]


def test_a_paragraph_cut_by_a_page_break_and_a_footnote_block_is_rejoined():
    body = (
        "Recalling that the Group identified principles: respect\n\n"
        "2/4 21-00006\n\n¹ A/70/174.\n\n_\n\n"
        "for human rights; and non-intervention,\n\n"
        "1. Also decides that the work of the Working Group on Developments in the Field of "
        "Information and\n\n21-00006\n\n² A/68/98.\n\n"
        "Telecommunications in the Context of International Security, may end;\n\n"
        "2. Decides to stop."
    )
    text = parse(body)
    assert texts_of(text) == [
        (
            "PP1",
            "Recalling that the Group identified principles: respect for human rights; and "
            "non-intervention,",
        ),
        (
            "OP1",
            "Also decides that the work of the Working Group on Developments in the Field of "
            "Information and Telecommunications in the Context of International Security, may end;",
        ),
        ("OP2", "Decides to stop."),
    ]


def test_a_marker_without_a_definition_is_removed_with_a_warning():
    text = parse("Noting the report,⁷\n\n1. Decides.")
    assert text.paragraphs[0].text == "Noting the report,"
    assert "PP1: footnote marker 7 has no footnote text" in text.warnings


def test_a_footnote_referenced_twice_is_given_to_both_paragraphs():
    text = parse("Noting the report,¹\n\n¹ A/70/174.\n\n1. Welcomes the report¹ again.")
    assert (
        text.paragraphs[0].footnotes == text.paragraphs[1].footnotes == [Footnote("1", "A/70/174.")]
    )


def test_a_footnote_with_markup_is_cleaned():
    text = parse("Noting the report,⁴\n\n⁴ See *Official Records*, [A/67/53](#).\n\n1. Decides.")
    assert text.paragraphs[0].footnotes == [Footnote("4", "See Official Records, A/67/53.")]


# --- markdown residue ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "clean", "opening"),
    [
        ("*Noting* the report,", "Noting the report,", "Noting"),
        ("**Noting** the report,", "Noting the report,", "Noting"),
        ("# Noting the report,", "Noting the report,", "Noting"),
        ("> Noting the report,", "Noting the report,", "Noting"),
        (
            "*Noting with concern* the report,",
            "Noting with concern the report,",
            "Noting with concern",
        ),
        ("Noting the report [A/70/174](#),", "Noting the report A/70/174,", "Noting"),
        ("Recalling its resolution [73/27](#),", "Recalling its resolution 73/27,", "Recalling"),
        ("<i>Noting</i> the report,", "Noting the report,", "Noting"),
        ("Noting the report &amp; the note,", "Noting the report & the note,", "Noting"),
        ("\\*Noting\\* the report\\_s,", "Noting the report_s,", "Noting"),
    ],
)
def test_markdown_and_html_residue_is_removed(printed, clean, opening):
    text = parse(f"{printed}\n\n1. Decides.")
    assert text.paragraphs[0].text == clean
    assert text.paragraphs[0].opening == opening


def test_list_dashes_before_numbers_and_letters_are_dropped():
    text = parse(
        "Noting the report,\n\n- 1. *Calls upon* Member States:\n- (a) To act;\n- (b) To report;"
        "\n- 2. Decides to stop."
    )
    assert [(p.label, p.number, p.parent_label, p.text) for p in text.paragraphs] == [
        ("PP1", "", "", "Noting the report,"),
        ("OP1", "1", "", "Calls upon Member States:"),
        ("OP1(a)", "(a)", "OP1", "To act;"),
        ("OP1(b)", "(b)", "OP1", "To report;"),
        ("OP2", "2", "", "Decides to stop."),
    ]
    assert text.paragraphs[1].opening == "Calls upon"


# --- numbering -----------------------------------------------------------------------------


def test_an_operative_paragraph_that_lost_its_number_is_given_the_next_one():
    text = parse("Noting the report,\n\n- Decides to act;\n\n- 2. Also decides to stop.")
    assert [(p.label, p.number, p.opening) for p in text.paragraphs] == [
        ("PP1", "", "Noting"),
        ("OP1", "1", "Decides"),
        ("OP2", "2", "Also decides"),
    ]
    assert text.warnings == ["OP1: number missing in the source; inferred 1"]


def test_a_lost_number_in_the_middle_is_inferred_from_the_one_before():
    text = parse(
        "Noting,\n\n1. Decides to act;\n\nFurther requests a report;\n\n3. Decides to stop."
    )
    assert [p.label for p in text.paragraphs] == ["PP1", "OP1", "OP2", "OP3"]
    assert "OP2: number missing in the source; inferred 2" in text.warnings


def test_a_lost_first_number_is_recovered_from_the_ending_when_the_verb_is_unusual():
    text = parse("Noting the report,\n\nEndeavours to act;\n\n2. Requests a report.")
    assert [(p.label, p.kind) for p in text.paragraphs] == [
        ("PP1", "preambular"),
        ("OP1", "operative"),
        ("OP2", "operative"),
    ]
    assert text.warnings == ["OP1: number missing in the source; inferred 1"]


def test_a_number_alone_on_its_line_takes_the_next_line_as_its_text():
    text = parse("Noting the report,\n\n1.\n\n*Decides* to act;\n\n(a)\n\nat once.")
    assert [(p.label, p.text, p.opening) for p in text.paragraphs] == [
        ("PP1", "Noting the report,", "Noting"),
        ("OP1", "Decides to act;", "Decides"),
        ("OP1(a)", "at once.", ""),
    ]


def test_a_jump_in_the_numbering_is_reported():
    text = parse("Noting,\n\n1. Decides;\n\n2. Requests;\n\n3. Urges;\n\n5. Invites.")
    assert [p.label for p in text.paragraphs] == ["PP1", "OP1", "OP2", "OP3", "OP5"]
    assert text.warnings == ["OP5: numbering jumps from 3 to 5"]


def test_a_number_printed_twice_still_gets_a_unique_label():
    text = parse("Noting,\n\n1. Decides;\n\n2. Requests;\n\n2. Urges.")
    assert [p.label for p in text.paragraphs] == ["PP1", "OP1", "OP2", "OP2-2"]
    assert "OP2-2: OP2 is printed twice; labelled OP2-2" in text.warnings


def test_numbering_that_starts_late_is_reported():
    text = parse("Noting,\n\n3. Decides.")
    assert "OP3: operative numbering starts at 3" in text.warnings


def test_a_long_text_numbers_its_paragraphs_past_999():
    body = "\n\n".join(f"{n}. Decides {n};" for n in range(1, 1202))
    text = parse(f"Noting,\n\n{body}")
    assert [p.label for p in text.paragraphs][-2:] == ["OP1200", "OP1201"]
    assert text.warnings == []


def test_a_number_inside_a_cut_sentence_is_text_not_a_paragraph():
    text = parse("Noting the report of\n\n2015. It says more,\n\n1. Decides.")
    assert text.paragraphs[0].text == "Noting the report of 2015. It says more,"


# --- sub-paragraphs ------------------------------------------------------------------------


def test_decimal_sub_paragraphs_1_1_to_1_13():
    subs = "\n\n".join(f"1.{n}. States should act {n}." for n in range(1, 14))
    text = parse(f"Noting,\n\n1. *Welcomes* the following:\n\n{subs}\n\n2. Decides.")
    decimals = [p for p in text.paragraphs if p.parent_label == "OP1"]
    assert [p.label for p in decimals] == [f"OP1.{n}" for n in range(1, 14)]
    assert [p.number for p in decimals] == [f"1.{n}" for n in range(1, 14)]
    assert decimals[12].text == "States should act 13."
    assert text.warnings == []


def test_roman_sub_sub_paragraphs_and_the_letter_i():
    letters = "\n\n".join(f"({c}) Item {c};" for c in "abcdefghij")
    text = parse(
        f"Noting,\n\n1. Decides:\n\n(a) First:\n\n(i) one;\n\n(ii) two;\n\n2. Requests:\n\n"
        f"{letters}\n\n3. Urges."
    )
    labels = [p.label for p in text.paragraphs]
    assert labels[:6] == ["PP1", "OP1", "OP1(a)", "OP1(a)(i)", "OP1(a)(ii)", "OP2"]
    assert "OP2(i)" in labels and "OP2(j)" in labels  # after (h), (i) is a letter
    parents = {p.label: p.parent_label for p in text.paragraphs}
    assert parents["OP1(a)(ii)"] == "OP1(a)"


def test_sub_paragraphs_of_a_preambular_paragraph():
    text = parse("Noting the following:\n\n(a) One;\n\n(b) Two,\n\n1. Decides.")
    assert [(p.label, p.kind, p.parent_label) for p in text.paragraphs] == [
        ("PP1", "preambular", ""),
        ("PP1(a)", "preambular", "PP1"),
        ("PP1(b)", "preambular", "PP1"),
        ("OP1", "operative", ""),
    ]


# --- joining -------------------------------------------------------------------------------


def test_a_lower_case_line_continues_even_after_a_comma():
    text = parse("Recalling its resolution 1,\n\nand recalling its resolution 2,\n\n1. Decides.")
    assert text.paragraphs[0].text == "Recalling its resolution 1, and recalling its resolution 2,"


def test_a_capitalised_line_after_a_paragraph_ending_is_a_new_paragraph():
    text = parse("Mindful of the past,\n\nHeartened by the present,\n\n1. Decides.")
    assert [p.text for p in text.paragraphs[:2]] == [
        "Mindful of the past,",
        "Heartened by the present,",
    ]
    assert [p.opening for p in text.paragraphs[:2]] == ["Mindful", "Heartened"]


def test_a_known_opening_starts_a_paragraph_even_when_the_last_one_lost_its_comma():
    text = parse("Recalling its resolution 1\n\nNoting the report,\n\n1. Decides.")
    assert [p.label for p in text.paragraphs] == ["PP1", "PP2", "OP1"]


def test_a_word_broken_at_a_hyphen_is_joined_without_a_space():
    text = parse("Noting the information-\n\nrelated activities,\n\n1. Decides.")
    assert text.paragraphs[0].text == "Noting the information-related activities,"


def test_a_range_broken_at_its_dash_is_joined_without_a_space():
    text = parse("Noting the group for 2021–\n\n2025 and its work,\n\n1. Decides.")
    assert text.paragraphs[0].text == "Noting the group for 2021–2025 and its work,"


def test_de_hyphenation_slips_are_kept_as_printed():
    text = parse(
        "Noting the Openended Working Group and the consensusdriven process,\n\n1. Decides."
    )
    assert text.paragraphs[0].text == (
        "Noting the Openended Working Group and the consensusdriven process,"
    )


def test_quotes_and_dashes_are_kept_as_printed():
    text = parse('Noting “the item” — and ‘its’ 2021–2025 "plan",\n\n1. Decides.')
    assert text.paragraphs[0].text == 'Noting “the item” — and ‘its’ 2021–2025 "plan",'


def test_invisible_characters_and_odd_spaces_are_markup_not_text():
    text = parse("Noting the inter\u00adnational\u00a0report\u200b,\r\n\r\n1.\tDecides.")
    assert texts_of(text) == [("PP1", "Noting the international report,"), ("OP1", "Decides.")]


def test_text_after_the_last_paragraph_is_kept_as_a_paragraph_of_its_own():
    text = parse("Noting,\n\n1. Decides to stop.\n\nStray words from a table")
    assert texts_of(text) == [
        ("PP1", "Noting,"),
        ("OP1", "Decides to stop."),
        ("OP1 p1", "Stray words from a table"),
    ]
    assert text.paragraphs[2].kind == "other"
    assert text.warnings == [
        "OP1 p1: text after a paragraph that had ended could not be placed: "
        "Stray words from a table (kept as a paragraph of its own)"
    ]


def test_an_odd_line_inside_the_operative_part_is_joined_with_a_warning():
    text = parse("Noting,\n\n1. Requests the following;\n\nStray words of a table;\n\n2. Decides.")
    assert text.paragraphs[1].text == "Requests the following; Stray words of a table;"
    assert text.warnings == [
        "OP1: a line that does not start like a paragraph was joined to it: Stray words of a table;"
    ]


def test_a_title_line_between_operative_paragraphs_is_a_heading_of_its_own():
    text = parse("Noting,\n\n1. Requests the following;\n\nImplementation plan\n\n2. Decides.")
    assert texts_of(text) == [
        ("PP1", "Noting,"),
        ("OP1", "Requests the following;"),
        ("H1", "Implementation plan"),
        ("OP2", "Decides."),
    ]
    assert text.paragraphs[2].kind == "heading"
    assert text.warnings == []
