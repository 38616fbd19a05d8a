"""A comparison as a Word redline: deleted words struck through in red, inserted words
underlined in blue, each paragraph under its label, as delegations mark up drafts.

Pure: it takes the comparison (typed, or the JSON of `manage.py compare --format json`)
and returns the .docx bytes; it knows nothing of requests or the database.
"""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from undrafts.diffing.rows import OPS, Comparison, Row
from undrafts.diffing.words import edge_spaces

from .wordprocessing import (
    colour,
    docx_bytes,
    docx_new,
    hyperlink_add,
    page_number_footer,
    xml_safe,
)

DELETED = "C00000"
INSERTED = "0033CC"
MUTED = "595959"
# What a reader needs told about a row; an unchanged or reworded row speaks for itself.
OP_NOTES = {
    "inserted": "inserted",
    "deleted": "deleted",
    "moved": "moved",
    "split": "split into several paragraphs",
    "merged": "merged from several paragraphs",
}


SUBSTANTIVE_ONLY = "substantive"


def redline_docx(
    comparison: Comparison | dict,
    *,
    left_title: str,
    right_title: str,
    permalink: str,
    changes: str = "",
) -> bytes:
    """The comparison as a .docx that reads like a tracked-changes redline; with
    ``changes="substantive"`` (the page's view of that name) only the substantive rows."""
    comparison = Comparison.of(comparison)
    left = comparison.left.symbol
    right = comparison.right.symbol
    document = docx_new(
        title=f"Redline: {left} → {right}",
        subject=f"Changes from {left_title} to {right_title}",
        comments=permalink,
    )
    _header(document, left_title, right_title, permalink)
    page_number_footer(document, f"{left} → {right}")

    document.add_heading(xml_safe(f"Changes from {left} to {right}"), level=1)
    for name, title in (("From", left_title), ("To", right_title)):
        line = document.add_paragraph()
        line.add_run(f"{name}: ").bold = True
        line.add_run(xml_safe(title))
    line = document.add_paragraph()
    line.add_run("Permalink: ").bold = True
    hyperlink_add(line, permalink)
    summary = document.add_paragraph()
    summary.add_run("Summary: ").bold = True
    summary.add_run(summary_line(comparison.summary))
    rows = comparison.rows
    if changes == SUBSTANTIVE_ONLY:
        rows = tuple(row for row in rows if row.substantive)
        left_out = document.add_paragraph()
        left_out.add_run("Substantive changes only: ").bold = True
        left_out.add_run(
            f"{len(comparison.rows) - len(rows)} unchanged paragraphs and technical changes "
            "(session numbers, years, dates, symbols only) are left out; the permalink "
            "shows them."
        )
    _legend(document)

    for row in rows:
        _row(document, row)
    return docx_bytes(document)


def summary_line(summary: dict) -> str:
    parts = [f"{summary[op]} {op}" for op in OPS if summary.get(op)]
    line = (", ".join(parts) or "no paragraphs") + "."
    if summary.get("technical") or summary.get("substantive"):
        line += (
            f" Of the changed paragraphs, {summary.get('substantive', 0)} substantive and "
            f"{summary.get('technical', 0)} technical."
        )
    return line


def strength_note(row: Row | dict) -> str:
    """ "Encourages → Urges, stronger; as appropriate → (nothing), stronger" """
    return "; ".join(
        f"{s.before or '(nothing)'} → {s.after or '(nothing)'}, {s.direction}"
        for s in Row.of(row).strength
    )


def row_labels(row: Row | dict) -> str:
    """ "PP3", or "PP3 → PP4" when the paragraph's label changed, or one side alone."""
    row = Row.of(row)
    left = ", ".join(row.left)
    right = ", ".join(row.right)
    if not left or not right:
        return left or right
    return left if left == right else f"{left} → {right}"


def row_note(row: Row | dict) -> str:
    """What the heading says of a row beyond its labels: what happened, its nature
    ("technical" for the annual update) and any wording that changed strength."""
    row = Row.of(row)
    note = OP_NOTES.get(row.op, "")
    if row.moved:
        direction = f"moved {row.moved}"
        note = direction if row.op == "moved" else f"{note}, {direction}"
    parts = [note] if note else []
    if row.nature:
        parts.append(row.nature)
    if row.strength:
        parts.append(f"wording {strength_note(row)}")
    return "; ".join(parts)


def _header(document, left_title: str, right_title: str, permalink: str) -> None:
    header = document.sections[0].header
    names = header.paragraphs[0]
    names.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = names.add_run(xml_safe(f"Redline: {left_title} → {right_title}"))
    run.font.size = Pt(8)
    link = header.add_paragraph()
    hyperlink_add(link, permalink, size=8)


def _legend(document) -> None:
    legend = document.add_paragraph()
    legend.add_run("Key: ").bold = True
    struck = legend.add_run("deleted words")
    _mark_deleted(struck)
    legend.add_run(" are struck through in red; ")
    added = legend.add_run("inserted words")
    _mark_inserted(added)
    legend.add_run(
        " are underlined in blue. Labels: PP preambular paragraph by position, "
        "OP operative paragraph by number; “PP3 → PP4” means the paragraph moved place."
    )
    for run in legend.runs:
        run.font.size = Pt(9)


def _row(document, row: Row) -> None:
    heading = document.add_paragraph()
    heading.paragraph_format.keep_with_next = True
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.space_after = Pt(2)
    label = heading.add_run(xml_safe(row_labels(row)))
    label.bold = True
    note = row_note(row)
    if note:
        tag = heading.add_run(f"  ({note})")
        tag.italic = True
        # a substantive change stands out from the annual update; the word says it too
        tag.bold = row.nature == "substantive" or bool(row.strength)
        tag.font.color.rgb = colour(MUTED)
    body = document.add_paragraph()
    for item in row.words:
        op, words = item[0], item[-1]  # ["equal", old, new]: kept; the new printing
        if op not in ("delete", "insert"):
            body.add_run(xml_safe(words))
            continue
        lead, marked, trail = edge_spaces(words)
        if lead:
            body.add_run(xml_safe(lead))
        run = body.add_run(xml_safe(marked))
        (_mark_deleted if op == "delete" else _mark_inserted)(run)
        if trail:
            body.add_run(xml_safe(trail))


def _mark_deleted(run) -> None:
    run.font.strike = True
    run.font.color.rgb = colour(DELETED)


def _mark_inserted(run) -> None:
    run.font.underline = True
    run.font.color.rgb = colour(INSERTED)
