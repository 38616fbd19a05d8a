"""A draft whose paragraphs Word numbers itself reads with the numbers Word shows."""

import pytest

from undrafts.extraction import extract_text
from undrafts.parsing import parse_document

from .word_files import abstract, level, num, paragraph, run, word_file

OPERATIVE_LIST = abstract(
    1,
    level(0, "decimal", "%1."),
    level(1, "lowerLetter", "(%2)"),
    level(2, "lowerRoman", "(%3)"),
)


def lines(data: bytes) -> list[str]:
    return [line.strip() for line in extract_text("draft.docx", data).split("\n\n") if line.strip()]


def header() -> list[str]:
    return [
        paragraph(run("United Nations A/C.1/80/L.5")),
        paragraph(run("General Assembly")),
        paragraph(run("Distr.: Limited")),
        paragraph(run("Developments in the field of information and telecommunications")),
        paragraph(run("The General Assembly,")),
        paragraph(run("Recalling", italic=True), run(" its resolution 73/27,")),
    ]


def test_auto_numbered_operative_paragraphs_parse_as_typed_ones_do():
    body = [
        *header(),
        paragraph(run("Decides", italic=True), run(" to convene a group;"), num=(1, 0)),
        paragraph(run("Calls upon", italic=True), run(" Member States:"), num=(1, 0)),
        paragraph(run("To promote cooperation;"), num=(1, 1)),
        paragraph(run("To share information, in particular:"), num=(1, 1)),
        paragraph(run("on threats;"), num=(1, 2)),
        paragraph(run("on responses;"), num=(1, 2)),
        paragraph(run("Decides", italic=True), run(" to remain seized of the matter."), num=(1, 0)),
    ]
    data = word_file("".join(body), numbering=OPERATIVE_LIST + num(1, 1))
    typed = "\n\n".join(
        [
            "United Nations A/C.1/80/L.5",
            "General Assembly",
            "Distr.: Limited",
            "Developments in the field of information and telecommunications",
            "The General Assembly,",
            "*Recalling* its resolution 73/27,",
            "1. *Decides* to convene a group;",
            "2. *Calls upon* Member States:",
            "(a) To promote cooperation;",
            "(b) To share information, in particular:",
            "(i) on threats;",
            "(ii) on responses;",
            "3. *Decides* to remain seized of the matter.",
        ]
    )

    text = extract_text("draft.docx", data)

    assert text.strip() == typed
    labels = [p.label for p in parse_document(text).texts[0].paragraphs]
    assert labels == parse_document_labels(typed)
    assert labels[:5] == ["PP1", "OP1", "OP2", "OP2(a)", "OP2(b)"]
    assert "OP3" in labels


def parse_document_labels(raw: str) -> list[str]:
    return [p.label for p in parse_document(raw).texts[0].paragraphs]


def test_letters_restart_under_each_numbered_paragraph():
    body = [
        paragraph(run("Invites States:"), num=(1, 0)),
        paragraph(run("first;"), num=(1, 1)),
        paragraph(run("second;"), num=(1, 1)),
        paragraph(run("Requests a report:"), num=(1, 0)),
        paragraph(run("third;"), num=(1, 1)),
    ]
    data = word_file("".join(body), numbering=OPERATIVE_LIST + num(1, 1))

    assert lines(data) == [
        "1. Invites States:",
        "(a) first;",
        "(b) second;",
        "2. Requests a report:",
        "(a) third;",
    ]


def test_a_list_set_to_start_at_five_starts_at_five():
    numbering = abstract(3, level(0, "decimal", "%1.", start=5)) + num(3, 3)
    body = paragraph(run("Decides;"), num=(3, 0)) + paragraph(run("Also decides."), num=(3, 0))

    assert lines(word_file(body, numbering=numbering)) == ["5. Decides;", "6. Also decides."]


