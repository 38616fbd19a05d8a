"""Public pages read and never write: GET and HEAD only, anything else 405."""

from collections.abc import Callable

from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe


def public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """GET and HEAD; a POST gets 405 Method Not Allowed, not the CSRF failure page.

    Exempt from the CSRF check only because nothing but a safe method reaches the view:
    the check runs before the view and would answer every other method with 403.
    """
    return csrf_exempt(require_safe(view))
