"""A delegate downloads the redline of the 2018 draft against resolution 75/240 for Word."""

import io

import docx
import pytest

from undrafts.diffing import compare
from undrafts.documents.addresses.sides import side_resolve
from undrafts.documents.comparisons import comparison_get
from undrafts.documents.services import paragraph_revise
from undrafts.exports.redline import redline_docx, row_labels, summary_line

L27 = "A/C.1/73/L.27/Rev.1"
L8 = "A/C.1/75/L.8/Rev.1"
RES = "A/RES/75/240"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def runs(document):
    return [run for paragraph in document.paragraphs for run in paragraph.runs]


@pytest.fixture
def redline(client, seeds):
    response = client.get(f"/exports/compare/{L27}...{RES}/redline.docx")
    assert response.status_code == 200
    return response, docx.Document(io.BytesIO(response.content))


def test_the_redline_downloads_as_a_word_file_named_for_both_symbols(redline):
    response, _ = redline
    assert response["Content-Type"] == DOCX
    assert response["Content-Disposition"] == (
        'attachment; filename="redline_A_C.1_73_L.27_Rev.1_v1_to_A_RES_75_240_v1.docx"'
    )


def test_deleted_words_are_struck_through_and_inserted_words_underlined(redline):
    _, document = redline
    struck = [run.text for run in runs(document) if run.font.strike]
    underlined = [run.text for run in runs(document) if run.font.underline]
    assert any("ICTs" in text for text in struck)
    assert any("information and communications technologies" in text for text in underlined)
    # Marks never overlap: a run is deleted or inserted, not both.
    assert not [run for run in runs(document) if run.font.strike and run.font.underline]


def test_marks_cover_words_and_leave_the_spaces_beside_them_plain(redline):
    _, document = redline
    marked = [run.text for run in runs(document) if run.font.strike or run.font.underline]
    # PP12 deletes "ICT " before "use": the word is struck, the space after it is not
    assert "ICT" in marked
    assert all(text == text.strip() for text in marked if text.strip())


def test_marks_are_coloured_as_a_redline(redline):
    _, document = redline
    struck = next(run for run in runs(document) if run.font.strike and "ICTs" in run.text)
    underlined = next(run for run in runs(document) if run.font.underline)
    assert str(struck.font.color.rgb) == "C00000"
    assert str(underlined.font.color.rgb) == "0033CC"


def test_every_row_is_labelled_and_every_word_of_both_texts_is_there(redline, seeds):
    _, document = redline
    comparison = comparison_get(side_resolve(L27), side_resolve(RES))
    texts = [p.text for p in document.paragraphs]
    labels = [row_labels(row) for row in comparison["rows"]]
    bold = [p.runs[0].text for p in document.paragraphs if p.runs and p.runs[0].bold]
    for label in labels:
        assert label in bold
    assert "PP1" in labels
    assert any(label.startswith("OP") for label in labels)
    # Equal + deleted runs rebuild the old wording; equal + inserted the new.
    for row in comparison["rows"]:
        if not row["words"]:
            continue
        joined = "".join(text for _, text in row["words"])
        assert joined.replace("\n", "") in [t.replace("\n", "") for t in texts]


def test_deleted_and_inserted_paragraphs_are_marked_whole_and_named(redline, seeds):
    _, document = redline
    paragraphs = document.paragraphs
    notes = [(n, p.text) for n, p in enumerate(paragraphs) if "(deleted)" in p.text] + [
        (n, p.text) for n, p in enumerate(paragraphs) if "(inserted)" in p.text
    ]
    assert notes, "the 2018 draft and the resolution differ by whole paragraphs"
    for n, heading in notes:
        body = paragraphs[n + 1]
        marked = [r.font.strike if "(deleted)" in heading else r.font.underline for r in body.runs]
        assert marked and all(marked), heading


def test_the_header_names_both_versions_and_the_permalink(redline):
    _, document = redline
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert f"{L27} (version 1), Revised draft resolution, 29 October 2018" in header
    assert f"{RES} (version 1), Adopted resolution, 31 December 2020" in header
    permalink = f"http://testserver/compare/{L27}@1...{RES}@1/"
    assert permalink in header
    links = [link.url for p in document.sections[0].header.paragraphs for link in p.hyperlinks]
    assert permalink in links
    assert document.core_properties.title == f"Redline: {L27} → {RES}"
    assert document.core_properties.comments == permalink


