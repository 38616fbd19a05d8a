"""A body split into texts ("Draft resolution I" ...), then into numbered paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .cleanup import Line, strip_markers
from .header import iso_date

# --- openings ------------------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


PREAMBULAR_WORDS = _wordset(
    """Acknowledging Acting Affirming Agreeing Alarmed Anxious Appalled Appreciating Approving
    Aware Bearing Believing Building Calling Cognizant Cognisant Commending Committed Concerned
    Condemning Confident Confirming Conscious Considering Convinced Declaring Deploring Desiring
    Desirous Determined Disturbed Distressed Drawing Emphasizing Emphasising Encouraged
    Encouraging Endorsing Expecting Expressing Grateful Guided Having Highlighting Hopeful
    Inspired Keeping Looking Mindful Noting Observing Paying Pleased Pointing Proclaiming
    Reaffirming Realizing Realising Reasserting Recalling Recognizing Recognising Referring
    Regretting Reiterating Reminding Renewing Resolved Respecting Reviewing Satisfied Seeking
    Shocked Stressing Supporting Taking Troubled Underlining Underscoring Upholding Urging
    Viewing Welcoming Wishing"""
)
OPERATIVE_WORDS = _wordset(
    """Accepts Acknowledges Adopts Affirms Agrees Appeals Applauds Appoints Appreciates Approves
    Asks Authorizes Authorises Bears Believes Calls Commends Commits Concurs Condemns Confirms
    Congratulates Considers Convenes Decides Declares Deems Demands Denounces Deplores
    Designates Directs Draws Elects Emphasizes Emphasises Encourages Endorses Establishes
    Expresses Extends Highlights Hopes Insists Instructs Invites Launches Looks Notes Observes
    Pays Proclaims Re-emphasizes Reaffirms Recalls Recognizes Recognises Recommends Regrets
    Reiterates Rejects Reminds Renews Requests Requires Resolves Stresses Supports Takes Thanks
    Trusts Underlines Underscores Urges Welcomes Wishes"""
)
ADVERBS = _wordset(
    """Also Further Furthermore Again Once Deeply Gravely Seriously Strongly Firmly Fully
    Profoundly Greatly Particularly Especially Equally Solemnly Likewise Moreover Finally
    Sincerely Increasingly Extremely Highly"""
)
_TRAILING = frozenset({"also", "further", "again", "moreover", "furthermore"})
_FEELINGS = _wordset(
    """concern appreciation satisfaction interest regret alarm gratitude dismay disappointment
    approval"""
)
_INTENSIFIERS = frozenset({"deep", "grave", "serious", "great", "profound", "particular"})
_TAILS: dict[str, list[tuple[str, ...]]] = {
    "bearing": [("in", "mind")],
    "bears": [("in", "mind")],
    "keeping": [("in", "mind")],
    "taking": [("note",), ("into", "account"), ("into", "consideration"), ("fully", "into")],
    "takes": [("note",)],
    "calling": [("upon",), ("on",), ("for",)],
    "calls": [("upon",), ("on",), ("for",)],
    "looking": [("forward",)],
    "looks": [("forward",)],
    "guided": [("by",)],
    "paying": [("tribute",)],
    "pays": [("tribute",)],
    "drawing": [("attention",)],
    "draws": [("attention",)],
    "expressing": [
        ("its", "deep", "concern"),
        ("its", "concern"),
        ("its", "appreciation"),
        ("its", "gratitude"),
        ("its", "support"),
        ("its", "satisfaction"),
        ("deep", "concern"),
        ("grave", "concern"),
        ("serious", "concern"),
        ("concern",),
        ("appreciation",),
        ("gratitude",),
        ("support",),
        ("satisfaction",),
        ("regret",),
        ("the", "hope"),
    ],
}
_TAILS["expresses"] = _TAILS["expressing"]


def _words(text: str, limit: int = 8) -> list[str]:
    return [w.strip(",;:.“”\"'()") for w in text.split(maxsplit=limit)[:limit]]


def _head(words: list[str]) -> tuple[int, str]:
    """(index of the verb or participle after any adverbs, that word capitalised)."""
    i = 0
    while i < len(words) and i < 3 and words[i].capitalize() in ADVERBS:
        if i == 0 and not words[0][:1].isupper():
            break
        i += 1
    if i >= len(words):
        return i, ""
    word = words[i]
    if i == 0 and not word[:1].isupper():
        return i, ""
    return i, word[:1].upper() + word[1:]


def known_opening(text: str) -> bool:
    """The text starts the way a preambular or operative paragraph does (curated words only)."""
    _, head = _head(_words(text, 5))
    return head in PREAMBULAR_WORDS or head in OPERATIVE_WORDS


def operative_opening(text: str) -> bool:
    _, head = _head(_words(text, 5))
    return head in OPERATIVE_WORDS


def extract_opening(text: str, kind: str, lead: str = "") -> str:
    """The opening verb phrase: "Noting with concern", "Also decides", "Bearing in mind"."""
    if lead and text.startswith(lead) and len(lead.split()) <= 6 and lead[:1].isupper():
        return lead
    words = _words(text, 10)
    i, head = _head(words)
    if not head:
        return ""
    known = head in PREAMBULAR_WORDS or head in OPERATIVE_WORDS
    if not known:
        lowered = head.lower()
        looks_preambular = lowered.endswith(("ing", "ed"))
        looks_operative = lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))
        if not (looks_preambular if kind == "preambular" else looks_operative):
            return ""
    end = i + 1
    lower = [w.lower() for w in words]
    for tail in _TAILS.get(head.lower(), []):
        if tuple(lower[end : end + len(tail)]) == tail:
            end += len(tail)
            break
    if head.lower() == "having" and end < len(words) and lower[end].endswith(("ed", "en", "rd")):
        end += 1
    if end < len(words) and lower[end] == "with":
        j = end + 1
        if j < len(words) and lower[j] in _INTENSIFIERS:
            j += 1
        if j < len(words) and lower[j] in _FEELINGS:
            end = j + 1
    if end < len(words) and lower[end] in _TRAILING:
        end += 1
    return " ".join(words[:end])


# --- texts ---------------------------------------------------------------------------------

_BODY_START = re.compile(
    r"^The (General Assembly|Security Council|Human Rights Council|Economic and Social Council)"
    r"\b\s*(.*)$"
)
_TEXT_HEADING = re.compile(r"^Draft (resolution|decision)(?:\s+([IVXLC]{1,6}))?(?=\s|$)\s*(.*)$")
_RECOMMENDATIONS = re.compile(r"^(?:[IVX]{1,5}\.\s+)?Recommendations?\b")
_REPORT_PARAGRAPH = re.compile(
    r"^\d{1,3}\.\s+The\s+.{0,80}?\b(?:Committee|Council)\s+(?:also\s+|further\s+)?recommends\b",
    re.I,
)
_SECTION = re.compile(r"^(?:[IVX]{1,5}\.\s+[A-Z]|Annex(?:es)?(?:\s+[IVX]{1,5})?$)")
_SYMBOLISH = re.compile(r"^(?:A|S|E)/")


def body_start(text: str) -> str | None:
    """ "resolution" or "decision" when a line opens a body ("The General Assembly,"), else None."""
    match = _BODY_START.match(text)
    if not match:
        return None
    rest = match.group(2)
    if rest in ("", ","):
        return "resolution"
    if rest.startswith(",") or rest[:1].islower():
        return "decision"
    return None


def text_heading(text: str) -> tuple[str, str, str] | None:
    """("Draft resolution I", "resolution", title on the same line) for a report heading."""
    match = _TEXT_HEADING.match(text)
    if not match:
        return None
    rest = match.group(3).strip()
    if _SYMBOLISH.match(rest):
        return None  # "Draft resolution A/C.1/75/L.4": a proceedings section, not a text
    heading = f"Draft {match.group(1)}" + (f" {match.group(2)}" if match.group(2) else "")
    return heading, match.group(1), rest


@dataclass
class Region:
    """The stretch of lines holding one text."""

    heading: str
    kind: str  # "resolution" | "decision"
    title: str
    start: int  # position in the line list of the first line of the region
    end: int  # one past the last
    body: int | None  # position of "The General Assembly," within the region, if found


def header_end(lines: list[Line]) -> int:
    """Where the header stops: the body, a report section or the first numbered paragraph."""
    for position, line in enumerate(lines):
        if line.kind != "text":
            continue
        text = line.text
        if (
            body_start(text)
            or text_heading(text)
            or _SECTION.match(text)
            or re.match(r"^\d{1,3}\.\s", text)
            or _RECOMMENDATIONS.match(text)
        ):
            return position
    return len(lines)


def split_regions(lines: list[Line], *, is_report: bool) -> list[Region]:
    """The texts in the document: one for a draft or resolution, each heading's in a report."""
    start = 0
    if is_report or any(_RECOMMENDATIONS.match(ln.text) for ln in lines if ln.kind == "text"):
        for position, line in enumerate(lines):
            if line.kind == "text" and _RECOMMENDATIONS.match(line.text):
                start = position + 1
                break
        regions = _report_regions(lines, start)
        if regions:
            return regions
        if is_report:
            return _unheaded_report_region(lines, start)
    for position, line in enumerate(lines):
        if line.kind == "text" and body_start(line.text):
            form = body_start(line.text) or "resolution"
            return [Region("", form, "", position, len(lines), position)]
    return []


