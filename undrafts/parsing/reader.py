"""The paragraph reader: chunks in, paragraphs out, deciding for each chunk whether it opens a
paragraph, a sub-paragraph or a heading, or carries the current paragraph on.

Nothing is dropped: a chunk that fits nowhere becomes a paragraph of kind "other".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .chunks import Chunk, ends_list_item, ends_sentence, ends_sentence_part, is_continuation
from .headings import Heading, annex_heading, heading_of, title_like
from .openings import known_opening, operative_opening

_OP = re.compile(r"^(\d{1,4})\s?\.(?!\d)\s*(.*)$")
_DECIMAL = re.compile(r"^(\d{1,3})\.(\d{1,3})\.?(?:\s+(.*))?$")
_SUB = re.compile(r"^\(([a-z]{1,4})\)\s*(.*)$")
_ROMAN = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$")
_ROMAN_WORDS = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx"
_ROMANS = tuple(_ROMAN_WORDS.split())
# "The States Parties to this Convention," opens an annexed text as "The General Assembly," does
_FORMULA = re.compile(r"^The\s[^,;:.]{3,150},$")


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


class Reader:
    """Reads the chunks of one part of a text (the resolution, or one annex) in order."""

    def __init__(self, chunks: list[Chunk], *, annex: bool = False) -> None:
        self.chunks = chunks
        self.position = 0
        self.annex = annex
        self.paras: list[Para] = []
        self.warnings: list[Pending] = []
        self.top: Para | None = None  # the last top-level paragraph
        self.letter: Para | None = None  # the last lettered sub-paragraph of self.top
        self.operative = False
        self.last_op = 0
        self.restart = False  # a heading was just read: numbering may start again at 1
        self.scope: Para | None = None  # the innermost numbered heading
        self.section: Para | None = None  # the last roman-numbered section heading
        self.subsection: Para | None = None  # the last lettered section heading

    @property
    def current(self) -> Para | None:
        return self.paras[-1] if self.paras else None

    def warn(self, para: Para | None, render: Callable[[str], str]) -> None:
        self.warnings.append((para, render))

    # looking ahead ------------------------------------------------------------------------

    def _next_text(self) -> str:
        for chunk in self.chunks[self.position + 1 :]:
            if chunk.text:
                return chunk.text
        return ""

    def _next_number(self) -> int | None:
        """The next operative number printed after this chunk, if any."""
        for chunk in self.chunks[self.position + 1 :]:
            match = _OP.match(chunk.text)
            if match and not _DECIMAL.match(chunk.text):
                return int(match.group(1))
        return None

    # classification -----------------------------------------------------------------------

    def _classify(self, text: str) -> tuple[str, tuple[str, ...], str]:
        decimal = _DECIMAL.match(text)
        if decimal and (decimal.group(3) is None or not decimal.group(3)[:1].islower()):
            return "decimal", (decimal.group(1), decimal.group(2)), decimal.group(3) or ""
        op = _OP.match(text)
        if op:
            return "op", (op.group(1),), op.group(2)
        sub = _SUB.match(text)
        if sub:
            token = sub.group(1)
            expected = self._next_letter()
            if (
                _ROMAN.match(token)
                and self.letter is not None
                and (token != expected or self._roman_list_follows(token))
            ):
                return "roman", (token,), sub.group(2)
            if len(token) == 1 or token == expected:
                return "letter", (token,), sub.group(2)
        return "plain", (), text

    def _roman_list_follows(self, token: str) -> bool:
        """ "(i)" after "(h)" is the letter i, unless "(ii)" comes next: then a roman list."""
        if token != _ROMANS[0] or self.letter is None or self.letter.children:
            return False
        nxt = _SUB.match(self._next_text())
        return bool(nxt and nxt.group(1) == _ROMANS[1])

    def _next_letter(self) -> str:
        last = self.top.last.get("letter") if self.top is not None else None
        letter = last.number.strip("()") if last is not None else ""
        if not letter or len(set(letter)) != 1:
            return "a"
        if letter[0] == "z":
            return "a" * (len(letter) + 1)
        return chr(ord(letter[0]) + 1) * len(letter)  # (z) (aa) (bb) ... (nn)

    def _fits(self, kind: str, number: tuple[str, ...]) -> bool:
        if kind == "op":
            return int(number[0]) == self.last_op + 1 or (self.restart and number[0] == "1")
        if kind == "letter":
            return number[0] == self._next_letter()
        if kind == "decimal":
            if self.top is None or self.top.number != number[0]:
                return False
            last = self.top.last.get("decimal")
            minor = int(last.number.split(".")[1]) if last is not None else 0
            return int(number[1]) == minor + 1
        if kind == "roman":
            if self.letter is None:
                return False
            count = len(self.letter.children)
            return number[0] == (_ROMANS[count] if count < len(_ROMANS) else "")
        return True

    # feeding ------------------------------------------------------------------------------

    def read(self) -> None:
        for position, chunk in enumerate(self.chunks):
            self.position = position
            self.feed(chunk)

    def feed(self, chunk: Chunk) -> None:
        current = self.current
        if current is not None and current.awaiting:
            if current.level != "heading" or self._titles(current, chunk.text):
                current.awaiting = False
                current.lead = current.lead or chunk.lead
                current.add(chunk)
                return
            current.awaiting = False
        if not chunk.text:  # a lone marker
            if current is not None:
                current.add(chunk)
            return
        if self._heading(chunk):
            return
        kind, number, rest = self._classify(chunk.text)
        if (
            kind != "plain"
            and current is not None
            and not ends_sentence_part(current.text)
            and current.level != "heading"
            and not self._fits(kind, number)
        ):
            kind, number, rest = "plain", (), chunk.text  # a number inside a cut sentence
        if kind == "op":
            self._operative(chunk, int(number[0]), rest)
        elif kind == "decimal":
            self._decimal(chunk, number, rest)
        elif kind == "letter":
            self._letter(chunk, number[0], rest)
        elif kind == "roman":
            self._roman(chunk, number[0], rest)
        else:
            self._plain(chunk)

    def _titles(self, heading: Para, text: str) -> bool:
        """Whether text is the title of a heading printed without one ("Article 8" alone)."""
        return (
            title_like(text)
            and not _OP.match(text)
            and not _SUB.match(text)
            and heading_of(text) is None
            and heading.heading is not None
            and not heading.heading.title
        )

    def _new(self, chunk: Chunk, para: Para, text: str) -> Para:
        para.lead = chunk.lead
        para.add(chunk, text)
        para.awaiting = not text
        para.scope = self.scope
        self.paras.append(para)
        if para.parent is not None:
            para.parent.children.append(para)
            para.parent.last[para.level] = para
        return para

    # headings -----------------------------------------------------------------------------

    def _heading(self, chunk: Chunk) -> bool:
        text = chunk.text
        found = annex_heading(text) if self.annex and not self.paras else heading_of(text)
        if found is not None and found.level == "annex" and self.paras:
            found = None  # a new annex starts a new part; here the word opens a sentence
        if found is None and self._formula(text):
            found = Heading("formula", "", text)
        if found is None and self._unnumbered_heading(text):
            found = Heading("title", "", text)
        if found is None or not self._may_open_heading(found):
            return False
        para = Para("heading", "heading", "", heading=found)
        if found.level == "section" and self._is_next_subsection(found.number):
            found = Heading("subsection", found.number, found.title)
            para.heading = found
        if found.level == "section":
            self.section, self.subsection = para, None
            para.hint = found.label
        elif found.level == "subsection":
            self.subsection = para
            parent = self.section.hint + "." if self.section is not None else "Sec."
            para.hint = parent + found.number
        elif found.level in ("part", "chapter"):
            self.section = self.subsection = None
            para.hint = found.label
        elif found.level in ("annex", "article"):
            para.hint = found.label
        self.top, self.letter = None, None
        self._new(chunk, para, text)
        para.awaiting = found.level not in ("formula", "title") and not found.title
        if found.level == "formula":
            return True  # the preamble of the annexed text follows
        if found.level != "annex":
            self.operative = True
            self.restart = True
        if para.hint and found.level != "annex":
            self.scope = para
        para.scope = None if found.level in ("annex", "formula") else para.scope
        return True

    def _may_open_heading(self, found: Heading) -> bool:
        """Headings stand between paragraphs: never inside a sentence a page break cut, never
        in a resolution's preamble, and a bare number ("II") only above a title line."""
        current = self.current
        if found.level in ("annex", "formula"):
            return True
        if not self.annex and not self.operative:
            return False
        if (
            current is not None
            and current.level != "heading"
            and not ends_sentence_part(current.text)
        ):
            return False
        following = self._next_text()
        if found.level in ("section", "subsection", "title") and following[:1].islower():
            return False  # the line runs on: a paragraph cut after a word like "V"
        if found.title or found.level == "title":
            return True
        return (
            following[:1].isupper()
            and title_like(following)
            and not _OP.match(following)
            and heading_of(following) is None
        )

    def _formula(self, text: str) -> bool:
        """ "The States Parties to this Convention,": only as an annex's first words."""
        return (
            self.annex
            and len(self.paras) == 1
            and bool(_FORMULA.match(text))
            and len(text.split()) <= 15
        )

    def _is_next_subsection(self, number: str) -> bool:
        """ "C." after "B." is section C, not roman section C (100)."""
        if len(number) != 1 or self.subsection is None or self.subsection.heading is None:
            return False
        return ord(number) == ord(self.subsection.heading.number) + 1

    def _unnumbered_heading(self, text: str) -> bool:
        """A short title line in the operative part ("Implementation plan") that stands
        between two paragraphs, before a numbered paragraph or another heading."""
        current = self.current
        if not self.operative or current is None or not current.text:
            return False
        ended = ends_sentence(current.text) or ends_list_item(current.text)
        if not ended and current.level != "heading":
            return False
        if not text[:1].isupper() or not title_like(text) or ends_sentence_part(text):
            return False
        if known_opening(text) or len(text.split()) > 12:
            return False
        following = self._next_text()
        return bool(_OP.match(following)) or heading_of(following) is not None

    # numbered paragraphs ------------------------------------------------------------------

    def _operative(self, chunk: Chunk, value: int, text: str, *, inferred: bool = False) -> None:
        para = Para("operative", "top", str(value))
        restarted = self.restart and value == 1
        if not inferred and self.last_op and value != self.last_op + 1 and not restarted:
            was = self.last_op
            self.warn(
                para, lambda label, w=was, v=value: f"{label}: numbering jumps from {w} to {v}"
            )
        self.operative = True
        self.last_op = value
        self.restart = False
        self.top, self.letter = para, None
        self._new(chunk, para, text)
        if inferred:
            para.inferred = True
            self.warn(
                para,
                lambda label, v=value: f"{label}: number missing in the source; inferred {v}",
            )

    def _parent_or_plain(self, chunk: Chunk) -> Para | None:
        if self.top is None:
            self.warn(
                None,
                lambda _label, t=chunk.text: f"a sub-paragraph before any paragraph: {t}",
            )
            self._plain(chunk, force_new=True)
            return None
        return self.top

    def _letter(self, chunk: Chunk, letter: str, text: str) -> None:
        parent = self._parent_or_plain(chunk)
        if parent is None:
            return
        expected = self._next_letter()
        para = Para(parent.kind, "letter", f"({letter})", parent=parent)
        if letter != expected:
            self.warn(
                para,
                lambda label, e=expected, g=letter: (
                    f"{label}: sub-paragraph ({g}) where ({e}) was expected"
                ),
            )
        self.letter = para
        self._new(chunk, para, text)

    def _roman(self, chunk: Chunk, numeral: str, text: str) -> None:
        parent = self.letter
        if parent is None:
            self._letter(chunk, numeral, text)
            return
        para = Para(parent.kind, "roman", f"({numeral})", parent=parent)
        self._new(chunk, para, text)

    def _decimal(self, chunk: Chunk, number: tuple[str, ...], text: str) -> None:
        parent = self._parent_or_plain(chunk)
        if parent is None:
            return
        para = Para(parent.kind, "decimal", f"{number[0]}.{number[1]}", parent=parent)
        if parent.number != number[0]:
            self.warn(
                para,
                lambda label, p=parent, n=para.number: (
                    f"{label}: numbered {n} but follows {p.label}"
                ),
            )
        self.letter = None
        self._new(chunk, para, text)

    # unnumbered text ----------------------------------------------------------------------

    def _plain(self, chunk: Chunk, *, force_new: bool = False) -> None:
        current = self.current
        text = chunk.text
        if (
            current is not None
            and not force_new
            and current.level != "heading"
            and is_continuation(current.text, text)
        ):
            current.add(chunk)
            return
        if (
            current is not None
            and current.level == "heading"
            and text[:1].islower()
            and not ends_sentence_part(current.text)
        ):
            current.add(chunk)  # a heading's title running onto a second line
            return
        if operative_opening(text) and not self.annex:
            following = self._next_number()
            if not self.operative and following == 1:
                self._preambular(chunk)  # the numbered operative part is still to come
                self.warn(
                    self.current,
                    lambda label: (
                        f"{label}: opens with an operative verb but stands before operative "
                        "paragraph 1, so it is read as preambular"
                    ),
                )
                return
            if self.operative and following == self.last_op + 1:
                self._unnumbered(chunk, "operative")
                self.warn(
                    self.current, lambda label: f"{label}: an operative paragraph without a number"
                )
                return
            self._operative(chunk, self.last_op + 1, text, inferred=True)
            return
        if not self.operative:
            self._preambular(chunk)
            return
        if current is not None and current.level == "heading":
            self._unnumbered(chunk, "operative")
            return
        if self.annex and current is not None and ends_sentence_part(current.text):
            self._unnumbered(chunk, "operative")
            return
        if current is not None and ends_sentence(current.text):
            self.warn(
                self._unnumbered(chunk, "other"),
                lambda label, t=text: (
                    f"{label}: text after a paragraph that had ended could not be placed: {t} "
                    "(kept as a paragraph of its own)"
                ),
            )
            return
        assert current is not None  # self.operative implies a paragraph exists
        self.warn(
            current,
            lambda label, t=text: (
                f"{label}: a line that does not start like a paragraph was joined to it: {t}"
            ),
        )
        current.add(chunk)

    def _preambular(self, chunk: Chunk) -> None:
        para = Para("preambular", "top", "")
        self.top, self.letter = para, None
        self._new(chunk, para, chunk.text)

    def _unnumbered(self, chunk: Chunk, kind: str) -> Para:
        para = Para(kind, "top" if kind != "other" else "other", "")
        self.top, self.letter = (para, None) if kind != "other" else (self.top, self.letter)
        return self._new(chunk, para, chunk.text)
