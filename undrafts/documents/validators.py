from django.core.exceptions import ValidationError


def validate_symbol(value: str) -> None:
    from undrafts.parsing import SymbolError, parse_symbol

    try:
        parsed = parse_symbol(value)
    except SymbolError as exc:
        raise ValidationError(str(exc), code="symbol") from exc
    if parsed.text != value:
        raise ValidationError(
            "Write the symbol as %(canonical)s.", code="symbol", params={"canonical": parsed.text}
        )
