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

Of the admitted requests, at most `API_MAX_WORKING` run at once; the others wait their turn in
arrival order, and a finishing request hands its turn to the first in line. Without this,
a thousand requests contended for five database connections in asyncpg's pool, whose queue
lets a newcomer take a connection freed for a waiter that then goes to the back of the line:
under a sustained peak some requests waited 20–60 s while the median waited under one
(scripts/bench/README.md). A turn is handed over, never released and re-taken, so nobody
overtakes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterator

from banzheng.common.errors import ServiceBusy


class Admission:
    def __init__(self, limit: int, working: int | None = None) -> None:
        self.limit = limit
        self.working_limit = limit if working is None else working
        self.in_flight = 0  # admitted: working or waiting for a turn
        self.working = 0
        self._line: deque[asyncio.Future[None]] = deque()

    @contextlib.asynccontextmanager
    async def admit(self) -> AsyncIterator[None]:
        """Hold one place while the block runs (503 SERVICE_BUSY when none is free), and run
        the block in arrival order with at most `working_limit` others."""
        if self.in_flight >= self.limit:
            raise ServiceBusy()
        self.in_flight += 1
        try:
            await self._take_turn()
            try:
                yield
            finally:
                self._hand_over()
        finally:
            self.in_flight -= 1

    async def _take_turn(self) -> None:
        if self.working < self.working_limit and not self._line:
            self.working += 1
            return
        turn = asyncio.get_running_loop().create_future()
        self._line.append(turn)
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():  # handed a turn, then cancelled: pass it on
                self._hand_over()
            elif turn in self._line:  # (a hand-over may have skipped it already)
                self._line.remove(turn)
            raise

    def _hand_over(self) -> None:
        while self._line:
            turn = self._line.popleft()
            if not turn.done():
                turn.set_result(None)  # the turn passes as it is: `working` does not change
                return
        self.working -= 1
