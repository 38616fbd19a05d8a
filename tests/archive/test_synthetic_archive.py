"""A synthetic archive made from the seeds: plausible symbols, yearly lineages, pages that work."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from undrafts.documents.models import Document, Paragraph
from undrafts.documents.synthetic import SOURCE_NAME, archive_generate
from undrafts.search.selectors import phrase_search


@pytest.fixture
def made(seeds):
    assert archive_generate(count=50, seed=3) == 50
    return list(Document.objects.filter(source_name=SOURCE_NAME).order_by("date", "symbol"))


def test_fifty_documents_with_unique_plausible_symbols_across_bodies(made):
    assert len(made) == 50
    assert len({d.symbol for d in made}) == 50
    kinds = {d.kind for d in made}
    assert {"draft_resolution", "resolution"} <= kinds
    for document in made:
        assert document.symbol.startswith(("A/C.", "A/RES/", "A/HRC/", "A/"))
        if document.symbol.startswith("A/C."):
            assert document.committee == int(document.symbol[4])
        assert document.lineage_id is not None
        assert document.texts.get().paragraphs.exists()


def test_a_resolution_follows_its_draft_and_next_years_draft_follows_the_resolution(made):
    resolution = next(d for d in made if d.kind == "resolution" and d.follows_id)
    draft = resolution.follows
    assert draft.kind in ("draft_resolution", "revised_draft_resolution")
    assert draft.session == resolution.session and draft.title == resolution.title
    later = [d for d in made if d.follows_id == resolution.pk]
    for document in later:
        assert document.session == resolution.session + 1
        assert document.lineage_id == resolution.lineage_id


def test_the_paragraphs_are_real_ones_and_a_search_finds_them(made):
    paragraph = Paragraph.objects.filter(text__document=made[0], kind="operative").first()
    phrase = " ".join(paragraph.content.split()[1:5])

    results = phrase_search(phrase)

    assert results.count >= 2  # the seed it came from and the synthetic copy at least
    assert any(h["symbol"] == made[0].symbol for h in phrase_search(phrase, page_size=100).hits)


def test_every_page_works_on_the_synthetic_archive(client, made):
    resolution = next(d for d in made if d.kind == "resolution" and d.follows_id)
    pages = [
        "/",
        f"/?session={resolution.session}",
        f"/documents/{resolution.symbol}/",
        f"/compare/{resolution.follows.symbol}...{resolution.symbol}/",
        f"/lineages/{resolution.lineage.slug}/",
        "/api/documents/?page=2",
        "/api/lineages/",
    ]
    for address in pages:
        assert client.get(address).status_code == 200, address


def test_the_same_seed_makes_the_same_archive(seeds):
    archive_generate(count=12, seed=9)
    first = list(Document.objects.filter(source_name=SOURCE_NAME).values_list("symbol", "title"))
    Document.objects.filter(source_name=SOURCE_NAME).update(follows=None)
    Document.objects.filter(source_name=SOURCE_NAME).delete()

    archive_generate(count=12, seed=9)

    again = Document.objects.filter(source_name=SOURCE_NAME).values_list("symbol", "title")
    assert list(again) == first


def test_an_empty_archive_says_to_load_the_seeds_first(db):
    Paragraph.objects.all().delete()
    with pytest.raises(CommandError, match="load the seeds first"):
        call_command("generate_archive", "--count", "5")
