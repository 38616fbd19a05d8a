"""How fast a real UN PDF imports, against poppler's pdftotext on the same file.

Run from the repository root: ``.venv/bin/python bench/import_bench.py`` (or
``make bench-import``). For every PDF in ../shared/realworld/pdf/ it times what the admin
upload does (extract the text, parse it, store it with ``document_import``) against a
throwaway SQLite database, and ``pdftotext`` reading the same file in the same run
(best of ``--repeat`` each, interleaved so a noisy machine slows both alike). Prints one
row per file with the ratio, then the totals. Aim: no more than 2x pdftotext.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = ROOT.parent / "shared" / "realworld" / "pdf"
sys.path.insert(0, str(ROOT))


def _django(database: Path) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "undrafts.settings")
    os.environ.setdefault("CACHE_URL", "dummy://")
    # Production settings (DEBUG would record every query); the key only signs nothing here.
    os.environ.setdefault("DJANGO_DEBUG", "0")
    os.environ.setdefault("SECRET_KEY", "import-bench-throwaway-key-" + "x" * 40)
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


def _pdftotext(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return time.perf_counter() - start


def _import(path: Path) -> tuple[float, float]:
    """Seconds to extract, and to extract + parse + store; the document is removed after."""
    from django.db import transaction

    from undrafts.documents.models import Document
    from undrafts.documents.services import document_import
    from undrafts.extraction import extract_text

    symbol = path.stem.replace("_", "/")
    start = time.perf_counter()
    raw = extract_text(path.name, path.read_bytes())
    extracted = time.perf_counter()
    document_import(raw=raw, symbol=symbol, source_name=path.name)
    done = time.perf_counter()
    with transaction.atomic():
        Document.objects.filter(symbol=symbol).delete()
    return extracted - start, done - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    if shutil.which("pdftotext") is None:
        print("pdftotext is missing: install poppler-utils (make bench-import does)")
        return 2
    files = sorted(PDF_DIR.glob("*.pdf"))
    if not files:
        print(f"no PDFs in {PDF_DIR}")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        _django(Path(folder) / "bench.sqlite3")
        return _run(files, args.repeat)


def _run(files: list[Path], repeat: int) -> int:
    print(f"{'file':24} {'pages':>5} {'extract':>9} {'import':>9} {'pdftotext':>9} {'ratio':>6}")
    totals = [0.0, 0.0, 0.0]
    import pypdfium2

    for path in files:
        best_extract = best_import = best_poppler = float("inf")
        for _ in range(repeat):
            extract, total = _import(path)
            best_extract = min(best_extract, extract)
            best_import = min(best_import, total)
            best_poppler = min(best_poppler, _pdftotext(path))
        pages = len(pypdfium2.PdfDocument(path))
        totals[0] += best_extract
        totals[1] += best_import
        totals[2] += best_poppler
        print(
            f"{path.name:24} {pages:5} {best_extract * 1000:7.1f}ms {best_import * 1000:7.1f}ms "
            f"{best_poppler * 1000:7.1f}ms {best_import / best_poppler:6.2f}"
        )
    print(
        f"{'total (' + str(len(files)) + ' files)':24} {'':5} {totals[0]:8.2f}s {totals[1]:8.2f}s "
        f"{totals[2]:8.2f}s {totals[1] / totals[2]:6.2f}"
    )
    print("import = extract + parse + store (document_import, SQLite); ratio = import / pdftotext")
    return 0


if __name__ == "__main__":
    sys.exit(main())
