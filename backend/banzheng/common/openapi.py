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


def document(app: Sanic) -> dict[str, Any]:
    """The spec of a started app (its `before_server_start` listeners have run)."""
    return normalise(SpecificationBuilder().build(app).serialize())


def to_yaml(spec: dict[str, Any]) -> str:
    return yaml.safe_dump(spec, allow_unicode=True, sort_keys=True, width=100)
