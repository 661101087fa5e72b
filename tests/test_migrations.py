"""The committed migrations cover the models, for both dialects."""

import subprocess
import sys

from banzheng.settings import REPO_ROOT


def test_no_model_change_is_missing_a_migration():
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "makemigrations.py"), "check", "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("no changes") == 2


def _fresh_database(tmp_path) -> tuple[dict, str | None]:
    """Environment for `migrate` against an empty database of this test's own."""
    import asyncio
    import os
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    from tests.conftest import _pg_admin

    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(ENV="test", VAR_DIR=str(tmp_path / "var"))
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return env, None
    name = f"banzheng_migrate_{uuid.uuid4().hex[:10]}"
    asyncio.run(_pg_admin(url, f'CREATE DATABASE "{name}"'))
    env["DATABASE_URL"] = urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
    return env, name


def test_two_migrate_commands_at_once_apply_each_migration_once(tmp_path):
    """A retried Kubernetes Job or two deploys may start `migrate` together: they take turns
    on the migration lock (PostgreSQL advisory lock / SQLite file lock); the second finds
    nothing pending. API processes never migrate (serve does not call it)."""
    import asyncio
    import os

    from banzheng import db
    from tests.conftest import _pg_admin

    env, created = _fresh_database(tmp_path)
    try:
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "banzheng", "migrate"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [run.communicate(timeout=180) for run in runs]
        for run, (out, err) in zip(runs, outputs, strict=True):
            assert run.returncode == 0, out + err
        said = [out for out, _ in outputs]
        assert sum("none pending" in out for out in said) == 1, said

        async def applied() -> list[str]:
            """Read aerich's table directly (this process's Tortoise belongs to other tests)."""
            if created:
                import asyncpg

                conn = await asyncpg.connect(
                    env["DATABASE_URL"].replace("postgres://", "postgresql://", 1)
                )
                try:
                    return [r["version"] for r in await conn.fetch("SELECT version FROM aerich")]
                finally:
                    await conn.close()
            import sqlite3

            with sqlite3.connect(tmp_path / "var" / "banzheng.sqlite3") as conn:
                return [row[0] for row in conn.execute("SELECT version FROM aerich")]

        versions = asyncio.run(applied())
        files = os.listdir(db.MIGRATIONS_DIR / ("postgres" if created else "sqlite") / "models")
        expected = sorted(f for f in files if f[0].isdigit() and f.endswith(".py"))
        assert sorted(versions) == expected  # each once
    finally:
        if created:
            asyncio.run(
                _pg_admin(
                    os.environ["DATABASE_URL"], f'DROP DATABASE IF EXISTS "{created}" WITH (FORCE)'
                )
            )


def test_serve_never_migrates():
    """Only `migrate` (one process, under the lock) changes the schema."""
    import inspect

    from banzheng import __main__ as cli

    assert "migrate" not in inspect.getsource(cli._serve)
    assert "migrate" not in inspect.getsource(__import__("banzheng.app", fromlist=["x"]))
