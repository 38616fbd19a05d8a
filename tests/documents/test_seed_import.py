"""After set-up the database holds the seed documents, each text with its paragraphs."""

import pytest
from django.core.management import call_command

from undrafts.documents.models import Document, ParagraphRevision
from undrafts.proceedings.seeds import seeds_load

pytestmark = pytest.mark.django_db

SEED_SYMBOLS = {
    "A/75/394",
    "A/C.1/73/L.27/Rev.1",
    "A/RES/74/28",
    "A/C.1/75/L.4",
    "A/C.1/75/L.8/Rev.1",
    "A/RES/75/240",
    "A/C.1/78/L.60/Rev.1",
}


def test_set_up_loads_the_five_seeds_and_the_two_drafts_from_the_report(seeds):
    assert set(seeds) == SEED_SYMBOLS


def test_the_report_carries_two_draft_resolutions_and_two_draft_decisions(seeds):
    headings = [t.heading for t in seeds["A/75/394"].texts.order_by("position")]
    assert headings == [
        "Draft resolution I",
        "Draft resolution II",
        "Draft decision I",
        "Draft decision II",
    ]


def test_drafts_we_lack_take_their_text_from_the_report(seeds):
    l8 = seeds["A/C.1/75/L.8/Rev.1"]
    assert l8.source == Document.Source.DOCUMENT
    assert l8.source_document.symbol == "A/75/394"
    assert l8.source_heading == "Draft resolution II"
    report_text = seeds["A/75/394"].texts.get(heading="Draft resolution II")
    assert list(l8.main_text.paragraphs.values_list("label", "content")) == list(
        report_text.paragraphs.values_list("label", "content")
    )
    assert seeds["A/C.1/75/L.4"].source_heading == "Draft resolution I"


def test_every_seed_text_has_preamble_and_operative_part(seeds):
    for symbol in SEED_SYMBOLS - {"A/75/394"}:
        text = seeds[symbol].main_text
        kinds = set(text.paragraphs.values_list("kind", flat=True))
        assert kinds == {"preambular", "operative"}, symbol


def test_every_paragraph_starts_with_one_revision(seeds):
    for document in seeds.values():
        for text in document.texts.all():
            for paragraph in text.paragraphs.all():
                assert list(paragraph.revisions.values_list("content", flat=True)) == [
                    paragraph.content
                ]


def test_loading_the_seeds_again_changes_nothing(seeds):
    before = ParagraphRevision.objects.count()
    seeds_load()
    call_command("load_seeds", verbosity=0)
    assert ParagraphRevision.objects.count() == before
    assert Document.objects.count() == len(SEED_SYMBOLS)


def test_lineages_are_wired(seeds):
    assert seeds["A/RES/75/240"].follows.symbol == "A/C.1/75/L.8/Rev.1"
    assert seeds["A/C.1/75/L.8/Rev.1"].follows.symbol == "A/C.1/73/L.27/Rev.1"
    assert seeds["A/C.1/75/L.4"].follows.symbol == "A/RES/74/28"
    assert seeds["A/C.1/78/L.60/Rev.1"].follows.symbol == "A/C.1/75/L.4"
    assert seeds["A/RES/75/240"].lineage == seeds["A/C.1/73/L.27/Rev.1"].lineage
    assert seeds["A/RES/74/28"].lineage.slug == "responsible-state-behaviour"


def test_printed_metadata_is_kept(seeds):
    resolution = seeds["A/RES/75/240"]
    assert resolution.kind == Document.Kind.RESOLUTION
    assert resolution.session == 75
    assert resolution.agenda_item == "98"
    assert str(resolution.date) == "2021-01-04"
    assert str(resolution.adoption_date) == "2020-12-31"
    assert resolution.distribution == "General"
    draft = seeds["A/C.1/73/L.27/Rev.1"]
    assert draft.distribution == "Limited"
    assert draft.sponsors.count() == 31
    assert draft.sponsors.first().name == "Algeria"
