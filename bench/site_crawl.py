"""Every kind of public page, reached by following links: does each one answer?

    .venv/bin/python bench/site_crawl.py [--per-kind 40] [START ...]

From the home page (and any START addresses), follows the site's own links in process,
through Django's test client, against the database DATABASE_URL names (the archive
`make demo-archive` built, say): at most --per-kind pages under each first path segment
(documents, compare, lineages, search, api...), so every kind of page is reached on an
archive of any size. Prints how many pages of each kind answered, every one that did not
(anything but 200, 301, 302 or 304) and the slowest; exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import sys
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HREF = re.compile(r'href="([^"#]+)')
SKIPPED = ("/static/", "/admin/", "mailto:")


def _kind(url: str) -> str:
    return urlsplit(url).path.strip("/").split("/")[0] or "home"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("start", nargs="*", default=["/"])
    parser.add_argument("--per-kind", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "undrafts.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    import django

    django.setup()
    from django.test import Client

    client = Client()
    queue = collections.deque(args.start)
    queued = set(args.start)
    answered: collections.Counter[str] = collections.Counter()
    failed, timings = [], []
    while queue:
        url = queue.popleft()
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started, response.status_code, url))
        answered[_kind(url)] += 1
        if response.status_code in (301, 302):
            links = [response["Location"]]
        elif response.status_code not in (200, 304):
            failed.append((response.status_code, url))
            continue
        elif "html" in response.get("Content-Type", ""):
            links = HREF.findall(response.content.decode("utf-8", "replace"))
        else:
            continue
        for href in links:
            link = urljoin(url, href.replace("&amp;", "&"))
            if urlsplit(link).netloc or link.startswith(SKIPPED) or link in queued:
                continue
            if sum(1 for q in queued if _kind(q) == _kind(link)) >= args.per_kind:
                continue
            queued.add(link)
            queue.append(link)

    print(f"{sum(answered.values())} pages followed; {len(failed)} did not answer")
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(answered.items())))
    for status, url in failed:
        print(f"  {status} {url}")
    print("slowest:")
    for seconds, status, url in sorted(timings, reverse=True)[:10]:
        print(f"  {seconds * 1000:8.0f} ms  {status}  {url}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
