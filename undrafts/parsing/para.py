"""A paragraph as the reader builds it, and the patterns of the numbers that open one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .chunks import Chunk
from .headings import Heading

OP = re.compile(r"^(\d{1,4})\s?\.(?!\d)\s*(.*)$")
DECIMAL = re.compile(r"^(\d{1,3})\.(\d{1,3})\.?(?:\s+(.*))?$")
SUB = re.compile(r"^\(([a-z]{1,4})\)\s*(.*)$")
ROMAN = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$")
ROMAN_WORDS = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx"
ROMANS = tuple(ROMAN_WORDS.split())
# "The States Parties to this Convention," opens an annexed text as "The General Assembly," does
FORMULA = re.compile(r"^The\s[^,;:.]{3,150},$")


@dataclass
class Para:
    kind: str  # "preambular" | "operative" | "heading" | "other"
    level: str  # "top" | "letter" | "decimal" | "roman" | "heading" | "other"
    number: str
    parent: Para | None = None
    text: str = ""
    markers: list[tuple[str, int]] = field(default_factory=list)
    lead: str = ""
    awaiting: bool = False  # its number stood alone on a line; the text comes next
    inferred: bool = False  # its number was lost in the source and worked out here
    label: str = ""
    children: list[Para] = field(default_factory=list)
    last: dict[str, Para] = field(default_factory=dict)  # latest child of each level
    heading: Heading | None = None  # for headings: what the line said
    scope: Para | None = None  # the numbered heading (article, section) it stands under
    hint: str = ""  # a heading's label, worked out while reading

    def add(self, chunk: Chunk, text: str | None = None) -> None:
        piece = chunk.text if text is None else text
        if piece:
            if not self.text:
                self.text = piece
            elif (
                self.text.endswith(("-", "–"))
                and self.text[-2:-1].isalnum()
                and piece[:1].isalnum()
            ):
                self.text += piece  # a word broken at the line end: keep it as printed
            else:
                self.text += " " + piece
        self.markers.extend((m, chunk.index) for m in chunk.markers)


# a warning waiting for its paragraph's final label
Pending = tuple[Para | None, Callable[[str], str]]


def next_letter(top: Para | None) -> str:
    """The letter the next sub-paragraph of top should carry: (a), (b) ... (z), (aa), (bb)."""
    last = top.last.get("letter") if top is not None else None
    letter = last.number.strip("()") if last is not None else ""
    if not letter or len(set(letter)) != 1:
        return "a"
    if letter[0] == "z":
        return "a" * (len(letter) + 1)
    return chr(ord(letter[0]) + 1) * len(letter)  # (z) (aa) (bb) ... (nn)
