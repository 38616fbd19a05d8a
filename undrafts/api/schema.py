"""The OpenAPI 3.1 description of the API, built in Python so it cannot drift from the code.

Served at /api/openapi.json; tests validate it and fuzz the API against it.
"""

from __future__ import annotations

from functools import cache

from undrafts.diffing import OPS
from undrafts.documents.models import Document
from undrafts.search.terms import MAX_PHRASE_LENGTH

from .pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

API_VERSION = "1.0.0"


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


STRING = {"type": "string"}
URL = {"type": "string", "format": "uri"}
DATE = _nullable({"type": "string", "format": "date"})
SYMBOL_EXAMPLES = ["A/RES/75/240", "A/C.1/73/L.27/Rev.1", "A/75/394"]

ERROR_CODES = [
    "bad_parameter",
    "bad_address",
    "refused",
    "unknown_symbol",
    "unknown_text",
    "unknown_lineage",
    "page_not_found",
    "search_timeout",
    "not_found",
    "method_not_allowed",
    "server_error",
]


def _object(properties: dict, *, required: list[str] | None = None, **extra) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        **extra,
    }


def _page_of(item: str) -> dict:
    return _object(
        {
            "count": {"type": "integer", "minimum": 0},
            "page": {"type": "integer", "minimum": 1},
            "page_size": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            "next": _nullable(URL),
            "previous": _nullable(URL),
            "results": {"type": "array", "items": _ref(item)},
        }
    )