def _unheaded_report_region(lines: list[Line], start: int) -> list[Region]:
    """A report recommending one text may print it with no "Draft resolution" heading:
    its title is the lines between the report's last paragraph and "The General Assembly,"."""
    body = next(
        (
            p
            for p in range(start, len(lines))
            if lines[p].kind == "text" and body_start(lines[p].text)
        ),
        None,
    )
    if body is None:
        return []
    form = body_start(lines[body].text) or "resolution"
    title_parts: list[str] = []
    p = body - 1
    while p >= start:
        text = lines[p].text if lines[p].kind == "text" else ""
        if text and (re.match(r"^\d{1,3}\.\s", text) or _SECTION.match(text)):
            break
        if text:
            title_parts.insert(0, text)
        p -= 1
    end = next(
        (
            q
            for q in range(body + 1, len(lines))
            if lines[q].kind == "text"
            and (_REPORT_PARAGRAPH.match(lines[q].text) or _SECTION.match(lines[q].text))
        ),
        len(lines),
    )
    title, _ = strip_markers(" ".join(title_parts))
    return [Region(f"Draft {form}", form, title, p + 1, end, body)]


def _report_regions(lines: list[Line], start: int) -> list[Region]:
    headings = []
    for position in range(start, len(lines)):
        line = lines[position]
        if line.kind == "text":
            found = text_heading(line.text)
            if found:
                headings.append((position, found))
    regions = []
    for n, (position, (heading, kind, rest)) in enumerate(headings):
        end = headings[n + 1][0] if n + 1 < len(headings) else len(lines)
        title_parts = [rest] if rest else []
        body = None
        for p in range(position + 1, end):
            line = lines[p]
            if line.kind != "text":
                continue
            if body is None and body_start(line.text):
                body = p
                continue
            if body is None:
                title_parts.append(line.text)
            elif _REPORT_PARAGRAPH.match(line.text) or _SECTION.match(line.text):
                end = p
                break
        title, _ = strip_markers(" ".join(title_parts))
        regions.append(Region(heading, kind, title, position, end, body))
    return regions


