"""How the archive's pages and imports hold up as it grows: 100, 1,000 and 10,000 documents.

    .venv/bin/python bench/archive_bench.py [--sizes 100,1000,10000] [--runs 15]

On SQLite (a temporary file) by default; with DATABASE_URL=postgres://..., in a throwaway
database created on that server and dropped afterwards. The archive is the seeds plus
the synthetic archive (`undrafts.documents.synthetic`); import time is `document_import`
of the seed texts under new symbols, each removed again. Page times are the median of
warm requests through Django's test client, in process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PAGES = ["home", "filtered list", "phrase search", "document page", "comparison", "API list"]


def _database(url: str) -> tuple[str, callable]:
    """A throwaway database and how to drop it."""
    if not url.startswith("postgres"):
        folder = tempfile.mkdtemp(prefix="archive-bench-")
        return f"sqlite:///{folder}/bench.sqlite3", lambda: None
    import psycopg

    parts = urlsplit(url)
    name = f"undrafts_archive_bench_{os.getpid()}"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')

    def drop():
        from django.db import connections

        connections.close_all()
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def _median_ms(client, address: str, runs: int, *, stored: bool = True) -> float:
    """The median time of a page; `stored=False` empties the cache before each request,
    so the page is rendered afresh every time (the database's own cache stays warm)."""
    from django.core.cache import cache

    for _ in range(2):  # warm: caches, stored pages, the database's own
        response = client.get(address)
        assert response.status_code == 200, (address, response.status_code)
    times = []
    for _ in range(runs):
        if not stored:
            cache.clear()
        start = time.perf_counter()
        client.get(address)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _addresses() -> dict[str, str]:
    from undrafts.documents.models import Document, Paragraph
    from undrafts.documents.synthetic import SOURCE_NAME

    resolution = (
        Document.objects.filter(source_name=SOURCE_NAME, kind="resolution", follows__isnull=False)
        .select_related("follows")
        .order_by("-date", "symbol")
        .first()
    )
    seed_paragraph = Paragraph.objects.filter(
        text__document__symbol="A/RES/75/240", kind="operative"
    ).first()
    phrase = " ".join(seed_paragraph.content.split()[1:5])
    return {
        "home": "/",
        "filtered list": f"/?session={resolution.session}&body=C1&kind=resolution",
        "phrase search": f"/search/?q={quote(phrase)}",
        "document page": f"/documents/{resolution.symbol}/",
        "comparison": f"/compare/{resolution.follows.symbol}...{resolution.symbol}/",
        "API list": "/api/documents/?page=2&page_size=20",
    }


def _import_ms(sample: int) -> float:
    """`document_import` of seed texts under fresh symbols: the real import path."""
    from undrafts.documents.models import Document
    from undrafts.documents.services import document_import

    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))[:sample]
    made, start = [], time.perf_counter()
    for n, path in enumerate(seeds):
        raw = path.read_text(encoding="utf-8")
        made.append(document_import(raw=raw, symbol=f"A/C.2/99/L.{900 + n}").document.pk)
    elapsed = time.perf_counter() - start
    Document.objects.filter(pk__in=made).delete()
    return elapsed / max(1, len(seeds)) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    url, drop = _database(os.environ.get("DATABASE_URL", ""))
    os.environ.update(
        DATABASE_URL=url, DJANGO_DEBUG="1", DJANGO_SETTINGS_MODULE="undrafts.settings"
    )
    os.environ.setdefault("PAGE_CACHE_SECONDS", "60")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from undrafts.documents.models import Document
    from undrafts.documents.synthetic import archive_generate

    engine = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    try:
        call_command("migrate", verbosity=0)
        call_command("load_seeds", verbosity=0)
        client = Client()
        results: dict[int, dict[str, float]] = {}
        fresh: dict[int, dict[str, float]] = {size: {} for size in sizes}
        for size in sizes:
            missing = size - Document.objects.count()
            start = time.perf_counter()
            if missing > 0:
                archive_generate(count=missing, seed=size)
            generated = (time.perf_counter() - start) / max(1, missing) * 1000
            row = {"generate / doc": generated, "import / doc": _import_ms(5)}
            addresses = _addresses()
            for page in PAGES:
                row[page] = _median_ms(client, addresses[page], args.runs)
            for page in PAGES:
                fresh[size][page] = _median_ms(client, addresses[page], args.runs, stored=False)
            results[size] = row
            print(
                f"{engine} {size:>6} documents: "
                + ", ".join(f"{k} {v:.1f} ms" for k, v in row.items())
                + "; rendered afresh: "
                + ", ".join(f"{k} {v:.1f} ms" for k, v in fresh[size].items()),
                flush=True,
            )
    finally:
        drop()

    _table(f"{engine}, milliseconds (pages: median of {args.runs} warm requests)", results)
    _table(f"{engine}, pages rendered afresh (cache emptied before each request)", fresh)


def _table(title: str, results: dict[int, dict[str, float]]) -> None:
    sizes = list(results)
    columns = list(results[sizes[0]])
    print(f"\n{title}\n")
    print("| documents | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for size, row in results.items():
        print(f"| {size:,} | " + " | ".join(f"{row[c]:.1f}" for c in columns) + " |")
    first, last = results[sizes[0]], results[sizes[-1]]
    ratios = " | ".join(f"{last[c] / first[c]:.2f}" for c in columns)
    print(f"| ratio {sizes[-1]:,}/{sizes[0]:,} | {ratios} |")


if __name__ == "__main__":
    main()
