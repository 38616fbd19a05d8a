"""The body and footnotes of a .docx, read a paragraph at a time with a budget of characters.

Each Word paragraph becomes one line; italic runs become *…*; list numbers are written out;
a footnote reference becomes a superscript marker and the footnote follows its paragraph as
"¹ text". Tracked changes are read as accepted (insertions and moves kept where they land,
deletions dropped), as Word shows the final text, and counted so the importer is told.
"""

from __future__ import annotations

from collections import Counter
from typing import IO

from .docx_numbering import Numbering
from .docx_styles import Styles
from .docx_xml import MC, children, events, flag, release, val, w
from .errors import ExtractionError
from .markup import join_spans, superscript, tidy_line

_P = w("p")
_T = w("t")
_R = w("r")
_RPR = w("rPr")
_PPR = w("pPr")
_ID = w("id")
_NO_BREAK_HYPHEN = w("noBreakHyphen")
_FOOTNOTE_REFERENCE = w("footnoteReference")
_MARK_DELETED = f"{_RPR}/{w('del')}"
_SKIPPED = {w("del"), w("moveFrom"), f"{{{MC}}}Fallback"}
_CHANGES = {w("ins"): "insertion", w("del"): "deletion", w("moveTo"): "move", w("moveFrom"): ""}
_SPACE = {w("tab"), w("br"), w("cr")}
_NOTE_KINDS = {"separator", "continuationSeparator", "continuationNotice"}
# Parts of markup one paragraph may hold before it is read: Word writes a few per word.
MAX_PARAGRAPH_ELEMENTS = 200_000


def too_long(limit: int) -> ExtractionError:
    return ExtractionError(
        f"The Word file holds more than {limit:,} characters of text; a resolution text has "
        "far fewer, so it was not read further. Check that it is one document."
    )


class Budget:
    """Characters left to read: refuses the file as soon as they run out."""

    def __init__(self, limit: int):
        self.limit = limit
        self.used = 0

    def spend(self, count: int) -> None:
        self.used += count
        if self.used > self.limit:
            raise too_long(self.limit)


def footnote_texts(source: IO[bytes] | None, budget: Budget) -> dict[str, str]:
    """Footnote id -> its text, italics marked; separators left out."""
    notes: dict[str, str] = {}
    if source is None:
        return notes
    for note in children(source, w("footnote")):
        if note.get(w("type")) in _NOTE_KINDS:
            continue
        lines = []
        for p in note.iter(_P):
            spans = []
            for run in p.iter(w("r")):
                if _inside(run, p, _SKIPPED):
                    continue
                properties = run.find(w("rPr"))
                italic = bool(properties is not None and flag(properties, "i"))
                for piece in run.iterchildren():
                    if piece.tag == _T:
                        spans.append((piece.text or "", italic))
                    elif piece.tag in _SPACE:
                        spans.append((" ", italic))
            lines.append(tidy_line(join_spans(spans)))
        text = " ".join(line for line in lines if line)
        budget.spend(len(text))
        notes[note.get(w("id")) or ""] = text
    return notes


