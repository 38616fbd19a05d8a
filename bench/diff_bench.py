"""How fast the diff engine is, against difflib on the same paragraph lists.

Run from the repository root: ``.venv/bin/python bench/diff_bench.py``. Prints one
line per size, ``n=<N> undrafts_ms=<ms> difflib_ms=<ms>`` (best of 3 each) with the
precision and recall of the paragraph pairs found against the edits the generator
made, and one line for each of two real seed pairs. Synthetic texts are built from the
seed paragraphs with realistic edits, from a fixed random seed so runs repeat.
"""

import difflib
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Indel  # noqa: E402

from undrafts.diffing import compare  # noqa: E402
from undrafts.parsing import parse_document  # noqa: E402

SEEDS = ROOT / "fixtures" / "seeds"
SIZES = (100, 500, 2000, 5000)
# Seed paragraphs this alike (character similarity) are versions of one paragraph.
FAMILY_LIKENESS = 0.5
MONTHS = ("January", "March", "May", "July", "September", "November", "December")
CLAUSES = [
    ", in accordance with international law",
    ", as appropriate,",
    ", including the Charter of the United Nations,",
    ", on the basis of equitable geographical distribution,",
    ", taking into account national priorities,",
    ", in particular developing countries,",
    ", within existing resources,",
]
SUBSTITUTES = {
    "Welcomes": "Notes",
    "Notes": "Takes note of",
    "Decides": "Also decides",
    "commencement": "continuation",
    "should": "shall",
    "States": "Member States",
    "information": "data",
    "consider": "examine",
    "promote": "advance",
    "important": "essential",
    "international": "global",
}


def seed_paragraphs() -> list[str]:
    """The longer paragraph texts of the seed documents, as the parser reads them."""
    texts: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        parsed = parse_document(path.read_text())
        texts += [p.text for t in parsed.texts for p in t.paragraphs if len(p.text) > 80]
    return list(dict.fromkeys(texts))


def old_and_new_pools() -> tuple[list[str], list[str]]:
    """Seed paragraphs for old texts, and others for new ones. The seeds hold versions
    of one paragraph in several documents; each such family goes wholly to one side, so
    that no new paragraph is a near-copy of a deleted one (an expert would pair those)."""
    families: list[list[str]] = []
    for text in seed_paragraphs():
        for family in families:
            if any(Indel.normalized_similarity(text, t) >= FAMILY_LIKENESS for t in family):
                family.append(text)
                break
        else:
            families.append([text])
    pool = [t for k, family in enumerate(families) if k % 5 for t in family]
    fresh = [t for k, family in enumerate(families) if not k % 5 for t in family]
    return pool, fresh


def distinct(rng: random.Random, text: str) -> str:
    """A seed paragraph made into one of many: real texts rarely repeat a paragraph."""
    words = text.split(" ")
    ref = f"resolution {rng.randint(40, 79)}/{rng.randint(1, 300)} of {rng.randint(1, 28)} "
    ref += f"{rng.choice(MONTHS)} {rng.randint(1990, 2024)}"
    cut = rng.randint(1, max(1, len(words) - 1))
    return " ".join([*words[:cut], "(see", ref + ")", *words[cut:]])


def edit(rng: random.Random, text: str) -> str:
    """A realistic amendment: words substituted, a clause added or dropped."""
    words = text.split(" ")
    kind = rng.random()
    if kind < 0.5:
        for _ in range(rng.randint(1, 3)):
            k = rng.randrange(len(words))
            words[k] = SUBSTITUTES.get(words[k], rng.choice(list(SUBSTITUTES.values())))
    elif kind < 0.8:
        k = rng.randrange(len(words))
        words.insert(k, rng.choice(CLAUSES).strip())
    else:
        k = rng.randrange(len(words))
        del words[k : k + rng.randint(3, 8)]
    return " ".join(words)


def noise(rng: random.Random, text: str) -> str:
    """Extraction noise that must not count as change: footnote markers, quotes, dashes."""
    text = text.replace('"', "\u201c", 1).replace("-", "\u2013", 1)
    return text.replace(" and ", "\u00b2 and ", 1) if rng.random() < 0.5 else text + " "


