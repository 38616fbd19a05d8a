"""The styles of a .docx that change what the text says: italics, and list numbering."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from .docx_xml import children, flag, val, w

_MAX_BASES = 20  # a chain of basedOn longer than this is a loop


@dataclass
class _Style:
    kind: str  # "paragraph" | "character" | ...
    based_on: str | None
    italic: bool | None
    numbering: tuple[str, int | None] | None  # (numId, ilvl) from the style's w:numPr


class Styles:
    """Style id -> what it sets, read from word/styles.xml."""

    def __init__(self, source: IO[bytes] | None):
        self.styles: dict[str, _Style] = {}
        self.defaults: dict[str, str] = {}
        if source is not None:
            self._read(source)

    def _read(self, source: IO[bytes]) -> None:
        for element in children(source):
            if element.tag != w("style"):
                continue
            style_id = element.get(w("styleId")) or ""
            kind = element.get(w("type")) or "paragraph"
            properties = element.find(w("rPr"))
            numbering = None
            num_pr = element.find(f"{w('pPr')}/{w('numPr')}")
            if num_pr is not None:
                level = val(num_pr, "ilvl")
                numbering = (val(num_pr, "numId") or "", _int(level))
            self.styles[style_id] = _Style(
                kind=kind,
                based_on=val(element, "basedOn"),
                italic=flag(properties, "i") if properties is not None else None,
                numbering=numbering,
            )
            if (element.get(w("default")) or "").lower() in ("1", "true", "on"):
                self.defaults[kind] = style_id

    def _get(self, style_id: str | None, kind: str) -> _Style | None:
        if not style_id:
            return None
        style = self.styles.get(style_id)
        if style is None or style.kind != kind:
            # An unknown id means the default style of that type, as Word reads it.
            style = self.styles.get(self.defaults.get(kind, ""))
        return style

    def italic(self, style_id: str | None, kind: str) -> bool:
        style = self._get(style_id, kind)
        for _ in range(_MAX_BASES):
            if style is None:
                return False
            if style.italic is not None:
                return style.italic
            style = self.styles.get(style.based_on or "")
        return False

    def numbering(self, style_id: str | None) -> tuple[str, int | None] | None:
        """The list a paragraph style numbers its paragraphs in, inherited along basedOn."""
        style = self.styles.get(style_id or "")
        for _ in range(_MAX_BASES):
            if style is None:
                return None
            if style.numbering is not None:
                return style.numbering
            style = self.styles.get(style.based_on or "")
        return None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
