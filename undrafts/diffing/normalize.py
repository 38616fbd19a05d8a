"""Text normalisation: what counts as noise, and what two versions share.

Two levels:
- ``noise_key``: the text with PDF and typographic noise removed (footnote markers,
  markdown residue, quote and dash variants, spacing, final punctuation). Two
  paragraphs with equal keys are ``unchanged``.
- ``Tokenizer``: lower-cased, lightly stemmed words with known and in-text
  abbreviations spelled out ("ICTs" = "information and communications
  technologies"), used only to score how alike two paragraphs are.
"""

import re
import unicodedata

# Footnote markers and markup left over from PDF or markdown extraction.
_SUP_TAG = re.compile(r"<sup>[^<]*</sup>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,40}>")
_HTML_ENTITY = re.compile(r"&(?:amp|nbsp|lt|gt|quot|#\d+);")
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")
# "technologies1" or "Secretary-General,1": a plain footnote number glued to a word (or to
# a punctuation mark after a word or a closing bracket). The pattern starts with a digit so
# the regex engine can skip ahead fast, then looks behind that digit: no Python callback.
_GLUED_NOTE = re.compile(r"\d(?:(?<=[a-z]\d)|(?<=[a-z)][,;:]\d))\d?\b")
_LEADING_MARK = re.compile(r"^(?:[-\u2022#>]+\s+)+")
# "Open-ended" and the de-hyphenation slip "Openended" are the same word.
_WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[a-z])")

# superscript digits (footnote markers) and invisible characters
_DROP = (
    "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
    "\u00ad\u200b\u200c\u200d\u2060\ufeff"
)
_UNICODE = {
    **dict.fromkeys(_DROP, ""),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
}
# str.translate with a dict is slow; a regex touches only the characters concerned
_UNICODE_RE = re.compile("[" + "".join(_UNICODE) + "]")


def _unicode_sub(m: re.Match) -> str:
    return _UNICODE[m.group()]


_TIGHT = ((" ,", ","), (" ;", ";"), (" :", ":"), (" .", "."), (" )", ")"), ("( ", "("))


