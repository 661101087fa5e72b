"""Settings come from the environment, are validated at start, and refuse demo secrets in production."""

import os
import subprocess
import sys


def run_cli(**env) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    full.update(env)
    return subprocess.run(
        [sys.executable, "-m", "banzheng", "migrate"],
        env=full,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_bad_value_stops_the_process_naming_the_variable(tmp_path):
    result = run_cli(PORT="eighty", VAR_DIR=str(tmp_path))
    assert result.returncode == 2
    assert "invalid settings" in result.stderr and "PORT" in result.stderr


def test_a_short_secret_is_refused(tmp_path):
    result = run_cli(SECRET_KEY="short", VAR_DIR=str(tmp_path))
    assert result.returncode == 2 and "SECRET_KEY" in result.stderr


def test_a_field_key_of_the_wrong_size_is_refused(tmp_path):
    result = run_cli(FIELD_KEYS="k1:c2hvcnQ=", VAR_DIR=str(tmp_path))
    assert result.returncode == 2 and "32 bytes" in result.stderr


def test_production_refuses_the_demo_secrets(tmp_path):
    result = run_cli(
        ENV="production",
        VAR_DIR=str(tmp_path),
        DATABASE_URL="postgres://x@127.0.0.1/x",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert result.returncode == 2
    assert "SECRET_KEY" in result.stderr and "FIELD_KEYS" in result.stderr


def test_a_replica_needs_postgres_and_networks_must_parse(tmp_path):
    import pytest
    from pydantic import ValidationError

    from banzheng.settings import Settings

    cases = {
        "DATABASE_URL must be postgres": {"DATABASE_REPLICA_URL": "postgres://x@127.0.0.1/x"},
        "intranet": {"METRICS_ALLOWED_NETWORKS": "10.0.0.0/8,intranet"},
        "at least 24 characters": {"METRICS_TOKEN": "short"},
    }
    for message, values in cases.items():
        with pytest.raises(ValidationError, match=message):
            Settings(VAR_DIR=tmp_path, **{"DATABASE_URL": "", **values})
    ok = Settings(
        VAR_DIR=tmp_path,
        DATABASE_URL="postgres://x@127.0.0.1/x",
        DATABASE_REPLICA_URL="postgres://x@127.0.0.1:5433/x",
    )
    assert ok.DATABASE_REPLICA_URL.endswith(":5433/x")


# --- production guard rails (issue #13 item 5) ---------------------------------------------------


def _key(kid: str) -> str:
    import base64
    import secrets

    return f"{kid}:{base64.b64encode(secrets.token_bytes(32)).decode()}"


def production(tmp_path, **overrides) -> dict:
    """A complete production environment of fresh secrets (signing files need not exist for
    the settings themselves)."""
    import secrets

    return {
        "ENV": "production",
        "VAR_DIR": str(tmp_path),
        "SECRET_KEY": secrets.token_urlsafe(32),
        "LOOKUP_HMAC_KEY": secrets.token_urlsafe(32),
        "FIELD_KEYS": _key("f1"),
        "STORAGE_KEYS": _key("s1"),
        "BACKUP_KEYS": _key("b1"),
        "DATABASE_URL": "postgres://x@127.0.0.1:1/x",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "PUBLIC_BASE_URL": "https://banzheng.example.cn",
        "SIGNING_CA_P12": str(tmp_path / "ca.p12"),
        "SEAL_P12": str(tmp_path / "seal.p12"),
        **overrides,
    }


def test_seed_demo_is_refused_in_production_before_touching_anything(tmp_path):
    full = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    for command in ("seed-demo", "dev"):
        result = subprocess.run(
            [sys.executable, "-m", "banzheng", command],
            env={**full, **production(tmp_path)},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2, (command, result.stderr)
        assert "refuses to load the demo data" in result.stderr


def test_a_demo_key_anywhere_in_a_key_list_is_refused_in_production(tmp_path):
    import pytest
    from pydantic import ValidationError

    from banzheng.settings import _DEMO_FIELD_KEY, _DEMO_STORAGE_KEY, Settings

    assert Settings(**production(tmp_path)).ENV == "production"
    demo_field_bytes = _DEMO_FIELD_KEY.split(":", 1)[1]
    cases = {
        "FIELD_KEYS": f"{_key('new')},{_DEMO_FIELD_KEY}",  # demo key second: decrypt-only
        "STORAGE_KEYS": f"{_key('new')},{_DEMO_STORAGE_KEY}",
        "BACKUP_KEYS": f"{_key('new')},renamed:{demo_field_bytes}",  # any demo key, any kid
    }
    for name, value in cases.items():
        with pytest.raises(ValidationError, match=f"demo value of {name}"):
            Settings(**production(tmp_path, **{name: value}))


def test_secrets_are_checked_for_entropy_in_every_environment(tmp_path):
    import secrets

    import pytest
    from pydantic import ValidationError

    from banzheng.settings import Settings, estimated_bits

    for weak in ("x" * 40, "ab" * 32, "0123456789" * 4):
        for name in ("SECRET_KEY", "LOOKUP_HMAC_KEY"):
            with pytest.raises(ValidationError, match="too predictable"):
                Settings(VAR_DIR=tmp_path, **{name: weak})
    assert estimated_bits("x" * 40) == 0
    for strong in (secrets.token_hex(32), secrets.token_urlsafe(32)):
        assert Settings(VAR_DIR=tmp_path, SECRET_KEY=strong).SECRET_KEY == strong
    with pytest.raises(ValidationError, match="too predictable"):
        Settings(**production(tmp_path, SECRET_KEY="x" * 40))


def test_the_demo_login_is_on_in_development_only_unless_asked(tmp_path):
    import pytest
    from pydantic import ValidationError

    from banzheng.settings import Settings

    assert Settings(VAR_DIR=tmp_path, ENV="development").dev_login_enabled
    assert not Settings(VAR_DIR=tmp_path, ENV="test").dev_login_enabled
    assert Settings(VAR_DIR=tmp_path, ENV="test", DEV_LOGIN=True).dev_login_enabled
    assert not Settings(VAR_DIR=tmp_path, ENV="development", DEV_LOGIN=False).dev_login_enabled
    assert not Settings(**production(tmp_path)).dev_login_enabled
    with pytest.raises(ValidationError, match="DEV_LOGIN"):
        Settings(**production(tmp_path, DEV_LOGIN="true"))


def test_staff_mfa_is_required_in_production_and_cannot_be_turned_off_there(tmp_path):
    import pytest
    from pydantic import ValidationError

    from banzheng.settings import Settings

    assert Settings(**production(tmp_path)).staff_mfa_required
    assert not Settings(VAR_DIR=tmp_path, ENV="test").staff_mfa_required
    assert Settings(VAR_DIR=tmp_path, ENV="test", STAFF_MFA="required").staff_mfa_required
    with pytest.raises(ValidationError, match="STAFF_MFA=optional"):
        Settings(**production(tmp_path, STAFF_MFA="optional"))
