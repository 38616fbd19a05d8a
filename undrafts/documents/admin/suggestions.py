"""Links the archive found: editors accept or reject the doubtful ones."""

from django.contrib import admin, messages
from django.utils.html import format_html

from ..linking import link_decide
from ..models import DocumentLink
from .access import EditorAccess, is_editor
from .links import comparison_url


@admin.register(DocumentLink)
class DocumentLinkAdmin(EditorAccess, admin.ModelAdmin):
    list_display = ["later", "earlier", "relation", "confidence_percent", "status", "compare"]
    list_filter = ["status", "relation"]
    search_fields = ["later__symbol", "earlier__symbol", "evidence"]
    list_select_related = ["later", "earlier"]
    actions = ["accept", "reject"]
    readonly_fields = [
        "later",
        "earlier",
        "relation",
        "confidence",
        "evidence",
        "text_kept",
        "status",
        "decided_by",
        "decided_at",
        "compare",
    ]
    fields = readonly_fields

    def has_add_permission(self, request, *args) -> bool:
        return False  # editors link documents on the document itself

    @admin.display(description="Confidence", ordering="confidence")
    def confidence_percent(self, link: DocumentLink) -> str:
        return f"{round(link.confidence * 100)}%"

    @admin.display(description="Comparison")
    def compare(self, link: DocumentLink) -> str:
        return format_html(
            '<a href="{}">Compare {} with {}</a>',
            comparison_url(link.earlier, link.later),
            link.earlier.symbol,
            link.later.symbol,
        )

    def _decide(self, request, queryset, accept: bool) -> None:
        if not is_editor(request.user):
            self.message_user(request, "Only editors decide links.", messages.ERROR)
            return
        for link in queryset:
            link_decide(link=link, accept=accept, editor=request.user)
        verb = "accepted" if accept else "rejected"
        self.message_user(request, f"{queryset.count()} link(s) {verb}.", messages.SUCCESS)

    @admin.action(description="Accept the selected links (apply them)")
    def accept(self, request, queryset):
        self._decide(request, queryset, True)

    @admin.action(description="Reject the selected links (never suggest them again)")
    def reject(self, request, queryset):
        self._decide(request, queryset, False)
