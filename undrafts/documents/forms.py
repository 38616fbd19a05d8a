"""Forms for entering and editing documents in the admin: validation only, no writes."""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

from undrafts.extraction import ExtractionError
from undrafts.parsing import SymbolError, parse_symbol

from .exceptions import ImportRefused
from .limits import paragraph_too_long, upload_extract
from .models import Document, Lineage
from .selectors import symbol_is
from .services import clean_paragraph_text, document_prepare

UPLOAD_TYPES = (".txt", ".docx", ".pdf")


def _canonical(symbol: str) -> str:
    try:
        return parse_symbol(symbol.strip()).text
    except SymbolError as exc:
        raise ValidationError(str(exc), code="symbol") from exc


def _new_symbol(symbol: str) -> str:
    symbol = _canonical(symbol)
    if Document.objects.filter(symbol_is(symbol)).exists():
        raise ValidationError(
            "A document with the symbol %(symbol)s already exists; a new version needs "
            "its own symbol (…/Rev.2, …/Corr.1).",
            code="duplicate",
            params={"symbol": symbol},
        )
    return symbol


class DocumentImportForm(forms.Form):
    """A new document from pasted text or a file; the preview is shown before anything is saved."""

    symbol = forms.CharField(
        max_length=100,
        required=False,
        help_text="As printed, e.g. A/C.1/73/L.27/Rev.2. Leave empty to take it from the text.",
    )
    kind = forms.ChoiceField(
        choices=[("", "Detect from the symbol and the text"), *Document.Kind.choices],
        required=False,
    )
    title = forms.CharField(
        max_length=1000, required=False, help_text="Leave empty to take it from the text."
    )
    date = forms.DateField(
        required=False,
        help_text="Date of issue, YYYY-MM-DD. Leave empty to take it from the text.",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    lineage = forms.ModelChoiceField(
        queryset=Lineage.objects.all(), required=False, empty_label="(none)"
    )
    follows = forms.CharField(
        max_length=100,
        required=False,
        label="Revises or follows",
        help_text="Symbol of the earlier text, e.g. A/C.1/73/L.27/Rev.1.",
        widget=forms.TextInput(attrs={"list": "document-symbols", "autocomplete": "off"}),
    )
    sponsors = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One per line. Leave empty to use the sponsors named in the text.",
    )
    file = forms.FileField(
        required=False,
        label="Upload a file",
        help_text="A .txt, .docx or .pdf file. Its text replaces the text below.",
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(UPLOAD_TYPES)}),
    )
    text = forms.CharField(
        required=False,
        strip=False,
        label="Or paste the text",
        widget=forms.Textarea(attrs={"rows": 20, "spellcheck": "false"}),
        help_text="Paste the whole document, header to last paragraph. Fix it here and "
        "preview again if the structure below is wrong.",
    )
    source_name = forms.CharField(required=False, max_length=255, widget=forms.HiddenInput)
    # What reading the file found (tracked changes accepted), carried from preview to save.
    file_warnings = forms.CharField(required=False, max_length=4000, widget=forms.HiddenInput)
    previewed = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)

    def clean_symbol(self) -> str:
        symbol = self.cleaned_data["symbol"].strip()
        return _new_symbol(symbol) if symbol else ""

    def clean_follows(self) -> Document | None:
        symbol = self.cleaned_data["follows"].strip()
        if not symbol:
            return None
        canonical = _canonical(symbol)
        document = Document.objects.filter(symbol_is(canonical)).first()
        if document is None:
            raise ValidationError(
                "No document with the symbol %(symbol)s is stored.",
                code="unknown",
                params={"symbol": canonical},
            )
        return document

    def clean_sponsors(self) -> list[str] | None:
        names = []
        for line in self.cleaned_data["sponsors"].splitlines():
            name = clean_paragraph_text(line).strip(" ,;")
            if len(name) > 200:
                raise ValidationError("A sponsor's name is limited to 200 characters.")
            if name and name not in names:
                names.append(name)
        return names or None

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        limit = settings.MAX_UPLOAD_BYTES
        # Checked on the size Django recorded, before the file is read into memory.
        if upload.size > limit:
            raise ValidationError(
                "The file is %(size)s; the limit is %(limit)s.",
                code="too_big",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        suffix = PurePath(upload.name or "").suffix.lower()
        if suffix not in UPLOAD_TYPES:
            hint = " Save it as .docx first." if suffix in {".doc", ".rtf", ".odt"} else ""
            raise ValidationError(
                "Files of type %(suffix)s cannot be read: use .txt, .docx or .pdf.%(hint)s",
                code="type",
                params={"suffix": suffix or "(none)", "hint": hint},
            )
        try:
            extracted = upload_extract(upload.name, upload.read(limit + 1))
        except ExtractionError as exc:
            raise ValidationError(str(exc), code="unreadable") from exc
        upload.extracted, upload.warnings = extracted.text, extracted.warnings
        return upload

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload:
            cleaned["text"] = upload.extracted
            cleaned["source_name"] = PurePath(upload.name).name[:255]
            cleaned["file_warnings"] = "\n".join(upload.warnings)[:4000]
        elif self.errors.get("file"):
            return cleaned
        # Browsers send a textarea's lines ending in CR LF; the preview's digest must match.
        raw = (cleaned.get("text") or "").replace("\r\n", "\n").replace("\r", "\n")
        cleaned["text"] = raw
        if not raw.strip():
            self.add_error("text", "Paste the document's text or choose a file.")
            return cleaned
        try:
            # Parsed once, as the import will take it: the preview shows it, the save stores it.
            parsed = document_prepare(raw)
        except ImportRefused as exc:
            self.add_error("text", str(exc))
            return cleaned
        if not any(text.paragraphs for text in parsed.texts):
            self.add_error(
                "text",
                "No resolution body was found: no preambular or numbered operative paragraphs. "
                "Check that you pasted the document itself.",
            )
            return cleaned
        cleaned["parsed"] = parsed
        if "symbol" in cleaned and not cleaned["symbol"]:
            self._symbol_from_text(cleaned, parsed)
        follows = cleaned.get("follows")
        if follows is not None and cleaned.get("symbol") == follows.symbol:
            self.add_error("follows", "A document cannot revise itself.")
        if follows is not None and "lineage" in cleaned and cleaned["lineage"] is None:
            # A revision belongs where the text it revises belongs, unless told otherwise.
            cleaned["lineage"] = follows.lineage
        return cleaned

    def _symbol_from_text(self, cleaned: dict, parsed) -> None:
        if not parsed.symbol:
            self.add_error("symbol", "No symbol is printed in the text; give the symbol here.")
            return
        try:
            cleaned["symbol"] = _new_symbol(parsed.symbol)
        except ValidationError as exc:
            self.add_error("symbol", exc)

    def digest(self) -> str:
        """What the preview showed: confirming anything else shows a new preview instead."""
        data = self.cleaned_data
        shown = [
            data.get("text", ""),
            data.get("symbol", ""),
            data.get("kind", ""),
            data.get("title", ""),
            str(data.get("date") or ""),
            str(data["lineage"].pk if data.get("lineage") else ""),
            data["follows"].symbol if data.get("follows") else "",
            data.get("sponsors") or [],
            data.get("file_warnings", ""),
        ]
        return hashlib.sha256(json.dumps(shown).encode()).hexdigest()

    def import_arguments(self) -> dict:
        """Keyword arguments for services.document_add."""
        data = self.cleaned_data
        return {
            "raw": data["text"],
            "symbol": data["symbol"],
            "kind": data["kind"] or None,
            "source": Document.Source.FILE if data.get("source_name") else Document.Source.PASTE,
            "source_name": data.get("source_name", ""),
            "metadata": {"title": data["title"], "date": data["date"]},
            "sponsors": data["sponsors"],
            "lineage": data["lineage"],
            "follows": data["follows"],
            "parsed": data["parsed"],
            "warnings": self.warnings_from_file(),
        }

    def warnings_from_file(self) -> list[str]:
        return [
            line for line in (self.cleaned_data.get("file_warnings") or "").splitlines() if line
        ]


class ParagraphEditForm(forms.Form):
    """A new wording of one paragraph, made against the text version the editor opened."""

    # No maxlength on the textarea: a browser would cut a longer paste without a word.
    # clean_content refuses it with the limit instead, the same one imports obey.
    content = forms.CharField(widget=forms.Textarea(attrs={"rows": 10}), label="Wording")
    reason = forms.CharField(
        max_length=500,
        required=False,
        help_text='Optional: why, e.g. "Corrigendum 1" or "oral revision".',
    )
    base_version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)

    def clean_content(self) -> str:
        content = clean_paragraph_text(self.cleaned_data["content"])
        if not content:
            raise ValidationError("A paragraph cannot be empty; withdraw the document instead.")
        too_long = paragraph_too_long(len(content))
        if too_long:
            raise ValidationError(too_long, code="too_long")
        return content


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Shown on the document's page, e.g. “Replaced by A/C.1/73/L.27/Rev.2”.",
    )


