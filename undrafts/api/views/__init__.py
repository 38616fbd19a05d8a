"""API endpoints, one router per resource."""

from ..schemas import Error


def refusals(*statuses: int) -> dict:
    """The documented error answers of an endpoint, all in the one error shape."""
    return dict.fromkeys(statuses, Error)
