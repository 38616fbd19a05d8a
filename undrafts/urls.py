from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("undrafts.api.urls")),
    path("exports/", include("undrafts.exports.urls")),
    path("", include("undrafts.web.urls")),
]

# A write that found SQLite locked is a 503 with a retry hint; anything else the 500 page.
handler500 = "undrafts.web.views.errors.server_error"
