"""/docs works offline: the page loads Swagger UI from this service, never from a CDN."""

import re


async def test_the_docs_page_loads_its_assets_from_the_service_itself(client):
    page = await client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/docs/assets/") for s in sources), sources
    assert not re.search(r"https?://", page.text), "an outside URL in the docs page"
    for source in sources:
        asset = await client.get(source)
        assert asset.status_code == 200, source
        assert len(asset.content) > 10_000
    bundle = await client.get("/docs/assets/swagger-ui-bundle.js")
    assert b"SwaggerUIBundle" in bundle.content
    assert bundle.headers["content-type"].startswith("text/javascript")


async def test_only_the_listed_assets_are_served(client):
    for name in ("index.html", "..%2Fpyproject.toml", "swagger-ui.js.map"):
        assert (await client.get(f"/docs/assets/{name}")).status_code == 404
