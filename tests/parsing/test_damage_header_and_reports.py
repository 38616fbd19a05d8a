"""Extraction damage around the body, on tiny crafted texts: the header, reports holding
several texts, pathological input and what is refused."""

import time

import pytest

from undrafts.parsing import ParseError, parse_document

from .damage import HEADER, parse

# --- header --------------------------------------------------------------------------------


def test_a_draft_with_sponsors_and_names_that_hold_and_commas_and_parentheses():
    raw = (
        "Distr.: Limited\n29 October 2018\n\nOriginal: English, French and Spanish\n\n"
        "Eightieth session\nSixth Committee\nAgenda item 20 (a)\n\nItem title\n\n"
        "> Antigua and Barbuda, Bolivia (Plurinational State of), the Netherlands, Trinidad and "
        "Tobago, United Kingdom of Great Britain and Northern Ireland and Bosnia and Herzegovina"
        ": draft resolution\n\nThe title\n\nThe General Assembly,\n\nNoting,\n\n1. Decides."
    )
    document = parse_document(raw)
    assert document.kind == "draft_resolution"
    assert document.sponsors == [
        "Antigua and Barbuda",
        "Bolivia (Plurinational State of)",
        "Netherlands",
        "Trinidad and Tobago",
        "United Kingdom of Great Britain and Northern Ireland",
        "Bosnia and Herzegovina",
    ]
    assert (document.session, document.committee, document.agenda_item) == (80, 6, "20 (a)")
    assert document.original_language == "English, French and Spanish"
    assert (document.agenda_title, document.title) == ("Item title", "The title")
    assert document.texts[0].title == "The title"


@pytest.mark.parametrize(
    ("line", "session"),
    [
        ("Tenth session", 10),
        ("Seventy-first session", 71),
        ("Resumed seventy-fifth session", 75),
        ("Twentieth session", 20),
        ("75th session", 75),
    ],
)
def test_sessions_written_as_ordinals(line, session):
    document = parse_document(f"Distr.: General\n\n{line}\n\nThe General Assembly,\n\nNoting,")
    assert document.session == session


def test_a_draft_decision_is_one_sentence():
    raw = (
        "United Nations A/C.1/75/L.47\n\nDistr.: Limited\n\nSwitzerland: draft decision\n\n"
        "A title\n\nThe General Assembly, recalling its resolution 73/27, decides to meet."
    )
    document = parse_document(raw)
    assert document.kind == "draft_decision"
    assert document.sponsors == ["Switzerland"]
    [text] = document.texts
    assert text.kind == "decision"
    assert [(p.label, p.number, p.opening, p.text) for p in text.paragraphs] == [
        ("OP1", "", "", "The General Assembly, recalling its resolution 73/27, decides to meet.")
    ]


def test_the_symbol_gives_kind_session_and_committee_when_the_header_does_not():
    document = parse_document(
        "A/C.3/70/L.5/Rev.1\n\nThe General Assembly,\n\nNoting,\n\n1. Decides."
    )
    assert document.symbol == "A/C.3/70/L.5/Rev.1"
    assert (document.kind, document.session, document.committee) == (
        "revised_draft_resolution",
        70,
        3,
    )


def test_a_symbol_mentioned_in_a_reference_is_not_the_document_symbol():
    document = parse_document(
        "[on the report of the Sixth Committee (A/75/400)]\n\nThe General Assembly,\n\nNoting,"
    )
    assert document.symbol == ""
    assert document.report_reference == "A/75/400"
    assert document.committee == 6


def test_a_meeting_line_with_its_date_on_one_line():
    text = parse("Noting,\n\n1. Decides.\n\n**72nd plenary meeting 2 December 2020**")
    document = parse_document(
        HEADER + "Noting,\n\n1. Decides.\n\n72nd plenary meeting 2 December 2020"
    )
    assert document.meeting == "72nd plenary meeting, 2 December 2020"
    assert [p.label for p in text.paragraphs] == ["PP1", "OP1"]


