"""Every Redis key prefix the service writes, in one place (as arq's constants.py does)."""

from __future__ import annotations

TOKEN_FAMILY = "bz:auth:family:"  # + family id -> hash {user, current}; TTL = refresh life
USER_EPOCH = "bz:auth:epoch:"  # + user id -> revocation epoch (int); TTL = refresh life
USER_REVISION = "bz:auth:rev:"  # + user id -> bumped on every saved change (accounts/cache.py)
RATE_LIMIT = "bz:ratelimit:"  # + bucket
# Staff password attempts (security/lockout.py); <account> is a digest of the login name.
LOGIN_FAILURES = "bz:auth:fail:"  # + <account>:<source> -> count; TTL = LOGIN_LOCKOUT_SECONDS
LOGIN_ACCOUNT_FAILURES = "bz:auth:fail-all:"  # + <account> -> count from every source; same TTL
LOGIN_KNOWN_SOURCES = "bz:auth:known:"  # + <account> -> set of sources that logged in; 30 days
MFA_TOKEN_USED = "bz:auth:mfa-used:"  # + jti of a spent MFA step token -> "1"; TTL = its life
WECHAT_ACCESS_TOKEN = "bz:wechat:access_token:"  # + appid -> token; TTL = WeChat's expiry − margin
WECHAT_TOKEN_LOCK = "bz:wechat:token_lock:"  # + appid; held by the one process refreshing
WECHAT_FORCED_REFRESHES = "bz:wechat:forced:"  # + appid + ":" + YYYYMMDD -> count; TTL 2 days
IDEMPOTENCY = "bz:idem:"  # + user id + ":" + sha256(key) -> JSON record; TTL = IDEMPOTENCY_TTL
DEAD_LETTER = "bz:deadletter:"  # + entry id -> hash {function, kwargs, key, error, …}; no TTL
DEAD_LETTERS = "bz:deadletters"  # sorted set of entry ids, score = failed_at (epoch ms)
IDENTITY_CALLBACK_NONCE = "bz:identity:nonce:"  # + provider nonce -> "1"; TTL = 2 × allowed skew
HOUSE_BINDING_CODE = "bz:bind:code:"  # + 8 digits -> owner's user id; TTL BINDING_CODE_TTL (10 min)
PROGRESS = "bz:progress:"  # + application id, revision, audience, date -> detail JSON; TTL 60 s
# Staff console sessions (console/session.py): + session id -> hash {user, fam, ep, csrf, started};
# TTL = CONSOLE_IDLE_MINUTES, renewed by each request
CONSOLE_SESSION = "bz:console:session:"
# A spreadsheet held between its preview and the clerk's confirmation (console/uploads.py):
# + random token -> the file, sealed with FieldCipher; TTL uploads.UPLOAD_TTL_SECONDS
CONSOLE_UPLOAD = "bz:console:upload:"
# How often the certificate sweep re-queued a certificate that is still not sealed, and when it
# may next (certificates/jobs.py): + certificate id -> hash {attempts, next}; TTL 7 days
CERTIFICATE_SWEEP = "bz:cert:sweep:"
# The job queue (banzheng/queue.py), per queue name:
QUEUE = "bz:q:"  # + name + ":stream" (waiting jobs, one consumer group), ":delayed" (zset of
# job keys by due time), ":meta" (hash: sequence counters), ":job:" + key (hash; TTL once
# finished), ":worker:" + id (liveness; short TTL), ":cron:" + job + ":" + fire time (SET NX)


def certificate_sweep(certificate_id: object) -> str:
    return f"{CERTIFICATE_SWEEP}{certificate_id}"


def token_family(family: str) -> str:
    return TOKEN_FAMILY + family


def user_epoch(user_id: object) -> str:
    return f"{USER_EPOCH}{user_id}"


def user_revision(user_id: object) -> str:
    return f"{USER_REVISION}{user_id}"


def login_failures(account: str, source: str) -> str:
    return f"{LOGIN_FAILURES}{account}:{source}"


def login_account_failures(account: str) -> str:
    return LOGIN_ACCOUNT_FAILURES + account


def login_known_sources(account: str) -> str:
    return LOGIN_KNOWN_SOURCES + account


def mfa_token_used(jti: str) -> str:
    return MFA_TOKEN_USED + jti


def idempotency(user_id: object, key_digest: str) -> str:
    return f"{IDEMPOTENCY}{user_id}:{key_digest}"


def dead_letter(entry_id: str) -> str:
    return DEAD_LETTER + entry_id


def identity_callback_nonce(nonce: str) -> str:
    return IDENTITY_CALLBACK_NONCE + nonce


def queue_stream(name: str) -> str:
    return f"{QUEUE}{name}:stream"


def queue_delayed(name: str) -> str:
    return f"{QUEUE}{name}:delayed"


def queue_meta(name: str) -> str:
    return f"{QUEUE}{name}:meta"


def queue_job(name: str, key: str) -> str:
    return f"{QUEUE}{name}:job:{key}"


def queue_worker(name: str, worker_id: str) -> str:
    return f"{QUEUE}{name}:worker:{worker_id}"


def queue_cron(name: str, job: str, fire_at: int) -> str:
    return f"{QUEUE}{name}:cron:{job}:{fire_at}"


def progress(application_id: str, revision: str, audience: str, day: str) -> str:
    return f"{PROGRESS}{application_id}:{revision}:{audience}:{day}"


def console_session(session_id: str) -> str:
    return CONSOLE_SESSION + session_id


def console_upload(token: str) -> str:
    return CONSOLE_UPLOAD + token
