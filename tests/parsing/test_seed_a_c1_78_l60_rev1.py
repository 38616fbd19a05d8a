"""A/C.1/78/L.60/Rev.1, a revised draft whose symbol is not printed: counts read off the file."""

import re
from collections import Counter
from pathlib import Path

import pytest

from undrafts.parsing import Footnote, parse_document

from .reading import words

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seeds" / "A-C.1-78-L.60-Rev.1.txt"
RAW = SEED.read_text(encoding="utf-8")

SUPPORTING = (
    "Supporting the open-ended working group on security of and in the use of information and"
    " communications technologies 2021–2025, underlining the complementarity of the proposal "
    "for a programme of action with the work of the current 2021–2025 open-ended working "
    "group, and reaffirming that the programme of action is to take into account the "
    "consensus outcomes adopted by the 2021–2025 open-ended working group,"
)

OP4 = (
    "Decides to establish a mechanism under the auspices of the United Nations, upon the "
    "conclusion of the 2021–2025 open-ended working group and no later than 2026, that will "
    "be permanent, inclusive and action-oriented, with the specific objectives affirmed in "
    "General Assembly resolution 77/37 and with the common elements for future regular "
    "institutional dialogue agreed by consensus in the 2023 annual progress report of the "
    "2021–2025 open-ended working group, and also decides that the scope, structure, content "
    "and modalities of this mechanism shall be based on consensus outcomes of the 2021–2025 "
    "open-ended working group, taking into account the report of the Secretary-General "
    "prepared pursuant to resolution 77/37, the views submitted by States therein, the "
    "regional consultations as well as dialogue with relevant stakeholders;"
)


@pytest.fixture(scope="module")
def document():
    return parse_document(RAW)


@pytest.fixture(scope="module")
def paragraphs(document):
    return {p.label: p for p in document.texts[0].paragraphs}


def test_the_header_is_read_from_run_together_lines(document):
    assert document.symbol == ""
    assert document.kind == "revised_draft_resolution"
    assert document.distribution == "Limited"
    assert document.date == "2023-10-24"
    assert document.original_language == "English"
    assert document.session == 78
    assert document.committee == 1
    assert document.agenda_item == "94"
    assert document.agenda_title == (
        "Developments in the field of information and telecommunications in the context of "
        "international security"
    )
    assert document.title == (
        "Programme of action to advance responsible State behaviour in the use of information "
        "and communications technologies in the context of international security"
    )


def test_the_52_sponsors_from_the_quoted_sponsor_line(document):
    sponsors = document.sponsors
    assert len(sponsors) == 52
    assert (sponsors[0], sponsors[-1]) == ("Albania", "United States of America")
    assert "Netherlands (Kingdom of the)" in sponsors
    assert "United Kingdom of Great Britain and Northern Ireland" in sponsors
    assert "Bosnia and Herzegovina" in sponsors
    assert "Côte d'Ivoire" in sponsors
    assert not any(name.startswith(("> ", "the ")) for name in sponsors)


def test_counts_21_preambular_5_operative_and_3_sub_paragraphs(document):
    [text] = document.texts
    assert [p.label for p in text.paragraphs] == [f"PP{i}" for i in range(1, 22)] + [
        "OP1",
        "OP2",
        "OP3",
        "OP3(a)",
        "OP3(b)",
        "OP3(c)",
        "OP4",
        "OP5",
    ]
    assert text.warnings == []


def test_the_paragraph_cut_around_two_footnotes_is_rejoined(paragraphs):
    assert paragraphs["PP12"].text == SUPPORTING
    assert paragraphs["PP12"].opening == "Supporting"
    assert paragraphs["PP12"].footnotes == []


def test_markers_with_and_without_a_space_are_removed_and_resolved(paragraphs):
    pp8 = paragraphs["PP8"]
    assert pp8.opening == "Calling upon"
    assert "and the first and second annual progress reports" in pp8.text
    assert pp8.footnotes == [Footnote("1", "See A/77/275."), Footnote("2", "See A/78/265.")]
    assert paragraphs["PP15"].footnotes == [Footnote("3", "See A/75/816.")]
    assert "final report of the 2021 Open-ended Working Group and by" in paragraphs["PP15"].text
    assert paragraphs["PP21"].footnotes == [Footnote("4", "A/78/76.")]
    assert "resolution 77/37, including on the normative" in paragraphs["PP21"].text


def test_operative_paragraph_4_is_rejoined_across_its_footnote(paragraphs):
    assert paragraphs["OP4"].text == OP4
    assert paragraphs["OP4"].footnotes == []


def test_sub_paragraphs_and_openings(paragraphs):
    assert paragraphs["PP4"].opening == "Expressing concern also"
    assert paragraphs["OP2"].opening == "Also welcomes"
    assert paragraphs["OP3"].opening == "Encourages"
    assert paragraphs["OP3"].text.endswith("including on how the programme of action would:")
    assert paragraphs["OP3(a)"].text.startswith("Support States, including through")
    assert paragraphs["OP3(c)"].text == (
        "Facilitate inclusive dialogue and cooperation, including with relevant stakeholders "
        "where appropriate;"
    )
    assert paragraphs["OP5"].opening == "Also decides"


def test_de_hyphenation_slips_are_kept_as_printed(paragraphs):
    assert "consensusdriven and results-based," in paragraphs["PP13"].text


def test_nothing_in_the_body_is_lost(document):
    body = RAW.split("The General Assembly,", 1)[1]
    kept = [line for line in body.splitlines() if line.strip() and not re.match(r"[¹²³⁴]", line)]
    source = sum((words(line) for line in kept), Counter())
    parsed = sum((words(p.text) for p in document.texts[0].paragraphs), Counter())
    assert source == parsed
