class ExtractionError(Exception):
    """The file cannot be read as a document; the message says why and is safe to show."""
