"""Summarise py-spy's raw (collapsed) stacks: where the API process spends its samples.

    python scripts/bench/profile_summary.py results/profiles/intake-before.txt [--top 25]

Each line of the input is `frame;frame;…;leaf count`. Reported: the share of samples that
are idle (the event loop waiting in epoll), the top leaf functions ("self") and the top
functions anywhere on the stack ("inclusive"), both as a share of the busy samples, and a
rollup by area (our code, Tortoise, asyncpg, redis-py, Sanic, python-jose, pydantic…).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter

IDLE = ("select (selectors.py", "_run_once (asyncio/base_events.py", "poll (", "epoll")
AREAS = [
    ("banzheng", "our code (banzheng)"),
    ("tortoise", "Tortoise ORM + pypika"),
    ("pypika", "Tortoise ORM + pypika"),
    ("asyncpg", "asyncpg"),
    ("redis/", "redis-py"),
    ("sanic_ext", "sanic-ext"),
    ("sanic", "Sanic"),
    ("jose", "python-jose (JWT)"),
    ("pydantic", "pydantic"),
    ("json", "json"),
    ("logging", "logging"),
    ("asyncio", "asyncio"),
]
_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^:)]*)(?::\d+)?\)$")


def _name(frame: str) -> str:
    m = _FRAME.match(frame.strip())
    if not m:
        return frame.strip()
    path = m["file"]
    for marker in ("site-packages/", "lib/python3.11/", "backend/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{m['func']} ({path})"


def _area(name: str) -> str:
    for needle, area in AREAS:
        if needle in name:
            return area
    return "other"


def summarise(text: str, *, top: int = 25) -> dict:
    self_counts: Counter = Counter()
    inclusive: Counter = Counter()
    areas: Counter = Counter()
    total = idle = 0
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [_name(f) for f in stack.split(";") if f.strip()]
        if not frames:
            continue
        leaf = frames[-1]
        if any(marker in leaf for marker in IDLE):
            idle += n
            continue
        self_counts[leaf] += n
        for name in set(frames):
            inclusive[name] += n
        # the deepest frame that is not the standard library names the area
        area = next((_area(f) for f in reversed(frames) if _area(f) not in ("other",)), "other")
        areas[area] += n
    busy = max(1, total - idle)

    def share(counter: Counter) -> list[list]:
        return [[name, round(100 * n / busy, 1)] for name, n in counter.most_common(top)]

    return {
        "samples": total,
        "idle_share_pct": round(100 * idle / max(1, total), 1),
        "busy_by_area_pct": {a: round(100 * n / busy, 1) for a, n in areas.most_common()},
        "top_self_pct": share(self_counts),
        "top_inclusive_pct": share(inclusive),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with open(args.path) as f:
        print(json.dumps(summarise(f.read(), top=args.top), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
