"""The API's description is valid OpenAPI 3.1, covers every endpoint, and holds under fuzzing."""

import os
import re

import jsonschema
import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from undrafts.api import urls as api_urls
from undrafts.api.main import openapi_schema
from undrafts.wsgi import application

from .conftest import L8, RES


def test_the_schema_is_served_and_valid_openapi_3_1(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    schema = response.json()
    assert schema == openapi_schema()
    assert schema["openapi"] == "3.1.0"
    validate(schema)


def test_the_schema_describes_every_endpoint():
    documented = set(openapi_schema()["paths"])
    # Not described: the catch-all 404, the answer to a pair without its dots, ninja's root.
    undocumented = {"not-found", "compare-pair", "api-root"}
    for pattern in api_urls.urlpatterns:
        if pattern.name in undocumented:
            continue
        route = "/api/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", str(pattern.pattern))
        assert route in documented, route


def test_the_compare_response_matches_the_documented_contract(client, seeds):
    schema = openapi_schema()
    answer = schema["paths"]["/api/compare/{left}...{right}/"]["get"]["responses"]["200"]
    comparison = {**answer["content"]["application/json"]["schema"], **schema}
    validator = jsonschema.Draft202012Validator(comparison)
    validator.validate(client.get(f"/api/compare/{L8}...{RES}/").json())


def test_a_documented_error_code_is_used_by_the_api(client, seeds):
    schemas = openapi_schema()["components"]["schemas"]
    codes = schemas["Error"]["properties"]["error"]
    codes = schemas[codes["$ref"].rsplit("/", 1)[-1]] if "$ref" in codes else codes
    body = client.get("/api/documents/A/RES/1/1/").json()
    assert body["error"]["code"] in codes["properties"]["code"]["enum"]


@pytest.fixture
def connection_kept_open():
    """Requests go through the real WSGI app, which closes the database connection after
    each one; inside a test's transaction it must stay open, as Django's test client keeps it."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# Bounded for the suite; FUZZ_EXAMPLES=500 for a deeper run by hand.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
fuzzed = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
fuzzed.config.generation.update(max_examples=EXAMPLES, deterministic=True)


@pytest.mark.django_db
@fuzzed.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_no_generated_request_makes_the_api_fail(case, seeds, connection_kept_open):
    """schemathesis: no 5xx, and every answer has a documented status, type and shape."""
    case.call_and_validate(
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
            negative_data_rejection,
        ]
    )
