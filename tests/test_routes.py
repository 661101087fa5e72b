"""Every route of ours goes through a guard: `common.http.endpoint` for the API, and the
staff console's HTML pages through its own `console.guard.page` (session cookie, CSRF)."""


async def test_every_api_route_is_declared_with_endpoint(app):
    ours = [
        r
        for r in app.router.routes
        if not r.name.startswith(f"{app.name}.openapi.")
        and not getattr(r.handler, "__auto_handler__", False)  # HEAD for a GET: calls the GET
    ]
    assert len(ours) >= 10
    unguarded = [
        r.path
        for r in ours
        if not getattr(r.handler, "guarded_by_endpoint", False)
        and not (
            r.path.split("/")[0] == "console" and getattr(r.handler, "guarded_by_console", False)
        )
    ]
    assert not unguarded, f"routes without endpoint() (or console.guard.page): {unguarded}"


async def test_docs_serve_the_openapi_document_outside_production(client):
    resp = await client.get("/docs/openapi.json")
    assert resp.status_code == 200
    assert "/api/v1/me" in resp.json()["paths"]
