"""Word operations to HTML: every piece of text escaped, changes marked with <del>/<ins>.

Pure helpers (no request, no database) so hostile paragraph text is tested on exact
strings. Each change carries visually hidden words ("deleted:", "inserted:") because
most screen readers do not announce <del> and <ins> on their own.
"""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from undrafts.diffing.words import edge_spaces
from undrafts.documents.addresses.written import label_anchor

# Which operations each rendering shows: the left column never shows insertions.
_SHOWN = {
    "left": ("equal", "delete"),
    "right": ("equal", "insert"),
    "inline": ("equal", "delete", "insert"),
}

__all__ = ["label_anchor"]  # the one anchor rule, which the row renderers take from here


def _piece(op: str, text: str) -> str:
    if op not in ("delete", "insert"):
        return str(escape(text))
    lead, words, trail = edge_spaces(text)
    if op == "delete":
        marked = (
            f'<del><span class="vh">deleted: </span>{escape(words)}'
            '<span class="vh"> (end of deletion)</span></del>'
        )
    else:
        marked = (
            f'<ins><span class="vh">inserted: </span>{escape(words)}'
            '<span class="vh"> (end of insertion)</span></ins>'
        )
    return f"{escape(lead)}{marked}{escape(trail)}"


def words_chunks(words: list, side: str) -> list[list[tuple[str, str]]]:
    """The operations one side shows, cut into paragraphs where the text holds a line break.

    Split and merged rows join several paragraphs with "\\n"; each chunk is one of them.
    """
    shown = _SHOWN[side]
    chunks: list[list[tuple[str, str]]] = [[]]
    for item in words or []:
        if not isinstance(item, (list, tuple)) or len(item) not in (2, 3):
            continue
        # ["equal", old, new]: kept, printed differently; each side shows its own printing
        op, text = str(item[0]), str(item[1] if side == "left" else item[-1])
        if op not in shown:
            continue
        parts = text.split("\n")
        for index, part in enumerate(parts):
            if index:
                chunks.append([])
            if part:
                chunks[-1].append((op, part))
    return chunks


def chunk_html(chunk: list[tuple[str, str]]) -> SafeString:
    # Safe: every piece passed through escape() in _piece.
    return mark_safe("".join(_piece(op, text) for op, text in chunk))  # noqa: S308


def words_html(words: list, side: str) -> SafeString:
    """One side of a row as HTML; paragraphs joined by a line break become separate lines."""
    chunks = words_chunks(words, side)
    html = "<br>".join(chunk_html(chunk) for chunk in chunks)
    return mark_safe(html)  # noqa: S308


def side_paragraphs(words: list, side: str, labels: list[str]) -> list[dict]:
    """Pair each label of a side with its words: [{"label", "anchor", "html"}].

    When the line breaks do not match the labels (a paragraph that itself held a line
    break), the whole side is shown as one block under the first label.
    """
    if not labels:
        return []
    chunks = words_chunks(words, side)
    if len(chunks) != len(labels):
        return [
            {
                "label": " + ".join(labels),
                "anchor": label_anchor(labels[0]),
                "html": words_html(words, side),
            }
        ]
    return [
        {"label": label, "anchor": label_anchor(label), "html": chunk_html(chunk)}
        for label, chunk in zip(labels, chunks, strict=True)
    ]


def changed_word_count(words: list) -> int:
    """How many words were inserted or deleted: a rough size of a change."""
    count = 0
    for item in words or []:
        if isinstance(item, (list, tuple)) and len(item) == 2 and item[0] in ("insert", "delete"):
            count += len(re.findall(r"\w+", str(item[1])))
    return count