def test_a_list_split_by_other_paragraphs_goes_on_counting_unless_restarted():
    # Two instances of one list: Word counts on through the second, unless it restarts it.
    numbering = OPERATIVE_LIST + num(1, 1) + num(2, 1) + num(4, 1, restart={0: 1})
    body = [
        paragraph(run("Decides;"), num=(1, 0)),
        paragraph(run("An unnumbered note between the paragraphs")),
        paragraph(run("Requests;"), num=(2, 0)),
        paragraph(run("Annex")),
        paragraph(run("Declares;"), num=(4, 0)),
        paragraph(run("Affirms."), num=(4, 0)),
    ]

    assert lines(word_file("".join(body), numbering=numbering)) == [
        "1. Decides;",
        "An unnumbered note between the paragraphs",
        "2. Requests;",
        "Annex",
        "1. Declares;",
        "2. Affirms.",
    ]


@pytest.mark.parametrize(
    "fmt, pattern, shown",
    [
        ("decimal", "%1.", ["1.", "2.", "3."]),
        ("lowerLetter", "(%1)", ["(a)", "(b)", "(c)"]),
        ("upperLetter", "%1.", ["A.", "B.", "C."]),
        ("lowerRoman", "(%1)", ["(i)", "(ii)", "(iii)"]),
        ("upperRoman", "%1.", ["I.", "II.", "III."]),
    ],
)
def test_each_number_format_is_written_as_word_shows_it(fmt, pattern, shown):
    numbering = abstract(5, level(0, fmt, pattern)) + num(5, 5)
    body = "".join(paragraph(run(f"item {n}"), num=(5, 0)) for n in range(3))

    assert [line.split(" ")[0] for line in lines(word_file(body, numbering=numbering))] == shown


def test_a_decimal_sub_paragraph_shows_its_parents_number():
    numbering = abstract(6, level(0, "decimal", "%1."), level(1, "decimal", "%1.%2")) + num(6, 6)
    body = [
        paragraph(run("Adopts the programme:"), num=(6, 0)),
        paragraph(run("first part;"), num=(6, 1)),
        paragraph(run("second part."), num=(6, 1)),
    ]

    assert lines(word_file("".join(body), numbering=numbering)) == [
        "1. Adopts the programme:",
        "1.1 first part;",
        "1.2 second part.",
    ]


def test_numbering_given_by_a_paragraph_style_is_written_out():
    styles = (
        '<w:style w:type="paragraph" w:styleId="Operative"><w:name w:val="Operative"/>'
        '<w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
    )
    numbering = abstract(7, level(0, "decimal", "%1.")) + num(7, 7)
    body = paragraph(run("Decides;"), style="Operative") + paragraph(
        run("Requests."), style="Operative"
    )

    assert lines(word_file(body, numbering=numbering, styles=styles)) == [
        "1. Decides;",
        "2. Requests.",
    ]


def test_bullets_and_removed_numbering_add_no_number():
    numbering = abstract(8, level(0, "bullet", "\u2022")) + num(8, 8)
    body = paragraph(run("a bulleted note"), num=(8, 0)) + paragraph(
        run("numbering removed"), num=(0, 0)
    )

    assert lines(word_file(body, numbering=numbering)) == ["a bulleted note", "numbering removed"]


def test_a_level_that_never_restarts_counts_on_across_its_parents():
    restart_never = '<w:lvlRestart w:val="0"/>'
    numbering = abstract(
        9, level(0, "decimal", "%1."), level(1, "lowerLetter", "(%2)", extra=restart_never)
    ) + num(9, 9)
    body = [
        paragraph(run("one"), num=(9, 0)),
        paragraph(run("first"), num=(9, 1)),
        paragraph(run("two"), num=(9, 0)),
        paragraph(run("second"), num=(9, 1)),
    ]

    assert lines(word_file("".join(body), numbering=numbering)) == [
        "1. one",
        "(a) first",
        "2. two",
        "(b) second",
    ]
