"""Pair the paragraphs of two versions: kept, moved, split and merged.

1. Paragraphs whose texts are equal after noise normalisation pair up first (by
   hash, so an unchanged document costs little more than reading it).
2. The others are scored against plausible partners (see ``candidates``).
3. An order-preserving alignment picks the pairs with the largest total similarity
   (a heaviest common subsequence over the sparse candidate pairs, with runs of
   equal paragraphs taken as one block).
4. Left-over pairs that are alike enough are moves; left-over paragraphs contained
   in a neighbour's partner are splits or merges.
"""

from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz.distance import Indel

from .candidates import Features, Similarity, features, find_candidates
from .chain import EXACT, heaviest_chain
from .normalize import Tokenizer, reading_key
from .redrafts import redrafted_in_place, verb_moves
from .splits import find_splits

# An order-preserving pair must be at least this alike.
ALIGN_THRESHOLD = 0.45
# A pair out of order needs more evidence: nothing around it vouches for it.
MOVE_THRESHOLD = 0.65
# Groups of equal paragraphs larger than this pair only near the diagonal.
DUPLICATE_PAIRS = 64
# Character similarity at which an edited paragraph still in step is taken as a
# version without further scoring (boilerplate-heavy strangers reach 0.8).
LONE_RATIO = 0.9
# At most about this many verbatim-matched paragraphs are read for word rarity.
BACKGROUND_SAMPLE = 100


@dataclass
class Alignment:
    """Pairs by index. ``pairs`` are in order on both sides; the rest are not."""

    pairs: list[tuple[int, int, Similarity]] = field(default_factory=list)
    moves: list[tuple[int, int, Similarity]] = field(default_factory=list)
    splits: list[tuple[int, list[int], Similarity]] = field(default_factory=list)
    merges: list[tuple[list[int], int, Similarity]] = field(default_factory=list)
    # indices of split/merge groups that grew out of a move
    moved_groups: set[tuple[str, int]] = field(default_factory=set)


def align(left: list[str], right: list[str]) -> Alignment:
    # 1. verbatim equal texts pair by hash and need no further work
    verbatim: dict[str, tuple[list[int], list[int]]] = {}
    for side, texts in ((0, left), (1, right)):
        for k, text in enumerate(texts):
            verbatim.setdefault(text, ([], []))[side].append(k)
    exact, left_rest, right_rest = _pair_groups(verbatim.values())
    # a lone edited paragraph between two kept ones, still mostly the same text, is a
    # version of its old self: no need to weigh it against the whole document
    settled = _lone_pairs(left, right, exact, left_rest, right_rest)
    if settled:
        left_rest = [i for i in left_rest if i not in settled]
        done_right = {j for j, _ in settled.values()}
        right_rest = [j for j in right_rest if j not in done_right]

    # 2. the rest are tokenised; equal tokens hint at noise-only differences
    sample_left, sample_right, step = _background(len(left), len(right), left_rest, right_rest)
    tokenize = Tokenizer(
        [left[i] for i in (*left_rest, *sample_left)]
        + [right[j] for j in (*right_rest, *sample_right)]
    )
    left_tokens = {i: tokenize(left[i]) for i in left_rest}
    right_tokens = {j: tokenize(right[j]) for j in right_rest}
    noisy = _noise_pairs(left, right, left_tokens, right_tokens)
    if noisy:
        more, _, _ = _pair_groups(noisy.values())
        exact = sorted({*exact, *more})
        balanced = _balanced(noisy.values())
        left_rest = [i for i in left_rest if (0, i) not in balanced]
        right_rest = [j for j in right_rest if (1, j) not in balanced]

    # 3. score the rest against plausible partners; paragraphs matched already
    # count in how common each word is
    background = [(features(tokenize(left[i])), step) for i in sample_left]
    background += [(features(tokenize(right[j])), step) for j in sample_right]
    still_left, still_right = set(left_rest), set(right_rest)
    background += [(features(t), 1) for i, t in left_tokens.items() if i not in still_left]
    background += [(features(t), 1) for j, t in right_tokens.items() if j not in still_right]
    feats = Features(
        {i: features(left_tokens[i]) for i in left_rest},
        {j: features(right_tokens[j]) for j in right_rest},
        background,
    )
    scored = find_candidates(feats)

    # 4. keep the order where possible; what is left and alike enough has moved
    settled_pairs = {(i, j): sim for i, (j, sim) in settled.items()}
    result = Alignment()
    left_used: dict[int, int] = {}
    right_used: dict[int, int] = {}
    for i, j, sim in heaviest_chain(exact, {**scored, **settled_pairs}, ALIGN_THRESHOLD):
        result.pairs.append((i, j, sim))
        left_used[i] = j
        right_used[j] = i
    _find_moves(result, exact, {**scored, **settled_pairs}, left_used, right_used, left, right)

    # 5. what is still unmatched may be part of a split or merge
    find_splits(
        result,
        feats,
        scored,
        left,
        right,
        left_used,
        right_used,
        ALIGN_THRESHOLD,
        (left_tokens, right_tokens),
    )
    # 6. or a redraft in its old place, shown by words no other paragraph uses or by
    # rare phrases in order
    redrafted_in_place(
        result,
        feats,
        scored,
        (left_tokens, right_tokens),
        left_used,
        right_used,
        len(left) + len(right),
    )
    return result


