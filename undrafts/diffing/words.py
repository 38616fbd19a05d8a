"""Word-level differences that read as whole words and phrases.

diff-match-patch diffs characters; here each word, footnote marker, punctuation mark
and run of spaces is first mapped to one private-use character (as
``diff_linesToChars`` does for lines), diffed, and mapped back, so an edit never
splits a word. A semantic cleanup then folds trivial equalities (spaces, commas,
"of the") into the surrounding edits so a reworded phrase reads as one change.
"""

import re

from diff_match_patch import diff_match_patch

from .normalize import glyph_key

_SUPERSCRIPT = "\u00b2\u00b3\u00b9\u2070-\u2079"
# Words, superscript footnote markers, single punctuation marks, runs of spaces.
_TOKEN = re.compile(rf"[^\W_{_SUPERSCRIPT}]+|[{_SUPERSCRIPT}]+|[^\w\s]|_|\s+")
_WORDISH = re.compile(r"[^\W_]")
# Private-use planes 15 and 16: never letters, spaces or line breaks to dmp.
_BASE = 0xF0000
_CAPACITY = 0x10FFFD - _BASE
# Above this many tokens in both texts, diff clause by clause first.
CLAUSE_MODE = 300
_CLAUSE_END = frozenset(",;:.")
# Words too common to stand alone as "kept" between two edits.
_LIGHT = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "that",
        "the",
        "their",
        "these",
        "this",
        "to",
        "which",
        "with",
    ]
)


def _engine() -> diff_match_patch:
    dmp = diff_match_patch()
    # no deadline: output must not depend on machine speed (results are cached)
    dmp.Diff_Timeout = 0
    return dmp


_DMP = _engine()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[list[str]]:
    """[[op, text], ...] with op in equal/delete/insert; equal+delete == old and
    equal+insert == new, exactly.

    A stretch the two texts print differently but alike to a reader (spacing, a hyphen
    against a non-breaking one, a soft hyphen, quote styles: ``glyph_key``) is kept, as
    ``["equal", old_text, new_text]``: each side shows its own printing, unmarked."""
    if old == new:
        return [["equal", old]] if old else []
    if glyph_key(old) == glyph_key(new):
        return [["equal", old, new]]
    # Common ends are cut at a space both texts share, so no word is split and
    # only the middle (usually short) is tokenised and diffed.
    start = _DMP.diff_commonPrefix(old, new)
    while start and not _cut_after_space(old, new, start):
        start -= 1
    end = _DMP.diff_commonSuffix(old[start:], new[start:])
    while end and not _cut_before_space(old, new, len(old) - end, len(new) - end):
        end -= 1
    head, tail = old[:start], old[len(old) - end :]
    mid_a, mid_b = old[start : len(old) - end], new[start : len(new) - end]

    if not mid_a or not mid_b:
        runs = [("delete", [mid_a])] if mid_a else [("insert", [mid_b])]
    else:
        runs = _diff_tokens(tokens(mid_a), tokens(mid_b))
    if head:
        runs.insert(0, ("equal", [head]))
    if tail:
        runs.append(("equal", [tail]))
    return _fold_noise(_cleanup(runs))


def _fold_noise(ops: list[list[str]]) -> list[list[str]]:
    """Each change whose deleted and inserted text are alike to a reader becomes kept."""
    out: list[list[str]] = []
    i = 0
    while i < len(ops):
        if ops[i][0] == "equal":
            _keep(out, ops[i][1], ops[i][-1])
            i += 1
            continue
        j = i
        while j < len(ops) and ops[j][0] != "equal":
            j += 1
        deleted = "".join(text for op, text in ops[i:j] if op == "delete")
        inserted = "".join(text for op, text in ops[i:j] if op == "insert")
        if glyph_key(deleted) == glyph_key(inserted):
            _keep(out, deleted, inserted)
        else:
            out.extend(ops[i:j])
        i = j
    return out


def _keep(out: list[list[str]], old: str, new: str) -> None:
    """Append a kept stretch, joined to the one before it."""
    if out and out[-1][0] == "equal":
        previous = out.pop()
        old, new = previous[1] + old, previous[-1] + new
    out.append(["equal", old] if old == new else ["equal", old, new])


def _diff_tokens(ta: list[str], tb: list[str], clauses=True) -> list[tuple[str, list[str]]]:
    """Runs of (op, tokens). Long texts are first diffed clause by clause and only
    the changed clauses word by word, as diff-match-patch's line mode does for lines:
    its word-level bisection is quadratic on a long, much rewritten paragraph."""
    if clauses and len(ta) + len(tb) > CLAUSE_MODE:
        # long: words carry their spaces (half the tokens, a quarter of the work)
        ta, tb = _with_spaces(ta), _with_spaces(tb)
        ca, cb = _clauses(ta), _clauses(tb)
        if len(ca) > 1 or len(cb) > 1:
            runs: list[tuple[str, list[str]]] = []
            deleted: list[str] = []
            inserted: list[str] = []
            for op, lo, hi in _encoded_diff(["".join(c) for c in ca], ["".join(c) for c in cb]):
                if op == "delete":
                    deleted.extend(t for c in ca[lo:hi] for t in c)
                elif op == "insert":
                    inserted.extend(t for c in cb[lo:hi] for t in c)
                else:
                    runs.extend(_replace(deleted, inserted))
                    deleted, inserted = [], []
                    runs.append(("equal", [t for c in ca[lo:hi] for t in c]))
            runs.extend(_replace(deleted, inserted))
            return runs
    return [(op, (ta if op != "insert" else tb)[lo:hi]) for op, lo, hi in _encoded_diff(ta, tb)]


