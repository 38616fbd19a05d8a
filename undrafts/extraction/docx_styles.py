"""The styles of a .docx that change what the text says: italics, and list numbering."""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

from lxml import etree

from .docx_xml import flag, val, w

_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)

_MAX_BASES = 20  # a chain of basedOn longer than this is a loop


@dataclass
class _Style:
    kind: str  # "paragraph" | "character" | ...
    based_on: str | None
    italic: bool | None
    numbering: tuple[str, int | None] | None  # (numId, ilvl) from the style's w:numPr


class Styles:
    """Style id -> what it sets, read from word/styles.xml when a paragraph asks for it."""

    def __init__(self, source: IO[bytes] | None):
        self.elements: dict[str, object] = {}
        self.styles: dict[str, _Style | None] = {}
        self.defaults: dict[str, str] = {}
        if source is not None:
            # Parsed whole in C (the part's size is capped): Word's run to thousands of
            # styles, of which a draft uses a handful.
            root = etree.fromstring(source.read(), _PARSER)
            for element in root.iterchildren(w("style")):
                style_id = element.get(w("styleId")) or ""
                self.elements.setdefault(style_id, element)
                if (element.get(w("default")) or "").lower() in ("1", "true", "on"):
                    self.defaults.setdefault(element.get(w("type")) or "paragraph", style_id)

    def _style(self, style_id: str) -> _Style | None:
        if style_id not in self.styles:
            self.styles[style_id] = _read(self.elements.get(style_id))
        return self.styles[style_id]

    def _get(self, style_id: str | None, kind: str) -> _Style | None:
        if not style_id:
            return None
        style = self._style(style_id)
        if style is None or style.kind != kind:
            # An unknown id means the default style of that type, as Word reads it.
            style = self._style(self.defaults.get(kind, ""))
        return style

    def italic(self, style_id: str | None, kind: str) -> bool:
        return bool(self._inherited(self._get(style_id, kind), "italic"))

    def numbering(self, style_id: str | None) -> tuple[str, int | None] | None:
        """The list a paragraph style numbers its paragraphs in, inherited along basedOn."""
        return self._inherited(self._style(style_id or ""), "numbering")

    def _inherited(self, style: _Style | None, name: str):
        """A property set on the style or, failing that, on the nearest style it is basedOn."""
        for _ in range(_MAX_BASES):
            if style is None:
                return None
            value = getattr(style, name)
            if value is not None:
                return value
            style = self._style(style.based_on or "")
        return None


def _read(element) -> _Style | None:
    if element is None:
        return None
    properties = element.find(w("rPr"))
    numbering = None
    num_pr = element.find(f"{w('pPr')}/{w('numPr')}")
    if num_pr is not None:
        numbering = (val(num_pr, "numId") or "", _int(val(num_pr, "ilvl")))
    return _Style(
        kind=element.get(w("type")) or "paragraph",
        based_on=val(element, "basedOn"),
        italic=flag(properties, "i") if properties is not None else None,
        numbering=numbering,
    )


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None
