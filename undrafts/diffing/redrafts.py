"""Second signals for heavy rewrites, where rarity-weighted similarity alone is too weak.

Two kinds of pair an expert finds and the similarity threshold misses:

- **Redrafted in place**: a paragraph rewritten around its subject that stays between
  the same kept neighbours, and either
  - sharing words found in no other paragraph of either text, with a fair share of
    words kept in order (A/C.2/80/L.16 OP6 -> A/RES/80/132 OP4, the Group of Friends
    of Sustainable Transport "as a platform to foster broad multilateral dialogue",
    now one of several partnerships; A/C.2/80/L.9 PP8 -> A/RES/80/129 PP9, gender
    equality in the Sevilla Commitment), or
  - sharing rare phrases in order (a good share of their rarity-weighted words in one
    common order), each the other's best match there (A/RES/78/231 PP21 ->
    A/RES/79/199 PP21, "Recalling the eighth biennial high-level meeting of the
    Development Cooperation Forum" -> "Looking forward to the ninth ..."; A/RES/79/185
    PP41 -> A/RES/80/224 PP25, refugees and displaced persons "according to the United
    Nations").
- **Moved with its opening verb**: an operative paragraph turned preambular or back
  ("Recalls the proclamation ..." -> "Recalling the proclamation ..."), mostly contained
  in its new self. Evidence: the same drafting verb opens both, in either form.

Rival texts of one session share boilerplate and often a clause or two; they rarely
share words nobody else uses or rare phrases in order *and* a place, or an opening
verb *and* most of a paragraph out of place (see tests/diffing/test_seed_pairs.py).
"""

import re
from bisect import bisect_left

from rapidfuzz.distance import Indel

from .chain import heaviest_chain

# Redrafted in place, words of their own: at least this alike, sharing this many
# words no other paragraph has...
PLACE_SCORE = 0.2
PLACE_WORDS = 2
# ... in texts of at least this many paragraphs together: in a short text nearly
# every word is found in one paragraph only, and so says nothing.
PLACE_MIN_PARAGRAPHS = 20
# ... keeping at least this share of their words in order (so the row shows kept
# text, not a paragraph deleted beside one inserted: A/RES/79/117 OP7(f) "To hold the
# first part of the fifty-first session ..." and A/RES/80/161 OP6(f) "To hold
# colloquiums ..." share "first", "hold", "mentioned", "subparagraph" and no more).
PLACE_IN_ORDER = 0.3
# Redrafted in place, rare phrases in order: at least this alike, with at least this
# share of both texts' rarity weight in words kept in one common order. (Rival texts
# reach 0.32 on boilerplate: RES 74/28 OP4 "Also welcomes the commencement of the work
# of the Open-ended Working Group ..." against RES 75/240 OP2 "Also decides that, upon
# the conclusion of the work of the current Open-ended Working Group ...".)
PHRASE_SCORE = 0.3
PHRASE_IN_ORDER = 0.35
# Moved with its opening verb: at least this alike, the smaller mostly inside the other.
VERB_MOVE_SCORE = 0.5
VERB_MOVE_CONTAINED = 0.7

# "Also welcomes", "Further decides": the verb is the next word.
_ADVERBS = frozenset({"also", "further", "furthermore", "moreover", "again", "once"})
_FIRST_WORDS = re.compile(r"[^A-Za-z]*([A-Za-z]+)[^A-Za-z]+([A-Za-z]+)?")


def opening_verb(text: str) -> str:
    """The drafting verb that opens a paragraph, folded so the preambular and operative
    forms agree ("Recalling"/"Recalls" -> "recall", "Noting"/"Notes" -> "not");
    "" when the paragraph does not open with a capitalised word."""
    m = _FIRST_WORDS.match(text)
    if not m:
        return ""
    word = m.group(1)
    if word.lower() in _ADVERBS and m.group(2):
        word = m.group(2)
    elif not word[0].isupper():
        return ""
    word = word.lower()
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("s") and len(word) > 3:
        word = word[:-1]
    return word[:-1] if word.endswith("e") else word


def verb_moves(leftovers, left: list[str], right: list[str]):
    """Out-of-order candidates (score, i, j, sim) that qualify as moves by their verb."""
    out = []
    for score, i, j, sim in leftovers:
        if score < VERB_MOVE_SCORE or sim.contained < VERB_MOVE_CONTAINED:
            continue
        verb = opening_verb(left[i])
        if verb and verb == opening_verb(right[j]):
            out.append((score, i, j, sim))
    return out


