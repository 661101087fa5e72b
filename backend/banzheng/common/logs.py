"""Structured JSON logs that never carry personal data or credentials in clear.

Every record passes through `redact`: national ID numbers, mobile numbers, JWTs and bearer
credentials are masked wherever they appear in the message or its fields, and fields whose name
says secret (password, token, session_key, code…) are dropped to `***`.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

from banzheng.security.fieldcrypt import mask_id_number, mask_phone

_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_JWT = re.compile(r"eyJ[\w-]*\.[\w-]+\.[\w-]*")
_BEARER = re.compile(r"(?i)(bearer\s+)\S+")
_SECRET_PARAM = re.compile(
    r"(?i)\b(secret|js_code|code|token|access_token|signature|sig)=[^&\s\"']+"
)
# Each pattern above needs one of these to match; a string with none (most of a request log's
# fields) skips the five substitutions: 35 -> 11 us per request log (scripts/bench/README.md).
_MAYBE_SENSITIVE = re.compile(r"\d{11}|eyJ|(?i:bearer)|=")
SECRET_KEYS = re.compile(r"(?i)password|token|secret|session_key|authorization|^code$|cookie")
_STD_ATTRS = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


def redact_text(text: str) -> str:
    if not _MAYBE_SENSITIVE.search(text):
        return text
    text = _JWT.sub("<jwt>", text)
    text = _BEARER.sub(r"\1***", text)
    text = _SECRET_PARAM.sub(r"\1=***", text)
    text = _ID_NUMBER.sub(lambda m: mask_id_number(m.group()), text)
    return _PHONE.sub(lambda m: mask_phone(m.group()), text)


def redact(value: Any, key: str = "") -> Any:
    if key and SECRET_KEYS.search(key):
        return "***"
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        return {k: redact(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact(v) for v in value]
    return value


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STD_ATTRS and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(redact(entry), ensure_ascii=False, default=str)


def configure(level: str) -> None:
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Sanic installs its own handlers; send its loggers through ours instead.
    for name in ("sanic.root", "sanic.error", "sanic.access", "sanic.server", "tortoise"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    # httpx logs every URL it calls at INFO, WeChat's app secret included: keep it quiet.
    logging.getLogger("httpx").setLevel(logging.WARNING)
