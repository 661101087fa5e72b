"""openapi/openapi.yaml is generated from the code, valid, and useful to a client."""

from openapi_spec_validator import validate

from banzheng.common.openapi import document, to_yaml
from banzheng.settings import REPO_ROOT

COMMITTED = REPO_ROOT / "openapi" / "openapi.yaml"
METHODS = {"get", "post", "put", "patch", "delete", "head"}


def operations(spec):
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield path, method, op


async def test_committed_document_matches_the_code(app):
    generated = to_yaml(document(app))
    assert COMMITTED.read_text(encoding="utf-8") == generated, (
        "openapi/openapi.yaml is stale: run .venv/bin/python scripts/export_openapi.py and commit it"
    )


async def test_document_is_valid_openapi(app):
    validate(document(app))


async def test_every_operation_declares_its_success_and_error_answers(app):
    spec = document(app)
    ops = list(operations(spec))
    assert len(ops) >= 9
    for path, method, op in ops:
        codes = set(op["responses"])
        assert "default" not in codes, f"{method} {path} is documented as default: OK"
        success = [c for c in codes if c.startswith("2")]
        assert success, f"{method} {path} has no success response"
        if op.get("security"):
            assert {"401", "403"} <= codes, f"{method} {path} does not document 401/403"
        if "requestBody" in op:
            assert "422" in codes, f"{method} {path} does not document 422"
        for code in codes - set(success):
            content = op["responses"][code]["content"]
            if "text/html" in content:  # a server-rendered page answers errors with a page
                assert "text/html" in op["responses"][success[0]]["content"]
                continue
            schema = content["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorBody"}


async def test_core_paths_of_design_md_are_present(app):
    paths = document(app)["paths"]
    for path, method in [
        ("/api/v1/auth/wechat", "post"),
        ("/api/v1/auth/dev-login", "post"),
        ("/api/v1/auth/staff-login", "post"),
        ("/api/v1/auth/refresh", "post"),
        ("/api/v1/auth/logout", "post"),
        ("/api/v1/me", "get"),
        ("/api/v1/me/houses", "get"),
    ]:
        assert method in paths.get(path, {}), f"{method.upper()} {path} missing"
