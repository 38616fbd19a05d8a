"""Small UN-like texts the archive tests import, written the way the documents print."""

from __future__ import annotations

COMMITTEES = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth"}
SESSIONS = {79: "Seventy-ninth", 80: "Eightieth", 81: "Eighty-first"}


def draft_text(
    symbol: str | None,
    *,
    title: str,
    session: int = 81,
    committee: int = 3,
    agenda: str = "71 (c)",
    operative: list[str] | None = None,
    preamble: list[str] | None = None,
    note: str = "",
) -> str:
    """A committee draft; `symbol` None leaves the symbol unprinted, as in some scans."""
    first = f"United Nations {symbol}" if symbol else "United Nations"
    preamble = preamble or [
        "Recalling its earlier resolutions on the subject,",
        "Noting with concern the situation described by the Special Rapporteur,",
    ]
    operative = operative or [
        "Decides to remain seized of the matter;",
        "Requests the Secretary-General to report to it at its next session.",
    ]
    lines = [
        first,
        "General Assembly",
        "Distr.: Limited",
        "12 October 2026",
        "",
        f"{SESSIONS[session]} session",
        f"{COMMITTEES[committee]} Committee",
        f"Agenda item {agenda}",
        "",
    ]
    if note:
        lines += [note, ""]
    lines += [title, "", "The General Assembly,", ""]
    lines += [p + "\n" for p in preamble]
    lines += [f"{n}. {p}\n" for n, p in enumerate(operative, start=1)]
    return "\n".join(lines)
