from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("undrafts.api.urls")),
    path("exports/", include("undrafts.exports.urls")),
    path("", include("undrafts.web.urls")),
]
