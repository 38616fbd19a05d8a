class UndraftsError(Exception):
    """A domain error whose message is safe and useful to show the user."""


class ImportRefused(UndraftsError):
    """The input cannot become a document; nothing was written."""


class EditConflict(UndraftsError):
    """Someone saved the paragraph after the editor opened it."""

    def __init__(self, message: str, *, current_content: str, current_version: int):
        super().__init__(message)
        self.current_content = current_content
        self.current_version = current_version


class UnknownSymbol(UndraftsError):
    """No document carries this symbol."""

    def __init__(self, symbol: str, suggestions: list[str] | None = None):
        super().__init__(f"No document with the symbol {symbol} is stored.")
        self.symbol = symbol
        self.suggestions = suggestions or []
