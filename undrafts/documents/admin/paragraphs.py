from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from undrafts.diffing.words import word_diff

from ..exceptions import EditConflict, ImportRefused
from ..forms import ParagraphEditForm
from ..models import Paragraph
from ..selectors import paragraph_history
from ..services import paragraph_revise
from .access import EditorAccess

EDIT_TEMPLATE = "admin/documents/paragraph/edit.html"


@admin.register(Paragraph)
class ParagraphAdmin(EditorAccess, admin.ModelAdmin):
    list_display = ["__str__", "kind", "opening"]
    list_select_related = ["text__document"]
    list_filter = ["kind"]
    search_fields = ["text__document__symbol", "label", "content"]

    def has_add_permission(self, request, *args) -> bool:
        # Paragraphs come from an import; a missing one means the text needs fixing there.
        return False

    def _paragraph(self, request, object_id: str) -> Paragraph:
        paragraph = self.get_object(request, unquote(object_id))
        if paragraph is None:
            raise Http404("No such paragraph.")
        if not self.has_view_permission(request, paragraph):
            raise PermissionDenied
        return paragraph

    def _context(self, request, paragraph: Paragraph, title: str) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": title,
            "paragraph": paragraph,
            "text": paragraph.text,
            "document": paragraph.text.document,
            "has_view_permission": True,
            "can_edit": self.has_change_permission(request, paragraph),
        }

    def change_view(self, request: HttpRequest, object_id, form_url="", extra_context=None):
        """Edit one paragraph; the save is refused if someone saved it after it was opened."""
        paragraph = self._paragraph(request, object_id)
        context = self._context(request, paragraph, f"Edit {paragraph}")
        if request.method != "POST":
            form = ParagraphEditForm(
                initial={"content": paragraph.content, "base_version": paragraph.text.version}
            )
            return TemplateResponse(request, EDIT_TEMPLATE, {**context, "form": form})
        if not context["can_edit"]:
            raise PermissionDenied
        form = ParagraphEditForm(request.POST)
        if not form.is_valid():
            return TemplateResponse(request, EDIT_TEMPLATE, {**context, "form": form})
        data = form.cleaned_data
        try:
            revision = paragraph_revise(
                paragraph_id=paragraph.pk,
                content=data["content"],
                author=request.user,
                base_version=data["base_version"],
                reason=data["reason"],
            )
        except EditConflict as conflict:
            return self._conflict(request, paragraph, form, conflict, context)
        except ImportRefused as exc:
            form.add_error("content", str(exc))
            return TemplateResponse(request, EDIT_TEMPLATE, {**context, "form": form})
        if revision is None:
            messages.info(request, f"{paragraph.label} is unchanged; nothing was saved.")
        else:
            self.log_change(request, paragraph, data["reason"] or "Reworded.")
            messages.success(
                request,
                f"Saved {paragraph.label} of {paragraph.text}: version {revision.text_version}.",
            )
        text_url = reverse("admin:documents_text_change", args=[paragraph.text_id])
        return HttpResponseRedirect(text_url)

    def _conflict(self, request, paragraph, form, conflict: EditConflict, context) -> HttpResponse:
        """Show the other editor's wording beside this one; saving again is then a choice."""
        latest = paragraph.revisions.select_related("author").order_by("-text_version").first()
        mine = form.cleaned_data["content"]
        retry = ParagraphEditForm(
            initial={
                "content": mine,
                "reason": form.cleaned_data["reason"],
                "base_version": conflict.current_version,
            }
        )
        context.update(
            form=retry,
            conflict={
                "message": str(conflict),
                "theirs": conflict.current_content,
                "author": latest.author if latest else None,
                "saved_at": latest.created_at if latest else None,
                "words": word_diff(conflict.current_content, mine),
            },
        )
        return TemplateResponse(request, EDIT_TEMPLATE, context, status=409)

    def history_view(self, request: HttpRequest, object_id, extra_context=None):
        """Every wording the paragraph has had, newest first, each against the one before."""
        paragraph = self._paragraph(request, object_id)
        revisions = paragraph_history(paragraph)
        entries = []
        previous = None
        for revision in revisions:
            entries.append(
                {
                    "revision": revision,
                    "words": word_diff(previous.content, revision.content) if previous else None,
                }
            )
            previous = revision
        entries.reverse()
        context = self._context(request, paragraph, f"History of {paragraph}")
        return TemplateResponse(
            request,
            "admin/documents/paragraph/history.html",
            {**context, "entries": entries},
        )
