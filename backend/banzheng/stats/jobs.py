"""Background jobs of the statistics domain (registered in banzheng/worker.py)."""

from __future__ import annotations

from banzheng.queue import beating
from banzheng.stats import service


@beating
async def snapshot_estates(ctx: dict) -> int:
    """Nightly: every estate's houses and certified houses, for the trend charts."""
    return await service.take_snapshot()
