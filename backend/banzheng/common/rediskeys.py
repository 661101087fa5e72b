"""Every Redis key prefix the service writes, in one place (as arq's constants.py does)."""

from __future__ import annotations

TOKEN_FAMILY = "bz:auth:family:"  # + family id -> hash {user, current}; TTL = refresh life
RATE_LIMIT = "bz:ratelimit:"  # + bucket
WECHAT_ACCESS_TOKEN = "bz:wechat:access_token:"  # + appid -> token; TTL = WeChat's expiry − margin
IDEMPOTENCY = "bz:idem:"  # + user id + ":" + sha256(key) -> JSON record; TTL = IDEMPOTENCY_TTL
DEAD_LETTER = "bz:deadletter:"  # + entry id -> hash {function, kwargs, key, error, …}; no TTL
DEAD_LETTERS = "bz:deadletters"  # sorted set of entry ids, score = failed_at (epoch ms)
IDENTITY_CALLBACK_NONCE = "bz:identity:nonce:"  # + provider nonce -> "1"; TTL = 2 × allowed skew


def token_family(family: str) -> str:
    return TOKEN_FAMILY + family


def idempotency(user_id: object, key_digest: str) -> str:
    return f"{IDEMPOTENCY}{user_id}:{key_digest}"


def dead_letter(entry_id: str) -> str:
    return DEAD_LETTER + entry_id


def identity_callback_nonce(nonce: str) -> str:
    return IDENTITY_CALLBACK_NONCE + nonce
