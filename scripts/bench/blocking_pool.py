"""EXPERIMENT for peak.py --redis-pool blocking, not production code: runs `python -m banzheng …`
with `banzheng.redisdb.connect` replaced by a redis-py BlockingConnectionPool (wait for a free
connection instead of raising MaxConnectionsError at 100 in use), to measure the backend change
recommended in README.md before anyone makes it.

    python scripts/bench/blocking_pool.py serve|worker

The patch is at module level on purpose: Sanic starts its server process with multiprocessing
"spawn", which re-imports this file (as __mp_main__) in the child.
"""

from __future__ import annotations

import os
import sys

from redis.asyncio import BlockingConnectionPool, Redis

from banzheng import redisdb

MAX_CONNECTIONS = int(os.environ.get("BENCH_REDIS_MAX_CONNECTIONS", "64"))
WAIT_SECONDS = float(os.environ.get("BENCH_REDIS_POOL_TIMEOUT", "20"))


def connect(url: str) -> Redis:
    pool = BlockingConnectionPool.from_url(
        url, max_connections=MAX_CONNECTIONS, timeout=WAIT_SECONDS, health_check_interval=30
    )
    return Redis(connection_pool=pool, decode_responses=False)


redisdb.connect = connect

if __name__ == "__main__":
    from banzheng.__main__ import main

    sys.exit(main(sys.argv[1:]))
