"""Who is asking and from where, for the code that records events (audit, logs).

Set once per request by the app's middleware; background jobs set it to the worker.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    request_id: str | None = None
    ip: str | None = None
    actor_id: str | None = None
    actor_role: str | None = None
    # What the client sent as X-Request-ID: kept beside ours, never instead of it (it is not
    # ours to trust: issue #13 item 7).
    client_request_id: str | None = None


current_origin: ContextVar[Origin] = ContextVar("current_origin", default=Origin())  # noqa: B039 - frozen
