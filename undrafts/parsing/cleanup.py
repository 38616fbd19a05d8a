"""Line-level repair of extracted text: markup residue, page furniture, footnotes, markers.

Only markup is normalised. Words, quotes and dashes stay as printed ("Openended" too):
the app shows how texts change, so it must not invent changes of its own.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from .symbols import parse_symbol
from .types import SymbolError

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# Invisible characters PDF and Word extraction leave behind; they are markup, not text.
# With them the bidi embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069):
# they reorder what a reader sees, so a text holding them could show words it does not say.
_INVISIBLE = re.compile(
    "[\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
# Odd spaces, tabs and control characters read as plain spaces (regexes: a 100 kB text a pass).
_SPACES = re.compile(
    "[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]"
)


@dataclass
class Line:
    """One source line after cleanup, with what it turned out to be."""

    index: int  # 0-based position in the source
    text: str  # markup stripped; inline footnote markers still present
    kind: str  # "blank" | "furniture" | "footnote" | "text"
    marker: str = ""  # footnote definitions: the marker, as digits
    lead: str = ""  # an italic phrase the line opened with ("Noting with concern")


# --- characters ------------------------------------------------------------------------


def drop_invisible(text: str) -> str:
    """Text without invisible and bidi control characters: imports and edits both use it."""
    return _INVISIBLE.sub("", text)


def normalise_characters(raw: str) -> str:
    """Line breaks, spaces and invisible characters made uniform; NFC, never NFKC."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = _SPACES.sub(" ", drop_invisible(text.replace("\u2029", "\n\n")))
    return unicodedata.normalize("NFC", text)


def garbage_ratio(raw: str) -> float:
    """Share of visible characters that are control, private or unreadable ones."""
    visible = bad = 0
    for line in raw.splitlines():
        if line.isprintable():  # the common case, checked in C
            visible += len(line) - line.count(" ")
            continue
        for c in line:
            if c.isspace():
                continue
            visible += 1
            if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn", "Cf"):
                bad += 1
    return bad / visible if visible else 0.0


