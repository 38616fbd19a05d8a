from __future__ import annotations

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from ..models import Paragraph, Text
from .access import EditorAccess


class ParagraphInline(admin.TabularInline):
    """A text's paragraphs, each with links to edit it and to its history."""

    model = Paragraph
    extra = 0
    fields = ["label", "kind", "wording", "actions"]
    readonly_fields = fields
    can_delete = False
    ordering = ["position"]

    @admin.display(description="Wording")
    def wording(self, paragraph: Paragraph) -> str:
        return Truncator(paragraph.content).words(40)

    @admin.display(description="")
    def actions(self, paragraph: Paragraph) -> str:
        edit = reverse("admin:documents_paragraph_change", args=[paragraph.pk])
        history = reverse("admin:documents_paragraph_history", args=[paragraph.pk])
        return format_html(
            '<a href="{}">Edit<span class="visually-hidden"> {}</span></a> · '
            '<a href="{}">History<span class="visually-hidden"> of {}</span></a>',
            edit,
            paragraph.label,
            history,
            paragraph.label,
        )

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.is_staff

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Text)
class TextAdmin(EditorAccess, admin.ModelAdmin):
    """Read-only: a text's structure comes from its import; wording changes per paragraph."""

    list_display = ["__str__", "heading", "version", "paragraph_count"]
    list_select_related = ["document"]
    search_fields = ["document__symbol", "heading", "title"]
    fields = ["document", "position", "heading", "kind", "title", "version", "warnings"]
    readonly_fields = fields
    inlines = [ParagraphInline]

    @admin.display(description="Paragraphs")
    def paragraph_count(self, text: Text) -> int:
        return text.paragraphs.count()

    def has_add_permission(self, request, *args) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
