"""The order-preserving pairs of largest total weight: a heaviest common subsequence
over sparse candidate pairs, O(k log n) with a Fenwick tree."""

import heapq

from .candidates import Similarity

EXACT = Similarity(1.0, 1.0, 1.0)
# An equal pair outweighs a merely similar one of the same score.
EXACT_WEIGHT = 1.0 + 1e-6


def heaviest_chain(
    exact: list[tuple[int, int]], scored: dict[tuple[int, int], Similarity], threshold: float
) -> list[tuple[int, int, Similarity]]:
    """Order-preserving pairs of largest total weight (sparse DP, Fenwick tree).

    Consecutive equal pairs form one block of weight equal to its length, so a long
    unchanged document is a handful of items, not thousands. Ties go to the chain
    whose pairs are displaced least, then to the earlier one: both rules read the
    same with the sides swapped.
    """
    # item: i, j, length, (weight, -displacement, -position), sim
    items: list[tuple[int, int, int, tuple, Similarity | None]] = []
    # Only pairs of paragraphs that are equal to nothing else may form blocks: nothing
    # can cross part of such a block, so taking it whole loses no better chain.
    lefts: dict[int, int] = {}
    rights: dict[int, int] = {}
    for i, j in exact:
        lefts[i] = lefts.get(i, 0) + 1
        rights[j] = rights.get(j, 0) + 1
    unique = {i: j for i, j in exact if lefts[i] == 1 and rights[j] == 1}
    for i, j in exact:
        if unique.get(i) != j:
            items.append((i, j, 1, (EXACT_WEIGHT, -abs(i - j), -(i + j)), None))
        elif unique.get(i - 1) != j - 1:  # the start of a diagonal run
            n = 1
            while unique.get(i + n) == j + n:
                n += 1
            value = (n * EXACT_WEIGHT, -n * abs(i - j), -(n * (i + j) + n * (n - 1)))
            items.append((i, j, n, value, None))
    taken = set(exact)
    for (i, j), sim in scored.items():
        if sim.score >= threshold and (i, j) not in taken:
            items.append((i, j, 1, (sim.score, -abs(i - j), -(i + j)), sim))
    if not items:
        return []
    items.sort(key=lambda t: (t[0], t[1]))

    size = max(t[1] + t[2] for t in items) + 1
    none = ((-1.0, 0, 0), 1)  # below any real chain, whose weights are all positive
    tree = [none] * (size + 1)

    def query(pos: int):  # best over right ends < pos
        best = none
        while pos > 0:
            if tree[pos] > best:
                best = tree[pos]
            pos -= pos & -pos
        return best

    def update(pos: int, value):
        pos += 1
        while pos <= size:
            if value > tree[pos]:
                tree[pos] = value
            pos += pos & -pos

    best_total: list[tuple] = [(0.0, 0, 0)] * len(items)
    back = [-1] * len(items)
    pending: list[tuple[int, int]] = []  # (last left index, item)
    for n, (i, j, length, (w, d, p), _) in enumerate(items):
        while pending and pending[0][0] < i:
            _, m = heapq.heappop(pending)
            update(items[m][1] + items[m][2] - 1, (best_total[m], -m))
        (tw, td, tp), prev = query(j)
        if tw < 0:
            best_total[n] = (w, d, p)
            back[n] = -1
        else:
            best_total[n] = (tw + w, td + d, tp + p)
            back[n] = -prev
        heapq.heappush(pending, (i + length - 1, n))

    end = max(range(len(items)), key=lambda n: (best_total[n], -n))
    chain = []
    while end != -1:
        chain.append(end)
        end = back[end]
    chain.reverse()
    out = []
    for n in chain:
        i, j, length, _, sim = items[n]
        if sim is None:
            out.extend((i + d, j + d, EXACT) for d in range(length))
        else:
            out.append((i, j, sim))
    return out
