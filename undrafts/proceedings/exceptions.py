from undrafts.documents.exceptions import UndraftsError


class ProceedingsRefused(UndraftsError):
    """The document cannot be read for proceedings (no text, or not a report)."""
