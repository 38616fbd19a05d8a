"""The paragraph reader: chunks in, paragraphs out, deciding for each chunk whether it opens a
paragraph, a sub-paragraph or a heading, or carries the current paragraph on.

Nothing is dropped: a chunk that fits nowhere becomes a paragraph of kind "other".
"""

from __future__ import annotations

from collections.abc import Callable

from .chunks import Chunk, ends_sentence, ends_sentence_part, is_continuation
from .openings import operative_opening
from .para import DECIMAL, OP, ROMAN, ROMANS, SUB, Para, Pending, next_letter
from .reading_headings import HeadingRules


class Reader(HeadingRules):
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

    def warn(self, para: Para | None, render: Callable[[str], str]) -> None:
        self.warnings.append((para, render))

    # looking ahead ------------------------------------------------------------------------

    def _next_number(self) -> int | None:
        """The next operative number printed after this chunk, if any."""
        for chunk in self.chunks[self.position + 1 :]:
            match = OP.match(chunk.text)
            if match and not DECIMAL.match(chunk.text):
                return int(match.group(1))
        return None

    # classification -----------------------------------------------------------------------

    def _classify(self, text: str) -> tuple[str, tuple[str, ...], str]:
        decimal = DECIMAL.match(text)
        if decimal and (decimal.group(3) is None or not decimal.group(3)[:1].islower()):
            return "decimal", (decimal.group(1), decimal.group(2)), decimal.group(3) or ""
        op = OP.match(text)
        if op:
            return "op", (op.group(1),), op.group(2)
        sub = SUB.match(text)
        if sub:
            token = sub.group(1)
            expected = self._next_letter()
            if (
                ROMAN.match(token)
                and self.letter is not None
                and (token != expected or self._roman_list_follows(token))
            ):
                return "roman", (token,), sub.group(2)
            if len(token) == 1 or token == expected:
                return "letter", (token,), sub.group(2)
        return "plain", (), text

    def _roman_list_follows(self, token: str) -> bool:
        """ "(i)" after "(h)" is the letter i, unless "(ii)" comes next: then a roman list."""
        if token != ROMANS[0] or self.letter is None or self.letter.children:
            return False
        nxt = SUB.match(self._next_text())
        return bool(nxt and nxt.group(1) == ROMANS[1])

    def _next_letter(self) -> str:
        return next_letter(self.top)

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
            return number[0] == (ROMANS[count] if count < len(ROMANS) else "")
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