def _components() -> dict:
    paragraph = _object(
        {
            "label": {**STRING, "description": 'Stable label: "PP10", "OP1(a)", "OP1.13".'},
            "kind": {"type": "string", "enum": ["preambular", "operative"]},
            "text": STRING,
            "number": {**STRING, "description": 'As printed: "1", "(a)", "1.13"; "" if none.'},
            "parent_label": {**STRING, "description": 'The lead-in paragraph; "" if none.'},
            "opening": STRING,
            "footnotes": {
                "type": "array",
                "items": _object({"marker": STRING, "text": STRING}),
            },
            "anchor": {**STRING, "description": "The fragment that links to it on its page."},
        }
    )
    document = _object(
        {
            "symbol": {**STRING, "examples": SYMBOL_EXAMPLES},
            "url": URL,
            "html_url": URL,
            "kind": {"type": "string", "enum": list(Document.Kind.values)},
            "kind_label": STRING,
            "title": STRING,
            "session": _nullable({"type": "integer"}),
            "committee": _nullable({"type": "integer"}),
            "agenda_item": STRING,
            "date": DATE,
            "adoption_date": DATE,
            "distribution": STRING,
            "lineage": _nullable(_ref("LineageRef")),
            "follows": _nullable(STRING),
            "withdrawn": {"type": "boolean"},
        }
    )
    detail_extra = {
        "original_language": STRING,
        "meeting": STRING,
        "source": {"type": "string", "enum": list(Document.Source.values)},
        "source_document": _nullable(STRING),
        "source_heading": STRING,
        "withdrawn_reason": STRING,
        "followed_by": {"type": "array", "items": STRING},
        "compare_with_follows": _nullable(URL),
        "sponsors": {
            "type": "array",
            "items": _object(
                {
                    "name": STRING,
                    "position": {"type": "integer"},
                    "joined_later": {"type": "boolean"},
                }
            ),
        },
        "exports": _object({"docx": URL, "txt": URL}),
        "texts": {"type": "array", "items": _ref("Text")},
    }
    comparison_paragraph = _object({"id": STRING, "label": STRING, "kind": STRING, "text": STRING})
    word_op = {
        "type": "array",
        "description": "One run of words: what happened to it and the words themselves.",
        "prefixItems": [{"type": "string", "enum": ["equal", "insert", "delete"]}, STRING],
        "minItems": 2,
        "maxItems": 2,
    }
    row = _object(
        {
            "op": {"type": "string", "enum": list(OPS)},
            "left": {"type": "array", "items": STRING, "description": "Left paragraph ids."},
            "right": {"type": "array", "items": STRING, "description": "Right paragraph ids."},
            "similarity": {"type": "number", "minimum": 0, "maximum": 1},
            "words": {"type": "array", "items": word_op},
            "moved": {"type": "string", "enum": ["up", "down"]},
            "left_position": {"type": "integer", "minimum": 0},
            "moved_from": STRING,
        },
        required=["op", "left", "right", "similarity", "words"],
    )
    side = _object(
        {
            "symbol": STRING,
            "paragraphs": {"type": "array", "items": _ref("ComparisonParagraph")},
        }
    )
    comparison = _object(
        {
            "algorithm": {**STRING, "description": "Bumped whenever a diff could change."},
            "left": side,
            "right": side,
            "rows": {"type": "array", "items": _ref("ComparisonRow")},
            "summary": _object({op: {"type": "integer", "minimum": 0} for op in OPS}),
        },
        description="The contract of `manage.py compare --format json`.",
    )
    lineage_ref = _object({"slug": STRING, "name": STRING, "url": URL})
    lineage = _object(
        {
            **lineage_ref["properties"],
            "description": STRING,
            "document_count": {"type": "integer", "minimum": 0},
        }
    )
    lineage_detail = _object(
        {
            **lineage["properties"],
            "documents": {"type": "array", "items": _ref("Document")},
            "steps": {
                "type": "array",
                "description": "Each text and the one it follows, with their comparison.",
                "items": _object({"from": STRING, "to": STRING, "compare_url": URL}),
            },
        }
    )
    hit = _object(
        {
            "symbol": STRING,
            "document_title": STRING,
            "date": DATE,
            "text_heading": STRING,
            "label": STRING,
            "anchor": STRING,
            "kind": STRING,
            "text": STRING,
            "first": {"type": "boolean", "description": "The earliest occurrence found."},
            "url": URL,
            "html_url": URL,
        }
    )
    search_page = _page_of("SearchHit")
    search_page["properties"] = {
        "query": STRING,
        "truncated": {"type": "boolean"},
        "first_appeared": _nullable(_ref("SearchHit")),
        **search_page["properties"],
    }
    search_page["required"] = list(search_page["properties"])
    error = _object(
        {
            "error": _object(
                {
                    "status": {"type": "integer"},
                    "code": {"type": "string", "enum": ERROR_CODES},
                    "message": STRING,
                    "suggestions": {"type": "array", "items": STRING},
                    "parameter": STRING,
                },
                required=["status", "code", "message", "suggestions"],
            )
        }
    )
    text = _object(
        {
            "position": {"type": "integer", "minimum": 1},
            "heading": STRING,
            "kind": STRING,
            "title": STRING,
            "version": {"type": "integer", "minimum": 1},
            "paragraphs": {"type": "array", "items": _ref("Paragraph")},
        }
    )
    return {
        "schemas": {
            "Document": document,
            "DocumentDetail": _object({**document["properties"], **detail_extra}),
            "DocumentPage": _page_of("Document"),
            "Text": text,
            "Paragraph": paragraph,
            "Comparison": comparison,
            "ComparisonRow": row,
            "ComparisonParagraph": comparison_paragraph,
            "LineageRef": lineage_ref,
            "Lineage": lineage,
            "LineageDetail": lineage_detail,
            "LineagePage": _page_of("Lineage"),
            "SearchHit": hit,
            "SearchPage": search_page,
            "Error": error,
        },
        "parameters": {
            "page": {
                "name": "page",
                "in": "query",
                "description": "Page number, from 1.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 10**9 - 1},
            },
            "page_size": {
                "name": "page_size",
                "in": "query",
                "description": f"Results per page (default {DEFAULT_PAGE_SIZE}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            },
        },
        "responses": {
            name: {
                "description": description,
                "content": {"application/json": {"schema": _ref("Error")}},
            }
            for name, description in [
                ("BadRequest", "A parameter or address is malformed."),
                ("NotFound", "Nothing is stored under this name."),
                ("MethodNotAllowed", "The API is read-only."),
            ]
        },
    }


def _errors(*statuses: int) -> dict:
    names = {400: "BadRequest", 404: "NotFound", 405: "MethodNotAllowed"}
    return {str(s): {"$ref": f"#/components/responses/{names[s]}"} for s in statuses}


def _ok(schema: str, description: str) -> dict:
    return {
        "200": {
            "description": description,
            "content": {"application/json": {"schema": _ref(schema)}},
        }
    }


def _get(operation_id: str, summary: str, responses: dict, parameters=(), **extra) -> dict:
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": list(parameters),
            "responses": responses,
            **extra,
        }
    }


def _path_param(name: str, description: str, examples: list[str]) -> dict:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "string", "minLength": 1, "examples": examples},
        "examples": {f"e{n}": {"value": value} for n, value in enumerate(examples)},
    }


def _query(name: str, description: str, schema: dict, **extra) -> dict:
    return {"name": name, "in": "query", "description": description, "schema": schema, **extra}


PAGE = [{"$ref": "#/components/parameters/page"}, {"$ref": "#/components/parameters/page_size"}]


