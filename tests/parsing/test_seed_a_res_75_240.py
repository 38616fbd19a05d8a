"""A/RES/75/240, the adopted resolution: every count and text here was read off the seed file."""

import re
from collections import Counter
from pathlib import Path

import pytest

from undrafts.parsing import Footnote, parse_document

from .reading import words

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "A-RES-75-240.txt"
RAW = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def document():
    return parse_document(RAW)


@pytest.fixture(scope="module")
def text(document):
    return document.texts[0]


def by_label(text):
    return {p.label: p for p in text.paragraphs}


def test_the_header_is_read(document):
    assert document.symbol == "A/RES/75/240"
    assert document.kind == "resolution"
    assert document.distribution == "General"
    assert document.date == "2021-01-04"
    assert document.adoption_date == "2020-12-31"
    assert document.session == 75
    assert document.committee == 1  # "[on the report of the First Committee ...]"
    assert document.agenda_item == "98"
    assert document.sponsors == []
    assert document.original_language == ""
    assert document.resolution_number == "75/240"
    assert document.report_reference == "A/75/394, para. 17"
    assert document.title == (
        "Developments in the field of information and telecommunications "
        "in the context of international security"
    )


def test_the_closing_meeting_line_is_metadata_not_a_paragraph(document, text):
    assert document.meeting == "48th (resumed) plenary meeting, 31 December 2020"
    assert all("plenary meeting" not in p.text for p in text.paragraphs)


def test_one_text_with_22_preambular_and_5_operative_paragraphs(document, text):
    assert len(document.texts) == 1
    assert text.heading == ""
    assert text.kind == "resolution"
    assert text.title == document.title
    labels = [p.label for p in text.paragraphs]
    assert labels == [f"PP{i}" for i in range(1, 23)] + [f"OP{i}" for i in range(1, 6)]
    assert [p.number for p in text.paragraphs if p.kind == "operative"] == list("12345")
    assert all(p.parent_label == "" for p in text.paragraphs)


def test_the_operative_paragraph_that_lost_its_number_is_numbered_1_with_a_warning(text):
    op1 = by_label(text)["OP1"]
    assert op1.kind == "operative"
    assert op1.number == "1"
    assert op1.opening == "Decides"
    assert op1.text.startswith("Decides to convene, starting from 2021, with a view to ensuring")
    assert op1.text.endswith(
        "final report on the results of its work to the General Assembly at its eightieth session:"
    )
    assert "OP1: number missing in the source; inferred 1" in text.warnings


def test_a_preambular_paragraph_cut_by_a_page_break_and_a_footnote_is_rejoined(text):
    pp17 = by_label(text)["PP17"]
    assert pp17.text == (
        "Recalling that, in considering the application of international law to State use of "
        "information and communications technologies, the Group of Governmental Experts on "
        "Developments in the Field of Information and Telecommunications in the Context of "
        "International Security, in its 2015 report, identified as of central importance the "
        "commitments of States to the following principles of the Charter of the United Nations "
        "and other international law: sovereign equality; the settlement of international "
        "disputes by peaceful means in such a manner that international peace and security and "
        "justice are not endangered; refraining in their international relations from the threat "
        "or use of force against the territorial integrity or political independence of any "
        "State, or in any other manner inconsistent with the purposes of the United Nations; "
        "respect for human rights and fundamental freedoms; and non-intervention in the internal "
        "affairs of other States,"
    )
    # the extraction lost the marker of footnote 1, so nothing ties it to the paragraph
    assert pp17.footnotes == []
    assert "¹" not in pp17.text and "A/70/174" not in pp17.text and "21-00006" not in pp17.text


def test_the_unreferenced_footnote_is_kept_on_the_document_and_reported(document, text):
    assert Footnote("1", "A/70/174.") in document.footnotes
    assert any("footnote 1 (A/70/174.)" in w for w in text.warnings)


def test_the_marker_after_2013_becomes_a_footnote_and_leaves_the_text(text):
    pp18 = by_label(text)["PP18"]
    assert pp18.opening == "Confirming"
    assert pp18.footnotes == [Footnote("2", "A/68/98.")]
    assert pp18.text.startswith(
        "Confirming the conclusions of the Group of Governmental Experts, in its 2013 and 2015 "
        "reports, that international law"
    )
    # it ends with a full stop by a typo in the source; the next paragraph still starts anew
    assert pp18.text.endswith("additional norms can be developed over time.")
    assert by_label(text)["PP19"].text.startswith("Confirming also that State sovereignty")


def test_operative_paragraph_2_is_rejoined_across_the_footnote_block(text):
    assert by_label(text)["OP2"].text == (
        "Also decides that, upon the conclusion of the work of the current Openended Working "
        "Group on Developments in the Field of Information and Telecommunications in the Context "
        "of International Security, the General Assembly at its seventy-fifth session may adopt "
        "a decision in this respect;"
    )


def test_openings(text):
    paragraphs = by_label(text)
    assert paragraphs["PP1"].opening == "Recalling"
    assert paragraphs["PP9"].opening == "Expressing concern"
    assert paragraphs["PP19"].opening == "Confirming also"
    assert paragraphs["OP2"].opening == "Also decides"
    assert paragraphs["OP3"].opening == "Further decides"
    assert paragraphs["OP5"].opening == "Also decides"


def test_words_and_dashes_are_kept_as_printed(text):
    paragraphs = by_label(text)
    assert "Openended Working Group" in paragraphs["PP15"].text
    assert "technologies 2021–2025 shall start" in paragraphs["OP3"].text
    assert paragraphs["OP5"].text.endswith(
        '"Developments in the field of information and '
        "telecommunications in the context of international "
        'security".'
    )


def test_no_page_furniture_or_markup_is_left_in_any_paragraph(text):
    for paragraph in text.paragraphs:
        assert not re.search(r"21-00006|\d/4\b|<sup>|[¹²³*#\n]|  |^- ", paragraph.text)


def test_nothing_in_the_body_is_lost(text):
    body = RAW.split("The General Assembly,", 1)[1]
    kept = [
        line
        for line in body.splitlines()
        if line.strip()
        and not re.fullmatch(r"\s*(?:\d/4\s+)?21-00006\s*|\s*_\s*", line)
        and not re.match(r"\s*[¹²³]", line)
        and "plenary meeting" not in line
    ]
    source = sum((words(line) for line in kept), Counter())
    parsed = sum((words(p.text) for p in text.paragraphs), Counter())
    assert source == parsed
