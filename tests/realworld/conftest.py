"""The real UN PDFs in ../shared/realworld/, as published; tests skip where it is absent."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from undrafts.extraction.text import extract_text

REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "realworld"
PDF_DIR = REALWORLD / "pdf"


def realworld_available() -> bool:
    return (REALWORLD / "pairs.json").is_file() and PDF_DIR.is_dir()


def pdf_path(symbol: str) -> Path:
    """A/RES/80/38 -> .../pdf/A_RES_80_38.pdf, the folder's naming rule."""
    return PDF_DIR / (symbol.replace("/", "_") + ".pdf")


@cache
def extracted(symbol: str) -> str:
    """A shared PDF's text as the admin's upload extracts it, once per test session
    (extraction is the slow part, and several test modules read the same PDFs)."""
    path = pdf_path(symbol)
    return extract_text(path.name, path.read_bytes())


def all_pdfs() -> list[Path]:
    return sorted(PDF_DIR.glob("*.pdf")) if realworld_available() else []


@pytest.fixture(scope="session")
def pairs() -> dict:
    if not realworld_available():
        pytest.skip(f"the real-document folder {REALWORLD} is absent")
    return json.loads((REALWORLD / "pairs.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _needs_realworld():
    if not realworld_available():
        pytest.skip(f"the real-document folder {REALWORLD} is absent")
