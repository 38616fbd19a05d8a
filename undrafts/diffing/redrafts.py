"""Second signals for heavy rewrites, where rarity-weighted similarity alone is too weak.

Two kinds of pair an expert finds and the similarity threshold misses:

- **Redrafted in place**: a paragraph rewritten around its subject that stays between
  the same kept neighbours (A/C.2/80/L.16 OP6 -> A/RES/80/132 OP4, the Group of Friends
  of Sustainable Transport "as a platform to foster broad multilateral dialogue", now
  one of several partnerships; RES 74/28 PP15 -> A/C.1/78/L.60/Rev.1 PP17, the private
  sector, academia and civil society). Evidence: the two share words found in no other
  paragraph of either text, are alike beyond boilerplate, and sit in the same gap
  between kept pairs, in order.
- **Moved with its opening verb**: an operative paragraph turned preambular or back
  ("Recalls the proclamation ..." -> "Recalling the proclamation ..."), mostly contained
  in its new self. Evidence: the same drafting verb opens both, in either form.

Rival texts of one session share boilerplate and often a clause or two; they rarely
share words nobody else uses *and* a place, or an opening verb *and* most of a
paragraph out of place (see tests/diffing/test_seed_pairs.py).
"""

import re
from bisect import bisect_left

from rapidfuzz.distance import Indel

from .chain import heaviest_chain

# Redrafted in place: at least this alike, sharing this many words of their own...
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


def redrafted_in_place(result, feats, tokens, left_used, right_used, size: int) -> None:
    """Pairs, in order, between the same kept neighbours, sharing words of their own.
    ``tokens``: the word lists of the unmatched paragraphs of each side, by index;
    ``size``: how many paragraphs the two texts have together."""
    if size < PLACE_MIN_PARAGRAPHS:
        return
    # words found in exactly two paragraphs still unmatched, one on each side
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
    anchors = _anchors(result)
    lefts = [i for i, _ in anchors]
    rights = sorted(j for _, j in anchors)
    candidates = {}
    for (i, j), count in shared.items():
        if count < PLACE_WORDS or bisect_left(lefts, i) != bisect_left(rights, j):
            continue  # too little of their own, or not between the same kept pairs
        sim = feats.similarity(i, j)
        if sim.score < PLACE_SCORE:
            continue
        if Indel.normalized_similarity(tokens[0][i], tokens[1][j]) >= PLACE_IN_ORDER:
            candidates[i, j] = sim
    for i, j, sim in heaviest_chain([], candidates, PLACE_SCORE):
        result.pairs.append((i, j, sim))
        left_used[i] = j
        right_used[j] = i
    result.pairs.sort(key=lambda t: t[0])


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
