"""Property-based checks of the HTTP API against its own OpenAPI schema (schemathesis, in-process ASGI)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from linkscreen.web import create_app

_FOLDER = Path(tempfile.mkdtemp(prefix="linkscreen-schema-"))
os.environ.setdefault("LINKSCREEN_HOME", str(_FOLDER / "home"))
APP = create_app(db_url=f"sqlite:///{_FOLDER / 'schema.db'}", home=_FOLDER / "home")
AUTH = {"Authorization": f"Bearer {APP.state.api_token}"}
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(autouse=True)
def quick_retrain(small_corpus: Path) -> None:
    """POST /api/v1/model/retrain trains on a small corpus: what is checked here is the schema, not the model."""


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    """GIVEN generated requests WHEN sent THEN no server error, and responses match the schema."""
    # An upload's file name must end in .zip/.jsonl/.csv/.vcf/.ics/..., and its content start as that kind
    # of file, which OpenAPI cannot say: a generated file is rightly refused (415), so "valid data
    # accepted" is not checked for uploads.
    uploads = case.path.endswith("/import") or (case.path == "/api/v1/evidence" and case.method == "POST")
    excluded = [positive_data_acceptance] if uploads else []
    case.call_and_validate(headers=AUTH, excluded_checks=excluded)
