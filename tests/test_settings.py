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