# --- paragraphs ----------------------------------------------------------------------------

_OP = re.compile(r"^(\d{1,4})\s?\.(?!\d)\s*(.*)$")
_DECIMAL = re.compile(r"^(\d{1,3})\.(\d{1,3})\.?(?:\s+(.*))?$")
_SUB = re.compile(r"^\(([a-z]{1,4})\)\s*(.*)$")
_ROMAN = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$")
_CLOSERS = " \"'”’)]»"
_MEETING = re.compile(
    r"^(\d{1,3}(?:st|nd|rd|th))\s+(\(resumed\)\s+)?plenary meeting\b[,.]?\s*(.*?)\.?$", re.I
)
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"]


@dataclass
class Chunk:
    index: int  # source line number
    text: str  # clean, markers removed
    markers: list[str]
    lead: str = ""


def chunks_of(lines: list[Line]) -> list[Chunk]:
    out = []
    for line in lines:
        if line.kind != "text":
            continue
        text, markers = strip_markers(line.text)
        if text:
            out.append(Chunk(line.index, text, markers, line.lead))
        elif markers:  # a marker alone on a line belongs to the text before it
            out.append(Chunk(line.index, "", markers, ""))
    return out


def take_meeting(chunks: list[Chunk]) -> tuple[str, list[Chunk]]:
    """The closing "48th plenary meeting 12 December 2019" line(s), if the text ends so."""
    for back in (1, 2):
        if len(chunks) < back:
            break
        first = chunks[-back]
        match = _MEETING.match(first.text)
        if not match:
            continue
        rest = [c.text for c in chunks[len(chunks) - back + 1 :]]
        date_text = " ".join([match.group(3), *rest]).strip()
        if date_text and not iso_date(date_text):
            continue
        if date_text and not re.fullmatch(r"\d{1,2}\s+\w+\s+\d{4}\.?", date_text):
            continue
        name = f"{match.group(1)} {match.group(2) or ''}plenary meeting"
        return (f"{name}, {date_text.rstrip('.')}" if date_text else name), chunks[:-back]
    return "", chunks