def synthetic(n: int, seed: int = 1) -> tuple[list[str], list[str], dict[int, int]]:
    """n paragraphs and an amended version: of the old paragraphs 74% are kept as they
    are, 10% amended (words, clauses), 2% touched only by extraction noise, 3% dropped,
    2% moved (half of them amended too); about 6% new paragraphs come in.

    Also returns the truth: which right index each surviving left index became.
    """
    rng = random.Random(seed)
    pool, fresh = old_and_new_pools()
    left = [distinct(rng, rng.choice(pool)) for _ in range(n)]
    right: list[tuple[str, int | None]] = []  # (text, left index it came from)
    moved: list[tuple[str, int]] = []
    for i, text in enumerate(left):
        r = rng.random()
        if r < 0.74:
            right.append((text, i))
        elif r < 0.84:
            right.append((edit(rng, text), i))
        elif r < 0.86:
            right.append((noise(rng, text), i))
        elif r < 0.89:
            pass  # deleted
        elif r < 0.92:
            right.append((distinct(rng, rng.choice(fresh)), None))  # inserted
            right.append((text, i))
        elif r < 0.94:
            moved.append((edit(rng, text) if rng.random() < 0.5 else text, i))
        else:
            right.append((text, i))
            if rng.random() < 0.5:
                right.append((distinct(rng, rng.choice(fresh)), None))
    for item in moved:
        right.insert(rng.randrange(len(right) + 1), item)
    truth = {i: j for j, (_, i) in enumerate(right) if i is not None}
    return left, [text for text, _ in right], truth


def agreement(result: dict, truth: dict[int, int]) -> tuple[float, float]:
    """Precision and recall of the paragraph pairs found, against the known edits."""
    found = {
        (int(a[1:]), int(b[1:]))
        for row in result["rows"]
        if row["op"] not in ("inserted", "deleted")
        for a in row["left"]
        for b in row["right"]
    }
    expected = set(truth.items())
    right = len(found & expected)
    return right / len(found) if found else 1.0, right / len(expected) if expected else 1.0


def as_paragraphs(texts: list[str], prefix: str) -> list[dict]:
    return [
        {"id": f"{prefix}{k}", "label": str(k + 1), "kind": "operative", "text": t}
        for k, t in enumerate(texts)
    ]


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


# Real seed pairs: the one with the most change within a family, and the heaviest
# rewrite (most paragraphs new, one split with its second half reworded).
SEED_PAIRS = (
    ("A/C.1/73/L.27/Rev.1", "A-C.1-73-L.27-Rev.1.txt", "A/RES/75/240", "A-RES-75-240.txt"),
    ("A/RES/74/28", "A-RES-74-28.txt", "A/C.1/78/L.60/Rev.1", "A-C.1-78-L.60-Rev.1.txt"),
)


def seed_pair(old_file: str, new_file: str) -> tuple[list[dict], list[dict]]:
    old = (SEEDS / old_file).read_text()
    new = (SEEDS / new_file).read_text()
    left = [p.text for t in parse_document(old).texts for p in t.paragraphs]
    right = [p.text for t in parse_document(new).texts for p in t.paragraphs]
    return as_paragraphs(left, "a"), as_paragraphs(right, "b")


def main() -> None:
    for n in SIZES:
        left, right, truth = synthetic(n)
        lp, rp = as_paragraphs(left, "a"), as_paragraphs(right, "b")
        ours = best_of(3, lambda lp=lp, rp=rp: compare(lp, rp))
        ref = best_of(
            3,
            lambda left=left, right=right: difflib.SequenceMatcher(None, left, right).get_opcodes(),
        )
        precision, recall = agreement(compare(lp, rp), truth)
        print(
            f"n={n} undrafts_ms={ours:.1f} difflib_ms={ref:.1f} "
            f"pair_precision={precision:.4f} pair_recall={recall:.4f}"
        )
    for old_symbol, old_file, new_symbol, new_file in SEED_PAIRS:
        lp, rp = seed_pair(old_file, new_file)
        ms = best_of(3, lambda lp=lp, rp=rp: compare(lp, rp))
        summary = compare(lp, rp)["summary"]
        changed = ", ".join(f"{k}={v}" for k, v in summary.items() if v)
        print(
            f"seed {old_symbol} vs {new_symbol} ({len(lp)}+{len(rp)} paragraphs): "
            f"undrafts_ms={ms:.1f} [{changed}]"
        )


if __name__ == "__main__":
    main()
