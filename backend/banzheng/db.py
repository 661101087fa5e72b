"""Database: Tortoise ORM configuration and aerich migrations.

Migrations are SQL, and SQL differs between PostgreSQL and SQLite, so each dialect has its own
aerich folder (`backend/migrations/<dialect>/`), generated together from the same models by
`scripts/makemigrations.py`. The service and the tests apply them; nothing calls
`generate_schemas` outside that script.
"""

from __future__ import annotations

from pathlib import Path

from aerich import Command
from tortoise import Tortoise

from banzheng.settings import REPO_ROOT, Settings

MODEL_MODULES = [
    "banzheng.accounts.models",
    "banzheng.common.models",
    "banzheng.communities.models",
    "banzheng.applications.models",
    "banzheng.materials.models",
    "banzheng.identity.models",
    "aerich.models",
]
MIGRATIONS_DIR = REPO_ROOT / "backend" / "migrations"


def dialect(url: str) -> str:
    scheme = url.split(":", 1)[0]
    if scheme in ("postgres", "postgresql", "asyncpg", "psycopg"):
        return "postgres"
    if scheme == "sqlite":
        return "sqlite"
    raise ValueError(f"unsupported DATABASE_URL scheme {scheme!r}")


def tortoise_config(url: str) -> dict:
    if dialect(url) == "sqlite":
        Path(url.removeprefix("sqlite://")).parent.mkdir(parents=True, exist_ok=True)
    return {
        "connections": {"default": url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "Asia/Shanghai",
    }


def migrations_location(url: str) -> str:
    return str(MIGRATIONS_DIR / dialect(url))


async def migrate(settings: Settings) -> list[str]:
    """Apply every pending migration; returns the names applied."""
    url = settings.database_url
    async with Command(
        tortoise_config(url), app="models", location=migrations_location(url)
    ) as cmd:
        await cmd.init()
        return await cmd.upgrade(run_in_transaction=True)


async def open_database(settings: Settings) -> None:
    # Global fallback: Sanic opens the database in a listener, requests run in other tasks.
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)


async def close_database() -> None:
    await Tortoise.close_connections()


async def ping() -> None:
    await Tortoise.get_connection("default").execute_query("SELECT 1")
