"""Writes: turning a committee report's proceedings into votes and sponsor lists."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction

from undrafts.documents.models import Document, Sponsor
from undrafts.documents.selectors import symbol_is
from undrafts.parsing.country_names import normalise_country
from undrafts.parsing.proceedings import DraftProceedings, parse_proceedings

from .exceptions import ProceedingsRefused
from .models import Vote


@dataclass
class ProceedingsImport:
    report: Document
    votes: int = 0
    drafts_found: list[str] = field(default_factory=list)  # drafts stored here
    drafts_missing: list[str] = field(default_factory=list)  # named, not stored
    sponsors: dict[str, int] = field(default_factory=dict)  # symbol -> sponsors now
    discrepancies: int = 0  # votes whose lists the data flags


def _document(symbol: str) -> Document | None:
    return Document.objects.filter(symbol_is(symbol)).first()


@transaction.atomic
def proceedings_import(*, report: Document) -> ProceedingsImport:
    """Store the votes the report records and the sponsors it names. Safe to run again.

    Votes are replaced by the report's current reading. Sponsors: a draft whose text
    was taken from this report gets the report's list (those it was submitted on behalf
    of, in order, then those who joined later); a draft stored from its own file keeps
    its own list and gains only the names the report says joined later.
    """
    if not report.raw_text.strip():
        raise ProceedingsRefused(f"{report.symbol} has no stored text to read votes from.")
    proceedings = parse_proceedings(report.raw_text)
    result = ProceedingsImport(report=report)

    position = 0
    for draft in proceedings.drafts:
        documents = [d for d in (_document(s) for s in draft.symbols) if d is not None]
        if documents:
            result.drafts_found.extend(d.symbol for d in documents)
        else:
            result.drafts_missing.append(draft.latest_symbol)
        for document in documents:
            count = _sponsors_store(document, draft, report=report)
            if count is not None:
                result.sponsors[document.symbol] = count
        for parsed in draft.votes:
            position += 1
            data = parsed.as_dict()
            Vote.objects.update_or_create(
                report=report,
                position=position,
                defaults={
                    "draft": _document(parsed.draft_symbol),
                    "draft_symbol": parsed.draft_symbol,
                    "subject": parsed.subject,
                    "method": parsed.method,
                    "outcome": parsed.outcome,
                    "paragraph_label": parsed.paragraphs[0] if parsed.paragraphs else "",
                    "paragraph_labels": data["paragraphs"],
                    "paragraph_phrase": parsed.paragraph_phrase[:200],
                    "statement": parsed.statement,
                    "report_paragraph": parsed.report_paragraph[:20],
                    "meeting": parsed.meeting[:200],
                    "recommended_as": parsed.recommended_as[:100],
                    "yes": parsed.yes,
                    "no": parsed.no,
                    "abstain": parsed.abstain,
                    "in_favour": data["in_favour"],
                    "against": data["against"],
                    "abstaining": data["abstaining"],
                    "notes": data["notes"],
                    "intentions": data["intentions"],
                    "discrepancies": data["discrepancies"],
                    "corrections": data["corrections"],
                    "counts_match": data["counts_match"],
                },
            )
            result.votes += 1
            if data["discrepancies"]:
                result.discrepancies += 1
    Vote.objects.filter(report=report, position__gt=position).delete()
    return result


def _sponsors_store(document: Document, draft: DraftProceedings, *, report: Document) -> int | None:
    if not draft.sponsors:
        return None
    existing = list(document.sponsors.all())
    if document.source_document_id == report.pk or not existing:
        # The report is this text's source: its list is the list.
        Sponsor.objects.filter(document=document).delete()
        first = list(draft.on_behalf_of or draft.submitted_by)
        later = [n for n in draft.joined_later if n not in first]
        Sponsor.objects.bulk_create(
            [Sponsor(document=document, name=n, position=i) for i, n in enumerate(first, 1)]
            + [
                Sponsor(document=document, name=n, position=i, joined_later=True)
                for i, n in enumerate(later, len(first) + 1)
            ]
        )
        return len(first) + len(later)
    # The document prints its own list; the report adds who joined after it was issued.
    names = {normalise_country(s.name).name for s in existing}
    position = max(s.position for s in existing)
    for name in draft.joined_later:
        if name not in names:
            position += 1
            Sponsor.objects.create(
                document=document, name=name, position=position, joined_later=True
            )
            names.add(name)
    return len(names)


def proceedings_import_all() -> list[ProceedingsImport]:
    """Read every stored committee report; the seed loader runs this after loading."""
    reports = Document.objects.filter(
        kind=Document.Kind.COMMITTEE_REPORT, extraction__raw_text__gt=""
    )
    return [proceedings_import(report=report) for report in reports.order_by("symbol")]
