"""Importing an archive of files: read in parallel processes, each document stored atomically.

Reading (extraction and parsing) is the slow part and writes nothing, so it runs in worker
processes; every write happens here, in the calling process, one transaction per document,
through `document_import`.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from django.db import DatabaseError, transaction

from .archive_files import Prepared, archive_files, content_hash, prepare
from .exceptions import UndraftsError
from .limits import document_chars_limit
from .models import Document
from .planner import statistics_refresh
from .services import document_import


class Outcome:
    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    REVISED = "revised"
    FAILED = "failed"


@dataclass
class FileOutcome:
    path: Path
    status: str
    symbol: str = ""
    reason: str = ""
    document_id: int | None = None


def _known_digests(paths: list[Path]) -> tuple[dict[Path, str], dict[str, str]]:
    """Each readable file's hash, and the symbols already imported with one of those hashes."""
    digests: dict[Path, str] = {}
    for path in paths:
        try:
            digests[path] = content_hash(path.read_bytes())
        except OSError:
            continue  # the worker reports it
    known: dict[str, str] = {}
    values = list(set(digests.values()))
    for start in range(0, len(values), 500):
        rows = Document.objects.filter(content_hash__in=values[start : start + 500])
        known.update(rows.values_list("content_hash", "symbol"))
    return digests, known


def _prepared(paths: list[Path], jobs: int) -> Iterator[Prepared]:
    read = partial(prepare, max_chars=document_chars_limit())
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield read(str(path))
        return
    # spawn: workers start clean, sharing no database connection with this process.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from pool.map(read, [str(p) for p in paths], chunksize=1)


def archive_file_store(prepared: Prepared) -> FileOutcome:
    """Store one prepared file: a new document, new paragraph revisions, or nothing."""
    path = Path(prepared.path)
    if prepared.error:
        return FileOutcome(path, Outcome.FAILED, prepared.symbol, prepared.error)
    try:
        with transaction.atomic():
            result = document_import(
                raw=prepared.raw,
                symbol=prepared.symbol,
                source=Document.Source.FILE,
                source_name=path.name,
                replace=True,
                warnings=prepared.warnings,
            )
            document = result.document
            Document.objects.filter(pk=document.pk).update(content_hash=prepared.digest)
    except UndraftsError as exc:
        return FileOutcome(path, Outcome.FAILED, prepared.symbol, str(exc))
    except DatabaseError as exc:
        return FileOutcome(path, Outcome.FAILED, prepared.symbol, f"not stored: {exc}")
    if result.created:
        status = Outcome.IMPORTED
    elif result.revised_paragraphs or result.added_paragraphs:
        status = Outcome.REVISED
    else:
        status = Outcome.UNCHANGED
    return FileOutcome(path, status, document.symbol, document_id=document.pk)


def archive_import(
    paths: list[str],
    *,
    jobs: int = 1,
    on_start: Callable[[int], None] | None = None,
    on_done: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Import every supported file under `paths`; one bad file never stops the others."""
    files, refused = archive_files(paths)
    outcomes = [FileOutcome(path, Outcome.FAILED, reason=reason) for path, reason in refused]
    digests, known = _known_digests(files)
    todo = []
    for path in files:
        symbol = known.get(digests.get(path, ""))
        if symbol is not None:
            outcomes.append(FileOutcome(path, Outcome.UNCHANGED, symbol))
        else:
            todo.append(path)
    if on_start:
        on_start(len(files))
    for outcome in outcomes:
        if on_done and outcome.status == Outcome.UNCHANGED:
            on_done(outcome)
    for prepared in _prepared(todo, jobs):
        outcome = archive_file_store(prepared)
        outcomes.append(outcome)
        if on_done:
            on_done(outcome)
    if todo:
        statistics_refresh()
    return outcomes
