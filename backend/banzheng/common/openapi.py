"""The OpenAPI document as committed in openapi/openapi.yaml.

sanic-ext builds it from the routes' declarations (see common/http.py `endpoint`). It writes
OpenAPI 3.0.3, whose schemas have no `type: null`, while pydantic v2 renders `X | None` as
`anyOf: [X, {type: null}]` and numeric `exclusiveMinimum`; `normalise` rewrites those in the
3.0 form (`nullable: true`, boolean exclusive bounds) so validators and client generators read
the document as 3.0.
"""

from __future__ import annotations

from typing import Any

import yaml
from sanic import Sanic
from sanic_ext.extensions.openapi.builders import SpecificationBuilder

from banzheng.common import pathparams


def normalise(node: Any) -> Any:
    if isinstance(node, list):
        return [normalise(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {str(key): normalise(value) for key, value in node.items()}  # "200", not 200
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(node.get(bound), int | float) and not isinstance(node[bound], bool):
            node[limit], node[bound] = node[bound], True  # JSON Schema 2019 → OpenAPI 3.0 form
    variants = node.get("anyOf")
    if isinstance(variants, list) and {"type": "null"} in variants:
        rest = [v for v in variants if v != {"type": "null"}]
        node.pop("anyOf")
        if len(rest) == 1 and "$ref" not in rest[0]:
            node.update(rest[0])
        else:
            node["anyOf" if len(rest) > 1 else "allOf"] = rest
        node["nullable"] = True
    return node


def _ids(field: str, parameter: str, *operations: str) -> dict[str, dict[str, str]]:
    return {op: {parameter: f"$response.body#/{field}"} for op in operations}


# OpenAPI links (3.0 §4.7.22): which operation's answer names the object another operation acts
# on. Contract fuzzing follows them in its stateful phase (create → read → act), so generated
# calls reach real objects instead of 404s. Keyed by (operationId, status).
LINKS: dict[tuple[str, str], dict[str, dict[str, str]]] = {
    ("create_application", "201"): _ids(
        "id",
        "application_id",
        "application_detail",
        "application_fees",
        "application_notices",
        "materials_for_review",
        "upload_material",
        "sign_commitment",
        "submit",
        "withdraw",
        "accept",
        "supplement_request",
        "return_application",
    ),
    ("submit", "202"): _ids("ticket", "ticket", "ticket_status"),
    ("upload_material", "201"): _ids("object_id", "object_id", "download_link"),
    ("create_upload", "201"): _ids("upload_id", "upload_id", "upload_offset", "upload_chunk"),
    ("create_community", "201"): _ids(
        "id",
        "community_id",
        "community_detail",
        "update_community",
        "community_houses",
        "add_problem",
        "replace_plan",
    ),
    ("add_problem", "201"): _ids("id", "problem_id", "update_problem"),
    ("create_target", "201"): {
        **_ids("code", "code", "rating_target", "rate_target"),
        **_ids("id", "target_id", "target_qr"),
    },
    ("start_check", "201"): _ids("id", "check_id", "check_detail", "refresh_check", "video_link"),
    ("create_request", "201"): _ids(
        "id", "request_id", "request_detail", "document", "evidence_report", "sign"
    ),
    ("create_broadcast", "202"): _ids("id", "broadcast_id", "get_broadcast"),
    ("list_applications", "200"): _ids(
        "items/0/id", "application_id", "application_detail", "application_fees", "submit"
    ),
    ("list_communities", "200"): _ids(
        "items/0/id", "community_id", "community_detail", "community_houses"
    ),
}
# Links whose target needs a request body built from the answer: an owner's first house
# becomes a draft application.
BODY_LINKS: dict[tuple[str, str], dict[str, dict[str, Any]]] = {
    ("my_houses", "200"): {
        "create_application": {
            "house_id": "$response.body#/items/0/id",
            "type": "transfer_registration",
        }
    },
}


def add_links(spec: dict[str, Any]) -> dict[str, Any]:
    operations = {
        op["operationId"]: op
        for item in spec.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    for (source, status), targets in LINKS.items():
        response = operations[source]["responses"][status]
        for target in targets:
            if target not in operations:
                raise KeyError(f"link from {source} to unknown operation {target}")
        response["links"] = {
            target: {"operationId": target, "parameters": parameters}
            for target, parameters in targets.items()
        }
    for (source, status), bodies in BODY_LINKS.items():
        links = operations[source]["responses"][status].setdefault("links", {})
        for target, body in bodies.items():
            if target not in operations:
                raise KeyError(f"link from {source} to unknown operation {target}")
            links[target] = {"operationId": target, "requestBody": body}
    return spec


def no_content(spec: dict[str, Any]) -> dict[str, Any]:
    """204 No Content has no body: sanic-ext documents one of `*/*`, which clients (and the
    contract fuzzing) then expect."""
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and "204" in operation.get("responses", {}):
                operation["responses"]["204"].pop("content", None)
    return spec


def document(app: Sanic) -> dict[str, Any]:
    """The spec of a started app (its `before_server_start` listeners have run)."""
    spec = normalise(SpecificationBuilder().build(app).serialize())
    return add_links(no_content(pathparams.constrain(app, spec)))


def to_yaml(spec: dict[str, Any]) -> str:
    return yaml.safe_dump(spec, allow_unicode=True, sort_keys=True, width=100)
