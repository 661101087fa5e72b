"""Generate the next aerich migration for BOTH dialects from the current models.

    .venv/bin/python scripts/makemigrations.py <name>

Offline: no database is touched; each dialect's folder keeps its own models state. aerich keeps
pending SQL in class attributes, so each dialect runs in a child process of its own.
Review the generated SQL, then commit both files together.
`--check` writes nothing and exits 1 when the models have changes no migration covers.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

URLS = {
    "sqlite": "sqlite://" + str(Path(tempfile.gettempdir()) / "banzheng-makemigrations.sqlite3"),
    "postgres": "postgres://offline@127.0.0.1:5432/offline",
}


async def make(dialect: str, name: str, check: bool = False) -> bool:
    """Returns True when a migration was (or, with check, would be) written."""
    from aerich import Command

    from banzheng import db

    url = URLS[dialect]
    if dialect == "sqlite":
        _sqlite_has_no_comments()
    location = db.migrations_location(url)
    app_dir = Path(location) / "models"
    cmd = Command(db.tortoise_config(url), app="models", location=location)
    try:
        if not app_dir.exists() or not any(app_dir.glob("*.py")):
            await cmd.init_migrations(safe=True)
            print(f"{dialect}: initial migration written")
        else:
            await cmd.init(offline=True)
            result = await cmd.migrate(name, no_input=True, offline=True)
            if result and check:
                (app_dir / result).unlink()
                print(f"{dialect}: models changed but no migration covers it")
            else:
                print(f"{dialect}: {result or 'no changes'}")
            return bool(result)
    finally:
        await cmd.aclose()
    return True


def _sqlite_has_no_comments() -> None:
    """A changed column description (an enum gained a value: its comment lists them) is a
    COMMENT ON for PostgreSQL and nothing for SQLite, which has no column comments; aerich
    refuses it there instead (NotSupportError), so say "nothing" for it."""
    from aerich.ddl.sqlite import SqliteDDL

    SqliteDDL.set_comment = lambda self, model, field_describe: (
        "SELECT 1"  # a statement that does nothing
    )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv
    if len(args) == 2 and args[0] in URLS:
        changed = asyncio.run(make(args[0], args[1], check))
        raise SystemExit(1 if changed and check else 0)
    label = args[0] if args else "update"
    extra = ["--check"] if check else []
    codes = [subprocess.run([sys.executable, __file__, d, label, *extra]).returncode for d in URLS]
    raise SystemExit(max(codes))