def ends_sentence_part(text: str) -> bool:
    """A paragraph ending: "," ";" ":" "." (or "!" "?"), maybe inside closing quotes."""
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1:] in (",", ";", ":", ".", "!", "?")


def is_continuation(previous: str, text: str) -> bool:
    """Whether text carries on a paragraph a page break cut, not a new paragraph."""
    if not previous:
        return True
    first = text[:1]
    if first.islower():
        return True
    if previous.endswith(("-", "–")) and previous[-2:-1].isalnum():
        return True
    return not ends_sentence_part(previous) and not known_opening(text)


@dataclass
class _Para:
    kind: str  # "preambular" | "operative"
    level: str  # "top" | "letter" | "decimal" | "roman"
    number: str
    parent: _Para | None = None
    text: str = ""
    markers: list[tuple[str, int]] = field(default_factory=list)
    lead: str = ""
    awaiting: bool = False  # its number stood alone on a line; the text comes next
    inferred: bool = False  # its number was lost in the source and worked out here
    label: str = ""
    children: list[_Para] = field(default_factory=list)
    last: dict[str, _Para] = field(default_factory=dict)  # latest child of each level

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
_Pending = tuple[_Para | None, Callable[[str], str]]


@dataclass
class Body:
    paragraphs: list[_Para]
    warnings: list[str]


