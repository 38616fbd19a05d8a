"""The diff engine's rows, shaped for the comparison page.

Adds what a reader needs and the engine leaves out: an anchor per row, a stub where a
moved paragraph used to stand (linking to where it went), the unchanged runs that
"changes only" folds away, and a summary with the labels behind each count.
Pure: takes the typed comparison (or its JSON), returns plain dicts for the templates.
"""

from __future__ import annotations

from undrafts.diffing.rows import OP_NAMES, OPS, Comparison, Row

from .rendering import changed_word_count, label_anchor, side_paragraphs, words_html


def row_anchor(row: Row | dict) -> str:
    row = Row.of(row)
    if row.right:
        return "r-" + label_anchor(row.right[0])
    if row.left:
        return "l-" + label_anchor(row.left[0])
    return "row"


def _row_name(row: Row) -> str:
    op = row.op
    if row.typographic:
        return "Unchanged apart from punctuation"
    name = OP_NAMES.get(op, op.capitalize())
    if row.moved:
        return f"{name}, moved {row.moved}" if op != "moved" else f"Moved {row.moved}"
    return name


def _display_row(row: Row, left_names: dict[str, str], right_names: dict[str, str]) -> dict:
    left_labels = [left_names.get(i, i) for i in row.left]
    right_labels = [right_names.get(i, i) for i in row.right]
    words = row.words
    display = {
        "kind": "row",
        "op": row.op,
        "name": _row_name(row),
        "anchor": row_anchor(row),
        "is_change": row.is_change,
        "typographic": row.typographic,
        "left_labels": left_labels,
        "right_labels": right_labels,
        "left": side_paragraphs(words, "left", left_labels),
        "right": side_paragraphs(words, "right", right_labels),
        "inline": words_html(words, "inline"),
        "similarity": row.similarity,
        "changed_words": changed_word_count(words),
        "moved": row.moved,
        "moved_from": "",
        "stub_anchor": "",
        "relabelled": bool(left_labels and right_labels and left_labels != right_labels),
        # Every change is substantive unless the engine found only technical differences
        # (sessions, years, dates, symbols): an insertion or a deletion is never technical.
        "nature": (row.nature or "substantive") if row.is_change else "",
        "strength": [strength_flag(s.before, s.after, s.direction) for s in row.strength],
    }
    if display["moved"]:
        display["moved_from"] = ", ".join(left_labels)
        display["stub_anchor"] = "was-" + label_anchor(left_labels[0]) if left_labels else ""
    return display


def strength_flag(before: str, after: str, direction: str) -> dict:
    """One wording that moved up or down the scale, as a reader reads it."""
    return {
        "from": before,
        "to": after,
        "direction": direction,
        "text": f"{before or '(nothing)'} → {after or '(nothing)'}, {direction}",
    }


def _stub(row: dict) -> dict:
    """Where a moved paragraph stood on the left: points to its new place."""
    return {
        "kind": "stub",
        "relabelled": False,
        "op": "moved-away",
        "name": f"Moved {row['moved']}",
        "anchor": row["stub_anchor"],
        "target": row["anchor"],
        "is_change": False,
        "left_labels": row["left_labels"],
        "right_labels": row["right_labels"],
        "moved": row["moved"],
        "nature": "",
        "strength": [],
    }


def display_rows(comparison: Comparison | dict) -> list[dict]:
    """Rows in reading order, with a stub at the old place of every moved paragraph."""
    comparison = Comparison.of(comparison)
    left_names, right_names = comparison.left.labels(), comparison.right.labels()
    left_index = {p.id: index for index, p in enumerate(comparison.left.paragraphs)}

    rows = []
    for raw in comparison.rows:
        row = _display_row(raw, left_names, right_names)
        row["_left_positions"] = [left_index.get(i, -1) for i in raw.left]
        rows.append(row)

    moved = [r for r in rows if r["moved"] and r["stub_anchor"]]
    in_place = [r for r in rows if not r["moved"]]
    result = list(rows)
    for row in moved:
        old = min(row["_left_positions"]) if row["_left_positions"] else -1
        # After the last row kept in place that held an earlier left paragraph.
        before = [r for r in in_place if r["_left_positions"] and max(r["_left_positions"]) < old]
        stub = _stub(row)
        if before:
            at = result.index(before[-1]) + 1
            while at < len(result) and result[at]["kind"] == "stub":
                at += 1
        else:
            at = 0
        result.insert(at, stub)
    for row in result:
        row.pop("_left_positions", None)
    return result


