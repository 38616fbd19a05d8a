from django.urls import re_path

from .http import read_only
from .main import api
from .views import fallback

app_name = "api"

urlpatterns = [
    *read_only(api.urls[0]),
    # Anything else under /api/ answers in JSON too, never with an HTML page.
    # [\s\S]: a path may hold a newline, which "." would not match.
    re_path(r"^(?P<rest>[\s\S]*)$", fallback.not_found, name="not-found"),
]