class DocumentChangeForm(forms.ModelForm):
    """The admin's form for a document's details, refusing to save over a newer save."""

    loaded_at = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Document
        fields = [
            "kind",
            "title",
            "session",
            "committee",
            "agenda_item",
            "date",
            "adoption_date",
            "distribution",
            "original_language",
            "meeting",
            "lineage",
            "follows",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["loaded_at"] = self.instance.updated_at.isoformat()

    def clean_follows(self):
        follows = self.cleaned_data.get("follows")
        seen = set()
        step = follows
        while step is not None and step.pk not in seen:
            if self.instance.pk and step.pk == self.instance.pk:
                raise ValidationError("A document cannot follow itself or a text that follows it.")
            seen.add(step.pk)
            step = step.follows
        return follows

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        current = Document.objects.filter(pk=self.instance.pk).first()
        loaded = self.cleaned_data.get("loaded_at", "")
        if current is None or current.updated_at.isoformat() == loaded:
            return cleaned
        changed = []
        for name in self.changed_data:
            if name in ("loaded_at",) or name not in self.fields:
                continue
            theirs = getattr(current, name, None)
            mine = cleaned.get(name)
            if str(theirs or "") != str(mine or ""):
                changed.append(
                    f"{self.fields[name].label}: saved “{theirs or ''}”, yours “{mine or ''}”"
                )
        # Show the form again with the newer version as its base: saving again is a choice.
        self.data = self.data.copy()
        self.data["loaded_at"] = current.updated_at.isoformat()
        raise ValidationError(
            "Someone else saved this document after you opened it. "
            + ("; ".join(changed) + ". " if changed else "")
            + "Check the values and save again to keep yours.",
            code="conflict",
        )
