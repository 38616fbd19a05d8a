"""Word's automatic paragraph numbers ("1.", "(a)", "(iv)"), counted as Word counts them.

A paragraph names a list instance (w:num, by numId) and a level (ilvl). Instances point at
a list definition (w:abstractNum) whose levels give the format, the text ("%1.", "(%2)")
and the start. Instances of one definition share its counters, so a list split by other
paragraphs goes on counting; an instance's w:lvlOverride restarts a level (startOverride)
or redefines it. A deeper level starts again when a higher one is used (w:lvlRestart).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import IO

from .docx_styles import Styles
from .docx_xml import children, flag, val, w

_MAX_LEVEL = 8
_NUM_PR = w("numPr")


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    restart: int | None  # w:lvlRestart: restart after this level (1-based) is used; 0 never
    legal: bool  # w:isLgl: the numbers of all levels in decimal


@dataclass
class _Instance:
    abstract: str
    overrides: dict[int, _Level]
    starts: dict[int, int]  # level -> startOverride, applied at the instance's first use
    used: bool = False


def _level(element) -> tuple[int, _Level]:
    restart = val(element, "lvlRestart")
    return _number(element.get(w("ilvl")), 0), _Level(
        start=_number(val(element, "start"), 1),
        fmt=val(element, "numFmt") or "decimal",
        text=val(element, "lvlText") or "",
        restart=_number(restart, 0) if restart is not None else None,
        legal=bool(flag(element, "isLgl")),
    )


class Numbering:
    def __init__(self, source: IO[bytes] | None, styles: Styles):
        self.styles = styles
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.links: dict[str, str] = {}  # abstractNumId -> the style its list lives in
        self.instances: dict[str, _Instance] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if source is not None:
            self._read(source)

    def _read(self, source: IO[bytes]) -> None:
        for element in children(source, w("abstractNum"), w("num")):
            if element.tag == w("abstractNum"):
                key = element.get(w("abstractNumId")) or ""
                self.abstracts[key] = dict(_level(lvl) for lvl in element.iterchildren(w("lvl")))
                link = val(element, "numStyleLink")
                if link:
                    self.links[key] = link
            elif element.tag == w("num"):
                overrides, starts = {}, {}
                for override in element.iterchildren(w("lvlOverride")):
                    ilvl = _number(override.get(w("ilvl")), 0)
                    start = val(override, "startOverride")
                    if start is not None:
                        starts[ilvl] = _number(start, 1)
                    definition = override.find(w("lvl"))
                    if definition is not None:
                        overrides[ilvl] = _level(definition)[1]
                self.instances[element.get(w("numId")) or ""] = _Instance(
                    abstract=val(element, "abstractNumId") or "", overrides=overrides, starts=starts
                )

    def _abstract(self, instance: _Instance) -> str:
        """The definition holding the levels: a numStyleLink points to the style's list."""
        key = instance.abstract
        for _ in range(3):
            link = self.links.get(key)
            if not link:
                break
            numbering = self.styles.numbering(link)
            linked = self.instances.get(numbering[0]) if numbering else None
            if linked is None or linked.abstract == key:
                break
            key = linked.abstract
        return key

    def label(self, properties, style_id: str | None) -> str:
        """The number Word shows before the paragraph of `properties` (its w:pPr, or None),
        counting it; "" if none."""
        num_id, ilvl = self._reference(properties, style_id)
        instance = self.instances.get(num_id or "")
        if instance is None:  # numId 0 (numbering removed) or a list that does not exist
            return ""
        key = self._abstract(instance)
        levels = {**self.abstracts.get(key, {}), **instance.overrides}
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(key, {})
        if not instance.used:
            instance.used = True
            for at, start in instance.starts.items():
                counters[at] = start - 1
                for deeper in [k for k in counters if k > at]:
                    del counters[deeper]
        for at, defined in levels.items():
            start = instance.starts.get(at, defined.start)
            levels[at] = replace(defined, start=start)
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart and ilvl < restart):
                del counters[deeper]
        if level.fmt in ("bullet", "none"):
            return ""  # a bullet is not a paragraph number
        text = level.text
        for at in range(_MAX_LEVEL, -1, -1):  # %10 is not a level; %1 after %1x
            placeholder = f"%{at + 1}"
            if placeholder in text:
                shown = levels.get(at, level)
                value = counters.get(at, shown.start)
                text = text.replace(
                    placeholder, _format(value, "decimal" if level.legal else shown.fmt)
                )
        return text.strip()

    def _reference(self, properties, style_id: str | None) -> tuple[str | None, int]:
        from_style = self.styles.numbering(style_id)
        num_id, ilvl = from_style if from_style else (None, None)
        num_pr = properties.find(_NUM_PR) if properties is not None else None
        if num_pr is not None:
            num_id = val(num_pr, "numId") or num_id
            level = val(num_pr, "ilvl")
            if level is not None:
                ilvl = _number(level, 0)
        return num_id, min(max(ilvl or 0, 0), _MAX_LEVEL)


def _number(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


_ROMAN = [
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
]  # fmt: skip


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word's letter numbering: a..z, then aa..zz, then aaa...
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if n < 1 and fmt != "decimal":
        return str(n)
    match fmt:
        case "lowerLetter":
            return _letters(n)
        case "upperLetter":
            return _letters(n).upper()
        case "lowerRoman":
            return _roman(n)
        case "upperRoman":
            return _roman(n).upper()
        case "decimalZero":
            return f"{n:02d}"
        case "bullet" | "none":
            return ""
    return str(n)
