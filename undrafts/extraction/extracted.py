"""What an extractor gives back: the text, and what the importer should know about it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extracted:
    text: str
    warnings: list[str] = field(default_factory=list)
