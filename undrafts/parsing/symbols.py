"""The UN symbol grammar of DOMAIN.md: parse, validate and write symbols one canonical way."""

from __future__ import annotations

import re
import unicodedata

from .types import Symbol, SymbolError

MAX_LENGTH = 100

_N = r"[1-9]\d{0,4}"  # a positive number without leading zeros
_SESSION = r"[1-9]\d{0,2}"
_YEAR = r"(?:19[4-9]\d|2\d{3})"

# Each pattern names its groups; order matters only for readability, they cannot overlap.
_BODIES: list[tuple[str, re.Pattern[str]]] = [
    ("hrc_res", re.compile(rf"A/HRC/RES/(?P<session>{_SESSION})/(?P<number>{_N})", re.I)),
    ("hrc_dec", re.compile(rf"A/HRC/DEC/(?P<session>{_SESSION})/(?P<number>{_N})", re.I)),
    ("hrc_draft", re.compile(rf"A/HRC/(?P<session>{_SESSION})/L\.(?P<number>{_N})", re.I)),
    ("hrc_doc", re.compile(rf"A/HRC/(?P<session>{_SESSION})/(?P<number>{_N})", re.I)),
    ("ga_res", re.compile(rf"A/RES/(?P<session>{_SESSION})/(?P<number>{_N})", re.I)),
    ("ga_dec", re.compile(rf"A/DEC/(?P<session>{_SESSION})/(?P<number>{_N})", re.I)),
    (
        "ga_committee_draft",
        re.compile(rf"A/C\.(?P<committee>[1-6])/(?P<session>{_SESSION})/L\.(?P<number>{_N})", re.I),
    ),
    ("ga_draft", re.compile(rf"A/(?P<session>{_SESSION})/L\.(?P<number>{_N})", re.I)),
    ("ga_doc", re.compile(rf"A/(?P<session>{_SESSION})/(?P<number>{_N})", re.I)),
    ("sc_res", re.compile(rf"S/RES/(?P<number>{_N}) ?\((?P<year>{_YEAR})\)", re.I)),
    # A Security Council draft resolution, letter or report: S/2016/1100.
    ("sc_doc", re.compile(rf"S/(?P<year>{_YEAR})/(?P<number>{_N})", re.I)),
    ("ecosoc_res", re.compile(rf"E/RES/(?P<year>{_YEAR})/(?P<number>{_N})", re.I)),
    ("ecosoc_dec", re.compile(rf"E/DEC/(?P<year>{_YEAR})/(?P<number>{_N})", re.I)),
    ("ecosoc_draft", re.compile(rf"E/(?P<year>{_YEAR})/L\.(?P<number>{_N})", re.I)),
    ("ecosoc_doc", re.compile(rf"E/(?P<year>{_YEAR})/(?P<number>{_N})", re.I)),
]

# In DOMAIN.md's order: /Rev.<n>, /Add.<n>, /Corr.<n>, /Amend.<n>, each at most once.
_SUFFIXES = re.compile(
    r"(?:/Rev\.(?P<rev>[1-9]\d?))?(?:/Add\.(?P<add>[1-9]\d{0,2}))?"
    r"(?:/Corr\.(?P<corr>[1-9]\d?))?(?:/Amend\.(?P<amend>[1-9]\d?))?",
    re.I,
)
_SUFFIX_ORDER = ("rev", "add", "corr", "amend")

_ANY_SUFFIX = re.compile(r"/(Rev|Add|Corr|Amend)\.", re.I)

_EXAMPLES = (
    "A/RES/75/240, A/C.1/75/L.8/Rev.1, A/HRC/52/L.12, S/2016/1100, S/RES/2334 (2016), "
    "E/2023/L.10 or E/RES/2023/1"
)


def _canonical(kind: str, g: dict[str, str | None]) -> tuple[str, str, str]:
    """(text, body, number) for the base symbol, written as the UN writes it."""
    s, n = g.get("session"), g.get("number")
    match kind:
        case "hrc_res":
            return f"A/HRC/RES/{s}/{n}", "HRC", str(n)
        case "hrc_dec":
            return f"A/HRC/DEC/{s}/{n}", "HRC", str(n)
        case "hrc_draft":
            return f"A/HRC/{s}/L.{n}", "HRC", f"L.{n}"
        case "hrc_doc":
            return f"A/HRC/{s}/{n}", "HRC", str(n)
        case "ga_res":
            return f"A/RES/{s}/{n}", "GA", str(n)
        case "ga_dec":
            return f"A/DEC/{s}/{n}", "GA", str(n)
        case "ga_committee_draft":
            return f"A/C.{g['committee']}/{s}/L.{n}", "GA", f"L.{n}"
        case "ga_draft":
            return f"A/{s}/L.{n}", "GA", f"L.{n}"
        case "ga_doc":
            return f"A/{s}/{n}", "GA", str(n)
        case "sc_res":
            return f"S/RES/{n} ({g['year']})", "SC", str(n)
        case "sc_doc":
            return f"S/{g['year']}/{n}", "SC", str(n)
        case "ecosoc_res":
            return f"E/RES/{g['year']}/{n}", "ECOSOC", str(n)
        case "ecosoc_dec":
            return f"E/DEC/{g['year']}/{n}", "ECOSOC", str(n)
        case "ecosoc_draft":
            return f"E/{g['year']}/L.{n}", "ECOSOC", f"L.{n}"
        case _:  # ecosoc_doc
            return f"E/{g['year']}/{n}", "ECOSOC", str(n)


