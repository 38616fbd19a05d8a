"""Splits and merges: unmatched paragraphs that lie inside a neighbour's partner.

Kept conservative: each piece must lie mostly inside the whole, the pieces must sit
next to each other (and to the whole's partner, if it has one), and together they
must match the whole clearly better than the partner alone.
"""

from .candidates import Similarity

# A piece of a split (or merge) must lie this much inside the whole.
PIECE_CONTAINED = 0.75
# And adding the pieces must make the whole this much more alike.
SPLIT_GAIN = 0.1
# A split whose second part was reworded holds too little of the whole to pass the
# test above. Instead: the whole's partner leaves at least this share of the whole's
# word weight unmatched, and the paragraph next to the partner holds at least this
# share of what is left, in at least this many words of more than three letters (a
# section heading glued to two paragraphs is not a split: "I. Calendar of conferences
# and meetings", A/RES/78/245 OP1 against A/RES/79/248 OP1 and OP2).
REST_SHARE = 0.3
REST_COVERED = 0.6
REST_WORDS = 5


def find_splits(result, feats, scored, left, right, left_used, right_used, threshold, tokens):
    """Unmatched paragraphs lying inside a neighbour's partner become split or merged.

    Proposals from both directions are ranked together, so swapping the sides of a
    comparison turns each split into the same merge. ``tokens``: the word lists of the
    paragraphs scored, by index, of each side.
    """
    proposals = []
    for side in (0, 1):
        if side == 0:
            own_used, other_used = left_used, right_used
            contained = _contained_in_left(feats)
            n_other = len(right)
        else:
            own_used, other_used = right_used, left_used
            contained = _contained_in_right(feats)
            n_other = len(left)
        # pieces: unmatched paragraphs of the other side, by their whole's index
        pieces: dict[int, list[int]] = {}
        for (i, j), sim in scored.items():
            whole, piece = (i, j) if side == 0 else (j, i)
            if piece in other_used or sim.contained < PIECE_CONTAINED:
                continue
            if contained(whole, piece) >= PIECE_CONTAINED:
                pieces.setdefault(whole, []).append(piece)
        for whole, cands in pieces.items():
            if (whole not in feats.left) if side == 0 else (whole not in feats.right):
                continue
            cand_set = set(cands)
            partner = own_used.get(whole)
            if partner is not None:
                group = _grow(partner, cand_set, n_other)
            else:
                group = _best_run(cand_set)
            if len(group) < 2:
                continue
            base = 0.0
            if partner is not None:
                if (partner not in feats.right) if side == 0 else (partner not in feats.left):
                    continue
                base = _pair_score(feats, side, whole, [partner])
            score = _pair_score(feats, side, whole, group)
            if score < threshold or score < base + SPLIT_GAIN:
                continue
            proposals.append((score - base, side, whole, group, partner, score))

    proposals.sort(key=lambda t: (-t[0], t[1], t[2]))
    taken: set[tuple[int, int]] = set()  # (side, index)
    for _, side, whole, group, partner, score in proposals:
        other = 1 - side
        members = [(side, whole)] + [(other, k) for k in group]
        if any(m in taken for m in members):
            continue
        taken.update(members)
        was_move = False
        if partner is not None:
            i0, j0 = (whole, partner) if side == 0 else (partner, whole)
            was_move = _drop_pair(result, i0, j0)
        sim = Similarity(score, score, score)
        if side == 0:
            result.splits.append((whole, group, sim))
            lefts, rights = [whole], group
        else:
            result.merges.append((group, whole, sim))
            lefts, rights = group, [whole]
        if was_move or (partner is None and not _in_order(result.pairs, lefts, rights)):
            result.moved_groups.add(("split" if side == 0 else "merged", whole))
        for i in lefts:
            left_used[i] = rights[0]
        for j in rights:
            right_used[j] = lefts[0]
    _reworded_splits(result, feats, tokens, left_used, right_used)


