"""A/75/394, the First Committee's report: only the texts it recommends are texts.

Counts were made by reading fixtures/seeds/A-75-394.txt: Draft resolution I (16 preambular,
7 operative, 4 sub-paragraphs), Draft resolution II (22 preambular, 5 operative) and two
draft decisions of one sentence each.
"""

import re
from collections import Counter
from pathlib import Path

import pytest

from undrafts.parsing import Footnote, parse_document

from .reading import words

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "A-75-394.txt"
RAW = SEED.read_text(encoding="utf-8")

DR1_PP10 = (
    "Welcoming the effective work of the Group of Governmental Experts on Developments in the"
    " Field of Information and Telecommunications in the Context of International Security "
    "and the 2010, 2013 and 2015 reports transmitted by the Secretary-General,"
)

DR1_OP2 = (
    "Invites all Member States, taking into account the assessments and recommendations "
    "contained in the reports of the Group of Governmental Experts, to continue to inform the"
    " Secretary-General of their views and assessments on the following questions:"
)

DR2_OP2 = (
    "Also decides that, upon the conclusion of the work of the current Openended Working "
    "Group on Developments in the Field of Information and Telecommunications in the Context "
    "of International Security, the General Assembly at its seventy-fifth session may adopt a"
    " decision in this respect;"
)

DEC1 = (
    "The General Assembly, recalling its resolutions 73/27 of 5 December 2018 and 74/29 of 12"
    " December 2019, noting that the Open-ended Working Group on Developments in the Field of"
    " Information and Telecommunications in the Context of International Security held its "
    "organizational and first and second substantive sessions in 2019 and 2020, and noting "
    "also that, owing to the coronavirus disease (COVID-19) pandemic, the third and final "
    "substantive session, scheduled for 6 to 10 July 2020, was cancelled, decides that the "
    "Open-ended Working Group, while continuing its current work pursuant to its mandate "
    "under resolution 73/27, shall convene its third and final substantive session from 8 to "
    "12 March 2021."
)

DEC2 = (
    "The General Assembly, recalling its resolutions 73/266 of 22 December 2018 and 74/28 of "
    "12 December 2019, noting that the Secretary-General convened the first and second "
    "sessions of the Group of Governmental Experts on Advancing Responsible State Behaviour "
    "in Cyberspace in the Context of International Security in 2019 and 2020, and noting with"
    " concern that, owing to the coronavirus disease (COVID-19) pandemic, the third session "
    "of the Group of Governmental Experts, scheduled for 17 to 21 August 2020, could not take"
    " place, decides to request the Secretary-General to convene the third session and the "
    "fourth and final session of the Group before the end of May 2021."
)


@pytest.fixture(scope="module")
def document():
    return parse_document(RAW)


def labelled(text):
    return {p.label: p for p in text.paragraphs}


def test_the_report_header_is_read(document):
    assert document.symbol == "A/75/394"
    assert document.kind == "committee_report"
    assert document.distribution == "General"
    assert document.date == "2020-11-16"
    assert document.original_language == "English"
    assert document.session == 75
    assert document.committee == 1
    assert document.agenda_item == "98"
    assert document.sponsors == []
    assert document.meeting == ""
    assert document.title == (
        "Developments in the field of information and telecommunications in the context of "
        "international security"
    )


def test_the_four_recommended_texts_and_nothing_else(document):
    assert [(t.heading, t.kind) for t in document.texts] == [
        ("Draft resolution I", "resolution"),
        ("Draft resolution II", "resolution"),
        ("Draft decision I", "decision"),
        ("Draft decision II", "decision"),
    ]
    assert document.texts[0].title == (
        "Advancing responsible State behaviour in cyberspace in the context of international "
        "security"
    )
    assert document.texts[1].title == (
        "Developments in the field of information and telecommunications in the context of "
        "international security"
    )
    assert document.texts[2].title.startswith("Open-ended Working Group on Developments")
    assert document.texts[2].title.endswith(
        "pursuant to General Assembly resolution 73/27 of 5 December 2018"
    )
    assert document.texts[3].title.startswith("Group of Governmental Experts on Advancing")


def test_proceedings_and_vote_lists_are_not_paragraphs(document):
    everything = " ".join(p.text for t in document.texts for p in t.paragraphs)
    for phrase in [
        "In favour",
        "Abstaining",
        "Afghanistan, Albania",
        "recorded vote",
        "The First Committee recommends",
        "Rapporteur",
        "joined in sponsoring",
    ]:
        assert phrase not in everything


