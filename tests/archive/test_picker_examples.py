"""The empty picker offers a few families to start from, whatever the archive holds, and
a comparison page never reads them."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext

from undrafts.documents.models import Document, Lineage
from undrafts.web.views.compare import LINEAGE_EXAMPLES, PAIR_EXAMPLE


def families(count: int) -> None:
    for n in range(count):
        lineage = Lineage.objects.create(name=f"Subject {n:02}", slug=f"subject-{n}")
        for year, symbol in ((2023, f"A/RES/78/{100 + n}"), (2024, f"A/RES/79/{100 + n}")):
            Document.objects.create(
                symbol=symbol, title=lineage.name, lineage=lineage, date=dt.date(year, 12, n + 1)
            )


def test_the_picker_offers_the_families_most_lately_added_to(client, db):
    Document.objects.update(withdrawn=True)  # the seeds' families leave the examples
    families(LINEAGE_EXAMPLES + 8)
    page = client.get("/compare/").text

    examples = page.split("examples-heading")[-1]
    offered = [n for n in range(LINEAGE_EXAMPLES + 8) if f">Subject {n:02}<" in examples]
    assert offered == list(range(8, LINEAGE_EXAMPLES + 8))  # the latest dates, by name
    assert 'href="/compare/A/RES/78/119...A/RES/79/119/"' in page


def test_a_comparison_page_reads_no_family_examples(client, seeds):
    families(3)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(PAIR_EXAMPLE)
    assert response.status_code == 200
    assert not [q for q in queries.captured_queries if 'FROM "documents_lineage"' in q["sql"]]