def _paths() -> dict:
    position = {"type": "integer", "minimum": 1, "maximum": 999}
    compare_ok = _ok("Comparison", "The aligned paragraphs and their word changes.")
    compare_ok["200"]["headers"] = {
        "ETag": {"description": "Tags the pinned texts and the algorithm.", "schema": STRING},
        "Content-Location": {"description": "The pinned address.", "schema": STRING},
    }
    compare_ok["304"] = {"description": "Unchanged since the ETag sent in If-None-Match."}
    return {
        "/api/documents/": _get(
            "listDocuments",
            "Documents, newest first, filtered",
            {
                **_ok("DocumentPage", "A page of documents."),
                **_errors(400, 404, 405),
            },
            [
                _query(
                    "q",
                    "Words in the symbol, title or lineage name.",
                    {"type": "string", "maxLength": 200},
                ),
                _query(
                    "kind",
                    "Kind of document.",
                    {"type": "string", "enum": list(Document.Kind.values)},
                ),
                _query("session", "General Assembly session.", {**position}),
                _query(
                    "lineage",
                    "Lineage slug.",
                    {"type": "string", "maxLength": 100},
                    examples={"ict": {"value": "developments-in-ict"}},
                ),
                *PAGE,
            ],
        ),
        "/api/documents/{symbol}/": _get(
            "getDocument",
            "A document with its texts and paragraphs",
            {**_ok("DocumentDetail", "The document."), **_errors(400, 404, 405)},
            [_path_param("symbol", "The UN symbol.", SYMBOL_EXAMPLES)],
        ),
        "/api/compare/{left}...{right}/": _get(
            "compareTexts",
            "The comparison of two texts, as `manage.py compare --format json` gives it",
            {**compare_ok, **_errors(400, 404, 405)},
            [
                _path_param(
                    "left",
                    "The earlier text: SYMBOL, or SYMBOL@VERSION to pin a version.",
                    ["A/C.1/73/L.27/Rev.1", "A/C.1/75/L.8/Rev.1@1"],
                ),
                _path_param(
                    "right", "The later text, in the same form.", ["A/RES/75/240", "A/RES/75/240@1"]
                ),
                _query("lt", "Position of the text in a multi-text left document.", position),
                _query("rt", "Position of the text in a multi-text right document.", position),
            ],
            description=(
                "Answers the same JSON as the command line. The ETag and Content-Location "
                "headers name the pinned versions; send If-None-Match to revalidate."
            ),
        ),
        "/api/lineages/": _get(
            "listLineages",
            "Families of texts that descend from one another",
            {**_ok("LineagePage", "A page of lineages."), **_errors(400, 404, 405)},
            PAGE,
        ),
        "/api/lineages/{slug}/": _get(
            "getLineage",
            "A lineage: its documents oldest first and each step's comparison",
            {**_ok("LineageDetail", "The lineage."), **_errors(404, 405)},
            [
                _path_param(
                    "slug",
                    "The lineage's slug.",
                    ["developments-in-ict", "responsible-state-behaviour"],
                )
            ],
        ),
        "/api/search/": _get(
            "searchPhrase",
            "Every paragraph that contains a phrase, oldest document first",
            {**_ok("SearchPage", "A page of paragraphs."), **_errors(400, 404, 405)},
            [
                _query(
                    "q",
                    "The phrase, matched as a whole, ignoring case, spacing and quote style.",
                    {"type": "string", "minLength": 1, "maxLength": MAX_PHRASE_LENGTH},
                    required=True,
                    examples={"ict": {"value": "information and communications technologies"}},
                ),
                *PAGE,
            ],
        ),
        "/api/": _get(
            "getIndex",
            "Where to start: the address of each resource",
            {
                "200": {
                    "description": "Addresses, some as templates.",
                    "content": {
                        "application/json": {
                            "schema": _object(
                                {
                                    "openapi": URL,
                                    "documents": URL,
                                    "lineages": URL,
                                    "search": STRING,
                                    "compare": STRING,
                                }
                            )
                        }
                    },
                },
                **_errors(405),
            },
        ),
        "/api/openapi.json": _get(
            "getSchema",
            "This description",
            {
                "200": {
                    "description": "The OpenAPI 3.1 document.",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                },
                **_errors(405),
            },
        ),
    }


@cache
def openapi_schema() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "undrafts API",
            "version": API_VERSION,
            "summary": "How UN texts changed from draft to draft to adopted resolution.",
            "description": (
                "Read-only. Documents are addressed by UN symbol; a comparison names two "
                "texts joined by three dots. Errors answer "
                '{"error": {"status", "code", "message", "suggestions"}}.'
            ),
        },
        "servers": [{"url": "/"}],
        "paths": _paths(),
        "components": _components(),
    }
