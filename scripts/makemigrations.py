"""Generate the next aerich migration for BOTH dialects from the current models.

    .venv/bin/python scripts/makemigrations.py <name>

Runs offline (no database is touched): each dialect's folder keeps its own models state.
Review the generated SQL, then commit both files together.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from aerich import Command

from banzheng import db

URLS = {
    "sqlite": "sqlite://" + str(Path(tempfile.gettempdir()) / "banzheng-makemigrations.sqlite3"),
    "postgres": "postgres://offline@127.0.0.1:5432/offline",
}


async def make(dialect: str, url: str, name: str) -> None:
    location = db.migrations_location(url)
    app_dir = Path(location) / "models"
    async with Command(db.tortoise_config(url), app="models", location=location) as cmd:
        if not app_dir.exists() or not any(app_dir.glob("*.py")):
            await cmd.init_migrations(safe=True)
            print(f"{dialect}: initial migration written")
        else:
            await cmd.init(offline=True)
            result = await cmd.migrate(name, no_input=True, offline=True)
            print(f"{dialect}: {result or 'no changes'}")


if __name__ == "__main__":
    # One event loop per dialect: Tortoise keeps its state in a context variable per run.
    for dialect, url in URLS.items():
        asyncio.run(make(dialect, url, sys.argv[1] if len(sys.argv) > 1 else "update"))