def _replace(deleted: list[str], inserted: list[str]) -> list[tuple[str, list[str]]]:
    if deleted and inserted:
        return _diff_tokens(deleted, inserted, clauses=False)
    if deleted:
        return [("delete", deleted)]
    if inserted:
        return [("insert", inserted)]
    return []


def _encoded_diff(ta: list[str], tb: list[str]) -> list[tuple[str, int, int]]:
    """dmp over items mapped to one character each: (op, start, end) ranges into
    ``ta`` (equal, delete) or ``tb`` (insert)."""
    vocab = list(dict.fromkeys(ta + tb))
    if len(vocab) > _CAPACITY:  # never on real text: show one replacement
        return [("delete", 0, len(ta)), ("insert", 0, len(tb))]
    code = dict(zip(vocab, map(chr, range(_BASE, _BASE + len(vocab))), strict=True))
    a = "".join(map(code.__getitem__, ta))
    b = "".join(map(code.__getitem__, tb))
    out = []
    pa = pb = 0
    for op, chars in _DMP.diff_main(a, b, False):
        n = len(chars)
        if op == 0:
            out.append(("equal", pa, pa + n))
            pa += n
            pb += n
        elif op < 0:
            out.append(("delete", pa, pa + n))
            pa += n
        else:
            out.append(("insert", pb, pb + n))
            pb += n
    return out


def _with_spaces(toks: list[str]) -> list[str]:
    out: list[str] = []
    for t in toks:
        if out and t.isspace():
            out[-1] += t
        else:
            out.append(t)
    return out


def _clauses(toks: list[str]) -> list[list[str]]:
    """Tokens (carrying their spaces) cut after each , ; : and ."""
    out: list[list[str]] = []
    current: list[str] = []
    for t in toks:
        current.append(t)
        if t.rstrip() in _CLAUSE_END:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def _cut_after_space(old: str, new: str, k: int) -> bool:
    """Position k (inside the common prefix) starts a word in both texts."""
    return (
        k < len(old)
        and k < len(new)
        and old[k - 1].isspace()
        and not old[k].isspace()
        and not new[k].isspace()
    )


def _cut_before_space(old: str, new: str, ka: int, kb: int) -> bool:
    """Positions ka, kb (starting the common suffix) end a word in both texts."""
    return (
        ka > 0
        and kb > 0
        and old[ka].isspace()
        and not old[ka - 1].isspace()
        and not new[kb - 1].isspace()
    )


def _weight(toks: list[str]) -> float:
    """How much a stretch of kept text is worth showing as kept: words count, light
    words count half, spaces and punctuation nothing."""
    w = 0.0
    for t in toks:
        if _WORDISH.match(t):
            w += 0.5 if t.rstrip().lower() in _LIGHT else 1.0
    return w


def _cleanup(runs: list[tuple[str, list[str]]]) -> list[list[str]]:
    """Fold kept stretches that are small beside the edits around them into those
    edits (diff-match-patch's semantic rule, counted in words, not characters: its
    own rule swallows kept phrases such as "for peaceful purposes" next to a long
    insertion, which is what a reader most needs to see was kept)."""
    # groups: ("equal", toks) or ("change", deleted toks, inserted toks)
    groups: list[list] = []
    for op, toks in runs:
        if op == "equal":
            if groups and groups[-1][0] == "equal":
                groups[-1][1].extend(toks)
            else:
                groups.append(["equal", list(toks)])
        else:
            if not groups or groups[-1][0] != "change":
                groups.append(["change", [], []])
            groups[-1][1 if op == "delete" else 2].extend(toks)

    changed = True
    while changed:
        changed = False
        k = 1
        while k < len(groups) - 1:
            eq, before, after = groups[k], groups[k - 1], groups[k + 1]
            if eq[0] == "equal" and before[0] == "change" and after[0] == "change":
                w = _weight(eq[1])
                size_before = max(_weight(before[1]), _weight(before[2]))
                size_after = max(_weight(after[1]), _weight(after[2]))
                if w == 0 or 2 * w < min(size_before, size_after):
                    before[1].extend(eq[1] + after[1])
                    before[2].extend(eq[1] + after[2])
                    del groups[k : k + 2]
                    changed = True
                    continue
            k += 1

    out: list[list[str]] = []
    for g in groups:
        if g[0] == "equal":
            out.append(["equal", "".join(g[1])])
        else:
            if g[1]:
                out.append(["delete", "".join(g[1])])
            if g[2]:
                out.append(["insert", "".join(g[2])])
    return out


def rebuild(ops: list[list[str]]) -> tuple[str, str]:
    """The two texts the ops describe (for tests and sanity checks)."""
    old = "".join(op[1] for op in ops if op[0] != "insert")
    new = "".join(op[-1] for op in ops if op[0] != "delete")
    return old, new


def edge_spaces(text: str) -> tuple[str, str, str]:
    """Leading space, the words, trailing space: so a mark covers words, not the gaps
    beside them. All-space text stays whole in the middle, so no change is hidden."""
    core = text.strip()
    if not core:
        return "", text, ""
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]
