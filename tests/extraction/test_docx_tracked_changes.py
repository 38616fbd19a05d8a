"""A draft sent with its tracked changes reads as its final text, and the importer is told."""

from undrafts.extraction import extract_document

from .word_files import paragraph, run, word_file

CHANGE = 'w:id="{n}" w:author="Delegation" w:date="2026-10-12T10:00:00Z"'


def tracked(tag: str, n: int, *runs: str) -> str:
    return f"<w:{tag} {CHANGE.format(n=n)}>{''.join(runs)}</w:{tag}>"


def deleted(text: str) -> str:
    return f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r>'


def test_insertions_are_kept_and_deletions_dropped_with_a_warning():
    body = paragraph(
        run("3. "),
        run("Considers", italic=True),
        run(" that the purpose of "),
        tracked("del", 1, deleted("such")),
        tracked("ins", 2, run("these")),
        run(" measures could be served;"),
    )

    extracted = extract_document("draft.docx", word_file(body))

    assert extracted.text.strip() == (
        "3. *Considers* that the purpose of these measures could be served;"
    )
    [warning] = extracted.warnings
    assert "tracked changes (1 insertion, 1 deletion)" in warning
    assert "read as accepted" in warning


def test_moved_text_is_read_where_it_was_moved_to():
    body = paragraph(
        run("Decides "),
        tracked("moveFrom", 1, run("without delay ")),
        run("to convene the group"),
        tracked("moveTo", 2, run(" without delay")),
        run(";"),
    )

    extracted = extract_document("draft.docx", word_file(body))

    assert extracted.text.strip() == "Decides to convene the group without delay;"
    assert "1 move" in extracted.warnings[0]


def test_a_deleted_paragraph_leaves_nothing_and_its_neighbours_join_as_word_shows():
    mark_deleted = f"<w:pPr><w:rPr>{tracked('del', 5, '')}</w:rPr></w:pPr>"
    body = (
        paragraph(run("1. Decides to act;"))
        + f"<w:p>{mark_deleted}{tracked('del', 6, deleted('2. Requests a study;'))}</w:p>"
        + f"<w:p>{mark_deleted}{run('2. Requests a report ')}</w:p>"
        + paragraph(run("at its next session."))
    )

    extracted = extract_document("draft.docx", word_file(body))

    assert extracted.text.split("\n\n") == [
        "1. Decides to act;",
        "2. Requests a report at its next session.\n",
    ]
    assert "3 deletions" in extracted.warnings[0]


def test_a_file_without_tracked_changes_gives_no_warning():
    extracted = extract_document("draft.docx", word_file(paragraph(run("1. Decides;"))))

    assert extracted.warnings == []