def redrafted_in_place(result, feats, scored, tokens, left_used, right_used, size: int) -> None:
    """Pairs, in order, between the same kept neighbours, that share words of their own,
    or rare phrases in order and are each the other's best match there.

    ``tokens``: the word lists of the paragraphs scored, by index, of each side;
    ``size``: how many paragraphs the two texts have together.
    """
    anchors = _anchors(result)
    lefts = [i for i, _ in anchors]
    rights = sorted(j for _, j in anchors)
    # pairs still open, between the same kept pairs
    open_pairs = {
        (i, j): sim
        for (i, j), sim in scored.items()
        if i not in left_used
        and j not in right_used
        and bisect_left(lefts, i) == bisect_left(rights, j)
    }
    own = _own_words(feats, left_used, right_used) if size >= PLACE_MIN_PARAGRAPHS else {}
    for i, j in own:
        if (i, j) not in open_pairs and bisect_left(lefts, i) == bisect_left(rights, j):
            open_pairs[i, j] = feats.similarity(i, j)
    best_left: dict[int, float] = {}
    best_right: dict[int, float] = {}
    for (i, j), sim in open_pairs.items():
        best_left[i] = max(best_left.get(i, 0.0), sim.score)
        best_right[j] = max(best_right.get(j, 0.0), sim.score)

    candidates = {}
    for (i, j), sim in open_pairs.items():
        if sim.score < PLACE_SCORE:
            continue
        a, b = tokens[0][i], tokens[1][j]
        if own.get((i, j), 0) >= PLACE_WORDS:
            # words no other paragraph has point to this partner and no other
            if Indel.normalized_similarity(a, b) >= PLACE_IN_ORDER:
                candidates[i, j] = sim
        elif (
            sim.score >= PHRASE_SCORE
            and sim.score >= max(best_left[i], best_right[j])
            and _in_order(feats.idf, a, b) >= PHRASE_IN_ORDER
        ):
            # phrases do not: a better match beside it may be the real partner
            # (A/RES/78/231 OP36, Mexico's offer to host a session, reads more in
            # order with A/RES/79/199 OP28 than OP35, Ethiopia's, which it was)
            candidates[i, j] = sim
    for i, j, sim in heaviest_chain([], candidates, PLACE_SCORE):
        result.pairs.append((i, j, sim))
        left_used[i] = j
        right_used[j] = i
    result.pairs.sort(key=lambda t: t[0])


def _own_words(feats, left_used, right_used) -> dict[tuple[int, int], int]:
    """How many words each pair of unmatched paragraphs shares that no other has."""
    twice = {t for t, d in feats.df.items() if d == 2 and t.isalpha()}
    owners: dict[str, list] = {}
    for side, texts, used in ((0, feats.left, left_used), (1, feats.right, right_used)):
        for k, (uni, _) in texts.items():
            if k not in used:
                for t in uni & twice:
                    owners.setdefault(t, []).append((side, k))
    shared: dict[tuple[int, int], int] = {}
    for found in owners.values():
        if len(found) == 2 and found[0][0] != found[1][0]:
            (_, i), (_, j) = sorted(found)
            shared[i, j] = shared.get((i, j), 0) + 1
    return shared


def _in_order(idf, a: list[str], b: list[str]) -> float:
    """Share of both word lists' rarity weight in the words they keep in one order."""
    total = sum(map(idf.__getitem__, a)) + sum(map(idf.__getitem__, b))
    if not total:
        return 0.0
    kept = sum(
        idf[t]
        for block in Indel.opcodes(a, b).as_matching_blocks()
        for t in a[block.a : block.a + block.size]
    )
    return 2 * kept / total


def _anchors(result) -> list[tuple[int, int]]:
    """(left, right) index pairs kept in place: in-order pairs, splits and merges."""
    out = [(i, j) for i, j, _ in result.pairs]
    for i, group, _ in result.splits:
        if ("split", i) not in result.moved_groups:
            out += [(i, j) for j in group]
    for group, j, _ in result.merges:
        if ("merged", j) not in result.moved_groups:
            out += [(i, j) for i in group]
    return sorted(out)