_KIND = {
    "hrc_res": "resolution",
    "hrc_dec": "decision",
    "hrc_draft": "draft",
    "hrc_doc": "document",
    "ga_res": "resolution",
    "ga_dec": "decision",
    "ga_committee_draft": "draft",
    "ga_draft": "draft",
    "ga_doc": "report",
    "sc_res": "resolution",
    # The symbol alone does not say whether S/2016/1100 is a draft, a letter or a report.
    "sc_doc": "document",
    "ecosoc_res": "resolution",
    "ecosoc_dec": "decision",
    "ecosoc_draft": "draft",
    "ecosoc_doc": "document",
}


def _normalise(raw: str) -> str:
    if not isinstance(raw, str):
        raise SymbolError("A symbol must be text.")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in raw):
        raise SymbolError("A symbol cannot contain control or invisible characters.")
    s = " ".join(raw.split())
    s = re.sub(r"\s*/\s*", "/", s)
    s = re.sub(r"\s*\.\s*", ".", s)
    s = re.sub(r"\s*\(\s*", " (", s).replace(" )", ")")
    return s.strip()


def parse_symbol(s: str) -> Symbol:
    """Read a symbol such as " a/res/75/240 " and return it canonical ("A/RES/75/240").

    Raises SymbolError with a message fit to show a user when the string is not a symbol
    of the grammar in DOMAIN.md.
    """
    text = _normalise(s)
    if not text:
        raise SymbolError("A symbol cannot be empty.")
    if len(text) > MAX_LENGTH:
        raise SymbolError(f"A symbol is at most {MAX_LENGTH} characters; this one has {len(text)}.")
    for kind, pattern in _BODIES:
        head = pattern.match(text)
        if not head:
            continue
        rest = text[head.end() :]
        suffix = _SUFFIXES.fullmatch(rest)
        if suffix is None:
            continue  # another pattern may still read the whole string
        g = head.groupdict()
        base, body, number = _canonical(kind, g)
        parts = [base]
        rev, add, corr, amend = (suffix.group(k) for k in _SUFFIX_ORDER)
        for name, value in (("Rev", rev), ("Add", add), ("Corr", corr), ("Amend", amend)):
            if value:
                parts.append(f"{name}.{value}")
        return Symbol(
            text="/".join(parts),
            body=body,
            session=int(g["session"]) if g.get("session") else None,
            committee=int(g["committee"]) if g.get("committee") else None,
            number=number,
            kind=_KIND[kind],
            revision=int(rev) if rev else None,
            addendum=int(add) if add else None,
            corrigendum=int(corr) if corr else None,
            amendment=int(amend) if amend else None,
            base=base,
            year=int(g["year"]) if g.get("year") else None,
        )
    raise SymbolError(_explain(text))


def _explain(text: str) -> str:
    """Say the most likely reason a string is not a symbol."""
    shown = text if len(text) <= 40 else text[:40] + "…"
    upper = text.upper()
    if not re.match(r"(A|S|E)/", upper):
        return (
            f"“{shown}” is not a UN symbol this app knows: it must start with A/ (General "
            f"Assembly, Human Rights Council), S/ (Security Council) or E/ (Economic and Social "
            f"Council), for example {_EXAMPLES}."
        )
    suffixes = [m.group(1).lower() for m in _ANY_SUFFIX.finditer(text)]
    order = {name: at for at, name in enumerate(_SUFFIX_ORDER)}
    if suffixes and (
        suffixes != sorted(suffixes, key=order.__getitem__) or len(set(suffixes)) < len(suffixes)
    ):
        return (
            f"“{shown}” has its suffixes out of order or repeated: they come once each, "
            "in the order /Rev.<n>, /Add.<n>, /Corr.<n>, /Amend.<n>."
        )
    if re.match(r"A/C\.(\d+)/", upper) and not re.match(r"A/C\.[1-6]/", upper):
        return f"“{shown}” names a Main Committee that does not exist: A/C.<k> takes k from 1 to 6."
    if re.search(r"(?:^|[/.(])0\d*(?=$|[/. )])", text):
        return f"“{shown}” has a number that is zero or starts with a zero: numbers start at 1."
    return f"“{shown}” does not match any UN symbol pattern (for example {_EXAMPLES})."
