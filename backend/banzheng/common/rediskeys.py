"""Every Redis key prefix the service writes, in one place (as arq's constants.py does)."""

from __future__ import annotations

TOKEN_FAMILY = "bz:auth:family:"  # + family id -> hash {user, current}; TTL = refresh life
RATE_LIMIT = "bz:ratelimit:"  # + bucket
# Staff password attempts (security/lockout.py); <account> is a digest of the login name.
LOGIN_FAILURES = "bz:auth:fail:"  # + <account>:<source> -> count; TTL = LOGIN_LOCKOUT_SECONDS
LOGIN_ACCOUNT_FAILURES = "bz:auth:fail-all:"  # + <account> -> count from every source; same TTL
LOGIN_KNOWN_SOURCES = "bz:auth:known:"  # + <account> -> set of sources that logged in; 30 days
WECHAT_ACCESS_TOKEN = "bz:wechat:access_token:"  # + appid -> token; TTL = WeChat's expiry − margin
IDEMPOTENCY = "bz:idem:"  # + user id + ":" + sha256(key) -> JSON record; TTL = IDEMPOTENCY_TTL
DEAD_LETTER = "bz:deadletter:"  # + entry id -> hash {function, kwargs, key, error, …}; no TTL
DEAD_LETTERS = "bz:deadletters"  # sorted set of entry ids, score = failed_at (epoch ms)
IDENTITY_CALLBACK_NONCE = "bz:identity:nonce:"  # + provider nonce -> "1"; TTL = 2 × allowed skew


def token_family(family: str) -> str:
    return TOKEN_FAMILY + family


def login_failures(account: str, source: str) -> str:
    return f"{LOGIN_FAILURES}{account}:{source}"


def login_account_failures(account: str) -> str:
    return LOGIN_ACCOUNT_FAILURES + account


def login_known_sources(account: str) -> str:
    return LOGIN_KNOWN_SOURCES + account


def idempotency(user_id: object, key_digest: str) -> str:
    return f"{IDEMPOTENCY}{user_id}:{key_digest}"


def dead_letter(entry_id: str) -> str:
    return DEAD_LETTER + entry_id


def identity_callback_nonce(nonce: str) -> str:
    return IDENTITY_CALLBACK_NONCE + nonce