def _noise_pairs(left, right, left_tokens, right_tokens):
    """Groups of unmatched paragraphs whose texts differ only by noise (``reading_key``:
    spacing too, so the words a text layer split or joined do not hide an equal pair)."""
    noisy: dict[str, tuple[list[int], list[int]]] = {}
    for side, texts, members in ((0, left, left_tokens), (1, right, right_tokens)):
        for k in members:
            noisy.setdefault(reading_key(texts[k]), ([], []))[side].append(k)
    return {key: group for key, group in noisy.items() if group[0] and group[1]}


def _find_moves(result, exact, scored, left_used, right_used, left, right) -> None:
    """Pairs left out of the order-keeping chain, best first, become moves: those alike
    enough, and those a little less alike opening with the same drafting verb."""
    leftovers = [(1.0, i, j, EXACT) for i, j in exact if i not in left_used and j not in right_used]
    rest = [
        (sim.score, i, j, sim)
        for (i, j), sim in scored.items()
        if sim.score >= ALIGN_THRESHOLD and i not in left_used and j not in right_used
    ]
    leftovers += [t for t in rest if t[0] >= MOVE_THRESHOLD]
    leftovers += verb_moves([t for t in rest if t[0] < MOVE_THRESHOLD], left, right)
    leftovers.sort(key=lambda t: (-t[0], t[1] + t[2], t[1]))
    for _, i, j, sim in leftovers:
        if i in left_used or j in right_used:
            continue
        result.moves.append((i, j, sim))
        left_used[i] = j
        right_used[j] = i


def _lone_pairs(left, right, exact, left_rest, right_rest) -> dict[int, tuple[int, Similarity]]:
    """Edited paragraphs still in step: walking in from both ends of each gap between
    consecutive verbatim-kept paragraphs, pairs whose texts are mostly the same
    characters. (Cheap, and on a long text most edits are of this kind.)"""
    if not left_rest or not right_rest:
        return {}
    anchors = [(i, j) for i, j, _ in heaviest_chain(exact, {}, ALIGN_THRESHOLD)]
    anchors = [(-1, -1), *anchors, (len(left), len(right))]
    paired_left = {i for i, _ in exact}
    paired_right = {j for _, j in exact}
    out: dict[int, tuple[int, Similarity]] = {}

    def similar(i: int, j: int) -> float:
        if i in paired_left or j in paired_right:
            return 0.0
        return Indel.normalized_similarity(left[i], right[j])

    def settle(i: int, j: int, step: int, gap: tuple[range, range]) -> bool:
        """Pair i and j unless one of them is more like the other's next paragraph
        (then an insertion or deletion comes first, for the full scoring to see)."""
        ratio = similar(i, j)
        if ratio < LONE_RATIO:
            return False
        if (i + step in gap[0] and similar(i + step, j) > ratio) or (
            j + step in gap[1] and similar(i, j + step) > ratio
        ):
            return False
        same = reading_key(left[i]) == reading_key(right[j])
        out[i] = (j, EXACT if same else Similarity(ratio, ratio, ratio))
        return True

    for (ai, aj), (bi, bj) in pairwise(anchors):
        i, j = ai + 1, aj + 1
        while i < bi and j < bj and settle(i, j, 1, (range(i, bi), range(j, bj))):
            i, j = i + 1, j + 1
        k, m = bi - 1, bj - 1
        while k >= i and m >= j and settle(k, m, -1, (range(i, k + 1), range(j, m + 1))):
            k, m = k - 1, m - 1
    return out


def _pair_groups(groups):
    """Pairs within groups of equal paragraphs, and the indices left to score."""
    pairs: list[tuple[int, int]] = []
    left_rest: list[int] = []
    right_rest: list[int] = []
    for lefts, rights in groups:
        if not lefts or not rights:
            left_rest.extend(lefts)
            right_rest.extend(rights)
            continue
        p, q = len(lefts), len(rights)
        if p * q <= DUPLICATE_PAIRS:
            pairs.extend((i, j) for i in lefts for j in rights)
        else:
            for a, i in enumerate(lefts):
                centre = a * q // p
                for b in range(max(0, centre - 2), min(q, centre + 3)):
                    pairs.append((i, rights[b]))
        if p != q:
            # surplus copies may be versions of something else
            left_rest.extend(lefts)
            right_rest.extend(rights)
    pairs.sort()
    left_rest.sort()
    right_rest.sort()
    return pairs, left_rest, right_rest


def _balanced(groups) -> set[tuple[int, int]]:
    """(side, index) of paragraphs whose equals on each side are as many."""
    out: set[tuple[int, int]] = set()
    for lefts, rights in groups:
        if lefts and len(lefts) == len(rights):
            out.update((0, i) for i in lefts)
            out.update((1, j) for j in rights)
    return out


def _background(n_left: int, n_right: int, left_rest: list[int], right_rest: list[int]):
    """Verbatim-matched paragraphs that count in word rarity: all of them on small
    inputs, a regular sample standing for the rest on large ones. Both sides alike,
    so swapping sides changes nothing."""
    lrest, rrest = set(left_rest), set(right_rest)
    lefts = [i for i in range(n_left) if i not in lrest]
    rights = [j for j in range(n_right) if j not in rrest]
    step = 1
    if len(lefts) + len(rights) > BACKGROUND_SAMPLE:
        step = -(-(len(lefts) + len(rights)) // BACKGROUND_SAMPLE)
    return lefts[::step], rights[::step], step