CHANGES_VIEWS = ("", "1", "substantive")  # every paragraph, changes only, substantive only


def is_folded(row: dict, changes: str) -> bool:
    """Whether a view folds the row away: unchanged ones in both "only" views, and
    technical changes too in the substantive one (still shown when the fold is opened)."""
    if row["kind"] != "row" or not changes:
        return False
    return row["op"] == "unchanged" or (changes == "substantive" and row["nature"] == "technical")


def fold_unchanged(rows: list[dict], changes: str = "1") -> list[dict]:
    """Runs of rows the view folds become one collapsible group ("changes only")."""
    items: list[dict] = []
    run: list[dict] = []

    def flush() -> None:
        if run:
            first = run[0]["right_labels"] or run[0]["left_labels"]
            last = run[-1]["right_labels"] or run[-1]["left_labels"]
            technical = sum(1 for r in run if r["nature"] == "technical")
            items.append(
                {
                    "kind": "folded",
                    "rows": list(run),
                    "count": len(run),
                    "unchanged": len(run) - technical,
                    "technical": technical,
                    "first": first[0] if first else "",
                    "last": last[-1] if last else "",
                    "anchor": "same-" + run[0]["anchor"],
                }
            )
            run.clear()

    for row in rows:
        if is_folded(row, changes):
            run.append(row)
        else:
            flush()
            items.append(row)
    flush()
    return items


def summary(comparison: Comparison | dict, rows: list[dict]) -> list[dict]:
    """Counts per operation, each with the rows behind it, in a reader's order."""
    counts = Comparison.of(comparison).summary
    by_op: dict[str, list[dict]] = {}
    for row in rows:
        if row["kind"] == "row":
            by_op.setdefault(row["op"], []).append(row)
    entries = []
    for op in OPS:
        count = counts[op]
        if op in ("split", "merged") and not count:
            continue
        entries.append(
            {
                "op": op,
                "name": OP_NAMES[op],
                "count": count,
                "rows": by_op.get(op, []) if op != "unchanged" else [],
            }
        )
    return entries


def natures(rows: list[dict]) -> list[dict]:
    """The changes counted by nature, substantive first, each with the rows behind it."""
    return [
        {
            "nature": nature,
            "count": len(found),
            "rows": found,
        }
        for nature in ("substantive", "technical")
        for found in [[r for r in rows if r["kind"] == "row" and r["nature"] == nature]]
    ]


def summary_sentence(comparison: Comparison | dict, left_symbol: str, right_symbol: str) -> str:
    """One plain sentence a newcomer can read before the details."""
    comparison = Comparison.of(comparison)
    c = comparison.summary
    total_left = len(comparison.left.paragraphs)
    total_right = len(comparison.right.paragraphs)
    if not total_left and not total_right:
        return f"{left_symbol} and {right_symbol} have no paragraphs to compare."
    changes = sum(c[op] for op in OPS if op != "unchanged")
    typographic = sum(1 for row in comparison.rows if row.typographic)
    if not changes:
        sentence = (
            f"No paragraph changed: {right_symbol} reads word for word as {left_symbol} "
            f"({_n(total_right)})."
        )
        if typographic:
            sentence += (
                f" {_n(typographic).capitalize()} "
                f"{'differs' if typographic == 1 else 'differ'} only in punctuation."
            )
        return sentence
    kept = []
    if c.get("unchanged"):
        kept.append(f"keeps {c['unchanged']} word for word")
    if c.get("changed"):
        kept.append(f"rewords {c['changed']}")
    if c.get("moved"):
        kept.append(f"moves {c['moved']}")
    if c.get("split"):
        kept.append(f"splits {c['split']}")
    if c.get("merged"):
        kept.append(f"merges {c['merged']} groups")
    if c.get("deleted"):
        kept.append(f"drops {c['deleted']}")
    sentence = f"{right_symbol} has {_n(total_right)}, {left_symbol} had {total_left}."
    if kept:
        sentence += f" Of those, it {_listing(kept)}."
    if c.get("inserted"):
        added = c["inserted"]
        sentence += f" {added} {'paragraph is' if added == 1 else 'paragraphs are'} new."
    return sentence


def _listing(parts: list[str]) -> str:
    return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]


def _n(count: int) -> str:
    return f"{count} paragraph" if count == 1 else f"{count} paragraphs"
