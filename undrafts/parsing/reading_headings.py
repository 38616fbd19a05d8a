"""The reader's rules for headings: which lines open a heading (an article, a chapter, a
numbered or lettered section, a short title) and which only mention one inside a sentence."""

from __future__ import annotations

from .chunks import Chunk, ends_list_item, ends_sentence, ends_sentence_part
from .headings import Heading, annex_heading, heading_of, title_like
from .openings import known_opening
from .para import FORMULA, OP, SUB, Para


class HeadingRules:
    """The part of Reader that places headings and new paragraphs; Reader sets the state below."""

    chunks: list[Chunk]
    position: int
    annex: bool
    paras: list[Para]
    operative: bool
    restart: bool
    top: Para | None
    letter: Para | None
    scope: Para | None
    section: Para | None
    subsection: Para | None

    @property
    def current(self) -> Para | None:
        return self.paras[-1] if self.paras else None

    def _next_text(self) -> str:
        for chunk in self.chunks[self.position + 1 :]:
            if chunk.text:
                return chunk.text
        return ""

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

    def _titles(self, heading: Para, text: str) -> bool:
        """Whether text is the title of a heading printed without one ("Article 8" alone)."""
        return (
            title_like(text)
            and not OP.match(text)
            and not SUB.match(text)
            and heading_of(text) is None
            and heading.heading is not None
            and not heading.heading.title
        )

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
            and not OP.match(following)
            and heading_of(following) is None
        )

    def _formula(self, text: str) -> bool:
        """ "The States Parties to this Convention,": only as an annex's first words."""
        return (
            self.annex
            and len(self.paras) == 1
            and bool(FORMULA.match(text))
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
        return bool(OP.match(following)) or heading_of(following) is not None
