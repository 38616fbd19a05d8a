"""A synthetic archive for demonstrations and benchmarks, made from the stored texts.

Subjects come back every session under the same title, each year as a committee (or
plenary) draft, sometimes a revision, then the adopted resolution; each version's
paragraphs are the previous version's, a few reworded, dropped, added or moved, all
drawn from the real paragraphs already stored (the seeds, the imported PDFs). So
lineages, comparisons and phrase searches behave as they would on a real archive.

Every document is marked `source_name="synthetic archive"`, and is written with the
same bulk inserts as an import (`paragraphs_create`), so the search index and the
page stamps stay in step.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify

from .models import Document, Lineage, Paragraph, Sponsor, Text
from .planner import statistics_refresh
from .services.rows import NewParagraph, paragraphs_create

SOURCE_NAME = "synthetic archive"
FIRST_SESSION = 70
COUNTRIES = [
    "Argentina", "Australia", "Brazil", "Canada", "Chile", "China", "Colombia", "Egypt",
    "France", "Germany", "Ghana", "India", "Indonesia", "Japan", "Kenya", "Mexico",
    "Morocco", "Netherlands", "Nigeria", "Norway", "Pakistan", "Peru", "Philippines",
    "Senegal", "Singapore", "South Africa", "Spain", "Sweden", "Thailand", "Uruguay",
]  # fmt: skip
QUALIFIERS = [
    "",
    "Strengthening of the coordination of ",
    "Follow-up to the implementation of ",
    "International cooperation on ",
    "Promotion of ",
]
# Small rewordings of the kind delegations negotiate, applied to whole words.
REWORDINGS = [
    ("Recognizing", "Acknowledging"),
    ("Welcomes", "Notes with appreciation"),
    ("Calls upon", "Urges"),
    ("Requests", "Invites"),
    ("all States", "all Member States"),
    ("Encourages", "Strongly encourages"),
    ("important", "essential"),
    ("continue", "further"),
    ("Stresses", "Underlines"),
    ("the Secretary-General", "the Secretariat"),
]
BATCH = 500


class NoSourceParagraphs(Exception):
    def __init__(self):
        super().__init__(
            "No paragraphs are stored to make the archive from: load the seeds first "
            "(python manage.py load_seeds)."
        )


@dataclass
class _Version:
    symbol: str
    kind: str
    session: int
    committee: int | None
    date: dt.date
    paragraphs: list[tuple[str, str]]  # (kind, content)
    sponsors: list[str]
    follows: str | None


@dataclass
class _Subject:
    title: str
    body: str  # "C1".."C6", "GA" or "HRC"
    paragraphs: list[tuple[str, str]]
    lineage: Lineage | None = None
    last: str | None = None  # symbol of the latest version made


def _pool() -> dict[str, list[str]]:
    rows = Paragraph.objects.filter(
        parent__isnull=True, kind__in=["preambular", "operative"]
    ).values_list("kind", "content")
    pool: dict[str, list[str]] = {"preambular": [], "operative": []}
    for kind, content in rows.iterator():
        if 40 <= len(content) <= 1500 and content not in pool[kind]:
            pool[kind].append(content)
    if not pool["preambular"] or not pool["operative"]:
        raise NoSourceParagraphs
    return pool


def _titles() -> list[str]:
    titles = [
        t.strip()
        for t in Document.objects.exclude(title="").values_list("title", flat=True).distinct()
        if 8 <= len(t.strip()) <= 200
    ]
    return sorted(set(titles)) or ["Developments in the field of information"]


def _reword(content: str, rng: random.Random) -> str:
    for old, new in rng.sample(REWORDINGS, len(REWORDINGS)):
        if old in content:
            return content.replace(old, new, 1)
    words = content.split(" ")
    if len(words) > 8:  # drop a few words from the middle, as an amendment would
        cut = rng.randrange(3, len(words) - 4)
        return " ".join(words[:cut] + words[cut + 2 :])
    return content + " and reaffirms its commitment thereto"


def _evolve(paragraphs, pool, rng: random.Random, changes: int) -> list[tuple[str, str]]:
    """The next version: `changes` edits among rewording, dropping, adding and moving."""
    result = list(paragraphs)
    for _ in range(changes):
        action = rng.random()
        if action < 0.5 and result:
            i = rng.randrange(len(result))
            result[i] = (result[i][0], _reword(result[i][1], rng))
        elif action < 0.65 and len(result) > 6:
            del result[rng.randrange(len(result))]
        elif action < 0.9:
            kind = rng.choice(["preambular", "operative"])
            new = (kind, rng.choice(pool[kind]))
            same = [i for i, p in enumerate(result) if p[0] == kind]
            result.insert((same[-1] + 1) if same else len(result), new)
        elif len(result) > 2:
            operative = [i for i, p in enumerate(result) if p[0] == "operative"]
            if len(operative) > 1:
                a, b = rng.sample(operative, 2)
                result[a], result[b] = result[b], result[a]
    return result


def _raw_text(title: str, version: _Version) -> str:
    """The text as an import would keep it: its symbol, title and paragraphs, numbered as
    printed (a real document's is the whole extraction, tens of kilobytes)."""
    lines = [version.symbol, title]
    for paragraph in _numbered(version.paragraphs):
        number = f"{paragraph.number}. " if paragraph.number else ""
        lines.append(f"{number}{paragraph.content}")
    return "\n\n".join(lines)


def _numbered(paragraphs: list[tuple[str, str]]) -> list[NewParagraph]:
    new, counts = [], {"preambular": 0, "operative": 0}
    for kind, content in paragraphs:
        counts[kind] += 1
        n = counts[kind]
        label = f"PP{n}" if kind == "preambular" else f"OP{n}"
        opening = content.split(" ", 1)[0].strip(",.;:")
        number = "" if kind == "preambular" else str(n)
        new.append(
            NewParagraph(kind=kind, number=number, label=label, opening=opening, content=content)
        )
    return new


class _Symbols:
    """Plausible symbols, numbered in order within each session and body."""

    def __init__(self, taken: set[str]):
        self.taken = taken
        self.next: dict[tuple, int] = {}

    def _number(self, key: tuple, start: int, pattern: str) -> str:
        n = self.next.get(key, start)
        while pattern.format(n=n) in self.taken or f"{pattern.format(n=n)}/Rev.1" in self.taken:
            n += 1
        self.next[key] = n + 1
        symbol = pattern.format(n=n)
        self.taken.add(symbol)
        return symbol

    def draft(self, body: str, session: int) -> str:
        if body == "HRC":
            return self._number(("hrc-l", session), 1, f"A/HRC/{session - 22}/L.{{n}}")
        if body == "GA":
            return self._number(("ga-l", session), 1, f"A/{session}/L.{{n}}")
        return self._number((body, session), 2, f"A/C.{body[1:]}/{session}/L.{{n}}")

    def resolution(self, body: str, session: int) -> str:
        if body == "HRC":
            return self._number(("hrc", session), 1, f"A/HRC/RES/{session - 22}/{{n}}")
        return self._number(("res", session), 1, f"A/RES/{session}/{{n}}")


def _session_versions(subject: _Subject, session: int, symbols: _Symbols, pool, rng):
    """This session's versions of a subject: a draft, maybe a revision, the resolution."""
    year = 1945 + session
    committee = int(subject.body[1:]) if subject.body.startswith("C") else None
    sponsors = rng.sample(COUNTRIES, rng.randrange(3, 12))
    draft_paragraphs = _evolve(subject.paragraphs, pool, rng, rng.randrange(2, 6))
    draft = symbols.draft(subject.body, session)
    start = dt.date(year, 10, 1) + dt.timedelta(days=rng.randrange(40))
    versions = [
        _Version(
            draft,
            Document.Kind.DRAFT_RESOLUTION,
            session,
            committee,
            start,
            draft_paragraphs,
            sponsors,
            subject.last,
        )
    ]
    if rng.random() < 0.3:
        revised = _evolve(draft_paragraphs, pool, rng, rng.randrange(1, 4))
        more = sponsors + [c for c in rng.sample(COUNTRIES, 2) if c not in sponsors]
        symbols.taken.add(f"{draft}/Rev.1")
        versions.append(
            _Version(
                f"{draft}/Rev.1",
                Document.Kind.REVISED_DRAFT_RESOLUTION,
                session,
                committee,
                start + dt.timedelta(days=10),
                revised,
                more,
                draft,
            )
        )
    adopted = _evolve(versions[-1].paragraphs, pool, rng, rng.randrange(0, 2))
    resolution = symbols.resolution(subject.body, session)
    versions.append(
        _Version(
            resolution,
            Document.Kind.RESOLUTION,
            session,
            None,
            dt.date(year, 12, rng.randrange(1, 24)),
            adopted,
            versions[-1].sponsors,
            versions[-1].symbol,
        )
    )
    subject.paragraphs = adopted
    subject.last = resolution
    return versions


def archive_generate(
    *, count: int, seed: int = 14, progress: Callable[[int], None] | None = None
) -> int:
    """Add `count` synthetic documents to the archive; returns how many were made."""
    rng = random.Random(seed)
    pool = _pool()
    titles = _titles()
    bodies = ["C1", "C2", "C3", "C4", "C5", "C6", "GA", "HRC"]
    weights = [14, 18, 22, 8, 6, 8, 18, 6]
    sessions = 11  # FIRST_SESSION to FIRST_SESSION + 10, about 2.4 documents a subject each
    subjects = []
    for n in range(max(1, round(count / (sessions * 2.4)))):
        base = titles[n % len(titles)]
        qualifier = QUALIFIERS[(n // len(titles)) % len(QUALIFIERS)]
        title = f"{qualifier}{base[0].lower() + base[1:] if qualifier else base}"
        if n >= len(titles) * len(QUALIFIERS):
            title = f"{title} ({n // (len(titles) * len(QUALIFIERS)) + 1})"
        paragraphs = [
            ("preambular", c)
            for c in rng.sample(pool["preambular"], min(6, len(pool["preambular"])))
        ]
        paragraphs += [
            ("operative", c) for c in rng.sample(pool["operative"], min(10, len(pool["operative"])))
        ]
        subjects.append(_Subject(title, rng.choices(bodies, weights)[0], paragraphs))
    symbols = _Symbols(set(Document.objects.values_list("symbol", flat=True)))
    made = 0
    session = FIRST_SESSION
    while made < count:
        versions = []
        for subject in subjects:
            versions += [
                (subject, v) for v in _session_versions(subject, session, symbols, pool, rng)
            ]
        versions = versions[: count - made]
        for start in range(0, len(versions), BATCH):
            _store(versions[start : start + BATCH])
            made += len(versions[start : start + BATCH])
            if progress:
                progress(made)
        session += 1
    statistics_refresh()
    return made


@transaction.atomic
def _store(batch: list[tuple[_Subject, _Version]]) -> None:
    for subject, _ in batch:
        if subject.lineage is None:
            slug = slugify(subject.title)[:90] or "subject"
            n, unique = 1, slug
            while Lineage.objects.filter(slug=unique).exists():
                n += 1
                unique = f"{slug[:85]}-{n}"
            subject.lineage = Lineage.objects.create(name=subject.title[:300], slug=unique)
    symbols = {v.follows for _, v in batch if v.follows} | {v.symbol for _, v in batch}
    known = dict(Document.objects.filter(symbol__in=symbols).values_list("symbol", "pk"))
    documents = []
    # In order, so a version that follows one in the same batch finds its id.
    for subject, version in batch:
        document = Document(
            symbol=version.symbol,
            kind=version.kind,
            title=subject.title,
            session=version.session,
            committee=version.committee,
            date=version.date,
            adoption_date=version.date if version.kind == Document.Kind.RESOLUTION else None,
            distribution="Limited" if version.kind != Document.Kind.RESOLUTION else "General",
            source_name=SOURCE_NAME,
            lineage=subject.lineage,
            follows_id=known.get(version.follows) if version.follows else None,
            raw_text=_raw_text(subject.title, version),
        )
        document.save()
        known[version.symbol] = document.pk
        documents.append(document)
    texts = Text.objects.bulk_create(Text(document=d, position=1, title=d.title) for d in documents)
    for text, (_, version) in zip(texts, batch, strict=True):
        paragraphs_create(
            text, _numbered(version.paragraphs), start=0, author=None, reason="Imported"
        )
    Sponsor.objects.bulk_create(
        Sponsor(document=d, name=name, position=i)
        for d, (_, v) in zip(documents, batch, strict=True)
        for i, name in enumerate(v.sponsors)
    )