def clean(text: str) -> str:
    """Remove footnote markers, markup and typographic variants; keep words and case.

    Each step is guarded by a cheap test: most paragraphs need none of them.
    """
    if "<" in text:
        text = _HTML_TAG.sub("", _SUP_TAG.sub("", text))
    if "&" in text:
        text = _HTML_ENTITY.sub(" ", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if not text.isascii():
        # superscripts go before NFKC, which would turn them into plain digits
        text = _UNICODE_RE.sub(_unicode_sub, text)
        text = unicodedata.normalize("NFKC", text)
    if "*" in text:
        text = text.replace("*", "")
    if "`" in text:
        text = text.replace("`", "'")
    return _GLUED_NOTE.sub("", text)


def _squeeze(text: str) -> str:
    text = " ".join(text.split())
    for spaced, tight in _TIGHT:
        if spaced in text:
            text = text.replace(spaced, tight)
    return text


def noise_key(text: str) -> str:
    """The text as a reader would judge it: equal keys mean only noise differs.

    Final punctuation is dropped because it shifts when a paragraph stops being the
    last one (";" becomes "."), which says nothing about the paragraph itself.
    """
    text = clean(text)
    if "-" in text:
        text = _WORD_HYPHEN.sub("", text)
    text = _squeeze(text)
    if text[:1] in ("-", "\u2022", "#", ">"):
        text = _LEADING_MARK.sub("", text)
    return text.rstrip(" ,;:.")


def reading_key(text: str) -> str:
    """``noise_key`` without word spaces: text layers split and join words ("r eligious",
    "Noteswith") and two printings space a dash or a line-end hyphen differently
    ("well - being", "war- affected", "2024 – 2034"), so where the spaces fall is noise.
    Equal keys mean the same letters, digits and punctuation in the same order."""
    key = "".join(noise_key(text).split())
    return _WORD_HYPHEN.sub("", key) if "-" in key else key


# What a reader does not see as a change inside a paragraph: spacing, invisible characters
# (the soft hyphen), hyphen variants (the non-breaking hyphen), quote styles. Dashes,
# footnote markers and punctuation are not folded here: the word diff still shows those.
_GLYPHS = {
    **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
    **dict.fromkeys("\u2010\u2011\ufe63\uff0d", "-"),
}
_GLYPHS_RE = re.compile("[" + "".join(_GLYPHS) + "]")


def glyph_key(text: str) -> str:
    """A stretch of text with spacing and typographic variants folded: two stretches with
    equal keys print the same words, so the word diff shows them as kept, not changed."""
    if not text.isascii():
        text = _GLYPHS_RE.sub(lambda m: _GLYPHS[m.group()], text)
    return "".join(text.split())


# Abbreviations UN texts spell out in one version and not the other.
KNOWN_ABBREVIATIONS = {
    "ICTs": "information and communications technologies",
    "ICT": "information and communications technology",
    "OEWG": "open-ended working group",
    "GGE": "group of governmental experts",
    "NGOs": "non-governmental organizations",
    "NGO": "non-governmental organization",
    "SDGs": "sustainable development goals",
    "LDCs": "least developed countries",
    "SIDS": "small island developing states",
    "WMD": "weapons of mass destruction",
    "UN": "United Nations",
}

_ACRONYM_DEF = re.compile(r"\(([A-Z][A-Z0-9]{1,7})(s?)\)")
_WORD = re.compile(r"[^\W_]+")
# a word, hyphenated compounds kept whole ("capacity-building", "ICT-related")
_COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_LINKERS = frozenset({"and", "of", "the", "for", "on", "in", "to", "a"})


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def find_abbreviations(texts) -> dict[str, str]:
    """Acronyms defined in the texts themselves: "information ... technologies (ICTs)"."""
    found: dict[str, str] = {}
    for raw in texts:
        if "(" not in raw or not _ACRONYM_DEF.search(raw):
            continue
        text = clean(raw)
        for m in _ACRONYM_DEF.finditer(text):
            letters, plural = m.group(1), m.group(2)
            if not letters.isalpha():
                continue
            words = list(_WORD.finditer(text, 0, m.start()))
            initials: list[str] = []
            start = None
            for w in reversed(words):
                token = w.group(0)
                if token.lower() in _LINKERS and initials:
                    continue
                initials.append(token[0].lower())
                start = w.start()
                if len(initials) == len(letters):
                    break
            if start is None or "".join(reversed(initials)) != letters.lower():
                continue
            long_form = text[start : m.start()].strip()
            head, _, last = long_form.rpartition(" ")
            if plural:
                found.setdefault(letters + "s", long_form)
                found.setdefault(letters, f"{head} {_singular(last)}".strip())
            else:
                found.setdefault(letters, long_form)
                found.setdefault(letters + "s", long_form + "s")
    return found


def stem(word: str) -> str:
    """Crude plural folding, enough for "report"/"reports", "technology"/"technologies"."""
    if len(word) > 4:
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word[:-1]
    return word


class Tokenizer:
    """Text to matching tokens: lower-cased, stemmed words, hyphens dropped
    ("Openended" = "Open-ended"), abbreviations spelled out, for scoring only.

    Built per comparison, because texts may define their own abbreviations.
    """

    def __init__(self, texts=()):
        table = dict(KNOWN_ABBREVIATIONS)
        table.update(find_abbreviations(texts))
        self._known: dict[str, str | list[str]] = {}
        self._multi: set[str] = set()
        self._texts: dict[str, list[str]] = {}
        # expansions are tokenised like any other text (before they join the table)
        self._table = {abbr: self._plain(long) for abbr, long in table.items()}

    def _plain(self, text: str) -> list[str]:
        out: list[str] = []
        for raw in _COMPOUND.findall(text):
            out.extend(self._word(raw, {}))
        return out

    def _word(self, raw: str, table) -> list[str]:
        expansion = table.get(raw)
        if expansion is not None:
            return expansion
        if "-" in raw:
            head, _, tail = raw.partition("-")
            expansion = table.get(head)
            if expansion is not None:
                # "ICT-related": the spelled-out form ends "technology-related"
                last = stem((expansion[-1] + tail.replace("-", "")).lower())
                return [*expansion[:-1], last]
            raw = raw.replace("-", "")
        return [stem(raw.lower())]

    def __call__(self, text: str) -> list[str]:
        done = self._texts.get(text)
        if done is not None:
            return done
        cleaned = clean(text)
        if "(" in cleaned:
            cleaned = _ACRONYM_DEF.sub("", cleaned)
        raws = _COMPOUND.findall(cleaned)
        # one lookup per word; spelled-out abbreviations (lists) are flattened after
        get = self._known.get
        out = [get(r) or self._learn(r) for r in raws]
        if not self._multi.isdisjoint(raws):
            flat: list[str] = []
            for t in out:
                if isinstance(t, list):
                    flat.extend(t)
                else:
                    flat.append(t)
            out = flat
        self._texts[text] = out
        return out

    def _learn(self, raw: str):
        tokens = self._word(raw, self._table)
        if len(tokens) == 1:
            self._known[raw] = tokens[0]
            return tokens[0]
        self._known[raw] = tokens
        self._multi.add(raw)
        return tokens
