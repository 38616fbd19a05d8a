from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from ..exceptions import ImportRefused
from ..forms import DocumentChangeForm, DocumentImportForm, WithdrawForm
from ..models import Document, Sponsor, Text
from ..services import document_add, document_withdraw
from .access import EditorAccess, is_editor
from .links import comparison_url, public_url
from .previews import import_preview

IMPORT_TEMPLATE = "admin/documents/document/import.html"


class SponsorInline(admin.TabularInline):
    model = Sponsor
    extra = 0
    fields = ["position", "name", "joined_later"]
    ordering = ["joined_later", "position"]

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_staff

    def has_add_permission(self, request, obj=None) -> bool:
        return is_editor(request.user)

    def has_change_permission(self, request, obj=None) -> bool:
        return is_editor(request.user)

    def has_delete_permission(self, request, obj=None) -> bool:
        # A sponsor the parser misread can be removed; that is not a document's deletion.
        return is_editor(request.user)


class TextInline(admin.TabularInline):
    """Texts are made by imports; their paragraphs are edited one by one, with revisions."""

    model = Text
    extra = 0
    fields = ["position", "heading", "title", "version", "paragraphs_link"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    @admin.display(description="Paragraphs")
    def paragraphs_link(self, text: Text) -> str:
        url = reverse("admin:documents_text_change", args=[text.pk])
        return format_html('<a href="{}">{} paragraphs</a>', url, text.paragraphs.count())

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_staff

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Document)
class DocumentAdmin(EditorAccess, admin.ModelAdmin):
    form = DocumentChangeForm
    list_display = ["symbol", "kind", "date", "lineage", "follows", "withdrawn"]
    list_filter = ["kind", "lineage", "withdrawn"]
    search_fields = ["symbol", "title"]
    list_select_related = ["lineage", "follows"]
    date_hierarchy = "date"
    inlines = [SponsorInline, TextInline]
    actions = ["withdraw"]
    readonly_fields = [
        "symbol",
        "public_links",
        "source",
        "source_name",
        "source_document",
        "source_heading",
        "withdrawn",
        "withdrawn_reason",
        "warnings",
        "raw_text",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["symbol", "public_links", "kind", "title", "date", "loaded_at"]}),
        ("Lineage", {"fields": ["lineage", "follows"]}),
        (
            "Session and meeting",
            {
                "fields": [
                    "session",
                    "committee",
                    "agenda_item",
                    "adoption_date",
                    "distribution",
                    "original_language",
                    "meeting",
                ]
            },
        ),
        ("Withdrawal", {"fields": ["withdrawn", "withdrawn_reason"]}),
        (
            "Import",
            {
                "classes": ["collapse"],
                "fields": [
                    "source",
                    "source_name",
                    "source_document",
                    "source_heading",
                    "warnings",
                    "raw_text",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]

    @admin.display(description="On the public site")
    def public_links(self, document: Document) -> str:
        return _links(document, "Document page", "Compare with {}", " · ")

    @admin.display(description="Import warnings")
    def warnings(self, document: Document) -> str:
        notes = list(document.import_warnings or [])
        if not notes:
            return "None"
        items = format_html_join("", "<li>{}</li>", ((note,) for note in notes))
        return format_html("<ul>{}</ul>", items)

    def get_urls(self):
        urls = super().get_urls()
        view = self.admin_site.admin_view(self.import_view)
        return [path("import/", view, name="documents_document_import"), *urls]

    def add_view(self, request, form_url="", extra_context=None):
        # A document is made from its text, never from an empty form.
        target = reverse("admin:documents_document_import")
        query = request.GET.urlencode()
        return HttpResponseRedirect(f"{target}?{query}" if query else target)

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_add_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Add a document from its text or a file",
            "symbols": Document.objects.order_by("symbol").values_list("symbol", flat=True),
            "has_view_permission": True,
        }
        if request.method != "POST":
            form = DocumentImportForm(initial={"follows": request.GET.get("follows", "")[:100]})
            return TemplateResponse(request, IMPORT_TEMPLATE, {**context, "form": form})

        form = DocumentImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return TemplateResponse(request, IMPORT_TEMPLATE, {**context, "form": form})
        digest = form.digest()
        if "_confirm" in request.POST:
            if form.cleaned_data.get("previewed") == digest:
                return self._save_import(request, form, context)
            messages.warning(
                request,
                "The text or details changed after the preview: check this new preview, "
                "then confirm.",
            )
        preview = import_preview(form.cleaned_data["parsed"], form.cleaned_data)
        return TemplateResponse(
            request,
            IMPORT_TEMPLATE,
            {**context, "form": _preview_form(form, digest), "preview": preview},
        )

    def _save_import(self, request, form: DocumentImportForm, context: dict) -> HttpResponse:
        try:
            result = document_add(**form.import_arguments(), author=request.user)
        except (ImportRefused, IntegrityError) as exc:
            message = (
                str(exc)
                if isinstance(exc, ImportRefused)
                else "Someone saved a document with this symbol a moment ago; nothing was saved."
            )
            form.add_error(None, message)
            return TemplateResponse(request, IMPORT_TEMPLATE, {**context, "form": form})
        document = result.document
        source = document.source_name or "pasted text"
        self.log_addition(request, document, f"Imported from {source}.")
        paragraphs = sum(text.paragraphs.count() for text in document.texts.all())
        messages.success(
            request,
            format_html(
                "Saved {} with {} paragraphs. See {}.",
                document.symbol,
                paragraphs,
                _links(document, "its public page", "compare it with {}", " or "),
            ),
        )
        return HttpResponseRedirect(reverse("admin:documents_document_change", args=[document.pk]))

    @admin.action(description="Withdraw the selected documents", permissions=["change"])
    def withdraw(self, request: HttpRequest, queryset):
        documents = list(queryset.filter(withdrawn=False))
        form = WithdrawForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            reason = form.cleaned_data["reason"]
            for document in documents:
                try:
                    document_withdraw(document=document, reason=reason)
                except ImportRefused as exc:
                    form.add_error("reason", str(exc))
                    break
                self.log_change(request, document, f"Withdrawn: {reason}")
            else:
                self.message_user(
                    request,
                    f"Withdrew {len(documents)} document(s); links to them still work.",
                    messages.SUCCESS,
                )
                return None
        return TemplateResponse(
            request,
            "admin/documents/document/withdraw.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": "Withdraw documents",
                "documents": documents,
                "selected": [str(pk) for pk in queryset.values_list("pk", flat=True)],
                "form": form,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


def _links(document: Document, page: str, compare: str, joiner: str) -> str:
    """Links to the document's public page and to its comparison with the text it follows."""
    links = [(public_url(document), page)]
    if document.follows_id:
        follows = document.follows
        links.append((comparison_url(follows, document), compare.format(follows.symbol)))
    return format_html_join(joiner, '<a href="{}">{}</a>', links)


def _preview_form(form: DocumentImportForm, digest: str) -> DocumentImportForm:
    """The form again, holding the text that was previewed (a file's text included)."""
    data = form.cleaned_data
    return DocumentImportForm(
        initial={
            "symbol": data.get("symbol", ""),
            "kind": data.get("kind", ""),
            "title": data.get("title", ""),
            "date": data.get("date"),
            "lineage": data["lineage"].pk if data.get("lineage") else None,
            "follows": data["follows"].symbol if data.get("follows") else "",
            "sponsors": "\n".join(data.get("sponsors") or []),
            "text": data.get("text", ""),
            "source_name": data.get("source_name", ""),
            "file_warnings": data.get("file_warnings", ""),
            "previewed": digest,
        }
    )
