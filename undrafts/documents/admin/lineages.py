from django.contrib import admin

from ..models import Lineage
from .access import EditorAccess, is_editor


@admin.register(Lineage)
class LineageAdmin(EditorAccess, admin.ModelAdmin):
    list_display = ["name", "slug", "document_count"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description="Documents")
    def document_count(self, lineage: Lineage) -> int:
        return lineage.documents.count()

    def get_readonly_fields(self, request, obj=None):
        # A lineage's slug is in shared links once it is saved.
        return ["slug"] if obj is not None else []

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj is not None else self.prepopulated_fields

    def has_delete_permission(self, request, obj=None) -> bool:
        return is_editor(request.user) and request.user.is_superuser
