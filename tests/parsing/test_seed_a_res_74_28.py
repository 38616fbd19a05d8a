"""A/RES/74/28, the adopted resolution: counts and texts read off the seed file."""

import re
from collections import Counter
from pathlib import Path

import pytest

from undrafts.parsing import Footnote, parse_document

from .reading import words

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "A-RES-74-28.txt"
RAW = SEED.read_text(encoding="utf-8")
REPORTS = [Footnote("1", "A/65/201."), Footnote("2", "A/68/98."), Footnote("3", "A/70/174.")]

OP1_A = (
    "To be guided in their use of information and communications technologies by the 2010, "
    "2013 and 2015 reports of the Group of Governmental Experts on Developments in the Field "
    "of Information and Telecommunications in the Context of International Security;"
)


@pytest.fixture(scope="module")
def document():
    return parse_document(RAW)


@pytest.fixture(scope="module")
def paragraphs(document):
    return {p.label: p for p in document.texts[0].paragraphs}


def test_the_header_is_read(document):
    assert document.symbol == ""
    assert document.kind == "resolution"
    assert document.distribution == "General"
    assert document.date == "2019-12-18"
    assert document.adoption_date == "2019-12-12"
    assert document.session == 74
    assert document.agenda_item == "93"
    assert document.resolution_number == "74/28"
    assert document.report_reference == "A/74/363"
    assert document.title == (
        "Advancing responsible State behaviour in cyberspace in the context of international "
        "security"
    )


def test_the_italic_meeting_line_over_two_lines_is_metadata(document):
    assert document.meeting == "46th plenary meeting, 12 December 2019"
    assert all("plenary" not in p.text for p in document.texts[0].paragraphs)


def test_counts_15_preambular_5_operative_and_4_sub_paragraphs(document):
    [text] = document.texts
    assert [p.label for p in text.paragraphs] == [f"PP{i}" for i in range(1, 16)] + [
        "OP1",
        "OP1(a)",
        "OP1(b)",
        "OP2",
        "OP2(a)",
        "OP2(b)",
        "OP3",
        "OP4",
        "OP5",
    ]
    assert text.warnings == []


def test_a_lead_in_with_sub_paragraphs(paragraphs):
    assert paragraphs["OP1"].text == "Calls upon Member States:"
    assert paragraphs["OP1"].opening == "Calls upon"
    assert paragraphs["OP1(b)"].parent_label == "OP1"
    assert paragraphs["OP1(b)"].number == "(b)"


def test_a_sub_paragraph_cut_by_a_footnote_block_is_rejoined_with_its_footnotes(paragraphs):
    assert paragraphs["OP1(a)"].text == OP1_A
    assert paragraphs["OP1(a)"].footnotes == REPORTS


def test_preambular_markers_after_commas(paragraphs):
    pp10 = paragraphs["PP10"]
    assert pp10.text.endswith(
        "and the 2010, 2013 and 2015 reports transmitted by the Secretary-General,"
    )
    assert pp10.footnotes == REPORTS
    assert paragraphs["PP14"].opening == "Confirming further"


def test_curly_quotes_are_kept_and_links_are_dropped(paragraphs):
    assert paragraphs["OP5"].text.endswith("in the context of international security”.")
    assert "pursuant to resolution 73/266, on the basis" in paragraphs["OP3"].text
    assert "as well as its decision 72/512 of 4 December 2017," in paragraphs["PP1"].text


def test_nothing_in_the_body_is_lost(document):
    body = RAW.split("The General Assembly,", 1)[1]
    kept = [
        line
        for line in body.splitlines()
        if line.strip()
        and not re.match(r"[¹²³]", line)
        and "plenary meeting" not in line
        and line.strip() != "12 December 2019*"
    ]
    source = sum((words(line) for line in kept), Counter())
    parsed = sum((words(p.text) for p in document.texts[0].paragraphs), Counter())
    assert source == parsed
