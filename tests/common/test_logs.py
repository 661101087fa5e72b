"""Logs are JSON and never carry ID numbers, phone numbers or tokens in clear."""

import json
import logging

from hypothesis import given
from hypothesis import strategies as st

from banzheng.common import logs
from banzheng.common.logs import JsonFormatter
from tests import factories

ID_NUMBER = "110101199003078515"
PHONE = "13800138000"


def render(msg: str, **extra) -> dict:
    record = logging.LogRecord("banzheng.test", logging.INFO, __file__, 1, msg, (), None)
    record.__dict__.update(extra)
    return json.loads(JsonFormatter().format(record))


def test_personal_data_and_tokens_are_masked_in_messages_and_fields():
    token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"
    entry = render(
        f"owner {ID_NUMBER} phone {PHONE} sent Bearer {token}",
        body={"id_number": ID_NUMBER, "nested": [PHONE]},
        refresh_token="abc",
        password="hunter2",
        url="https://api.weixin.qq.com/sns/jscode2session?appid=wx1&secret=s3cr3t&js_code=c0de",
    )
    text = json.dumps(entry, ensure_ascii=False)
    for secret in (ID_NUMBER, PHONE, token, "hunter2", '"abc"', "s3cr3t", "c0de"):
        assert secret not in text
    assert "110***********8515" in entry["msg"] and "138****8000" in entry["msg"]
    assert entry["refresh_token"] == "***" and entry["password"] == "***"


async def test_a_whole_login_and_profile_read_leaves_nothing_sensitive_in_the_logs(
    app, client, caplog
):
    await factories.owner("alice", app.ctx.cipher, id_number=ID_NUMBER, phone=PHONE)
    resp = await client.post("/api/v1/auth/dev-login", json={"login": "alice"})
    pair = resp.json()
    await client.get("/api/v1/me", headers={"Authorization": f"Bearer {pair['access_token']}"})
    await client.get(
        f"/api/v1/me?phone={PHONE}", headers={"Authorization": f"Bearer {pair['access_token']}"}
    )
    formatter = JsonFormatter()
    out = "\n".join(formatter.format(r) for r in caplog.records)
    assert '"path": "/api/v1/me"' in out  # the requests were logged…
    for secret in (ID_NUMBER, PHONE, pair["access_token"], pair["refresh_token"]):
        assert secret not in out  # …without anything sensitive


def _redacted_without_the_shortcut(text: str) -> str:
    text = logs._JWT.sub("<jwt>", text)
    text = logs._BEARER.sub(r"\1***", text)
    text = logs._SECRET_PARAM.sub(r"\1=***", text)
    text = logs._ID_NUMBER.sub(lambda m: logs.mask_id_number(m.group()), text)
    return logs._PHONE.sub(lambda m: logs.mask_phone(m.group()), text)


# Text built from the pieces the patterns look for, so that most draws contain something to mask.
_PIECES = st.sampled_from(
    [
        ID_NUMBER,
        PHONE,
        "11010119900307851X",
        "eyJhbGci.eyJzdWIi.sig",
        "Bearer abc",
        "BEARER x",
        "token=t0k",
        "secret=s",
        "code=c",
        "a=b",
        "=",
        "1",
        "9",
        "x",
        " ",
        "&",
        "/",
        "-",
        "eyJ",
    ]
)


@given(st.lists(_PIECES | st.text(max_size=8), max_size=12).map("".join))
def test_the_shortcut_for_clean_text_never_skips_anything_to_mask(text):
    assert logs.redact_text(text) == _redacted_without_the_shortcut(text)
