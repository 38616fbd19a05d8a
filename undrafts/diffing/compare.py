"""``compare``: two lists of paragraphs in, side-by-side rows out (JSON-ready)."""

from bisect import bisect_left
from dataclasses import replace

from .align import align
from .candidates import Similarity
from .chain import EXACT
from .nature import classify
from .rows import Comparison, Paragraph, Row, Side
from .strength import strength_flags
from .words import word_diff

# Bump whenever the output for some input could change: the web layer caches by it.
# 4: rows carry "nature" and "strength", the summary counts technical and substantive.
# 5: noise (spacing, hyphen variants, quote styles) is kept, not marked: ["equal", old, new].
# 6: a section heading whose only change is its own number ("II" -> "III") is technical.
ALGORITHM_VERSION = "6"


def compare(
    left: list[dict], right: list[dict], *, left_symbol: str = "", right_symbol: str = ""
) -> dict:
    """Compare two versions of a text, paragraph by paragraph.

    Each paragraph is a dict with "id", "label", "kind" and "text"; other keys are
    ignored. Paragraphs are matched by content, never by label. A row's "similarity"
    is the share of text kept (2 x kept characters / both texts' characters), 1.0 for
    paragraphs equal but for noise.
    """
    return comparison_of(left, right, left_symbol=left_symbol, right_symbol=right_symbol).to_json()


def comparison_of(
    left: list[dict], right: list[dict], *, left_symbol: str = "", right_symbol: str = ""
) -> Comparison:
    """``compare``, typed: the rows as ``Row`` objects."""
    lp = _paragraphs(left)
    rp = _paragraphs(right)
    lt = [p["text"] for p in lp]
    rt = [p["text"] for p in rp]
    found = align(lt, rt)

    at_right: list[dict | None] = [None] * len(rp)  # row starting at each right index
    anchors: dict[int, dict] = {}  # left index -> row that keeps it in place
    left_done: set[int] = set()

    for i, j, sim in found.pairs:
        row = at_right[j] = _pair_row(lp[i], rp[j], sim)
        anchors[i] = row
    left_done.update(anchors)

    aligned_left = sorted(i for i, _, _ in found.pairs)
    aligned_right = sorted(j for _, j, _ in found.pairs)

    def mark_moved(row: dict, i: int, j: int) -> None:
        # moved down: more kept paragraphs now precede it than did before
        before = bisect_left(aligned_left, i)
        after = bisect_left(aligned_right, j)
        row["moved"] = "down" if after > before else "up"
        row["left_position"] = i
        row["moved_from"] = lp[i]["label"]

    for i, j, sim in found.moves:
        row = at_right[j] = _pair_row(lp[i], rp[j], sim)
        row["op"] = "moved"
        mark_moved(row, i, j)
        left_done.add(i)

    for i, group, _ in found.splits:
        old, new = lt[i], "\n".join(rt[j] for j in group)
        row = _row("split", [lp[i]["id"]], [rp[j]["id"] for j in group], word_diff(old, new))
        if ("split", i) in found.moved_groups:
            mark_moved(row, i, group[0])
        else:
            anchors[i] = row
        at_right[group[0]] = row
        for j in group[1:]:
            at_right[j] = row  # covered; emitted once, at its first paragraph
        left_done.add(i)

    for group, j, _ in found.merges:
        old, new = "\n".join(lt[i] for i in group), rt[j]
        row = _row("merged", [lp[i]["id"] for i in group], [rp[j]["id"]], word_diff(old, new))
        if ("merged", j) in found.moved_groups:
            mark_moved(row, group[0], j)
        else:
            for i in group:
                anchors[i] = row
        at_right[j] = row
        left_done.update(group)

    # Deleted paragraphs follow the nearest earlier left paragraph kept in place.
    after_row: dict[int, list[dict]] = {}  # id(row) -> deleted rows
    rows: list[dict] = []
    anchor_row = None
    for i, p in enumerate(lp):
        if i in anchors:
            anchor_row = anchors[i]
        elif i not in left_done:
            row = _simple("deleted", [p["id"]], [], "delete", p["text"])
            if anchor_row is None:
                rows.append(row)
            else:
                after_row.setdefault(id(anchor_row), []).append(row)

    previous = None
    for j, row in enumerate(at_right):
        if row is None:
            rows.append(_simple("inserted", [], [rp[j]["id"]], "insert", rp[j]["text"]))
        elif row is not previous:
            rows.append(row)
            if after_row:
                rows.extend(after_row.get(id(row), ()))
        previous = row

    typed = classify(list(map(_typed, rows)), left_symbol=left_symbol, right_symbol=right_symbol)
    typed = [replace(row, strength=strength_flags(row)) if row.nature else row for row in typed]
    return Comparison(
        algorithm=ALGORITHM_VERSION,
        left=Side(left_symbol, tuple(Paragraph(**p) for p in lp)),
        right=Side(right_symbol, tuple(Paragraph(**p) for p in rp)),
        rows=tuple(typed),
    )


def _typed(row: dict) -> Row:
    return Row(
        op=row["op"],
        left=tuple(row["left"]),
        right=tuple(row["right"]),
        similarity=row["similarity"],
        words=tuple(tuple(w) for w in row["words"]),
        moved=row.get("moved", ""),
        left_position=row.get("left_position"),
        moved_from=row.get("moved_from", ""),
    )


def _paragraphs(given: list[dict]) -> list[dict]:
    """The four contract keys of each paragraph, as strings; other keys dropped."""
    return [
        {
            "id": str(p["id"]),
            "label": str(p.get("label") or ""),
            "kind": str(p.get("kind") or ""),
            "text": str(p.get("text") or ""),
        }
        for p in given
    ]


def _pair_row(a: dict, b: dict, sim: Similarity) -> dict:
    if a["text"] == b["text"]:
        words = [["equal", a["text"]]] if a["text"] else []
        return {
            "op": "unchanged",
            "left": [a["id"]],
            "right": [b["id"]],
            "similarity": 1.0,
            "words": words,
        }
    ops = word_diff(a["text"], b["text"])
    if sim is EXACT:  # equal after noise normalisation
        return {
            "op": "unchanged",
            "left": [a["id"]],
            "right": [b["id"]],
            "similarity": 1.0,
            "words": ops,
        }
    return _row("changed", [a["id"]], [b["id"]], ops)


def _row(op: str, left_ids: list[str], right_ids: list[str], words: list[list[str]]) -> dict:
    """A row whose similarity is the share of text its word ops keep."""
    kept = changed = 0
    for kind, text, *_ in words:  # ["equal", old, new] keeps old's length on the left
        if kind == "equal":
            kept += len(text)
        else:
            changed += len(text)
    share = 2 * kept / (2 * kept + changed) if kept else 0.0
    # differs in more than noise, so never shown as 1.0
    similarity = min(round(share, 3), 0.999)
    return {
        "op": op,
        "left": left_ids,
        "right": right_ids,
        "similarity": similarity,
        "words": words,
    }


def _simple(op: str, left_ids, right_ids, kind: str, text: str) -> dict:
    words = [[kind, text]] if text else []
    return {"op": op, "left": left_ids, "right": right_ids, "similarity": 0.0, "words": words}
