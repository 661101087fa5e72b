"""Every Redis key prefix the service writes, in one place (as arq's constants.py does)."""

from __future__ import annotations

TOKEN_FAMILY = "bz:auth:family:"  # + family id -> hash {user, current}; TTL = refresh life
RATE_LIMIT = "bz:ratelimit:"  # + bucket


def token_family(family: str) -> str:
    return TOKEN_FAMILY + family