def _reworded_splits(result, feats, tokens, left_used, right_used) -> None:
    """A kept pair whose whole lost its second part to the paragraph next to its
    partner, reworded there (RES 74/28 PP12 -> PP9 and PP10 of A/C.1/78/L.60/Rev.1):
    what the partner leaves of the whole is mostly in that neighbour, and nothing
    still unmatched is more like the neighbour than the whole is."""
    proposals = []
    for i, j, _ in result.pairs:
        if i not in feats.left or j not in feats.right:
            continue  # equal texts: nothing left over
        for side in (0, 1):
            if side == 0:
                whole, partner = tokens[0][i], tokens[1][j]
                others, used, own, own_used, at = feats.right, right_used, feats.left, left_used, j
            else:
                whole, partner = tokens[1][j], tokens[0][i]
                others, used, own, own_used, at = feats.left, left_used, feats.right, right_used, i
            for k in (at - 1, at + 1):
                if k not in others or k in used:
                    continue
                share, cover, words = feats.leftover_cover(whole, partner, others[k], k > at)
                if share < REST_SHARE or cover < REST_COVERED or words < REST_WORDS:
                    continue
                # nothing still unmatched is more like the piece than the whole is
                if side == 0:
                    mine = feats.similarity(i, k).score
                    best = max(
                        (feats.similarity(m, k).score for m in own if m not in own_used),
                        default=0.0,
                    )
                else:
                    mine = feats.similarity(k, j).score
                    best = max(
                        (feats.similarity(k, m).score for m in own if m not in own_used),
                        default=0.0,
                    )
                if best > mine:
                    continue
                proposals.append((-cover, side, i, j, k))
    proposals.sort()
    for _, side, i, j, piece in proposals:
        used = right_used if side == 0 else left_used
        if piece in used or left_used.get(i) != j or right_used.get(j) != i:
            continue
        _drop_pair(result, i, j)
        group = sorted((j if side == 0 else i, piece))
        if side == 0:
            score = feats.group_similarity(feats.left[i], [feats.right[k] for k in group])
            result.splits.append((i, group, Similarity(score, score, score)))
            for k in group:
                right_used[k] = i
        else:
            score = feats.group_similarity(feats.right[j], [feats.left[k] for k in group])
            result.merges.append((group, j, Similarity(score, score, score)))
            for k in group:
                left_used[k] = j


def _in_order(pairs, lefts: list[int], rights: list[int]) -> bool:
    """Whether a group sits between the kept pairs around it on both sides."""
    before = [i for i, j, _ in pairs if j < rights[0]]
    after = [i for i, j, _ in pairs if j > rights[-1]]
    return (not before or max(before) < lefts[0]) and (not after or min(after) > lefts[-1])


def _drop_pair(result, i, j) -> bool:
    """Remove pair (i, j) from pairs or moves; True if it was a move."""
    for n, (a, b, _) in enumerate(result.pairs):
        if a == i and b == j:
            del result.pairs[n]
            return False
    for n, (a, b, _) in enumerate(result.moves):
        if a == i and b == j:
            del result.moves[n]
            return True
    return False


def _grow(partner: int, cands: set[int], n: int) -> list[int]:
    """The partner plus the unmatched pieces adjacent to it, in reading order."""
    lo = hi = partner
    while lo - 1 >= 0 and lo - 1 in cands:
        lo -= 1
    while hi + 1 < n and hi + 1 in cands:
        hi += 1
    return list(range(lo, hi + 1))


def _best_run(cands: set[int]) -> list[int]:
    """The longest run of consecutive pieces (the earliest on a tie)."""
    best: list[int] = []
    for start in sorted(cands):
        if start - 1 in cands:
            continue
        end = start
        while end + 1 in cands:
            end += 1
        if end - start + 1 > len(best):
            best = list(range(start, end + 1))
    return best


def _contained_in_left(feats):
    def contained(whole: int, piece: int) -> float:
        return feats.piece_contained(feats.right[piece], feats.left[whole])

    return contained


def _contained_in_right(feats):
    def contained(whole: int, piece: int) -> float:
        return feats.piece_contained(feats.left[piece], feats.right[whole])

    return contained


def _pair_score(feats, side: int, whole: int, group: list[int]) -> float:
    if side == 0:
        return feats.group_similarity(feats.left[whole], [feats.right[j] for j in group])
    return feats.group_similarity(feats.right[whole], [feats.left[i] for i in group])
