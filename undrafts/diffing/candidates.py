"""Which paragraph pairs could be versions of one another, and how alike they are.

Words and word pairs are weighted by how rare they are across both texts (IDF), so
that shared boilerplate ("Open-ended Working Group on Developments in the Field of
...") counts for little and shared substance counts for a lot. On large inputs only
pairs sharing a rare word or word pair are scored, found through an inverted index
whose long postings are skipped, so the cost stays close to linear.
"""

import math
from collections import Counter
from dataclasses import dataclass
from itertools import chain, pairwise
from math import fsum

from rapidfuzz.distance import Indel

# Below this many pairs every pair is scored: exact, and cheap on real documents.
ALL_PAIRS_LIMIT = 2_500
# Pairs scoring below this are forgotten, unless one lies inside the other.
KEEP_SCORE = 0.3
KEEP_CONTAINED = 0.7
# A feature in at most this many paragraphs is evidence enough to score a pair.
RARE = 4
# Paragraphs with few rare features also probe with these, if not boilerplate.
MAX_POSTING = 40
PROBES = 8
# How many candidates each paragraph keeps, from each side.
PER_PARAGRAPH = 6
# squared: rare words must count far more than boilerplate, not just more
IDF_POWER = 2

Feats = tuple[frozenset, frozenset]


@dataclass(slots=True, frozen=True)
class Similarity:
    """How alike two paragraphs are; all values symmetric and in 0..1."""

    score: float  # the overall judgement used for matching
    dice: float  # weighted overlap of words and word pairs
    contained: float  # how much of the smaller paragraph the larger holds


def features(tokens: list[str]) -> Feats:
    """Words and adjacent word pairs, as sets."""
    return frozenset(tokens), frozenset(map(" ".join, pairwise(tokens)))


class Features:
    """Scoring features of the unmatched paragraphs of both sides.

    ``background`` is (features, weight) of paragraphs matched already: they count
    in how common a word is, weight times over (a sample stands for the rest).
    """

    def __init__(self, left: dict[int, Feats], right: dict[int, Feats], background=()):
        self.left = left
        self.right = right
        df: Counter = Counter(
            chain.from_iterable(chain(u, b) for u, b in (*left.values(), *right.values()))
        )
        count = len(left) + len(right)
        by_weight: dict[int, list] = {}
        for (uni, bi), weight in background:
            by_weight.setdefault(weight, []).append(chain(uni, bi))
            count += weight
        for weight, feats in by_weight.items():
            for t, c in Counter(chain.from_iterable(feats)).items():
                df[t] += c * weight
        self.df = df
        top = math.log(count + 1)
        scale = {
            d: (math.log((count + 1) / (d + 0.5)) / top) ** IDF_POWER for d in set(df.values())
        }
        self.idf = idf = {t: scale[d] for t, d in df.items()}
        get = idf.__getitem__
        self.left_weight = {i: (fsum(map(get, u)), fsum(map(get, b))) for i, (u, b) in left.items()}
        self.right_weight = {
            j: (fsum(map(get, u)), fsum(map(get, b))) for j, (u, b) in right.items()
        }

    def similarity(self, i: int, j: int) -> Similarity:
        (lu, lb), (ru, rb) = self.left[i], self.right[j]
        (lwu, lwb), (rwu, rwb) = self.left_weight[i], self.right_weight[j]
        get = self.idf.__getitem__
        return judge(fsum(map(get, lu & ru)), lwu, rwu, fsum(map(get, lb & rb)), lwb, rwb)

    def piece_contained(self, piece: Feats, whole: Feats) -> float:
        """How much of ``piece`` (weighted) lies inside ``whole``; not symmetric."""
        get = self.idf.__getitem__
        (pu, pb), (wu, wb) = piece, whole
        total_u = fsum(map(get, pu))
        if not total_u:
            return 0.0
        cont_u = fsum(map(get, pu & wu)) / total_u
        total_b = fsum(map(get, pb))
        cont_b = fsum(map(get, pb & wb)) / total_b if total_b else cont_u
        return (cont_u + cont_b) / 2

    def leftover_cover(self, whole: list[str], partner: list[str], piece: Feats, after: bool):
        """What ``partner`` leaves of ``whole`` at one end (after the last word they keep
        in order, or before the first), and how much of that ``piece`` holds.

        Returns the leftover's share of the whole's word weight, the share of the
        leftover's word weight found in the piece, and how many of its words of more
        than three letters are.
        """
        blocks = [b for b in Indel.opcodes(whole, partner).as_matching_blocks() if b.size]
        if not blocks:
            return 0.0, 0.0, 0
        rest = set(whole[blocks[-1].a + blocks[-1].size :] if after else whole[: blocks[0].a])
        get = self.idf.__getitem__
        total = fsum(map(get, set(whole)))
        rest_weight = fsum(map(get, rest))
        if not total or not rest_weight:
            return 0.0, 0.0, 0
        held = rest & piece[0]
        words = sum(1 for t in held if len(t) > 3 and t.isalpha())
        return rest_weight / total, fsum(map(get, held)) / rest_weight, words

    def group_similarity(self, whole: Feats, pieces: list[Feats]) -> float:
        """Similarity of one paragraph to several read as one."""
        get = self.idf.__getitem__
        uni = frozenset().union(*(p[0] for p in pieces))
        bi = frozenset().union(*(p[1] for p in pieces))
        su = fsum(map(get, whole[0] & uni))
        sb = fsum(map(get, whole[1] & bi))
        wu, wb = fsum(map(get, whole[0])), fsum(map(get, whole[1]))
        gu, gb = fsum(map(get, uni)), fsum(map(get, bi))
        return judge(su, wu, gu, sb, wb, gb).score


