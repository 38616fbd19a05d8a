"""Who may do what in the admin."""

from __future__ import annotations

from django.http import HttpRequest

EDITORS = "Editors"


def is_editor(user) -> bool:
    """Active staff in the Editors group, or a superuser."""
    if not (user and user.is_active and user.is_staff):
        return False
    return user.is_superuser or user.groups.filter(name=EDITORS).exists()


class EditorAccess:
    """Staff may view; editors may add and change; nobody deletes (withdraw instead)."""

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return bool(request.user.is_active and request.user.is_staff)

    def has_add_permission(self, request: HttpRequest, *args) -> bool:
        return is_editor(request.user)

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return is_editor(request.user)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)
