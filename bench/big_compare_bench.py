"""Big comparisons: the comparison page and the exports of two documents of the largest size.

Imports two drafts of MAX_DOCUMENT_PARAGRAPHS paragraphs (the second with every tenth
paragraph reworded, some added and some dropped) into a fresh SQLite file, then times
through Django's test client, in one process:

- the comparison page's first answer (nothing cached) and a second (page cache warm),
  with its size; the next page of rows, as htmx and the "Show more" link ask for it;
- redline.docx and the text exports, built and then served again.

Figures are printed with the small seed comparison (L.8/Rev.1 vs RES 75/240) as the
reference, in the same process, so the ratios carry across machines.

    .venv/bin/python bench/big_compare_bench.py [--paragraphs N]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WORDS = [
    "development",
    "cooperation",
    "oceans",
    "capacity",
    "building",
    "sustainable",
    "technology",
    "assistance",
    "implementation",
    "commitments",
    "states",
    "parties",
    "programme",
    "report",
    "session",
    "resources",
]


def draft(paragraphs: int, *, seed: int, edit: bool) -> str:
    rng = random.Random(seed)
    body = ["General Assembly", "Distr.: Limited", "The General Assembly,", "Recalling its work,"]
    number = 0
    for n in range(1, paragraphs):
        if edit and n % 97 == 0:
            continue  # dropped
        words = [WORDS[(n * 7 + k) % len(WORDS)] for k in range(30)]
        if edit and n % 10 == 0:
            words[rng.randrange(30)] = "strengthened"
        number += 1
        body.append(f"{number}. Decides on item {n} that " + " ".join(words) + ";")
        if edit and n % 211 == 0:
            number += 1
            body.append(f"{number}. Welcomes the new paragraph added after item {n};")
    return "\n\n".join(body[: paragraphs + 3]) + "\n"


def timed(client, url: str, **headers) -> tuple[float, int, int]:
    started = time.perf_counter()
    response = client.get(url, **headers)
    return time.perf_counter() - started, response.status_code, len(response.content)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=0, help="default: the maximum")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="undrafts-big-"))
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "undrafts.settings",
            "DJANGO_DEBUG": "1",
            "DATABASE_URL": f"sqlite:///{workdir / 'big.sqlite3'}",
        }
    )
    os.environ.pop("CACHE_URL", None)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from undrafts.documents.services import document_import

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_seeds", verbosity=0)
    paragraphs = args.paragraphs or settings.MAX_DOCUMENT_PARAGRAPHS
    document_import(raw=draft(paragraphs, seed=1, edit=False), symbol="A/C.2/80/L.90")
    document_import(raw=draft(paragraphs, seed=2, edit=True), symbol="A/C.2/80/L.90/Rev.1")
    client = Client()
    pair = "/compare/A/C.2/80/L.90...A/C.2/80/L.90/Rev.1/"
    reference = "/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/"
    timed(client, reference)  # templates loaded once
    from django.core.cache import cache

    cache.clear()
    ref_time, _, ref_size = timed(client, reference)

    print(f"{paragraphs} paragraphs a side; reference: the seed comparison")
    print(f"{'reference page':28} {ref_time * 1000:9.1f} ms {ref_size / 1024:9.1f} KiB")
    first, status, size = timed(client, pair)
    print(
        f"{'big page, first':28} {first * 1000:9.1f} ms {size / 1024:9.1f} KiB "
        f"status={status} ratio={first / ref_time:6.1f}"
    )
    again, status, size = timed(client, pair)
    print(
        f"{'big page, again':28} {again * 1000:9.1f} ms {size / 1024:9.1f} KiB "
        f"status={status} ratio={again / ref_time:6.1f}"
    )
    for name, url, headers in (
        ("next rows (htmx)", f"{pair}?page=2&part=rows", {"HTTP_HX_REQUEST": "true"}),
        ("next rows (no JS)", f"{pair}?page=2", {}),
    ):
        took, status, size = timed(client, url, **headers)
        print(f"{name:28} {took * 1000:9.1f} ms {size / 1024:9.1f} KiB status={status}")
    exports = (
        ("redline.docx", "/exports/compare/A/C.2/80/L.90...A/C.2/80/L.90/Rev.1/redline.docx"),
        ("text.txt", "/exports/documents/A/C.2/80/L.90/Rev.1/text.txt"),
        ("text.docx", "/exports/documents/A/C.2/80/L.90/Rev.1/text.docx"),
    )
    for name, url in exports:
        built, status, size = timed(client, url)
        served, _, _ = timed(client, url)
        print(
            f"{name + ', built':28} {built * 1000:9.1f} ms {size / 1024:9.1f} KiB status={status}"
        )
        print(f"{name + ', again':28} {served * 1000:9.1f} ms   ratio={served / built:6.3f}")


if __name__ == "__main__":
    main()
