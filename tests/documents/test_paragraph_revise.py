"""Editing a paragraph leaves a revision; nobody silently overwrites anybody."""

import pytest

from undrafts.documents.exceptions import EditConflict, ImportRefused
from undrafts.documents.selectors import text_paragraphs
from undrafts.documents.services import paragraph_revise

pytestmark = pytest.mark.django_db


def paragraph_of(seeds, label="PP2"):
    return seeds["A/RES/75/240"].main_text.paragraphs.get(label=label)


def test_an_edit_makes_a_new_revision_and_keeps_the_old_one(seeds, amina):
    paragraph = paragraph_of(seeds)
    old = paragraph.content
    revision = paragraph_revise(
        paragraph_id=paragraph.pk,
        content=old + " (corrected)",
        author=amina,
        base_version=1,
        reason="Typo in the extraction",
    )
    assert revision.author == amina and revision.text_version == 2
    paragraph.refresh_from_db()
    assert paragraph.content.endswith("(corrected)")
    assert list(paragraph.revisions.values_list("content", flat=True)) == [
        old,
        old + " (corrected)",
    ]


def test_saving_the_same_words_makes_no_revision(seeds, amina):
    paragraph = paragraph_of(seeds)
    assert (
        paragraph_revise(
            paragraph_id=paragraph.pk,
            content=f"  {paragraph.content}\n",
            author=amina,
            base_version=1,
        )
        is None
    )
    assert paragraph.revisions.count() == 1


def test_editor_cannot_save_over_a_newer_revision(seeds, amina, boris):
    paragraph = paragraph_of(seeds)
    paragraph_revise(
        paragraph_id=paragraph.pk, content="Amina's words.", author=amina, base_version=1
    )
    with pytest.raises(EditConflict) as conflict:
        paragraph_revise(
            paragraph_id=paragraph.pk, content="Boris's words.", author=boris, base_version=1
        )
    assert conflict.value.current_content == "Amina's words."
    paragraph.refresh_from_db()
    assert paragraph.content == "Amina's words."


def test_edits_to_different_paragraphs_do_not_conflict(seeds, amina, boris):
    first, second = paragraph_of(seeds, "PP2"), paragraph_of(seeds, "PP3")
    paragraph_revise(paragraph_id=first.pk, content="First.", author=amina, base_version=1)
    paragraph_revise(paragraph_id=second.pk, content="Second.", author=boris, base_version=1)
    second.refresh_from_db()
    assert second.content == "Second."


def test_an_empty_edit_is_refused_and_the_text_is_kept(seeds, amina):
    paragraph = paragraph_of(seeds)
    with pytest.raises(ImportRefused):
        paragraph_revise(
            paragraph_id=paragraph.pk, content=" \u202e\u200b ", author=amina, base_version=1
        )
    paragraph.refresh_from_db()
    assert paragraph.revisions.count() == 1


def test_the_text_as_it_was_stays_readable_at_its_version(seeds, amina):
    text = seeds["A/RES/75/240"].main_text
    paragraph = paragraph_of(seeds)
    old = paragraph.content
    paragraph_revise(paragraph_id=paragraph.pk, content="New words.", author=amina, base_version=1)
    text.refresh_from_db()
    as_was = {p["label"]: p["text"] for p in text_paragraphs(text, 1)}
    as_is = {p["label"]: p["text"] for p in text_paragraphs(text)}
    assert as_was["PP2"] == old
    assert as_is["PP2"] == "New words."
