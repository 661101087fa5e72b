"""Admission control: a bound on the requests one API process works on at once.

Under a submission peak (MISSION req. 14: 1,000 owners tapping 提交 at 09:00) an asyncio process
accepts every connection; past its capacity each extra request only lengthens everyone's wait
(the event loop lags, pooled Redis and database connections stay checked out across the lag) until
requests hit the 60 s response timeout and fail with nothing said. Refusing the excess at once,
before any work, keeps the admitted requests fast and tells the others when to come back: 503
`SERVICE_BUSY` with Retry-After, which the mini-program retries with the same Idempotency-Key
(miniprogram/services/request.js), so nothing is lost or done twice. The bound is per process
(`API_MAX_IN_FLIGHT`, 1,024: above the 1,000 concurrent users one process is designed for, so it
refuses only beyond the design load — at 256 the peak benchmark's 1,000 clients met thousands of
503s and no better throughput); nginx spreads the load over processes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from banzheng.common.errors import ServiceBusy


class Admission:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.in_flight = 0

    @contextlib.contextmanager
    def admit(self) -> Iterator[None]:
        """Hold one place while the block runs; 503 SERVICE_BUSY when none is free."""
        if self.in_flight >= self.limit:
            raise ServiceBusy()
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1