class _Reader:
    """Feeds chunks one by one and decides: new paragraph, sub-paragraph or continuation."""

    def __init__(self) -> None:
        self.paras: list[_Para] = []
        self.warnings: list[_Pending] = []
        self.top: _Para | None = None  # the last top-level paragraph
        self.letter: _Para | None = None  # the last lettered sub-paragraph of self.top
        self.operative = False
        self.last_op = 0
        self.stray: _Para | None = None  # text that fits no paragraph, and its continuations
        self.stray_after: _Para | None = None

    @property
    def current(self) -> _Para | None:
        return self.paras[-1] if self.paras else None

    def warn(self, para: _Para | None, render: Callable[[str], str]) -> None:
        self.warnings.append((para, render))

    # classification ---------------------------------------------------------------------

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
            if _ROMAN.match(token) and self.letter is not None and token != expected:
                return "roman", (token,), sub.group(2)
            if len(token) == 1 or token == expected:
                return "letter", (token,), sub.group(2)
        return "plain", (), text

    def _next_letter(self) -> str:
        last = self.top.last.get("letter") if self.top is not None else None
        letter = last.number.strip("()") if last is not None else ""
        if len(letter) != 1:
            return "a"
        return chr(ord(letter) + 1) if letter != "z" else "aa"

    def _fits(self, kind: str, number: tuple[str, ...]) -> bool:
        if kind == "op":
            return int(number[0]) == self.last_op + 1
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

    def feed(self, chunk: Chunk) -> None:
        if self.stray is not None:
            if chunk.text and is_continuation(self.stray.text, chunk.text):
                kind, number, _ = self._classify(chunk.text)
                if kind == "plain" or not self._fits(kind, number):
                    self.stray.add(chunk)
                    return
            self.close_stray()
        current = self.current
        if current is not None and current.awaiting:
            current.awaiting = False
            current.lead = current.lead or chunk.lead
            current.add(chunk)
            return
        if not chunk.text:  # a lone marker
            if current is not None:
                current.add(chunk)
            return
        kind, number, rest = self._classify(chunk.text)
        if (
            kind != "plain"
            and current is not None
            and not ends_sentence_part(current.text)
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

    def close_stray(self) -> None:
        """Report the text no paragraph could take, whole, once its last line is seen."""
        if self.stray is None:
            return
        self.warn(
            self.stray_after,
            lambda label, t=self.stray.text: f"text after {label} could not be placed: {t}",
        )
        self.stray = self.stray_after = None

    def _new(self, chunk: Chunk, para: _Para, text: str) -> _Para:
        para.lead = chunk.lead
        para.add(chunk, text)
        para.awaiting = not text
        self.paras.append(para)
        if para.parent is not None:
            para.parent.children.append(para)
            para.parent.last[para.level] = para
        return para

    def _operative(self, chunk: Chunk, value: int, text: str, *, inferred: bool = False) -> None:
        para = _Para("operative", "top", str(value))
        if not inferred and self.last_op and value != self.last_op + 1:
            was = self.last_op
            self.warn(
                para, lambda label, w=was, v=value: f"{label}: numbering jumps from {w} to {v}"
            )
        self.operative = True
        self.last_op = value
        self.top, self.letter = para, None
        self._new(chunk, para, text)
        if inferred:
            para.inferred = True
            self.warn(
                para,
                lambda label, v=value: f"{label}: number missing in the source; inferred {v}",
            )

    def _parent_or_plain(self, chunk: Chunk) -> _Para | None:
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
        para = _Para(parent.kind, "letter", f"({letter})", parent=parent)
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
        para = _Para(parent.kind, "roman", f"({numeral})", parent=parent)
        self._new(chunk, para, text)

    def _decimal(self, chunk: Chunk, number: tuple[str, ...], text: str) -> None:
        parent = self._parent_or_plain(chunk)
        if parent is None:
            return
        para = _Para(parent.kind, "decimal", f"{number[0]}.{number[1]}", parent=parent)
        if parent.number != number[0]:
            self.warn(
                para,
                lambda label, p=parent, n=para.number: (
                    f"{label}: numbered {n} but follows {p.label}"
                ),
            )
        self.letter = None
        self._new(chunk, para, text)

    def _plain(self, chunk: Chunk, *, force_new: bool = False) -> None:
        current = self.current
        text = chunk.text
        if current is not None and not force_new and is_continuation(current.text, text):
            current.add(chunk)
            return
        if operative_opening(text):
            self._operative(chunk, self.last_op + 1, text, inferred=True)
            return
        if not self.operative:
            para = _Para("preambular", "top", "")
            self.top, self.letter = para, None
            self._new(chunk, para, text)
            return
        if current is not None and current.text.rstrip(_CLOSERS).endswith("."):
            self.stray = _Para("operative", "stray", "")
            self.stray.add(chunk)
            self.stray_after = current
            return
        assert current is not None  # self.operative implies a paragraph exists
        self.warn(
            current,
            lambda label, t=text: (
                f"{label}: a line that does not start like a paragraph was joined to it: {t}"
            ),
        )
        current.add(chunk)


def read_paragraphs(chunks: list[Chunk], *, decision: bool) -> Body:
    """Paragraphs of one text body; chunks start after "The General Assembly," (or with it)."""
    reader = _Reader()
    if decision and chunks:
        first = _Para("operative", "top", "")
        reader.operative = True
        reader.top = first
        first.lead = ""
        first.add(chunks[0])
        reader.paras.append(first)
        reader.last_op = 1
        chunks = chunks[1:]
    for chunk in chunks:
        reader.feed(chunk)
    reader.close_stray()
    _recover_lost_first_numbers(reader)
    _check_start(reader)
    _label(reader)
    warnings = [render(p.label if p else "") for p, render in reader.warnings]
    return Body(reader.paras, warnings)


def _recover_lost_first_numbers(reader: _Reader) -> None:
    """If the first printed operative number is n > 1, the n - 1 preambular paragraphs just
    before it that end like operative ones (";" or ":") are the operative paragraphs whose
    numbers the extraction lost."""
    tops = [p for p in reader.paras if p.level == "top"]
    first_op = next((i for i, p in enumerate(tops) if p.kind == "operative"), None)
    if first_op is None or tops[first_op].number in ("", "1") or tops[first_op].inferred:
        return
    missing = int(tops[first_op].number) - 1
    converted = 0
    i = first_op - 1
    while i >= 0 and converted < missing and tops[i].kind == "preambular":
        if tops[i].text.rstrip(_CLOSERS)[-1:] not in (";", ":"):
            break
        converted += 1
        i -= 1
    if not converted:
        return
    first_number = int(tops[first_op].number) - converted
    for offset, para in enumerate(tops[i + 1 : first_op]):
        value = first_number + offset
        for member in [para, *_descendants(para)]:
            member.kind = "operative"
        para.number = str(value)
        para.inferred = True
        reader.warnings.append(
            (para, lambda label, v=value: f"{label}: number missing in the source; inferred {v}")
        )


def _check_start(reader: _Reader) -> None:
    first = next((p for p in reader.paras if p.level == "top" and p.kind == "operative"), None)
    if first is not None and first.number not in ("", "1"):
        reader.warnings.append(
            (first, lambda label, n=first.number: f"{label}: operative numbering starts at {n}")
        )


def _descendants(para: _Para) -> list[_Para]:
    out = []
    for child in para.children:
        out.append(child)
        out.extend(_descendants(child))
    return out


def _label(reader: _Reader) -> None:
    used: set[str] = set()
    suffixes: dict[str, int] = {}  # the last "-n" given to a repeated label
    preambular = 0
    for para in reader.paras:
        if para.level == "top" and para.kind == "preambular":
            preambular += 1
            label = f"PP{preambular}"
        elif para.level == "top":
            label = f"OP{para.number or '1'}"
        elif para.level == "decimal":
            assert para.parent is not None
            label = f"{para.parent.label}.{para.number.split('.')[1]}"
        else:
            assert para.parent is not None
            label = f"{para.parent.label}{para.number}"
        if label in used:
            n = suffixes.get(label, 1) + 1
            while f"{label}-{n}" in used:
                n += 1
            suffixes[label] = n
            printed = label
            label = f"{label}-{n}"
            reader.warnings.append(
                (para, lambda lbl, p=printed: f"{lbl}: {p} is printed twice; labelled {lbl}")
            )
        used.add(label)
        para.label = label