def find_candidates(features: Features) -> dict[tuple[int, int], Similarity]:
    """Scored pairs worth remembering, keyed by (left index, right index)."""
    left, right = features.left, features.right
    if len(left) * len(right) <= ALL_PAIRS_LIMIT:
        pairs = [(i, j) for i in sorted(left) for j in sorted(right)]
    else:
        pairs = _indexed_pairs(features)
    out = {}
    for i, j in pairs:
        if left[i][0].isdisjoint(right[j][0]):
            continue
        sim = features.similarity(i, j)
        if sim.score >= KEEP_SCORE or sim.contained >= KEEP_CONTAINED:
            out[(i, j)] = sim
    return out


def _indexed_pairs(features: Features) -> list[tuple[int, int]]:
    """Pairs sharing rare words or word pairs, the best few per paragraph."""
    df, idf = features.df, features.idf

    def probes(feats: Feats) -> list[str]:
        uni, bi = feats
        rare = [t for t in uni if df[t] <= RARE]
        if len(rare) < PROBES:
            rare += [t for t in bi if df[t] <= RARE]
        if len(rare) < PROBES:
            # little that is rare: fall back on the least common of the rest
            more = [t for t in (*uni, *bi) if RARE < df[t] <= MAX_POSTING]
            more.sort()
            more.sort(key=df.__getitem__)  # stable: ties stay in text order
            rare += more[: PROBES - len(rare)]
        return rare

    postings: dict[str, tuple[list[int], list[int]]] = {}
    for side, feats in ((0, features.left), (1, features.right)):
        for k in sorted(feats):
            for t in probes(feats[k]):
                postings.setdefault(t, ([], []))[side].append(k)

    votes: dict[tuple[int, int], int] = {}
    for t, (lefts, rights) in postings.items():
        if lefts and rights:
            w = round(idf[t] * 1e6)  # integers: the sum is exact in any order
            for i in lefts:
                for j in rights:
                    votes[i, j] = votes.get((i, j), 0) + w

    by_left: dict[int, list[tuple[float, int]]] = {}
    by_right: dict[int, list[tuple[float, int]]] = {}
    for (i, j), v in votes.items():
        by_left.setdefault(i, []).append((-v, j))
        by_right.setdefault(j, []).append((-v, i))
    keep: set[tuple[int, int]] = set()
    for i, found in by_left.items():
        found.sort()
        keep.update((i, j) for _, j in found[:PER_PARAGRAPH])
    for j, found in by_right.items():
        found.sort()
        keep.update((i, j) for _, i in found[:PER_PARAGRAPH])
    return sorted(keep)


def judge(su, lwu, rwu, sb, lwb, rwb) -> Similarity:
    """Shared weight of words (su) and word pairs (sb) against each side's total."""
    if not lwu or not rwu:
        return Similarity(0.0, 0.0, 0.0)
    dice_u = 2 * su / (lwu + rwu)
    dice_b = 2 * sb / (lwb + rwb) if lwb and rwb else dice_u
    cont_u = su / min(lwu, rwu)
    cont_b = sb / min(lwb, rwb) if lwb and rwb else cont_u
    dice = (dice_u + dice_b) / 2
    contained = min(1.0, (cont_u + cont_b) / 2)
    # dice alone punishes an added clause; containment alone rewards boilerplate
    return Similarity(math.sqrt(dice * contained), dice, contained)
