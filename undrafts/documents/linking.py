"""Writes for found links: store the suggestions, apply confident ones to `follows` and
lineages, and record editors' decisions. The rules themselves are in link_rules.py."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.db.models.functions import Substr
from django.utils import timezone
from django.utils.text import slugify

from undrafts.parsing import SymbolError, parse_symbol

from . import link_rules
from .exceptions import UndraftsError
from .models import Document, DocumentLink, Lineage, Paragraph

HEADER_CHARS = 4000  # drafts name the draft they replace, and resolutions their draft, up top
DRAFT_KINDS = {Document.Kind.DRAFT_RESOLUTION, Document.Kind.REVISED_DRAFT_RESOLUTION}
EDITOR_STATUSES = (DocumentLink.Status.ACCEPTED, DocumentLink.Status.REJECTED)
IN_FORCE = (DocumentLink.Status.APPLIED, DocumentLink.Status.ACCEPTED)


@dataclass
class LinkReport:
    found: Counter = field(default_factory=Counter)  # by relation
    applied: int = 0
    suggested: int = 0
    kept_decisions: int = 0
    removed: int = 0
    refused: list[str] = field(default_factory=list)

    def summary(self) -> str:
        relations = ", ".join(f"{n} {r.replace('_', ' ')}" for r, n in sorted(self.found.items()))
        text = (
            f"Links: {sum(self.found.values())} found ({relations or 'none'}); "
            f"{self.applied} applied, {self.suggested} waiting for an editor, "
            f"{self.kept_decisions} editor decisions kept, {self.removed} no longer found."
        )
        return "\n".join([text, *(f"  not applied: {r}" for r in self.refused)])


def _scope(document_ids: list[int] | None):
    documents = Document.objects.filter(withdrawn=False)
    if document_ids is None:
        return documents
    sessions = set(Document.objects.filter(pk__in=document_ids).values_list("session", flat=True))
    near = {s + d for s in sessions if s for d in range(-2, 3)}
    return documents.filter(Q(session__in=near) | Q(session__isnull=True) | Q(pk__in=document_ids))


def _facts(documents) -> tuple[list[link_rules.Facts], dict[str, int]]:
    rows = documents.annotate(header=Substr("extraction__raw_text", 1, HEADER_CHARS)).values_list(
        "pk", "symbol", "kind", "session", "committee", "agenda_item", "title", "header"
    )
    facts, ids = [], {}
    for pk, symbol, kind, session, committee, agenda, title, header in rows:
        try:
            parsed = parse_symbol(symbol)
        except SymbolError:
            continue
        ids[symbol] = pk
        facts.append(
            link_rules.Facts(
                symbol=symbol,
                kind=kind,
                session=session or parsed.session,
                committee=committee if committee is not None else parsed.committee,
                agenda_item=agenda,
                title=title,
                # S/2016/1100 does not say it is a draft; its header did, at import.
                base=parsed.base if parsed.kind == "draft" or kind in DRAFT_KINDS else "",
                revision=parsed.revision,
                header=header or "",
                is_draft=kind in DRAFT_KINDS,
                is_resolution=kind == Document.Kind.RESOLUTION,
            )
        )
    return facts, ids


def _load_texts(symbols: list[str]) -> dict[str, str]:
    texts: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(symbols), 200):
        rows = (
            Paragraph.objects.filter(text__document__symbol__in=symbols[start : start + 200])
            .order_by("text__document_id", "text__position", "position")
            .values_list("text__document__symbol", "content")
        )
        for symbol, content in rows:
            texts[symbol].append(content)
    return {symbol: "\n".join(parts) for symbol, parts in texts.items()}


@transaction.atomic
def links_find_and_apply(*, document_ids: list[int] | None = None) -> LinkReport:
    """Find links among all documents (or those near `document_ids`), store and apply them.

    Links an editor accepted or rejected stay as they are; links the rules no longer find
    are removed, and so is the `follows` they had set.
    """
    report = LinkReport()
    facts, ids = _facts(_scope(document_ids))
    in_scope = set(ids.values())
    existing = {
        (link.earlier_id, link.later_id): link
        for link in DocumentLink.objects.filter(later_id__in=in_scope, earlier_id__in=in_scope)
    }
    symbols = {pk: symbol for symbol, pk in ids.items()}
    excluded = {
        (symbols[e], symbols[lt])
        for (e, lt), link in existing.items()
        if link.status == DocumentLink.Status.REJECTED
    }
    found = link_rules.find_links(facts, link_rules.TextIndex(load=_load_texts), excluded=excluded)
    seen = set()
    for item in found:
        key = (ids[item.earlier], ids[item.later])
        seen.add(key)
        report.found[item.relation] += 1
        link = existing.get(key)
        if link is not None and link.status in EDITOR_STATUSES:
            report.kept_decisions += 1
            continue
        confident = item.confidence >= link_rules.APPLY_AT
        values = {
            "relation": item.relation,
            "confidence": round(item.confidence, 3),
            "evidence": item.evidence[:500],
            "text_kept": None if item.text_kept is None else round(item.text_kept, 3),
            "status": DocumentLink.Status.APPLIED if confident else DocumentLink.Status.SUGGESTED,
        }
        if link is None:
            existing[key] = DocumentLink.objects.create(
                earlier_id=key[0], later_id=key[1], **values
            )
        else:
            for name, value in values.items():
                setattr(link, name, value)
            link.save()
        report.applied += confident
        report.suggested += not confident
    stale = [
        link
        for key, link in existing.items()
        if key not in seen and link.status not in EDITOR_STATUSES
    ]
    for link in stale:
        _unapply(link)
        link.delete()
        report.removed += 1
    links_apply(document_ids=in_scope, report=report)
    return report


def _unapply(link: DocumentLink) -> None:
    Document.objects.filter(pk=link.later_id, follows_id=link.earlier_id).update(
        follows=None, updated_at=timezone.now()
    )


def _best_follows(links: list[DocumentLink]) -> DocumentLink:
    return min(
        links,
        key=lambda k: (link_rules.RELATION_PRIORITY.get(k.relation, 9), -k.confidence),
    )


def links_apply(*, document_ids: set[int], report: LinkReport | None = None) -> None:
    """Set `follows` and the lineage from the links in force touching these documents.

    A `follows` an editor set by hand (no link in force explains it) is never changed.
    """
    report = report or LinkReport()
    links = list(
        DocumentLink.objects.filter(status__in=IN_FORCE).filter(
            Q(later_id__in=document_ids) | Q(earlier_id__in=document_ids)
        )
    )
    by_later: dict[int, list[DocumentLink]] = defaultdict(list)
    for link in links:
        by_later[link.later_id].append(link)
    members = {pk for link in links for pk in (link.earlier_id, link.later_id)}
    documents = Document.objects.in_bulk(members)
    follows: dict[int, int | None] = {pk: d.follows_id for pk, d in documents.items()}
    for later_id, candidates in by_later.items():
        document = documents[later_id]
        ours = {k.earlier_id for k in candidates}
        if document.follows_id is not None and document.follows_id not in ours:
            continue  # an editor's own link
        best = _best_follows(candidates)
        if best.relation == link_rules.YEAR_OVER_YEAR and document.follows_id in ours:
            continue  # it keeps the in-session text it follows
        follows[later_id] = best.earlier_id
    lineages = _lineages(links, documents)
    for pk, document in documents.items():
        lineage_id = lineages.get(pk, document.lineage_id)
        if follows[pk] == document.follows_id and lineage_id == document.lineage_id:
            continue
        try:
            _link(document, lineage_id, follows[pk], documents)
        except UndraftsError as exc:
            report.refused.append(str(exc))


@transaction.atomic
def _link(document: Document, lineage_id, follows_id, documents) -> None:
    from .services import document_link

    follows = documents.get(follows_id) if follows_id else None
    if follows_id and follows is None:
        follows = Document.objects.get(pk=follows_id)
    lineage = Lineage.objects.get(pk=lineage_id) if lineage_id else None
    document_link(document=document, lineage=lineage, follows=follows)
    document.follows_id = follows_id
    document.lineage_id = lineage_id


def _lineages(links: list[DocumentLink], documents: dict[int, Document]) -> dict[int, int]:
    """One lineage per group of linked documents: the one most of them share, else a new one.

    Documents already in another lineage move only when all of that lineage comes along,
    so an editor's lineage is never split.
    """
    parent: dict[int, int] = {}

    def find(pk: int) -> int:
        parent.setdefault(pk, pk)
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    for link in links:
        parent[find(link.earlier_id)] = find(link.later_id)
    groups: dict[int, list[int]] = defaultdict(list)
    for pk in documents:
        groups[find(pk)].append(pk)
    sizes = Counter(
        Document.objects.filter(
            lineage_id__in={d.lineage_id for d in documents.values()}
        ).values_list("lineage_id", flat=True)
    )
    chosen: dict[int, int] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        present = Counter(documents[pk].lineage_id for pk in group if documents[pk].lineage_id)
        if present:
            target = present.most_common(1)[0][0]
        else:
            target = _new_lineage([documents[pk] for pk in group]).pk
        for pk in group:
            current = documents[pk].lineage_id
            if current is None or current == target or present[current] == sizes[current]:
                chosen[pk] = target
    return chosen


def _new_lineage(members: list[Document]) -> Lineage:
    newest = max(members, key=lambda d: (d.kind == Document.Kind.RESOLUTION, d.session or 0))
    name = (newest.title or newest.symbol)[:300]
    base = slugify(name)[:80] or "lineage"
    slug, number = base, 1
    while Lineage.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return Lineage.objects.create(
        name=name, slug=slug, description="Found by the archive from the documents' own words."
    )


@transaction.atomic
def link_decide(*, link: DocumentLink, accept: bool, editor) -> DocumentLink:
    """An editor accepts or rejects a link; the decision is never overwritten by the rules."""
    link = DocumentLink.objects.select_for_update().get(pk=link.pk)
    link.status = DocumentLink.Status.ACCEPTED if accept else DocumentLink.Status.REJECTED
    link.decided_by = editor
    link.decided_at = timezone.now()
    link.save()
    if not accept:
        _unapply(link)
    links_apply(document_ids={link.earlier_id, link.later_id})
    return link