def test_draft_resolution_i_counts_and_labels(document):
    text = document.texts[0]
    assert [p.label for p in text.paragraphs] == [f"PP{i}" for i in range(1, 17)] + [
        "OP1",
        "OP1(a)",
        "OP1(b)",
        "OP2",
        "OP2(a)",
        "OP2(b)",
        "OP3",
        "OP4",
        "OP5",
        "OP6",
        "OP7",
    ]


def test_draft_resolution_i_paragraphs_cut_by_page_breaks(document):
    paragraphs = labelled(document.texts[0])
    assert paragraphs["PP10"].text == DR1_PP10
    assert paragraphs["OP2"].text == DR1_OP2
    assert paragraphs["OP5"].opening == "Notes"
    assert paragraphs["PP2"].opening == "Noting"  # printed "*Noting*"


def test_draft_resolution_i_footnotes_lost_their_markers_and_are_reported(document):
    text = document.texts[0]
    assert all(p.footnotes == [] for p in text.paragraphs)
    assert [w for w in text.warnings if w.startswith("footnote")] == [
        "footnote 1 (A/65/201.) is not referenced in the text; its marker was probably lost in "
        "extraction",
        "footnote 2 (A/68/98.) is not referenced in the text; its marker was probably lost in "
        "extraction",
        "footnote 3 (A/70/174.) is not referenced in the text; its marker was probably lost in "
        "extraction",
    ]


def test_draft_resolution_ii_counts_and_the_lost_number(document):
    text = document.texts[1]
    assert [p.label for p in text.paragraphs] == [f"PP{i}" for i in range(1, 23)] + [
        f"OP{i}" for i in range(1, 6)
    ]
    paragraphs = labelled(text)
    assert paragraphs["OP1"].number == "1"
    assert paragraphs["OP1"].text.startswith("Decides to convene, starting from 2021")
    assert "OP1: number missing in the source; inferred 1" in text.warnings
    assert paragraphs["OP2"].text == DR2_OP2


def test_draft_resolution_ii_resolves_its_own_footnote_not_the_proceedings_one(document):
    paragraphs = labelled(document.texts[1])
    # footnote 2 of the proceedings is Togo's intention; the text's own footnote 2 is A/68/98
    assert paragraphs["PP18"].footnotes == [Footnote("2", "A/68/98.")]
    assert "in its 2013 and 2015 reports" in paragraphs["PP18"].text
    # the typo full stop is kept, and the next paragraph after the page break starts anew
    assert paragraphs["PP21"].text.endswith("in the internal affairs of other States.")
    assert paragraphs["PP22"].text.startswith("Stressing that, while States have")
    # the tenth preambular paragraph, voted on separately
    assert paragraphs["PP10"].text.startswith("Stressing that it is in the interest of all States")


def test_each_draft_decision_is_one_operative_paragraph(document):
    for text, expected in zip(document.texts[2:], [DEC1, DEC2], strict=True):
        [paragraph] = text.paragraphs
        assert paragraph.kind == "operative"
        assert paragraph.number == ""
        assert paragraph.label == "OP1"
        assert paragraph.parent_label == ""
        assert paragraph.opening == ""
        assert paragraph.text == expected
        assert text.warnings == []


def _region(start: str, end: str | None) -> list[str]:
    body = RAW.split(start, 1)[1]
    if end is not None:
        body = body.split(end, 1)[0]
    return body.splitlines()


def _source_words(lines: list[str]) -> Counter:
    kept = [
        line
        for line in lines
        if line.strip()
        and not re.fullmatch(r"\s*(?:20-15344)?\s*(?:\*\*)?(?:\d{1,2}/13)?(?:\*\*)?\s*", line)
        and not line.startswith("<sup>&</sup>")
    ]
    return sum((words(line) for line in kept), Counter())


@pytest.mark.parametrize(
    ("index", "start", "end"),
    [
        (
            0,
            "# Draft resolution I Advancing responsible State behaviour in cyberspace in the "
            "context of international security\n\nThe General Assembly,",
            "# Draft resolution II",
        ),
        (
            1,
            "# Draft resolution II Developments in the field of information and "
            "telecommunications in the context of international security\n\nThe General Assembly,",
            "18. The First Committee recommends",
        ),
        (2, "73/27 of 5 December 2018\n\n", "#### **Draft decision II**"),
        (3, "73/266 of 22 December 2018\n\n", None),
    ],
)
def test_nothing_in_a_recommended_text_is_lost(document, index, start, end):
    parsed = sum((words(p.text) for p in document.texts[index].paragraphs), Counter())
    assert _source_words(_region(start, end)) == parsed
