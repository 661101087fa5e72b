"""Where an upload's time goes: per-byte stages measured alone, in this process (issue #9 item 3).

    .venv/bin/python scripts/bench/upload_costs.py [--size-mb 19.5] [--chunk-kb 1024]

Each stage a resumable upload's bytes pass through, timed on the benchmark's own 19.5 MiB PDF:
SHA-256, AES-256-GCM sealing (storage/envelope.py STREAM, 64 KiB segments), unsealing, the
streaming checks (materials/intake.py: type, structure scan, PDF spool + parse), and the local
store's whole `put_stream` (seal + temp file + fsync + rename). A tus upload seals every byte
twice (each PATCH is kept as an encrypted part; the last one re-reads the parts, checks the
whole file as one stream and seals it as the material), unseals once and hashes three times.
The per-chunk overhead is measured end to end by scripts/bench/upload.py (small chunks).
Written to results/upload-costs-<date>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from upload import big_pdf  # noqa: E402

from banzheng.materials.intake import Intake, accepted_media  # noqa: E402
from banzheng.materials.limits import SizeLimits  # noqa: E402
from banzheng.storage import new_object_id  # noqa: E402
from banzheng.storage.envelope import SEGMENT_SIZE, MasterKeys, ObjectSealer, open_sealed  # noqa: E402
from banzheng.storage.local import LocalStorage  # noqa: E402

KEYS = {"k1": b"\x01" * 32}


async def chunks_of(data: bytes, size: int):
    for i in range(0, len(data), size):
        yield data[i : i + size]


def best(seconds: list[float], mib: float) -> float:
    return round(mib / min(seconds), 1)


async def measure(data: bytes, chunk: int, runs: int) -> dict:
    mib = len(data) / 2**20
    out: dict[str, float] = {}

    t = []
    for _ in range(runs):
        s = time.perf_counter()
        hashlib.sha256(data).digest()
        t.append(time.perf_counter() - s)
    out["sha256_mib_per_s"] = best(t, mib)

    keys = MasterKeys(KEYS)
    t, sealed, stored = [], b"", None
    for _ in range(runs):
        sealer = ObjectSealer(object_id="bench", keys=keys, segment_size=SEGMENT_SIZE)
        s = time.perf_counter()
        parts = [p async for p in sealer.seal(chunks_of(data, chunk))]
        t.append(time.perf_counter() - s)
        sealed, stored = b"".join(parts), sealer.envelope()
    out["seal_aes_gcm_plus_sha256_mib_per_s"] = best(t, mib)

    t = []
    for _ in range(runs):
        s = time.perf_counter()
        async for _plain in open_sealed(stored, keys, chunks_of(sealed, 256 * 1024)):
            pass
        t.append(time.perf_counter() - s)
    out["unseal_mib_per_s"] = best(t, mib)

    t = []
    for _ in range(runs):
        intake = Intake(limits=SizeLimits(), accepted=accepted_media(["pdf"]))
        s = time.perf_counter()
        for i in range(0, len(data), chunk):
            intake.feed(data[i : i + chunk])
        intake.finish()
        t.append(time.perf_counter() - s)
    out["checks_intake_mib_per_s"] = best(t, mib)

    with tempfile.TemporaryDirectory() as root:
        store = LocalStorage(Path(root), master_keys=KEYS)
        t = []
        for _ in range(runs):
            s = time.perf_counter()
            await store.put_stream(new_object_id(), chunks_of(data, chunk))
            t.append(time.perf_counter() - s)
        out["local_put_stream_mib_per_s"] = best(t, mib)
        await store.close()
    # What a whole tus upload costs per byte on one core (parts sealed and stored, read back
    # and unsealed, checked, sealed and stored again), predicted from the stages above.
    per_byte = (
        1 / out["local_put_stream_mib_per_s"] * 2
        + 1 / out["unseal_mib_per_s"]
        + 1 / out["checks_intake_mib_per_s"]
    )
    out["predicted_upload_mib_per_s_from_per_byte_costs"] = round(1 / per_byte, 1)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=19.5)
    parser.add_argument("--chunk-kb", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = big_pdf(int(args.size_mb * 2**20) - 400)
    result = {
        "benchmark": "upload-costs",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "file_mib": round(len(data) / 2**20, 2),
        "chunk_kib": args.chunk_kb,
        "stages": asyncio.run(measure(data, args.chunk_kb * 1024, args.runs)),
    }
    out = (
        Path(__file__).resolve().parent
        / "results"
        / f"upload-costs-{datetime.now(UTC):%Y-%m-%d}.json"
    )
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
