"""The OpenAPI document describes the offers API well enough to build a client: it validates,
and schemathesis, generating requests from it, finds no server error and no response that
breaks it."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.tests.conftest import SCHEMATHESIS_CASES
from cms.wsgi import application

pytestmark = pytest.mark.django_db


def test_the_openapi_document_validates(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    paths = set(document["paths"])
    assert {
        "/api/offers/",
        "/api/offers/{offer_id}/",
        "/api/offers/export.csv",
        "/api/offers/export.json",
        "/api/municipalities/",
        "/api/municipalities/{code}/",
    } <= paths
    parameters = {parameter["name"] for parameter in document["paths"]["/api/offers/"]["get"]["parameters"]}
    assert {
        "municipality",
        "postcode",
        "radius",
        "type",
        "goal",
        "dutch_level_max",
        "trajectory",
        "day_part",
        "free",
        "childcare",
        "wheelchair",
        "online",
        "locale",
        "updated_since",
        "q",
        "limit",
        "offset",
    } <= parameters


def test_the_docs_page_loads_nothing_from_a_cdn(client):
    html = client.get("/api/docs/").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower() and "https://" not in html


schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


@pytest.fixture
def some_offers(db):
    from offers.tests import factories

    factories.offer(title="Taalcafé")
    factories.offer(factories.municipality_page("Antwerpen"), offer_type="buddy", is_online=True)


@pytest.fixture
def wsgi_inside_the_test_transaction():
    """Requests through the WSGI application would close the database connection at their end
    (as in production); Django's test client keeps it open for the test's transaction, so do
    the same here."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_api_keeps_its_documented_promises(case, some_offers, wsgi_inside_the_test_transaction):
    SCHEMATHESIS_CASES["count"] += 1
    case.call_and_validate(
        checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
    )