# --- several texts -------------------------------------------------------------------------

REPORT = """United Nations A/80/1

Distr.: General 1 December 2025

Eightieth session Agenda item 9

# Item title

# Report of the Second Committee

## I. Introduction

1. The Committee considered the item. In favour: Albania.

## III. Recommendations of the Second Committee

2. The Second Committee recommends the adoption of the following draft resolutions:

# Draft resolution I

First title

The General Assembly,

Noting,

1. Decides.

80-00001 5/9

# Draft resolution II Second title

The General Assembly,

Recalling,

1. Requests.

3. The Second Committee recommends the adoption of the following draft decision:

#### **Draft decision**

Third title
over two lines

The General Assembly, recalling its resolution 1, decides to meet.
"""


def test_a_report_gives_each_recommended_text_and_nothing_of_its_proceedings():
    document = parse_document(REPORT)
    assert document.kind == "committee_report"
    assert (document.session, document.committee, document.agenda_item) == (80, 2, "9")
    assert [(t.heading, t.kind, t.title) for t in document.texts] == [
        ("Draft resolution I", "resolution", "First title"),
        ("Draft resolution II", "resolution", "Second title"),
        ("Draft decision", "decision", "Third title over two lines"),
    ]
    assert [[p.label for p in t.paragraphs] for t in document.texts] == [
        ["PP1", "OP1"],
        ["PP1", "OP1"],
        ["OP1"],
    ]
    everything = " ".join(p.text for t in document.texts for p in t.paragraphs)
    assert "recommends" not in everything and "Albania" not in everything


def test_a_heading_without_a_text_under_it_is_reported_not_dropped():
    document = parse_document(REPORT + "\n# Draft resolution III\n\nOnly a title survived\n")
    assert len(document.texts) == 3
    assert any(
        "Draft resolution III" in w and "Only a title survived" in w for w in document.warnings
    )


def test_a_report_recommending_one_text_without_a_heading():
    report = REPORT.split("# Draft resolution I")[0].replace(
        "draft resolutions:", "draft resolution:"
    )
    report += "A lone title\n\nThe General Assembly,\n\nNoting,\n\n1. Decides.\n"
    document = parse_document(report)
    assert [(t.heading, t.title, [p.label for p in t.paragraphs]) for t in document.texts] == [
        ("Draft resolution", "A lone title", ["PP1", "OP1"])
    ]
    assert document.warnings == []


@pytest.mark.parametrize(
    "body",
    [
        "Noting " + "[a](" * 20000 + ",",
        "Noting " + "<i " * 20000 + ",",
        "# " * 20000 + "Noting,",
        "Noting,\n\n1. Decides:\n\n" + "\n\n".join("(a) x;" for _ in range(5000)),
        "Noting,\n\n" + "\n\n".join("1. x;" for _ in range(5000)),
    ],
)
def test_pathological_input_is_read_in_linear_time(body):
    started = time.perf_counter()
    parse(body)
    assert time.perf_counter() - started < 2


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("", "empty"),
        ("   \n\t\n", "empty"),
        ("\x00\x01\x02PDF-1.7\x03\x04", "does not look like text"),
        ("\x01\x02\x03\x04\x05\x06 abc", "does not look like text"),
        ("12345 678 90/12", "no letters"),
        ("Just a note about the weather.", "No resolution text was found"),
        ("The General Assembly,\n\n", "No resolution text was found"),
        ("Distr.: General\n\nThe General Assembly,\n\n20-15344 3/13\n", "No resolution text"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
    ],
)
def test_what_cannot_be_read_is_refused_with_a_reason(raw, says):
    with pytest.raises(ParseError) as caught:
        parse_document(raw)
    assert says in str(caught.value)


def test_utf8_bytes_are_read_like_text():
    document = parse_document(("The General Assembly,\n\nNoting “this”,").encode())
    assert document.texts[0].paragraphs[0].text == "Noting “this”,"
