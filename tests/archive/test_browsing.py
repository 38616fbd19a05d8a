"""Browsing an archive: newest first, a family once, paged, narrowed by facets with counts."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from undrafts.documents.browse import ArchiveFilters, archive_facets, archive_page
from undrafts.documents.models import Document, Lineage


def archive(count: int, *, lineage_every: int = 0, start: int = 0) -> list[Document]:
    """`count` drafts and resolutions of sessions 78-80 across the six committees."""
    documents = []
    family = None
    for n in range(start, start + count):
        session = 78 + n % 3
        committee = (n // 3) % 6 + 1
        resolution = n % 4 >= 2
        if lineage_every and n % lineage_every == 0:
            family = Lineage.objects.create(name=f"Family {n}", slug=f"family-{n}")
        documents.append(
            Document(
                symbol=f"A/RES/{session}/{200 + n}"
                if resolution
                else f"A/C.{committee}/{session}/L.{100 + n}",
                kind=Document.Kind.RESOLUTION if resolution else Document.Kind.DRAFT_RESOLUTION,
                title=f"Subject number {n}",
                session=session,
                committee=committee,
                date=dt.date(2000 + session - 55, 10, 1) + dt.timedelta(days=n),
                lineage=family if lineage_every else None,
            )
        )
    return Document.objects.bulk_create(documents)


def entries(page_html: str) -> int:
    return page_html.count('class="document-item"')


@pytest.fixture
def big(db):
    Document.objects.update(withdrawn=True)  # the seeds leave the lists
    return archive(90)


def test_the_home_page_shows_twenty_entries_newest_first_with_real_page_links(client, big):
    page = client.get("/").text

    assert entries(page) == 20
    newest_first = sorted(big, key=lambda d: d.date, reverse=True)
    shown = [page.index(f'href="/documents/{d.symbol}/"') for d in newest_first[:20]]
    assert shown == sorted(shown)
    assert f'href="/documents/{newest_first[20].symbol}/"' not in page
    assert "90 documents, page 1 of 5" in page
    assert 'href="/?page=2"' in page and 'hx-get="/?page=2"' in page


def test_a_page_past_the_last_shows_the_last(client, big):
    page = client.get("/", {"page": "99"}).text

    assert "page 5 of 5" in page
    assert entries(page) == 10


def test_facets_count_the_documents_and_narrow_the_list(client, big):
    page = client.get("/").text
    assert 'Session 80 <span class="count">(30)</span>' in page
    assert 'Third Committee <span class="count">(15)</span>' in page

    narrowed = client.get("/", {"session": "80", "body": "C3"}).text

    chosen = [d for d in big if d.session == 80 and d.committee == 3]
    assert f"{len(chosen)} documents" in narrowed
    assert entries(narrowed) == len(chosen)
    # The other facets count within the chosen session and body.
    resolutions = sum(d.kind == "resolution" for d in chosen)
    assert f'Adopted resolution <span class="count">({resolutions})</span>' in narrowed
    assert 'href="/?session=80"' in narrowed  # removing the body filter


def test_kind_and_year_filters(db, big):
    filters = ArchiveFilters.from_params({"kind": "resolution", "year": "2025"})

    page = archive_page(filters)

    assert page.count == sum(d.kind == "resolution" and d.date.year == 2025 for d in big)
    assert page.count > 0
    assert all(d.kind == "resolution" and d.date.year == 2025 for d in page.items)


def test_unknown_filter_values_are_ignored(client, big):
    response = client.get("/", {"session": "eighty", "body": "<script>", "kind": "x"})

    assert response.status_code == 200
    assert "90 documents" in response.text


def test_a_lineage_is_one_entry_by_its_latest_text(db):
    Document.objects.update(withdrawn=True)  # the seeds leave the lists
    documents = archive(30, lineage_every=10)

    page = archive_page(ArchiveFilters(), size=50)

    assert page.count == 3
    assert page.documents == 30
    for family in range(3):
        members = documents[family * 10 : family * 10 + 10]
        latest = max(members, key=lambda d: d.date)
        assert latest in page.items


def test_a_filter_shows_a_lineage_by_its_latest_matching_text(db):
    Document.objects.update(withdrawn=True)  # the seeds leave the lists
    archive(30, lineage_every=30)

    page = archive_page(ArchiveFilters(session=78), size=50)

    assert len(page.items) == 1
    assert page.items[0].session == 78
    assert page.items[0].date == max(
        Document.objects.filter(session=78).values_list("date", flat=True)
    )


def test_an_htmx_facet_click_gets_the_list_with_its_facets(client, big):
    response = client.get("/", {"kind": "resolution"}, headers={"HX-Request": "true"})

    assert "<html" not in response.text
    assert '<div id="document-list"' in response.text
    assert 'id="archive-filters"' in response.text
    assert f"{sum(d.kind == 'resolution' for d in big)} documents" in response.text


def test_the_home_page_costs_the_same_queries_at_any_size(client, db, settings):
    settings.PAGE_CACHE_SECONDS = 0  # count what rendering costs, not the stored page
    Document.objects.update(withdrawn=True)  # the seeds leave the lists
    archive(12, lineage_every=4)
    client.get("/")  # the counts are cached from here on
    with CaptureQueriesContext(connection) as small:
        client.get("/")
    archive_more = archive(300, lineage_every=5, start=12)
    assert len(archive_more) == 300
    client.get("/")
    with CaptureQueriesContext(connection) as large:
        client.get("/")

    assert len(large.captured_queries) == len(small.captured_queries) <= 5


def test_a_stored_home_page_is_replaced_as_soon_as_a_document_changes(client, big):
    first = client.get("/").text
    newest = max(big, key=lambda d: d.date)
    assert newest.symbol in first

    Document.objects.get(pk=newest.pk).save(update_fields=["withdrawn"])  # touched
    document = Document.objects.get(pk=newest.pk)
    document.title = "A new title for the newest text"
    document.save()

    assert "A new title for the newest text" in client.get("/").text


def test_facets_are_one_aggregate_query(db, big):
    with CaptureQueriesContext(connection) as queries:
        archive_facets(ArchiveFilters(session=79))
    assert len(queries.captured_queries) == 2  # the stamp, then one GROUP BY for all four


@pytest.mark.parametrize(
    "filters",
    [
        ArchiveFilters(),
        ArchiveFilters(session=79),
        ArchiveFilters(session=80, kind="resolution"),
        ArchiveFilters(body="C2", year=2025),
        ArchiveFilters(query="number 1", body="GA"),
    ],
)
def test_each_facet_value_counts_what_choosing_it_would_list(db, big, filters):
    for facet in archive_facets(filters):
        for value in facet.values:
            chosen = ArchiveFilters(**{**filters.__dict__, facet.name: value["value"]})
            listed = archive_page(chosen, entries=False).documents
            assert value["count"] == listed, (facet.name, value["value"])
        assert sum(v["count"] for v in facet.values) <= Document.objects.count()


def test_every_document_falls_in_exactly_one_body_and_other_bodies_finds_its_own(client, db):
    Document.objects.update(withdrawn=True)  # the seeds leave the lists
    symbols = {
        "UNEP/EA.6/RES.1": None,  # no prefix of a named body
        "TD/B/70/L.3": None,
        "A/C.3/79/L.20": 3,  # a committee draft
        "A/HRC/RES/55/1": None,
        "A/RES/79/100": None,
        "S/RES/2700(2023)": None,
        "E/RES/2024/5": None,
    }
    for n, (symbol, committee) in enumerate(symbols.items()):
        Document.objects.create(symbol=symbol, title=f"Text {n}", committee=committee)

    facet = archive_facets(ArchiveFilters())[1]
    counts = {v["value"]: v["count"] for v in facet.values}
    assert counts == {"other": 2, "C3": 1, "HRC": 1, "GA": 1, "SC": 1, "ECOSOC": 1}
    for body, count in counts.items():
        page = archive_page(ArchiveFilters(body=body), size=50)
        assert page.documents == count, body

    other = client.get("/", {"body": "other"}).text
    assert "2 documents" in other
    assert 'href="/documents/UNEP/EA.6/RES.1/"' in other
    assert 'href="/documents/TD/B/70/L.3/"' in other
    assert 'href="/documents/A/RES/79/100/"' not in other