class Body:
    """word/document.xml to lines, holding one top-level paragraph in memory at a time."""

    def __init__(self, styles: Styles, numbering: Numbering, notes: dict[str, str], budget: Budget):
        self.styles = styles
        self.numbering = numbering
        self.notes = notes
        self.budget = budget
        self.footnote_count = 0
        self.changes: Counter[str] = Counter()
        self.lines: list[str] = []
        # A paragraph whose mark was deleted, waiting to be joined to the next one.
        self.carried: list[tuple[str, bool]] = []
        self.carried_notes: list[str] = []

    def read(self, source: IO[bytes]) -> list[str]:
        depth = 0  # how many w:p are open: a text box's paragraphs sit inside another's
        inside = 0  # elements open inside the outermost open paragraph
        text_chars = 0
        for event, element in events(source):
            tag = element.tag
            if event == "start":
                if depth:
                    inside += 1
                    if inside > MAX_PARAGRAPH_ELEMENTS:
                        raise ExtractionError(
                            "A paragraph of the Word file holds more than "
                            f"{MAX_PARAGRAPH_ELEMENTS:,} parts of markup; a draft has far "
                            "fewer, so it was not read."
                        )
                if tag == _P:
                    depth += 1
                elif tag in _CHANGES and element.getparent().tag != _RPR:
                    self.changes[tag] += 1  # a change of wording, not of a paragraph mark
                continue
            if tag == _P:
                depth -= 1
            if depth:
                if tag == _T:
                    # A paragraph longer than the whole budget is refused before it is built.
                    text_chars += len(element.text or "")
                    if text_chars > self.budget.limit:
                        raise too_long(self.budget.limit)
                continue
            if tag == _P:
                inside = text_chars = 0
                if not _inside(element, None, _SKIPPED):
                    self._paragraph(element)
            release(element)
        if self.carried or self.carried_notes:
            self._emit(self.carried, "", self.carried_notes)
        return self.lines

    def warnings(self) -> list[str]:
        counts = {kind: 0 for kind in ("insertion", "deletion", "move")}
        for tag, count in self.changes.items():
            if _CHANGES[tag]:
                counts[_CHANGES[tag]] += count
        found = [f"{n} {kind}{'' if n == 1 else 's'}" for kind, n in counts.items() if n]
        if not found:
            return []
        return [
            f"The Word file holds tracked changes ({', '.join(found)}); they were read as "
            "accepted, as Word shows the final text: insertions and moved text kept, deletions "
            "left out. Check the text against the final version."
        ]

    def _paragraph(self, p) -> None:
        properties = p.find(_PPR)
        style_id = val(properties, "pStyle") if properties is not None else None
        paragraph_italic = self.styles.italic(style_id, "paragraph")
        spans, notes = self.carried, self.carried_notes
        self.carried, self.carried_notes = [], []
        for run in p.iter(_R):
            if _inside(run, p, _SKIPPED):
                continue
            run_properties = run.find(_RPR)
            italic, raised = paragraph_italic, False
            if run_properties is not None:
                italic = self._run_italic(run_properties, paragraph_italic)
                raised = val(run_properties, "vertAlign") == "superscript"
            for piece in run.iterchildren():
                tag = piece.tag
                if tag == _T:
                    text = piece.text or ""
                    if raised and text.strip().isdigit():
                        text = superscript(text.strip())
                    spans.append((text, italic))
                elif tag in _SPACE:
                    spans.append((" ", italic))
                elif tag == _NO_BREAK_HYPHEN:
                    spans.append(("-", italic))
                elif tag == _FOOTNOTE_REFERENCE:
                    self.footnote_count += 1
                    marker = superscript(str(self.footnote_count))
                    spans.append((marker, False))
                    note = self.notes.get(piece.get(_ID) or "", "")
                    if note:
                        notes.append(f"{marker} {note}")
        if properties is not None and properties.find(_MARK_DELETED) is not None:
            # Accepting the deletion of a paragraph mark joins this paragraph to the next.
            self.carried, self.carried_notes = spans, notes
            self.changes[w("del")] += 1
            return
        self._emit(spans, self.numbering.label(properties, style_id), notes)

    def _emit(self, spans: list[tuple[str, bool]], number: str, notes: list[str]) -> None:
        line = tidy_line(join_spans(spans))
        if line and number:
            line = f"{number} {line}"
        self.budget.spend(len(line) + 2)
        self.lines.append(line)
        self.lines.extend(notes)

    def _run_italic(self, properties, inherited: bool) -> bool:
        italic = flag(properties, "i")
        if italic is not None:
            return italic
        style = val(properties, "rStyle")
        if style and self.styles.italic(style, "character"):
            return True
        return inherited


def _inside(element, stop, tags: set[str]) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False
