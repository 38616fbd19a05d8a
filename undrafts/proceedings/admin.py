"""Votes in the admin: read-only (they come from the reports), with a way to read a report again."""

from django.contrib import admin, messages
from django.http import HttpRequest

from undrafts.documents.admin.access import EditorAccess, is_editor
from undrafts.documents.exceptions import UndraftsError

from .models import Vote
from .services import proceedings_import


@admin.register(Vote)
class VoteAdmin(EditorAccess, admin.ModelAdmin):
    list_display = [
        "draft_symbol",
        "subject",
        "paragraph_label",
        "outcome",
        "summary",
        "counts_match",
        "flagged",
        "report",
    ]
    list_filter = ["subject", "method", "counts_match", "report"]
    search_fields = ["draft_symbol", "paragraph_label", "statement"]
    list_select_related = ["report", "draft"]
    actions = ["read_reports_again"]

    def get_readonly_fields(self, request, obj=None):
        return [field.name for field in Vote._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    @admin.display(boolean=True, description="Lists flagged")
    def flagged(self, vote: Vote) -> bool:
        return bool(vote.discrepancies)

    @admin.action(description="Read the selected votes' reports again")
    def read_reports_again(self, request: HttpRequest, queryset) -> None:
        if not is_editor(request.user):
            self.message_user(request, "Only editors can read reports again.", messages.ERROR)
            return
        reports = {vote.report for vote in queryset.select_related("report")}
        for report in sorted(reports, key=lambda r: r.symbol):
            try:
                result = proceedings_import(report=report)
            except UndraftsError as error:
                self.message_user(request, str(error), messages.ERROR)
                continue
            self.message_user(
                request,
                f"{report.symbol}: {result.votes} votes, "
                f"{result.discrepancies} with flagged lists.",
                messages.SUCCESS,
            )