def test_the_summary_counts_what_changed(redline, seeds):
    _, document = redline
    comparison = comparison_get(side_resolve(L27), side_resolve(RES))
    line = summary_line(comparison["summary"])
    assert f"Summary: {line}" in [p.text for p in document.paragraphs]
    assert f"{comparison['summary']['changed']} changed" in line


def test_a_moved_paragraph_says_where_it_went():
    left = [
        {"id": "PP1", "label": "PP1", "kind": "preambular", "text": "Recalling the Charter,"},
        {"id": "PP2", "label": "PP2", "kind": "preambular", "text": "Noting the report,"},
        {"id": "PP3", "label": "PP3", "kind": "preambular", "text": "Welcoming the work,"},
    ]
    right = [
        left[2] | {"id": "PP1", "label": "PP1"},
        left[0] | {"id": "PP2", "label": "PP2"},
        left[1] | {"id": "PP3", "label": "PP3"},
    ]
    comparison = compare(left, right, left_symbol="A/1", right_symbol="A/2")
    document = docx.Document(
        io.BytesIO(redline_docx(comparison, left_title="A/1", right_title="A/2", permalink="x"))
    )
    moved = [row for row in comparison["rows"] if row["op"] == "moved"]
    assert moved
    texts = [p.text for p in document.paragraphs]
    assert f"{row_labels(moved[0])}  (moved {moved[0]['moved']}; substantive)" in texts


def test_text_a_word_processor_cannot_hold_is_left_out_not_fatal():
    comparison = compare(
        [{"id": "PP1", "label": "PP1", "kind": "preambular", "text": "Noting\x0b the\x00 report,"}],
        [{"id": "PP1", "label": "PP1", "kind": "preambular", "text": "Noting the reports,"}],
        left_symbol="A/1",
        right_symbol="A/2",
    )
    data = redline_docx(comparison, left_title="A/1\x01", right_title="A/2", permalink="x")
    assert "Noting" in "".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def test_a_redline_of_a_report_text_pins_its_position(client, seeds):
    response = client.get(f"/exports/compare/A/75/394...{L8}/redline.docx?lt=2")
    assert response.status_code == 200
    assert "A_75_394_text_2_v1_to" in response["Content-Disposition"]
    document = docx.Document(io.BytesIO(response.content))
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert "Draft resolution II" in header
    assert f"/compare/A/75/394@1...{L8}@1/?lt=2" in header


@pytest.mark.parametrize(
    ("path", "status"),
    [
        (f"/exports/compare/{L27}/redline.docx", 400),
        (f"/exports/compare/{L27}...A/RES/75/999/redline.docx", 404),
        (f"/exports/compare/{L27}...{RES}/redline.docx?lt=x", 400),
        (f"/exports/compare/{L27}...{RES}/redline.docx?rt=5", 404),
        (f"/exports/compare/{L27}%00...{RES}/redline.docx", 400),
    ],
)
def test_a_bad_redline_address_gets_a_plain_answer_not_a_crash(client, seeds, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.strip()


def test_only_reading_is_allowed(client, seeds):
    assert client.post(f"/exports/compare/{L27}...{RES}/redline.docx").status_code == 405


def test_a_redline_already_downloaded_is_not_sent_again(client, seeds):
    first = client.get(f"/exports/compare/{L27}@1...{RES}@1/redline.docx")
    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=86400"
    again = client.get(
        f"/exports/compare/{L27}@1...{RES}@1/redline.docx", HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert (again.status_code, again.content) == (304, b"")
    assert again["ETag"] == first["ETag"]


def test_a_latest_redline_is_checked_again_and_changes_with_an_edit(client, seeds, amina):
    path = f"/exports/compare/{L27}...{RES}/redline.docx"
    before = client.get(path)
    assert before["Cache-Control"] == "no-cache"
    text = seeds[RES].texts.get()
    paragraph = text.paragraphs.get(label="OP1")
    paragraph_revise(
        paragraph_id=paragraph.pk,
        content=paragraph.content + " Revised.",
        author=amina,
        base_version=text.version,
    )
    after = client.get(path, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
