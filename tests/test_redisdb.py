"""REDIS_URL: a server or a Sentinel group; queued jobs confirmed by replicas when asked."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from banzheng import queue, redisdb
from banzheng.redisdb import SentinelUrl, parse_sentinel_url
from banzheng.settings import Settings


def test_a_sentinel_url_names_every_sentinel_the_service_and_the_database():
    assert parse_sentinel_url(
        "redis+sentinel://:s%40cret@10.0.0.5:26379,10.0.0.6:26380,sentinel-3/banzheng/2"
        "?sentinel_password=guard"
    ) == SentinelUrl(
        sentinels=(("10.0.0.5", 26379), ("10.0.0.6", 26380), ("sentinel-3", 26379)),
        service="banzheng",
        db=2,
        username=None,
        password="s@cret",
        sentinel_password="guard",
    )
    assert parse_sentinel_url("redis+sentinel://[::1]:26390/mymaster") == SentinelUrl(
        sentinels=(("::1", 26390),), service="mymaster"
    )


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("redis+sentinel://127.0.0.1:26379", "service name"),
        ("redis+sentinel://127.0.0.1:26379/svc/zero", "must be a number"),
        ("redis+sentinel://127.0.0.1:port/svc", "bad sentinel port"),
        ("redis+sentinel://,127.0.0.1/svc", "host[:port]"),
        ("redis+sentinel://127.0.0.1/svc?master_password=x", "unknown Sentinel URL option"),
        ("http://127.0.0.1:6379/0", "must start with one of"),
    ],
)
def test_a_bad_redis_url_stops_the_settings(tmp_path, url, problem):
    with pytest.raises(ValidationError, match=re.escape(problem)):
        Settings(VAR_DIR=tmp_path, REDIS_URL=url)


async def test_the_sentinel_client_closes_its_sentinel_connections_too():
    client = redisdb.connect("redis+sentinel://127.0.0.1:1/banzheng/0")
    assert isinstance(client, redisdb.SentinelRedis)
    assert isinstance(client.connection_pool, redisdb.SentinelBlockingConnectionPool)
    assert client.connection_pool.max_connections == redisdb.MAX_CONNECTIONS
    await client.aclose()


async def test_a_job_no_replica_confirmed_is_refused_with_503(redis):
    """The test Redis has no replica: with REDIS_REPLICA_ACKS=1 the enqueue waits the WAIT
    timeout, then refuses, so the owner retries instead of trusting a job a failover may lose."""
    assert await redisdb.confirm_replicated(redis, 0)
    jobs = queue.make_queue(redis, replica_acks=1)
    with pytest.raises(queue.NotReplicated) as refused:
        await queue.enqueue(jobs, "verify_audit_chain", key="replication-check")
    assert refused.value.status == 503 and refused.value.headers["Retry-After"]