# --- markup ----------------------------------------------------------------------------

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_SUP_SLIPS = [
    (re.compile(r"<sup>\s*&\s*</sup>\s*(?:lt;|&lt;)sup(?:>|&gt;)", re.I), "<sup>"),
    (re.compile(r"<sup>\s*&\s*</sup>\s*<sup>", re.I), "<sup>"),
    (re.compile(r"&lt;(/?)sup&gt;", re.I), r"<\1sup>"),
]
# Line prefixes, however many and nested: "# ", "> ", "- 1.", "> - (a)", "* ".
_PREFIXES = re.compile(r"^(?:[ \t]*(?:#{1,6}(?=\s|$)|>|[-+•▪◦·*](?=\s)))+[ \t]*")
# bounded repeats: an unclosed "[a](" repeated must not make a pass quadratic
_IMAGE_OR_LINK = re.compile(r"!?\[([^\[\]\n]{0,500})\]\([^()\n]{0,500}\)")
_TAGS = re.compile(
    r"</?(?:i|b|em|strong|u|span|br|p|div|sub|font|small|big)\b[^<>\n]{0,200}>", re.I
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
_UNDERSCORE_EMPHASIS = re.compile(r"(?<![\w_])_{1,2}(?=\S)([^_\n]{0,300}?\S)_{1,2}(?![\w_])")
_ITALIC_LEAD = re.compile(
    r"^(?:(?:\d{1,3}(?:\.\d{1,3})?\.?|\([a-z]{1,4}\))\s+)?\*{1,3}([^*\n]{1,80}?)\*{1,3}"
)


def strip_markup(line: str) -> tuple[str, str]:
    """Markdown and HTML residue removed from one line; also the italic lead phrase, if any."""
    text = _ESCAPE.sub(r"\1", line)
    for pattern, replacement in _SUP_SLIPS:
        text = pattern.sub(replacement, text)
    text = _PREFIXES.sub("", text, count=1)
    text = _IMAGE_OR_LINK.sub(r"\1", text)
    text = _TAGS.sub("", text)
    if _ENTITY.search(text):
        text = html.unescape(text)
    text = _UNDERSCORE_EMPHASIS.sub(r"\1", text)
    lead_match = _ITALIC_LEAD.match(text.strip())
    lead = " ".join(lead_match.group(1).split()) if lead_match else ""
    text = text.replace("*", "")
    return " ".join(text.split()), lead.strip(" ,;:")


# --- furniture ---------------------------------------------------------------------------

_JOB = r"\d{2}-\d{5}[A-Z]?(?:\s*\([A-Z]\))?"
_PAGE = re.compile(r"(\d{1,3})/(\d{1,3})")
_FURNITURE_TOKEN = re.compile(rf"^(?:{_JOB}|\d{{6,8}}|\(E\))$")
_FURNITURE_PHRASES = re.compile(r"^(?:please recycle\W*|\*\d{7,}\*)$", re.I)


def is_furniture(text: str) -> bool:
    """Page headers and footers: job numbers, "3/13" page counts, running symbols."""
    if not text or _FURNITURE_PHRASES.match(text):
        return bool(text)
    tokens = text.split()
    if len(tokens) > 6:
        return False
    has_job = any(re.fullmatch(_JOB, t) for t in tokens)
    for token in tokens:
        if _FURNITURE_TOKEN.match(token):
            continue
        page = _PAGE.fullmatch(token)
        if (
            page
            and 0 < int(page.group(1)) <= int(page.group(2))
            and (has_job or int(page.group(2)) <= 200)
        ):
            continue
        if "/" in token and _is_symbol(token):
            continue
        return False
    return True


def _is_symbol(token: str) -> bool:
    try:
        parse_symbol(token.rstrip("*"))
    except SymbolError:
        return False
    return True


# --- footnotes -------------------------------------------------------------------------

_SEPARATOR = re.compile(r"^[_\-–—=*]{1,}$")
_FOOTNOTE_SUP = re.compile(r"^<sup>\s*(\d{1,3}|[a-z]|\*)\s*</sup>\s*(\S.*)$")
_FOOTNOTE_UNICODE = re.compile(rf"^([{SUPERSCRIPT_DIGITS}]{{1,3}})\s*(\S.*)$")
_FOOTNOTE_PLAIN = re.compile(
    r"^(\d{1,3})\s+((?:See\b|Ibid\b|Official Records\b|United Nations, Treaty Series\b"
    r"|(?:A|S|E)/[A-Z0-9.]+/|Available\b|https?://|www\.).*)$"
)


def footnote_definition(text: str) -> tuple[str, str] | None:
    """(marker, text) when a line defines a footnote: "¹ A/70/174." or "<sup>1</sup> ..."."""
    for pattern in (_FOOTNOTE_SUP, _FOOTNOTE_UNICODE, _FOOTNOTE_PLAIN):
        match = pattern.match(text)
        if match:
            marker = match.group(1).translate(_FROM_SUPERSCRIPT)
            body, _ = strip_markers(match.group(2))
            return marker, body
    return None


_MARKER = re.compile(rf"\s*(?:<sup>\s*([^<>\s]{{1,4}})\s*</sup>|([{SUPERSCRIPT_DIGITS}]+))")
_STRAY_SUP = re.compile(r"</?sup>", re.I)


def strip_markers(text: str) -> tuple[str, list[str]]:
    """Inline footnote markers removed ("2013³" -> "2013"); the markers, as digits, in order."""
    markers: list[str] = []

    def take(match: re.Match[str]) -> str:
        marker = (match.group(1) or match.group(2)).translate(_FROM_SUPERSCRIPT)
        markers.append(marker)
        following = text[match.end() : match.end() + 1]
        # keep one space between words; none before punctuation or at the end
        if following and not following.isspace() and following not in ",.;:)]”’\"'":
            return " " if match.group(0)[:1].isspace() else ""
        return ""

    cleaned = _MARKER.sub(take, text)
    cleaned = _STRAY_SUP.sub("", cleaned)
    return " ".join(cleaned.split()), markers


# --- lines -----------------------------------------------------------------------------


# "* On behalf of the Group of African States.": a note marked by a symbol, not a number
_SYMBOL_FOOTNOTE = re.compile(r"^\s*(\*{1,3}|[†‡])\s+([^\s*].*)$")
_STAR_AFTER_TEXT = re.compile(r"\S\*(?=\s|$)")
# "25-17755* (E) 121125" (job number and print date) glued before the words of a line
_JOB_PREFIX = re.compile(rf"^(?:{_JOB}\*?|\(E\))(?:\s+(?:\(E\)|\d{{6}}\*?))+\s+(?=\S)")


def _has_star_marker(source: str) -> bool:
    """A "*" glued after a word that opens no emphasis (an odd number of stars on the line)."""
    return source.count("*") % 2 == 1 and bool(_STAR_AFTER_TEXT.search(source))


def clean_lines(raw: str) -> list[Line]:
    """Every source line, cleaned and classified; nothing is removed, only labelled."""
    lines: list[Line] = []
    in_notes = False  # below a footnote separator ("____"), until the text resumes
    starred = False  # a line above carries a "*" note marker ("Morocco:* draft resolution")
    for index, source in enumerate(normalise_characters(raw).split("\n")):
        symbol_note = _SYMBOL_FOOTNOTE.match(source) if in_notes or starred else None
        starred = starred or _has_star_marker(source)
        if symbol_note:
            body, _ = strip_markup(symbol_note.group(2))
            lines.append(Line(index, body, "footnote", marker=symbol_note.group(1)))
            continue
        text, lead = strip_markup(source)
        if _JOB_PREFIX.match(text):
            text, lead = strip_markup(_JOB_PREFIX.sub("", text))
        if not text:
            # a line of markup alone ("---", "#", "***") is furniture, not a paragraph break
            lines.append(Line(index, "", "blank" if not source.strip() else "furniture"))
            continue
        if _SEPARATOR.match(text) or is_furniture(text):
            in_notes = in_notes or bool(_SEPARATOR.match(text))
            lines.append(Line(index, text, "furniture"))
            continue
        footnote = footnote_definition(text)
        if footnote:
            lines.append(Line(index, footnote[1], "footnote", marker=footnote[0]))
            continue
        in_notes = False
        lines.append(Line(index, text, "text", lead=lead))
    return lines
