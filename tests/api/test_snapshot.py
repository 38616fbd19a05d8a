"""The API answers exactly what it answered before: every endpoint on the seeds, recorded.

The record (snapshots/api.json) was taken before the API moved to django-ninja; a change
to it must be deliberate. UPDATE_API_SNAPSHOT=1 writes it afresh.
Comparison bodies are not recorded: they are the engine's output, which its owners improve,
and test_compare_api checks the API serves exactly that; their status and headers are.
"""

import json
import os
from pathlib import Path

import pytest

from .conftest import L8, L27, REPORT, RES

SNAPSHOT = Path(__file__).parent / "snapshots" / "api.json"
PHRASE = "information and communications technologies"

BODIES = [
    "/api/",
    "/api/documents/",
    "/api/documents/?page=2&page_size=2",
    "/api/documents/?kind=resolution",
    "/api/documents/?session=75",
    "/api/documents/?lineage=developments-in-ict",
    "/api/documents/?q=ict",
    "/api/lineages/",
    "/api/lineages/?page_size=1&page=2",
    f"/api/search/?q={PHRASE}",
    f"/api/search/?q={PHRASE}&page_size=2&page=2",
    "/api/search/?q=Calls upon Member States",
    "/api/search/?q=lunar mining rights",
]
COMPARISONS = [
    f"/api/compare/{L8}...{RES}/",
    f"/api/compare/{L27}...{RES}/",
    f"/api/compare/{L8}@1...{RES}@1/",
    f"/api/compare/{REPORT}...{RES}/?lt=2",
    f"/api/compare/{RES.lower()}...{L8}/",
]
ERRORS = [
    "/api/documents/A/RES/75/241/",
    f"/api/compare/{L8}...A/RES/75/999/",
    "/api/documents/?page=abc",
    "/api/documents/?page=0",
    "/api/documents/?page=99999999999",
    "/api/documents/?page=9",
    "/api/documents/?page_size=101",
    "/api/documents/?kind=treaty",
    "/api/documents/?session=seventy-fifth",
    "/api/documents/?session=1000",
    "/api/documents/?lineage=no-such-family",
    "/api/documents/?q=" + "x" * 201,
    "/api/documents/?q=ict%00",
    f"/api/compare/{L8}/",
    f"/api/compare/{L8}@x...{RES}/",
    f"/api/compare/{L8}@0...{RES}/",
    f"/api/compare/...{RES}/",
    f"/api/compare/{L8}%00...{RES}/",
    f"/api/compare/{L8}...{RES}/?lt=zero",
    f"/api/compare/{L8}...{RES}/?lt=1000",
    f"/api/compare/{L8}...{RES}/?rt=3",
    f"/api/compare/{REPORT}...{RES}/?lt=7",
    "/api/compare/" + "A/" * 80 + "..." + RES + "/",
    "/api/documents/%00/",
    "/api/nothing-here/",
    "/api/lineages/not a slug/",
    "/api/lineages/no-such-family/",
    "/api/search/",
    "/api/search/?q=%20%20",
    "/api/search/?q=" + "x" * 1000,
    f"/api/search/?q={PHRASE}&page=99",
]
HEADERS = ("Content-Type", "Access-Control-Allow-Origin", "Allow", "Location", "Cache-Control")


def _answer(client, path: str, method: str = "get") -> dict:
    response = getattr(client, method)(path)
    answer = {"status": response.status_code}
    answer["headers"] = {name: response[name] for name in HEADERS if response.has_header(name)}
    if response.get("Content-Type", "").startswith("application/json") and response.content:
        answer["body"] = response.json()
    return answer


def _record(client, seeds) -> dict:
    record = {path: _answer(client, path) for path in BODIES + ERRORS}
    for symbol in sorted(seeds):
        path = f"/api/documents/{symbol}/"
        record[path] = _answer(client, path)
        slug = seeds[symbol].lineage.slug if seeds[symbol].lineage_id else None
        if slug:
            record[f"/api/lineages/{slug}/"] = _answer(client, f"/api/lineages/{slug}/")
    for path in COMPARISONS:
        answer = _answer(client, path)
        answer.pop("body", None)
        record[path] = answer
    for method in ("post", "put", "delete", "options"):
        record[f"{method.upper()} /api/documents/{RES}/"] = _answer(
            client, f"/api/documents/{RES}/", method
        )
    record["GET redirect"] = _answer(client, f"/api/documents/{RES}?x=1")
    return record


@pytest.mark.django_db
def test_every_endpoint_answers_as_recorded(client, seeds):
    record = json.loads(json.dumps(_record(client, seeds), sort_keys=True))
    if os.environ.get("UPDATE_API_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    expected = json.loads(SNAPSHOT.read_text())
    assert sorted(record) == sorted(expected)
    for path in expected:
        assert record[path] == expected[path], path
