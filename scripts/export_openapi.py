"""Write openapi/openapi.yaml from the code: `.venv/bin/python scripts/export_openapi.py`.

`--check` exits 1 when the committed file differs (the test suite does the same).
"""

from __future__ import annotations

import asyncio
import sys

from redis.asyncio import Redis
from sanic import Sanic

from banzheng.app import attach_services, create_app
from banzheng.common.openapi import document, to_yaml
from banzheng.settings import REPO_ROOT, load_settings

TARGET = REPO_ROOT / "openapi" / "openapi.yaml"


async def render() -> str:
    Sanic.test_mode = True
    app = create_app(load_settings(ENV="development"))
    attach_services(app, Redis())  # never connects: building the spec needs no server
    app.asgi = True
    await app._startup()
    await app._server_event("init", "before")
    return to_yaml(document(app))


def main(argv: list[str]) -> int:
    text = asyncio.run(render())
    if "--check" in argv:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("openapi/openapi.yaml is up to date" if same else "openapi/openapi.yaml is stale")
        return 0 if same else 1
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
